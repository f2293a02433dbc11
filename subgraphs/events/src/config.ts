import { z } from 'zod';

import {
  baseSubgraphConfig,
  baseSubgraphEnv,
  parseEnv,
  portFromEnv,
  type BaseSubgraphConfig,
} from '@imajin/subgraph-common';

import type { HoldLimitOptions } from './ticket/hold-limits';

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
    /** New seat holds one client IP may start per window (any buyer), so one machine cannot take a tier. */
    EVENTS_HOLDS_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(20),
    EVENTS_HOLDS_PER_IP_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(600),
    /** New seat holds one did:email buyer may start per window, across all events. */
    EVENTS_HOLDS_PER_EMAIL_BUYER: z.coerce.number().int().min(1).max(1_000_000).default(5),
    EVENTS_HOLDS_PER_EMAIL_BUYER_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(3600),
    /** Share of a paid tier's seats that unpaid (PENDING) holds may lock at once; at least one seat. */
    EVENTS_TIER_UNPAID_SHARE: z.coerce.number().gt(0).max(1).default(0.5),
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
  holdLimits: HoldLimitOptions;
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
    holdLimits: {
      perIp: parsed.EVENTS_HOLDS_PER_IP,
      perIpWindowMs: parsed.EVENTS_HOLDS_PER_IP_WINDOW_S * 1000,
      perEmailBuyer: parsed.EVENTS_HOLDS_PER_EMAIL_BUYER,
      perEmailBuyerWindowMs: parsed.EVENTS_HOLDS_PER_EMAIL_BUYER_WINDOW_S * 1000,
      tierUnpaidShare: parsed.EVENTS_TIER_UNPAID_SHARE,
    },
  };
}
