import { z } from 'zod';

import {
  baseSubgraphConfig,
  baseSubgraphEnv,
  parseEnv,
  portFromEnv,
  type BaseSubgraphConfig,
} from '@imajin/subgraph-common';

export const chatEnv = baseSubgraphEnv.extend({
  /** Base URL of the identity subgraph (no /graphql): agents' delegated requests are authorised there. */
  IDENTITY_URL: z.string().url().optional(),
  PORT: portFromEnv(4005),
  /** Largest plaintext message body, in UTF-8 bytes; encrypted envelopes may be 4× this. */
  CHAT_MAX_BODY_BYTES: z.coerce.number().int().min(64).max(1_000_000).default(16_384),
  /** A typing indicator lapses after this long unless refreshed. */
  CHAT_TYPING_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(6_000),
  /** 0 disables; otherwise opening a DM needs the peer to trust the initiator within this many hops. */
  CHAT_DM_MAX_TRUST_HOPS: z.coerce.number().int().min(0).max(6).default(0),
  /** Events buffered per subscription before a slow subscriber is dropped. */
  CHAT_SUBSCRIPTION_QUEUE: z.coerce.number().int().min(1).max(100_000).default(256),
});

export interface ChatConfig extends BaseSubgraphConfig {
  /** Where delegated (onBehalfOf) requests are authorised; null refuses them. */
  identityUrl?: string | null;
  maxBodyBytes: number;
  typingTimeoutMs: number;
  dmMaxTrustHops: number;
  subscriptionQueue: number;
}

export function loadChatConfig(env: NodeJS.ProcessEnv = process.env): ChatConfig {
  const parsed = parseEnv(chatEnv, env);
  return {
    ...baseSubgraphConfig(parsed),
    identityUrl: parsed.IDENTITY_URL ? parsed.IDENTITY_URL.replace(/\/+$/, '') : null,
    maxBodyBytes: parsed.CHAT_MAX_BODY_BYTES,
    typingTimeoutMs: parsed.CHAT_TYPING_TIMEOUT_MS,
    dmMaxTrustHops: parsed.CHAT_DM_MAX_TRUST_HOPS,
    subscriptionQueue: parsed.CHAT_SUBSCRIPTION_QUEUE,
  };
}
