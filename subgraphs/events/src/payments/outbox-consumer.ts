import type { DataSource, EntityManager } from 'typeorm';

import { PeriodicTask, type Clock, type Logger } from '@imajin/subgraph-common';

import type { Effect, PurchaseService } from '../ticket/purchase.service';

import type { OutboxEvent, PaymentsPort } from './payments-client';

export const CURSOR_NAME = 'payments.outbox';

/**
 * Pulls payments' outbox and applies each event in ONE transaction with the cursor move (and a row per
 * event id), so a crash before commit redoes the event and a redelivery changes nothing.
 */
export class OutboxConsumer {
  private running: Promise<number> | null = null;
  private readonly task: PeriodicTask;

  constructor(
    private readonly dataSource: DataSource,
    private readonly payments: PaymentsPort,
    private readonly purchases: PurchaseService,
    private readonly clock: Clock,
    pollMs: number,
    private readonly logger: Logger,
    private readonly batch = 100,
  ) {
    this.task = new PeriodicTask({
      name: 'outbox poll',
      intervalMs: pollMs,
      logger,
      runAtStart: true,
      run: () => this.poll(),
    });
  }

  start(): void {
    if (!this.payments.configured) {
      this.logger.warn('PAYMENTS_URL is not set: paid tickets are off and the outbox is not consumed');
      return;
    }
    this.task.start();
  }

  async stop(): Promise<void> {
    await this.task.stop();
    // A poll() called directly (tests, an operator) may still be draining.
    await this.running?.catch(() => undefined);
  }

  /** One pass over everything new (page by page); returns how many events were applied. Not re-entrant. */
  poll(): Promise<number> {
    if (!this.running) {
      this.running = this.drain().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  async cursor(): Promise<number> {
    const rows = (await this.dataSource.query('SELECT last_seq FROM consumer_cursor WHERE name = $1', [
      CURSOR_NAME,
    ])) as Array<{ last_seq: string }>;
    return rows.length > 0 ? Number(rows[0].last_seq) : 0;
  }

  private async drain(): Promise<number> {
    let applied = 0;
    for (;;) {
      const after = await this.cursor();
      const page = await this.payments.outbox(after, this.batch);
      const events = page.events.filter((e) => e.seq > after).sort((a, b) => a.seq - b.seq);
      for (const event of events) {
        await this.apply(event);
        applied += 1;
      }
      if (events.length < this.batch) return applied;
    }
  }

  /** Applies one event and moves the cursor past it, atomically; refunds run after commit (idempotent). */
  async apply(event: OutboxEvent): Promise<Effect> {
    const effect = await this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const seen = (await tx.query(
        `INSERT INTO consumed_events (id, owner_did, seq, topic, outcome, consumed_at)
         VALUES ($1, 'payments', $2, $3, '', $4) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.seq, event.topic, now],
      )) as unknown[];
      let result: Effect = { outcome: 'duplicate' };
      if (seen.length === 1) {
        result = await this.effect(tx, event);
        await tx.query('UPDATE consumed_events SET outcome = $2 WHERE id = $1', [event.id, result.outcome]);
      }
      await tx.query(
        `INSERT INTO consumer_cursor (name, owner_did, last_seq, updated_at) VALUES ($1, 'events', $2, $3)
         ON CONFLICT (name) DO UPDATE SET last_seq = GREATEST(consumer_cursor.last_seq, $2), updated_at = $3`,
        [CURSOR_NAME, event.seq, now],
      );
      return result;
    });
    if (effect.refund) await this.purchases.refundSeatless(effect.refund);
    this.logger.info({ seq: event.seq, topic: event.topic, outcome: effect.outcome }, 'outbox event applied');
    return effect;
  }

  private effect(tx: EntityManager, event: OutboxEvent): Promise<Effect> {
    const payload = event.payload ?? {};
    switch (event.topic) {
      case 'payment.completed':
        return this.purchases.onPaymentCompleted(tx, payload);
      case 'payment.refunded':
        return this.purchases.onPaymentRefunded(tx, payload);
      case 'checkout.expired':
      case 'checkout.canceled':
        return this.purchases.onCheckoutClosed(tx, payload, event.topic);
      default:
        return Promise.resolve({ outcome: `ignored topic ${event.topic}` });
    }
  }
}
