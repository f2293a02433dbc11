import { z } from 'zod';

import {
  baseSubgraphConfig,
  baseSubgraphEnv,
  parseEnv,
  portFromEnv,
  type BaseSubgraphConfig,
} from '@imajin/subgraph-common';

export const trustEnv = baseSubgraphEnv.extend({
  /** Base URL of the identity subgraph (no /graphql): agents' delegated requests are authorised there. */
  IDENTITY_URL: z.string().url().optional(),
  PORT: portFromEnv(4002),
  /** How many unexpired, unrevoked invites one identity may have outstanding. */
  TRUST_INVITE_LIMIT: z.coerce.number().int().min(0).max(10_000).default(10),
  /** Weight of the mutual vouches an accepted invite records. */
  TRUST_INVITE_WEIGHT: z.coerce.number().int().min(1).max(100).default(50),
  /** Where trustPath/isTrusted walk the graph: an in-memory adjacency kept current by LISTEN, or SQL. */
  TRUST_GRAPH_CACHE: z.enum(['memory', 'sql']).default('memory'),
});

export interface TrustConfig extends BaseSubgraphConfig {
  /** Where delegated (onBehalfOf) requests are authorised; null refuses them. */
  identityUrl?: string | null;
  inviteLimit: number;
  inviteWeight: number;
  /** Defaults to `memory` when omitted (see TRUST_GRAPH_CACHE). */
  graphCache?: 'memory' | 'sql';
}

export function loadTrustConfig(env: NodeJS.ProcessEnv = process.env): TrustConfig {
  const parsed = parseEnv(trustEnv, env);
  return {
    ...baseSubgraphConfig(parsed),
    identityUrl: parsed.IDENTITY_URL ? parsed.IDENTITY_URL.replace(/\/+$/, '') : null,
    inviteLimit: parsed.TRUST_INVITE_LIMIT,
    inviteWeight: parsed.TRUST_INVITE_WEIGHT,
    graphCache: parsed.TRUST_GRAPH_CACHE,
  };
}
