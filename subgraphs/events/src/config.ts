import { z } from 'zod';

import {
  baseSubgraphConfig,
  baseSubgraphEnv,
  parseEnv,
  portFromEnv,
  type BaseSubgraphConfig,
} from '@imajin/subgraph-common';

export const eventsEnv = baseSubgraphEnv
  .extend({
    PORT: portFromEnv(4004),
    /** Base URL of the payments subgraph (no /graphql); paid tiers need it. */
    PAYMENTS_URL: z.string().url().optional(),
    /** How often the outbox consumer polls payments' feed. */
    PAYMENTS_OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(500),
    /** How long an unpaid seat stays held for its buyer. */
    EVENTS_HOLD_TTL_MS: z.coerce
      .number()
      .int()
      .min(10_000)
      .default(15 * 60_000),
    /** How long a seat offered to the next buyer on a waitlist stays held. */
    EVENTS_WAITLIST_HOLD_MS: z.coerce
      .number()
      .int()
      .min(10_000)
      .default(10 * 60_000),
    /** How often expired holds are swept (their seats released or offered to the waitlist). */
    EVENTS_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
    /** Tickets one did:email buyer may hold per event across all tiers (they buy without a signature). */
    EVENTS_EMAIL_BUYER_LIMIT: z.coerce.number().int().min(0).max(100).default(2),
  })
  .refine((e) => e.NODE_MASTER_KEY, {
    message: 'NODE_MASTER_KEY is required: events seal their DID keys with it',
    path: ['NODE_MASTER_KEY'],
  });

export interface EventsConfig extends BaseSubgraphConfig {
  nodeMasterKey: string;
  paymentsUrl: string | null;
  outboxPollMs: number;
  holdTtlMs: number;
  waitlistHoldMs: number;
  sweepIntervalMs: number;
  emailBuyerLimit: number;
}

export function loadEventsConfig(env: NodeJS.ProcessEnv = process.env): EventsConfig {
  const parsed = parseEnv(eventsEnv, env);
  return {
    ...baseSubgraphConfig(parsed),
    nodeMasterKey: parsed.NODE_MASTER_KEY!,
    paymentsUrl: parsed.PAYMENTS_URL ? parsed.PAYMENTS_URL.replace(/\/+$/, '') : null,
    outboxPollMs: parsed.PAYMENTS_OUTBOX_POLL_MS,
    holdTtlMs: parsed.EVENTS_HOLD_TTL_MS,
    waitlistHoldMs: parsed.EVENTS_WAITLIST_HOLD_MS,
    sweepIntervalMs: parsed.EVENTS_SWEEP_INTERVAL_MS,
    emailBuyerLimit: parsed.EVENTS_EMAIL_BUYER_LIMIT,
  };
}
