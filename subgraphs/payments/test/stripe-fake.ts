import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import Stripe from 'stripe';

type Json = Record<string, unknown>;

export interface FakeSession extends Json {
  id: string;
  object: 'checkout.session';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  url: string | null;
  expires_at: number;
}

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;

/** Decodes Stripe's form encoding (`a[b][0][c]=v`) into nested objects and arrays, as the API does. */
export function decodeForm(body: string): Json {
  const root: Json = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        node[part] = value;
        return;
      }
      node[part] ??= /^\d+$/.test(path[i + 1]) ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return root;
}

/**
 * A local HTTP server speaking the slice of Stripe's v1 API payments uses (checkout sessions, refunds,
 * transfers): Bearer auth, form-encoded bodies, Stripe-shaped JSON and errors, Idempotency-Key replay
 * (same key + same body = same response; same key + other body = 400, as Stripe does).
 */
export class FakeStripe {
  readonly secretKey = 'sk_test_fake';
  readonly webhookSecret = 'whsec_test_fake';
  readonly sessions = new Map<string, FakeSession>();
  readonly refunds = new Map<string, Json>();
  readonly transfers = new Map<string, Json>();
  readonly requests: Array<{ method: string; path: string; idempotencyKey?: string; body: Json }> = [];
  /** The next this-many requests answer 500 (Stripe's SDK retries those with the same Idempotency-Key). */
  failNext = 0;
  private readonly idempotent = new Map<string, { hash: string; status: number; body: unknown }>();
  private server?: Server;
  private base = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) =>
        this.send(res, 500, { error: { type: 'api_error', message: String(error) } }),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** The buyer pays on Stripe's page: the session completes with a PaymentIntent. */
  pay(sessionId: string): FakeSession {
    const session = this.session(sessionId);
    if (session.status !== 'open') throw new Error(`session ${sessionId} is ${session.status}`);
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: id('pi') });
    return session;
  }

  /** The session lapses on Stripe's side. */
  lapse(sessionId: string): FakeSession {
    const session = this.session(sessionId);
    if (session.status !== 'open') throw new Error(`session ${sessionId} is ${session.status}`);
    Object.assign(session, { status: 'expired', url: null });
    return session;
  }

  session(sessionId: string): FakeSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    return session;
  }

  /** A Stripe Event as delivered to webhook endpoints, with a fresh `evt_` id unless given. */
  event(type: string, object: Json, eventId = id('evt')): Json {
    return {
      id: eventId,
      object: 'event',
      api_version: '2025-01-01',
      created: Math.floor(Date.now() / 1000),
      type,
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    };
  }

  /** The `Stripe-Signature` header for a body, made with the SDK's own test helper. */
  sign(payload: string, timestampSeconds?: number, secret = this.webhookSecret): string {
    return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: timestampSeconds });
  }

  private send(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
    res.end(JSON.stringify(body));
  }

  private error(res: ServerResponse, status: number, message: string, code?: string) {
    this.send(res, status, { error: { type: 'invalid_request_error', message, code } });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const body = req.method === 'GET' ? decodeForm(url.search.slice(1)) : decodeForm(raw);
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    this.requests.push({ method: req.method ?? '', path: url.pathname, idempotencyKey, body });
    if (this.failNext > 0) {
      this.failNext -= 1;
      this.send(res, 500, { error: { type: 'api_error', message: 'Something went wrong on our end' } });
      return;
    }
    if (req.headers.authorization !== `Bearer ${this.secretKey}`) {
      this.send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
      return;
    }
    if (req.method === 'POST' && idempotencyKey) {
      const hash = createHash('sha256').update(`${url.pathname}\n${raw}`).digest('hex');
      const seen = this.idempotent.get(idempotencyKey);
      if (seen) {
        if (seen.hash !== hash) {
          this.error(
            res,
            400,
            'Keys for idempotent requests can only be used with the same parameters',
            'idempotency_error',
          );
          return;
        }
        res.setHeader('idempotent-replayed', 'true');
        this.send(res, seen.status, seen.body);
        return;
      }
      const [status, result] = this.route(req.method, url.pathname, body);
      this.idempotent.set(idempotencyKey, { hash, status, body: result });
      this.send(res, status, result);
      return;
    }
    const [status, result] = this.route(req.method ?? 'GET', url.pathname, body);
    this.send(res, status, result);
  }

  private route(method: string, path: string, body: Json): [number, unknown] {
    const notFound = (what: string): [number, unknown] => [
      404,
      { error: { type: 'invalid_request_error', message: `No such ${what}`, code: 'resource_missing' } },
    ];
    const bad = (message: string): [number, unknown] => [
      400,
      { error: { type: 'invalid_request_error', message } },
    ];
    let m: RegExpMatchArray | null;
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const item = (body.line_items as Json[] | undefined)?.[0];
      const price = item?.price_data as Json | undefined;
      const amount = Number(price?.unit_amount) * Number(item?.quantity ?? 1);
      if (!Number.isSafeInteger(amount) || amount <= 0)
        return bad('line_items[0][price_data][unit_amount] is required');
      if (body.mode !== 'payment') return bad('mode must be payment');
      const sessionId = id('cs');
      const session: FakeSession = {
        id: sessionId,
        object: 'checkout.session',
        mode: 'payment',
        status: 'open',
        payment_status: 'unpaid',
        amount_total: amount,
        currency: String(price?.currency),
        client_reference_id: (body.client_reference_id as string) ?? null,
        customer_email: (body.customer_email as string) ?? null,
        metadata: (body.metadata as Record<string, string>) ?? {},
        payment_intent: null,
        success_url: body.success_url ?? null,
        cancel_url: body.cancel_url ?? null,
        url: `${this.base}/pay/${sessionId}`,
        expires_at: Number(body.expires_at ?? Math.floor(Date.now() / 1000) + 86_400),
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      };
      this.sessions.set(sessionId, session);
      return [200, session];
    }
    if ((m = path.match(/^\/v1\/checkout\/sessions\/([^/]+)$/)) && method === 'GET') {
      const session = this.sessions.get(m[1]);
      return session ? [200, session] : notFound(`checkout.session: '${m[1]}'`);
    }
    if ((m = path.match(/^\/v1\/checkout\/sessions\/([^/]+)\/expire$/)) && method === 'POST') {
      const session = this.sessions.get(m[1]);
      if (!session) return notFound(`checkout.session: '${m[1]}'`);
      if (session.status !== 'open')
        return bad(`Only Checkout Sessions with a status of open can be expired.`);
      Object.assign(session, { status: 'expired', url: null });
      return [200, session];
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const intent = body.payment_intent as string | undefined;
      const session = [...this.sessions.values()].find((s) => intent && s.payment_intent === intent);
      if (!session) return notFound(`payment_intent: '${String(intent)}'`);
      const already = [...this.refunds.values()].find((r) => r.payment_intent === intent);
      if (already) return bad(`Charge for ${intent} has already been refunded.`);
      const amount = body.amount === undefined ? session.amount_total : Number(body.amount);
      const refund = {
        id: id('re'),
        object: 'refund',
        amount,
        currency: session.currency,
        payment_intent: intent,
        reason: body.reason ?? null,
        metadata: body.metadata ?? {},
        status: 'succeeded',
        created: Math.floor(Date.now() / 1000),
      };
      this.refunds.set(refund.id, refund);
      return [200, refund];
    }
    if (method === 'POST' && path === '/v1/transfers') {
      const amount = Number(body.amount);
      if (!Number.isSafeInteger(amount) || amount <= 0) return bad('amount must be a positive integer');
      if (typeof body.destination !== 'string' || !body.destination.startsWith('acct_'))
        return bad('destination must be a connected account id');
      const transfer = {
        id: id('tr'),
        object: 'transfer',
        amount,
        currency: body.currency,
        destination: body.destination,
        transfer_group: body.transfer_group ?? null,
        metadata: body.metadata ?? {},
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      };
      this.transfers.set(transfer.id, transfer);
      return [200, transfer];
    }
    return notFound(`route ${method} ${path}`);
  }
}
