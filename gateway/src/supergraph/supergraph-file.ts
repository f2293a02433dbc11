import { readFileSync, unwatchFile, watchFile, type Stats } from 'node:fs';

import type { SupergraphSdlHook } from '@apollo/gateway';

import type { Logger } from '../logger';

/**
 * The `supergraphSdl` hook for ApolloGateway: reads the file at start and pushes every later change
 * through `update`. A file that fails to load (half-written, bad composition) is logged and ignored,
 * so the previous schema keeps serving. Polling (fs.watchFile) rather than fs.watch because editors
 * and `npm run compose` replace the file by rename, which fs.watch loses on some platforms.
 */
export function supergraphFileHook(path: string, pollMs: number, logger: Logger): SupergraphSdlHook {
  return async ({ update }) => {
    const supergraphSdl = readFileSync(path, 'utf8');
    let current = supergraphSdl;
    const onChange = (curr: Stats, prev: Stats) => {
      if (curr.mtimeMs === prev.mtimeMs && curr.size === prev.size) return;
      let next: string;
      try {
        next = readFileSync(path, 'utf8');
      } catch (error) {
        logger.error({ err: error, path }, 'supergraph file unreadable; keeping the current schema');
        return;
      }
      if (next === current) return;
      try {
        update(next);
        current = next;
        logger.info({ path }, 'supergraph file changed; schema updated');
      } catch (error) {
        logger.error({ err: error, path }, 'supergraph file rejected; keeping the current schema');
      }
    };
    watchFile(path, { interval: pollMs, persistent: false }, onChange);
    return {
      supergraphSdl,
      cleanup: async () => unwatchFile(path, onChange),
    };
  };
}
