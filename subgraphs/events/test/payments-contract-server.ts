import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import express from 'express';

import {
  BadUserInputError,
  ConflictError,
  internalRoute,
  NotFoundError,
  type Logger,
  type NodeKeys,
} from '@imajin/subgraph-common';

interface CheckoutRow {
  checkoutId: string;
  paymentId: string;
  reference: string;
  amount: number;
  currency: string;
  manifestId: string;
  buyerDid: string;
  metadata: Record<string, string>;
  expiresAt: string;
  status: 'OPEN' | 'COMPLETED' | 'EXPIRED' | 'CANCELED' | 'REFUNDED';
  refundId?: string;
}

export interface FeedEvent {
  seq: number;
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

/**
 * Speaks the payments side of PAYMENTS-EVENTS-CONTRACT.md (internal checkouts, refunds, outbox) from memory, so
 * the events subgraph's paid path is tested over real node-signed HTTP without the payments subgraph.
 */
export class PaymentsContractServer {
  readonly checkouts = new Map<string, CheckoutRow>();
  readonly feed: FeedEvent[] = [];
  readonly calls: Array<{ path: string; body: unknown }> = [];
  /** Set to make the next checkout call fail (payments down). */
  failCheckouts = false;
  /** Set to make refund calls fail (payments down). */
  failRefunds = false;
  private server: Server | null = null;
  url = '';

  constructor(
    private readonly keys: NodeKeys,
    private readonly logger: Logger,
    readonly knownManifests = new Set<string>(['fair_test']),
  ) {}

  async start(): Promise<string> {
    const app = express();
    internalRoute(app, '/internal/checkouts', this.keys, this.logger, async (body) => this.checkout(body));
    internalRoute(app, '/internal/refunds', this.keys, this.logger, async (body) => this.refund(body));
    internalRoute(app, '/internal/outbox', this.keys, this.logger, async (body) => {
      const { after, limit } = body as { after: number; limit: number };
      this.calls.push({ path: '/internal/outbox', body });
      const events = this.feed.filter((e) => e.seq > after).slice(0, limit);
      return { events, lastSeq: this.feed.at(-1)?.seq ?? 0 };
    });
    this.server = createServer(app);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private checkout(body: unknown) {
    this.calls.push({ path: '/internal/checkouts', body });
    if (this.failCheckouts) throw new Error('payments is down');
    const req = body as Omit<CheckoutRow, 'checkoutId' | 'paymentId' | 'status'>;
    if (!Number.isSafeInteger(req.amount) || req.amount <= 0)
      throw new BadUserInputError('amount must be positive');
    if (!/^[a-z]{3}$/.test(req.currency)) throw new BadUserInputError('bad currency');
    if (!this.knownManifests.has(req.manifestId))
      throw new BadUserInputError(`Unknown manifest ${req.manifestId}`);
    const existing = [...this.checkouts.values()].find((c) => c.reference === req.reference);
    if (existing) {
      if (
        existing.amount !== req.amount ||
        existing.currency !== req.currency ||
        existing.buyerDid !== req.buyerDid
      )
        throw new ConflictError('Same reference, different checkout');
      return this.view(existing);
    }
    const row: CheckoutRow = {
      ...req,
      checkoutId: `co_${randomUUID()}`,
      paymentId: `pay_${randomUUID()}`,
      status: 'OPEN',
    };
    this.checkouts.set(row.checkoutId, row);
    return this.view(row);
  }

  private view(row: CheckoutRow) {
    return {
      checkoutId: row.checkoutId,
      paymentId: row.paymentId,
      provider: 'local',
      url: `${this.url}/checkout/${row.checkoutId}`,
      status: row.status === 'REFUNDED' ? 'COMPLETED' : row.status,
      expiresAt: row.expiresAt,
    };
  }

  private refund(body: unknown) {
    this.calls.push({ path: '/internal/refunds', body });
    if (this.failRefunds) throw new Error('payments is down');
    const { paymentId } = body as { paymentId: string };
    const row = [...this.checkouts.values()].find((c) => c.paymentId === paymentId);
    if (!row) throw new NotFoundError(`No payment ${paymentId}`);
    if (row.status === 'REFUNDED') return { refundId: row.refundId, paymentId, status: 'REFUNDED' };
    if (row.status !== 'COMPLETED') throw new ConflictError('The payment never completed');
    row.status = 'REFUNDED';
    row.refundId = `re_${randomUUID()}`;
    this.emit('payment.refunded', {
      paymentId,
      refundId: row.refundId,
      reference: row.reference,
      amount: row.amount,
      currency: row.currency,
      metadata: row.metadata,
      refundedAt: new Date().toISOString(),
    });
    return { refundId: row.refundId, paymentId, status: 'REFUNDED' };
  }

  emit(topic: string, payload: Record<string, unknown>): FeedEvent {
    const event = {
      seq: this.feed.length + 1,
      id: randomUUID(),
      topic,
      payload,
      createdAt: new Date().toISOString(),
    };
    this.feed.push(event);
    return event;
  }

  /** What the local provider's Pay button does: complete the payment and write payment.completed. */
  complete(checkoutId: string, override: Partial<CheckoutRow> = {}): FeedEvent {
    const row = this.checkouts.get(checkoutId);
    if (!row) throw new Error(`no checkout ${checkoutId}`);
    row.status = 'COMPLETED';
    return this.emit('payment.completed', {
      paymentId: row.paymentId,
      checkoutId: row.checkoutId,
      reference: row.reference,
      amount: override.amount ?? row.amount,
      currency: override.currency ?? row.currency,
      manifestId: row.manifestId,
      buyerDid: row.buyerDid,
      metadata: row.metadata,
      completedAt: new Date().toISOString(),
    });
  }

  close(checkoutId: string, topic: 'checkout.expired' | 'checkout.canceled'): FeedEvent {
    const row = this.checkouts.get(checkoutId)!;
    row.status = topic === 'checkout.expired' ? 'EXPIRED' : 'CANCELED';
    return this.emit(topic, {
      checkoutId,
      paymentId: row.paymentId,
      reference: row.reference,
      metadata: row.metadata,
      at: new Date().toISOString(),
    });
  }

  /** Delivers an already written event again (a duplicate webhook / feed replay). */
  redeliver(event: FeedEvent): FeedEvent {
    const copy = { ...event, seq: this.feed.length + 1 };
    this.feed.push(copy);
    return copy;
  }
}
