import { generateKeyPair, publicKeyToMultibase, softDidFromEmail, type KeyPair } from '@imajin/protocol';

import { RefundProofTypes } from '../src/refund/refund.service';

import {
  CREATE_CHECKOUT,
  PAYMENT,
  REFUND,
  startCheckoutHarness,
  type CheckoutHarness,
} from './checkout-harness';

const MIN = 60_000;

async function paidCheckout(h: CheckoutHarness, manifestId: string, reference: string, amount = 1000) {
  const input = {
    reference,
    amount,
    currency: 'usd',
    manifestId,
    buyerDid: softDidFromEmail('buyer@example.com'),
    description: 'A song',
  };
  // A soft buyer is signed in as its did:email.
  const res = await h.gql<{ createCheckout: { id: string; url: string; payment: { id: string } } }>(
    CREATE_CHECKOUT,
    { input, proof: null },
    input.buyerDid,
  );
  const c = res.data!.createCheckout;
  return { checkoutId: c.id, paymentId: c.payment.id, payPath: new URL(c.url).pathname };
}

describe('refundPayment (local provider)', () => {
  let h: CheckoutHarness;
  let creator: KeyPair;
  let admin: KeyPair;
  let author: KeyPair;
  let editor: KeyPair;
  let manifestId: string;
  let refs = 0;

  beforeAll(async () => {
    admin = generateKeyPair();
    h = await startCheckoutHarness({ checkout: { adminDids: [admin.did] } });
    h.directory.set({
      did: admin.did,
      kind: 'HUMAN',
      active: true,
      currentKey: publicKeyToMultibase(admin.publicKey),
    });
    creator = h.identity();
    author = h.identity();
    editor = h.identity();
    manifestId = await h.manifest(creator, [
      { did: author.did, role: 'author', share: 700_000 },
      { did: editor.did, role: 'editor', share: 300_000 },
    ]);
  });
  afterAll(() => h.stop());

  async function completed(amount = 1000) {
    const p = await paidCheckout(h, manifestId, `r-${++refs}`, amount);
    expect((await h.post(`${p.payPath}/complete`)).status).toBe(200);
    return p;
  }

  const refund = (paymentId: string, by: KeyPair, reason = 'customer asked') => {
    const input = { paymentId, reason };
    return h.gql<{ refundPayment: Record<string, unknown> }>(REFUND, {
      input,
      proof: h.sign(RefundProofTypes.refundPayment, input, by),
    });
  };

  it('lets the manifest creator refund: the settlement is reversed exactly, once, with payment.refunded', async () => {
    const { paymentId } = await completed(1001);
    const res = await refund(paymentId, creator);
    expect(res.errors).toBeUndefined();
    expect(res.data!.refundPayment).toMatchObject({
      paymentId,
      requestedBy: creator.did,
      providerRefundId: null,
    });
    expect(await h.balance(author.did)).toBe('0');
    expect(await h.balance(editor.did)).toBe('0');
    const entries = await h.sql<{ debit: string; credit: string }>(
      `SELECT sum(debit)::text AS debit, sum(credit)::text AS credit FROM ledger_entries`,
    );
    expect(entries[0].debit).toBe(entries[0].credit);
    const events = await h.sql<{ topic: string; payload: Record<string, unknown> }>(
      `SELECT topic, payload FROM outbox WHERE payload->>'paymentId' = $1 ORDER BY seq`,
      [paymentId],
    );
    expect(events.map((e) => e.topic)).toEqual(['payment.completed', 'payment.refunded']);
    expect(events[1].payload).toMatchObject({
      paymentId,
      amount: 1001,
      currency: 'usd',
      refundId: res.data!.refundPayment.id,
    });

    // Again with a fresh proof: the same refund, nothing else written.
    const before = await h.writes();
    const again = await refund(paymentId, creator);
    expect(again.data!.refundPayment.id).toBe(res.data!.refundPayment.id);
    expect({ ...(await h.writes()), proofs: 0 }).toEqual({ ...before, proofs: 0 });
    const payment = await h.gql<{ payment: { status: string; refund: { id: string } } }>(
      PAYMENT,
      { id: paymentId },
      creator.did,
    );
    expect(payment.data!.payment).toMatchObject({
      status: 'REFUNDED',
      refund: { id: res.data!.refundPayment.id },
    });
  });

  it('lets a payments admin refund', async () => {
    const { paymentId } = await completed();
    expect((await refund(paymentId, admin)).errors).toBeUndefined();
  });

  it('refuses recipients, strangers, bad input, tampering, replays and stale proofs, writing nothing', async () => {
    const { paymentId } = await completed();
    const before = await h.writes();
    const code = async (p: Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>) =>
      (await p).errors?.[0]?.extensions?.code;
    expect(await code(refund(paymentId, author))).toBe('FORBIDDEN');
    expect(await code(refund(paymentId, h.identity()))).toBe('FORBIDDEN');
    expect(await code(refund('pay_nope', creator))).toBe('BAD_USER_INPUT');
    expect(await code(refund(paymentId, creator, ''))).toBe('BAD_USER_INPUT');
    expect(await code(refund(`pay_${'0'.repeat(24)}`, creator))).toBe('NOT_FOUND');
    const input = { paymentId, reason: 'x' };
    const proof = h.sign(RefundProofTypes.refundPayment, input, creator);
    expect(await code(h.gql(REFUND, { input: { ...input, reason: 'y' }, proof }))).toBe('BAD_SIGNATURE');
    const stale = { ...proof, createdAt: new Date(h.clock.now().getTime() - 6 * MIN).toISOString() };
    expect(await code(h.gql(REFUND, { input, proof: stale }))).toBe('BAD_SIGNATURE');
    expect(await code(h.gql(REFUND, { input, proof: { ...proof, signer: author.did } }))).toBe(
      'BAD_SIGNATURE',
    );
    expect(await h.writes()).toEqual(before);
    expect(await code(h.gql(REFUND, { input, proof }))).toBeUndefined();
    const after = await h.writes();
    expect(await code(h.gql(REFUND, { input, proof }))).toBe('BAD_SIGNATURE');
    expect(await h.writes()).toEqual(after);
  });

  it('refuses a payment that never completed (CONFLICT)', async () => {
    const { paymentId } = await paidCheckout(h, manifestId, `r-${++refs}`);
    const before = await h.writes();
    expect((await refund(paymentId, creator)).errors?.[0].extensions?.code).toBe('CONFLICT');
    await expect(
      h.internal('/internal/refunds', { paymentId, reason: 'event_canceled' }),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect(await h.writes()).toEqual(before);
  });

  it('serves POST /internal/refunds idempotently by paymentId', async () => {
    const { paymentId } = await completed();
    const first = await h.internal<Record<string, unknown>>('/internal/refunds', {
      paymentId,
      reason: 'event_canceled',
    });
    expect(first).toMatchObject({ paymentId, status: 'REFUNDED' });
    expect(await h.internal('/internal/refunds', { paymentId, reason: 'event_canceled' })).toEqual(first);
    const [row] = await h.sql('SELECT requested_by, reason FROM refunds WHERE payment_id = $1', [paymentId]);
    expect(row).toEqual({ requested_by: h.payments.nodeKeys.signing.did, reason: 'event_canceled' });
    await expect(h.internal('/internal/refunds', { paymentId: 'x' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('refundPayment (stripe provider)', () => {
  let h: CheckoutHarness;

  beforeAll(async () => {
    h = await startCheckoutHarness({ stripe: true });
  });
  afterAll(() => h.stop());

  it('refunds at Stripe through the SDK with an idempotency key from the payment, then reverses', async () => {
    const creator = h.identity();
    const author = h.identity();
    const manifestId = await h.manifest(creator, [{ did: author.did, role: 'author', share: 1_000_000 }]);
    const { checkoutId, paymentId } = await paidCheckout(h, manifestId, 'st-1', 1500);
    const [{ provider_session_id: sessionId }] = await h.sql<{ provider_session_id: string }>(
      'SELECT provider_session_id FROM checkouts WHERE id = $1',
      [checkoutId],
    );
    h.stripe!.pay(sessionId);
    const event = h.stripe!.event('checkout.session.completed', h.stripe!.session(sessionId));
    const body = JSON.stringify(event);
    const res = await h.post('/webhooks/stripe', body, {
      'content-type': 'application/json',
      'stripe-signature': h.stripe!.sign(body, Math.floor(h.clock.now().getTime() / 1000)),
    });
    expect(res.json).toMatchObject({ outcome: 'COMPLETED' });
    expect(await h.balance(author.did)).toBe('1500');

    const input = { paymentId, reason: 'duplicate order' };
    const refund = await h.gql<{ refundPayment: { providerRefundId: string } }>(REFUND, {
      input,
      proof: h.sign(RefundProofTypes.refundPayment, input, creator),
    });
    expect(refund.errors).toBeUndefined();
    expect(refund.data!.refundPayment.providerRefundId).toMatch(/^re_test_/);
    const calls = h.stripe!.requests.filter((r) => r.path === '/v1/refunds');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      idempotencyKey: `imajin:refund:${paymentId}`,
      body: { amount: '1500' },
    });
    expect(await h.balance(author.did)).toBe('0');
  });
});
