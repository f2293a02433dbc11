import { homedir } from 'node:os';
import { join } from 'node:path';

import { z } from 'zod';

/** Where mjn keeps its files and which gateway it talks to, from the environment (the only reader of it). */
export interface CliConfig {
  /** Config directory: keys in `keys/`, sessions in `sessions.json`. */
  home: string;
  /** The gateway's GraphQL endpoint unless `--gateway` says otherwise. */
  gateway: string;
  /** The key name used for signing unless `--key` says otherwise. */
  keyName: string;
  /** MJN_ON_BEHALF_OF: the person the key signs for under a delegation (unset: the key signs for itself). */
  onBehalfOf?: string;
}

export const DEFAULT_GATEWAY = 'http://localhost:4000/graphql';
export const DEFAULT_KEY_NAME = 'default';

// An empty variable counts as unset, as shells make it easy to export one by accident.
const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

const envSchema = z.object({
  MJN_HOME: optional,
  MJN_GATEWAY: optional,
  MJN_KEY: optional,
  MJN_ON_BEHALF_OF: optional,
  XDG_CONFIG_HOME: optional,
  HOME: optional,
});

export function loadCliConfig(env: NodeJS.ProcessEnv = process.env): CliConfig {
  const parsed = envSchema.parse(env);
  const configRoot = parsed.XDG_CONFIG_HOME ?? join(parsed.HOME || homedir(), '.config');
  return {
    home: parsed.MJN_HOME ?? join(configRoot, 'mjn'),
    gateway: parsed.MJN_GATEWAY ?? DEFAULT_GATEWAY,
    keyName: parsed.MJN_KEY ?? DEFAULT_KEY_NAME,
    onBehalfOf: parsed.MJN_ON_BEHALF_OF,
  };
}
