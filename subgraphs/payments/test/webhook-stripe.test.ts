import { softDidFromEmail, type KeyPair } from '@imajin/protocol';

import { CheckoutProofTypes } from '../src/checkout/checkout.service';

import { CREATE_CHECKOUT, PAYMENT, startCheckoutHarness, type CheckoutHarness } from './checkout-harness';
import type { FakeStripe } from './stripe-fake';

type Checkout = { id: string; url: string; status: string; payment: { id: string; status: string } };

describe('stripe provider and webhooks', () => {
  let h: CheckoutHarness;
  let stripe: FakeStripe;
  let creator: KeyPair;
  let author: KeyPair;
  let editor: KeyPair;
  let manifestId: string;
  let refs = 0;

  beforeAll(async () => {
    h = await startCheckoutHarness({ stripe: true });
    stripe = h.stripe!;
    creator = h.identity();
    author = h.identity();
    editor = h.identity();
    manifestId = await h.manifest(creator, [
      { did: author.did, role: 'author', share: 700_000 },
      { did: editor.did, role: 'editor', share: 300_000 },
    ]);
  });
  afterAll(() => h.stop());

  async function checkout(amount = 1000): Promise<Checkout & { sessionId: string }> {
    const input = {
      reference: `s-${++refs}`,
      amount,
      currency: 'usd',
      manifestId,
      buyerDid: softDidFromEmail('buyer@example.com'),
      description: 'A print',
      metadata: { sku: 'print' },
    };
    const res = await h.gql<{ createCheckout: Checkout }>(
      CREATE_CHECKOUT,
      { input, proof: null },
      input.buyerDid,
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.createCheckout;
    const [row] = await h.sql<{ provider_session_id: string }>(
      'SELECT provider_session_id FROM checkouts WHERE id = $1',
      [c.id],
    );
    return { ...c, sessionId: row.provider_session_id };
  }

  const nowS = () => Math.floor(h.clock.now().getTime() / 1000);

  /** Posts an event signed the way Stripe signs it (by default now, by the harness clock). */
  async function deliver(
    event: Record<string, unknown>,
    opts: { at?: number; secret?: string; body?: string } = {},
  ) {
    const body = opts.body ?? JSON.stringify(event);
    const signature = stripe.sign(JSON.stringify(event), opts.at ?? nowS(), opts.secret);
    return h.post('/webhooks/stripe', body, {
      'content-type': 'application/json',
      'stripe-signature': signature,
    });
  }

  const sessionEvent = (type: string, sessionId: string) => stripe.event(type, stripe.session(sessionId));

  it('opens a real Stripe Checkout Session through the SDK, idempotently', async () => {
    const c = await checkout();
    expect(c.url).toMatch(/\/pay\/cs_test_/);
    const session = stripe.session(c.sessionId);
    expect(session).toMatchObject({
      amount_total: 1000,
      currency: 'usd',
      client_reference_id: c.id,
      customer_email: 'buyer@example.com',
      metadata: { sku: 'print', checkoutId: c.id, paymentId: c.payment.id },
    });
    // Stripe's success/cancel URLs land on our page, which links to Stripe instead of a local Pay button.
    const page = await (await fetch(`${h.base}/checkout/${c.id}`)).text();
    expect(page).toContain('Pay with stripe');
    expect(page).not.toContain('/complete');
    const create = stripe.requests.filter((r) => r.path === '/v1/checkout/sessions');
    expect(create.at(-1)?.idempotencyKey).toBe(`imajin:checkout:${c.id}`);
  });

  it('keeps the checkout when Stripe is down, and opens the same session on the retry with the same reference', async () => {
    const input = {
      reference: `s-${++refs}`,
      amount: 700,
      currency: 'usd',
      manifestId,
      buyerDid: softDidFromEmail('retry@example.com'),
      description: 'Retry',
    };
    stripe.failNext = 10;
    const failed = await h.gql(CREATE_CHECKOUT, { input, proof: null }, input.buyerDid);
    expect(failed.errors?.[0]).toMatchObject({
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      message: expect.stringContaining('try again with the same reference'),
    });
    stripe.failNext = 0;
    const retried = await h.gql<{ createCheckout: Checkout }>(
      CREATE_CHECKOUT,
      { input, proof: null },
      input.buyerDid,
    );
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.createCheckout.url).toContain('/pay/cs_test_');
    const keys = new Set(
      stripe.requests.filter((r) => r.path === '/v1/checkout/sessions').map((r) => r.idempotencyKey),
    );
    expect(keys.has(`imajin:checkout:${retried.data!.createCheckout.id}`)).toBe(true);
    const [{ n }] = await h.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM payments WHERE reference = $1',
      [input.reference],
    );
    expect(n).toBe(1);
  });

  it('completes on checkout.session.completed; duplicated and replayed deliveries change nothing', async () => {
    const c = await checkout();
    stripe.pay(c.sessionId);
    const event = sessionEvent('checkout.session.completed', c.sessionId);
    expect(await deliver(event)).toMatchObject({ status: 200, json: { outcome: 'COMPLETED' } });
    expect(await h.balance(author.did)).toBe('700');
    expect(await h.balance(editor.did)).toBe('300');
    const before = await h.writes();
    expect(await deliver(event)).toMatchObject({ status: 200, json: { outcome: 'DUPLICATE' } });
    // Same session, another event id (Stripe's retry of a different event type): no second effect.
    const other = sessionEvent('checkout.session.async_payment_succeeded', c.sessionId);
    expect(await deliver(other)).toMatchObject({ status: 200, json: { outcome: 'NO_CHANGE' } });
    const after = await h.writes();
    expect({ ...after, webhooks: 0 }).toEqual({ ...before, webhooks: 0 });
    expect(await h.balance(author.did)).toBe('700');
    const payment = await h.gql<{ payment: { status: string; receipt: { amount: string } } }>(
      PAYMENT,
      { id: c.payment.id },
      softDidFromEmail('buyer@example.com'),
    );
    expect(payment.data!.payment).toMatchObject({ status: 'COMPLETED', receipt: { amount: '1000' } });
  });

  it('ignores a stale expired event after completion, and completes when expired arrives before completed', async () => {
    const a = await checkout();
    stripe.pay(a.sessionId);
    // The buyer paid; the older "expired" event (e.g. from a retry) arrives first: Stripe's state wins.
    const expired = stripe.event('checkout.session.expired', {
      ...stripe.session(a.sessionId),
      status: 'expired',
    });
    expect(await deliver(expired)).toMatchObject({ json: { outcome: 'COMPLETED' } });
    expect(await deliver(sessionEvent('checkout.session.completed', a.sessionId))).toMatchObject({
      json: { outcome: 'NO_CHANGE' },
    });
    const rows = await h.sql(`SELECT topic FROM outbox WHERE payload->>'checkoutId' = $1 ORDER BY seq`, [
      a.id,
    ]);
    expect(rows).toEqual([{ topic: 'payment.completed' }]);

    const b = await checkout();
    stripe.lapse(b.sessionId);
    expect(await deliver(sessionEvent('checkout.session.expired', b.sessionId))).toMatchObject({
      json: { outcome: 'EXPIRED' },
    });
    expect(await deliver(sessionEvent('checkout.session.expired', b.sessionId))).toMatchObject({
      json: { outcome: 'NO_CHANGE' },
    });
    const bRows = await h.sql(`SELECT topic FROM outbox WHERE payload->>'checkoutId' = $1`, [b.id]);
    expect(bRows).toEqual([{ topic: 'checkout.expired' }]);
  });

  it('refuses unsigned, tampered, wrongly signed and stale webhooks, writing nothing', async () => {
    const c = await checkout();
    stripe.pay(c.sessionId);
    const event = sessionEvent('checkout.session.completed', c.sessionId);
    const before = await h.writes();
    const unsigned = await h.post('/webhooks/stripe', JSON.stringify(event));
    expect(unsigned).toMatchObject({ status: 400, json: { error: { code: 'BAD_SIGNATURE' } } });
    const tampered = JSON.stringify({ ...event, id: 'evt_forged' });
    expect(await deliver(event, { body: tampered })).toMatchObject({ status: 400 });
    expect(await deliver(event, { secret: 'whsec_wrong' })).toMatchObject({ status: 400 });
    expect(await deliver(event, { at: nowS() - 301 })).toMatchObject({
      status: 400,
      json: { error: { code: 'BAD_SIGNATURE' } },
    });
    expect(await h.writes()).toEqual(before);
    // Inside the 300 s tolerance it is accepted.
    expect(await deliver(event, { at: nowS() - 299 })).toMatchObject({
      status: 200,
      json: { outcome: 'COMPLETED' },
    });
  });

  it('records unknown sessions and other event types once, without effects', async () => {
    const unknown = stripe.event('checkout.session.completed', {
      id: 'cs_test_unknown',
      object: 'checkout.session',
    });
    expect(await deliver(unknown)).toMatchObject({
      status: 200,
      json: { outcome: 'IGNORED_UNKNOWN_SESSION' },
    });
    const other = stripe.event('customer.created', { id: 'cus_1', object: 'customer' });
    expect(await deliver(other)).toMatchObject({ status: 200, json: { outcome: 'IGNORED_TYPE' } });
    expect(await deliver(other)).toMatchObject({ status: 200, json: { outcome: 'DUPLICATE' } });
  });

  it('parks a charge.refunded that arrives before completion and applies it with the completion', async () => {
    const c = await checkout(2000);
    const session = stripe.pay(c.sessionId);
    const before = await h.balance(author.did);
    const charge = {
      id: 'ch_test_1',
      object: 'charge',
      amount: 2000,
      amount_refunded: 2000,
      refunded: true,
      payment_intent: session.payment_intent,
      refunds: { object: 'list', data: [{ id: 're_test_dashboard', object: 'refund', amount: 2000 }] },
    };
    const refunded = stripe.event('charge.refunded', charge);
    expect(await deliver(refunded)).toMatchObject({ json: { outcome: 'PARKED' } });
    expect(await deliver(sessionEvent('checkout.session.completed', c.sessionId))).toMatchObject({
      json: { outcome: 'COMPLETED' },
    });
    expect(await h.balance(author.did)).toBe(before);
    const rows = await h.sql(`SELECT topic FROM outbox WHERE payload->>'paymentId' = $1 ORDER BY seq`, [
      c.payment.id,
    ]);
    expect(rows).toEqual([{ topic: 'payment.completed' }, { topic: 'payment.refunded' }]);
    expect(await deliver(refunded)).toMatchObject({ json: { outcome: 'DUPLICATE' } });
    const [webhook] = await h.sql('SELECT outcome FROM processed_webhooks WHERE event_id = $1', [
      refunded.id,
    ]);
    expect(webhook).toEqual({ outcome: 'APPLIED' });
  });

  it('applies a full refund made at Stripe after completion, once; ignores partial refunds', async () => {
    const c = await checkout(1000);
    const session = stripe.pay(c.sessionId);
    await deliver(sessionEvent('checkout.session.completed', c.sessionId));
    const base = { id: 'ch_test_2', object: 'charge', amount: 1000, payment_intent: session.payment_intent };
    const partial = stripe.event('charge.refunded', { ...base, amount_refunded: 400, refunded: false });
    expect(await deliver(partial)).toMatchObject({ json: { outcome: 'IGNORED_PARTIAL_REFUND' } });
    const full = stripe.event('charge.refunded', { ...base, amount_refunded: 1000, refunded: true });
    expect(await deliver(full)).toMatchObject({ json: { outcome: 'REFUNDED' } });
    const again = stripe.event('charge.refunded', { ...base, amount_refunded: 1000, refunded: true });
    expect(await deliver(again)).toMatchObject({ json: { outcome: 'NO_CHANGE' } });
    const payment = await h.gql<{ payment: { status: string; refund: { requestedBy: string } } }>(
      PAYMENT,
      { id: c.payment.id },
      softDidFromEmail('buyer@example.com'),
    );
    expect(payment.data!.payment).toMatchObject({ status: 'REFUNDED', refund: { requestedBy: 'stripe' } });
  });

  it('expires a due checkout at Stripe, or completes it when Stripe says it was paid', async () => {
    const open = await checkout();
    const paid = await checkout();
    stripe.pay(paid.sessionId);
    h.clock.advance(31 * 60_000);
    await h.payments.services.checkouts.sweep();
    expect(stripe.session(open.sessionId).status).toBe('expired');
    const [o] = await h.sql('SELECT status FROM checkouts WHERE id = $1', [open.id]);
    const [p] = await h.sql('SELECT status FROM checkouts WHERE id = $1', [paid.id]);
    expect([o, p]).toEqual([{ status: 'EXPIRED' }, { status: 'COMPLETED' }]);
  });

  it('lets a did:mjn buyer pay through Stripe too (signed createCheckout)', async () => {
    const buyer = h.identity();
    const input = {
      reference: `s-${++refs}`,
      amount: 500,
      currency: 'eur',
      manifestId,
      buyerDid: buyer.did,
      description: 'Zine',
    };
    const res = await h.gql<{ createCheckout: Checkout }>(CREATE_CHECKOUT, {
      input,
      proof: h.sign(CheckoutProofTypes.createCheckout, input, buyer),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCheckout.url).toContain('/pay/cs_test_');
  });
});
