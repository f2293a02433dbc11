import { randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import { BadUserInputError } from '@imajin/subgraph-common';

/** Topics other domains read from the feed (see ops/docs / PAYMENTS-EVENTS-CONTRACT). */
export const OutboxTopics = {
  paymentCompleted: 'payment.completed',
  paymentRefunded: 'payment.refunded',
  checkoutExpired: 'checkout.expired',
  checkoutCanceled: 'checkout.canceled',
} as const;
export type OutboxTopic = (typeof OutboxTopics)[keyof typeof OutboxTopics];

export interface OutboxEvent {
  seq: number;
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

/**
 * Serialises outbox inserts until commit, so a bigserial seq is handed out in commit order and a consumer
 * that moved past seq N can never later see a smaller seq appear.
 */
const OUTBOX_LOCK = 7_340_003;
export const MAX_FEED_LIMIT = 500;

export class OutboxService {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends one event inside the caller's transaction: it is visible exactly when that state change commits. */
  async append(
    tx: EntityManager,
    topic: OutboxTopic,
    payload: Record<string, unknown>,
    ownerDid: string,
    at: Date,
  ): Promise<string> {
    const id = randomUUID();
    await tx.query('SELECT pg_advisory_xact_lock($1)', [OUTBOX_LOCK]);
    await tx.query(
      `INSERT INTO outbox (id, owner_did, topic, payload, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [id, ownerDid, topic, JSON.stringify(payload), at],
    );
    return id;
  }

  /** The pull feed: events after `after`, seq ascending. */
  async feed(after: number, limit: number): Promise<{ events: OutboxEvent[]; lastSeq: number }> {
    const rows: Array<{
      seq: string;
      id: string;
      topic: string;
      payload: Record<string, unknown>;
      created_at: Date;
    }> = await this.dataSource.query(
      `SELECT seq, id, topic, payload, created_at FROM outbox WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [after, limit],
    );
    const events = rows.map((r) => ({
      seq: Number(r.seq),
      id: r.id,
      topic: r.topic,
      payload: r.payload,
      createdAt: r.created_at.toISOString(),
    }));
    return { events, lastSeq: events.length ? events[events.length - 1].seq : after };
  }

  /** Validates the internal route's `{ after, limit }` body. */
  static parseFeedRequest(body: unknown): { after: number; limit: number } {
    const b = (body ?? {}) as { after?: unknown; limit?: unknown };
    const after = b.after ?? 0;
    const limit = b.limit ?? 100;
    if (typeof after !== 'number' || !Number.isSafeInteger(after) || after < 0)
      throw new BadUserInputError('after must be a non-negative integer seq (0 to start)', {
        field: 'after',
      });
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_FEED_LIMIT)
      throw new BadUserInputError(`limit must be an integer from 1 to ${MAX_FEED_LIMIT}`, { field: 'limit' });
    return { after, limit };
  }
}
