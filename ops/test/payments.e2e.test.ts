import { generateKeyPair, toBase64Url, type KeyPair } from '@imajin/protocol';
import {
  BalanceDocument,
  createCheckout,
  createFairManifest,
  getDidDocument,
  getIdentityReceipts,
  getPayment,
  ImajinRequestError,
  refundPayment,
  registerIdentity,
  signIn,
  verifyReceipt,
  type ImajinClient,
} from '@imajin/sdk';
import { nodeKeysFromMaster } from '@imajin/subgraph-common';

import { FakeStripe } from '../../subgraphs/payments/test/stripe-fake';

import { startStack, type Stack } from './stack';

const PPM = 1_000_000;

/** One node master key for payments and events (they are one node: internal calls and receipts use it). */
const masterKey = toBase64Url(new Uint8Array(32).fill(42));
const nodeKey = nodeKeysFromMaster(masterKey).signing;

interface Chain {
  creator: KeyPair;
  author: KeyPair;
  editor: KeyPair;
  illustrator: KeyPair;
  composer: KeyPair;
  rootId: string;
}

/**
 * A 3-level chain: the paid manifest A (author 60%, editor 20%, derives 20% from B), B (illustrator 50%,
 * derives 50% from C), C (composer 100%). 10,000 minor units → 6000 / 2000 / 1000 / 1000.
 */
async function threeLevelChain(client: ImajinClient, tag: string): Promise<Chain> {
  const [creator, author, editor, illustrator, composer] = Array.from({ length: 5 }, () => generateKeyPair());
  const people = { creator, author, editor, illustrator, composer };
  for (const [name, kp] of Object.entries(people)) {
    await registerIdentity(client, kp, { kind: 'HUMAN', handle: `${name}_${tag}` });
  }
  const c = await createFairManifest(client, creator, {
    version: '1.0',
    contributors: [{ did: composer.did, role: 'composer', share: PPM }],
  });
  const b = await createFairManifest(client, creator, {
    version: '1.0',
    contributors: [{ did: illustrator.did, role: 'illustrator', share: PPM / 2 }],
    derivesFrom: [{ manifest: c.id, share: PPM / 2 }],
  });
  const a = await createFairManifest(client, creator, {
    version: '1.0',
    contributors: [
      { did: author.did, role: 'author', share: 600_000 },
      { did: editor.did, role: 'editor', share: 200_000 },
    ],
    derivesFrom: [{ manifest: b.id, share: 200_000 }],
  });
  return { ...people, rootId: a.id };
}

async function balanceOf(client: ImajinClient, did: string, currency = 'usd'): Promise<string> {
  const res = await client.request(BalanceDocument, { did, currency });
  return String(res.identity?.balance?.amount ?? 'none');
}

const expected = (chain: Chain, parts: [number, number, number, number]) => ({
  [chain.author.did]: String(parts[0]),
  [chain.editor.did]: String(parts[1]),
  [chain.illustrator.did]: String(parts[2]),
  [chain.composer.did]: String(parts[3]),
});

async function balances(client: ImajinClient, chain: Chain) {
  const out: Record<string, string> = {};
  for (const kp of [chain.author, chain.editor, chain.illustrator, chain.composer]) {
    out[kp.did] = await balanceOf(client, kp.did);
  }
  return out;
}

/** A client signed in as `keyPair` (balances, receipts and payments are shown to their owners and admins). */
async function signedIn(stack: Stack, keyPair: KeyPair): Promise<ImajinClient> {
  const client = stack.client();
  await signIn(client, keyPair);
  return client;
}

describe('payments through the gateway (local provider)', () => {
  let stack: Stack;
  let client: ImajinClient;
  let adminClient: ImajinClient;
  let chain: Chain;
  const admin = generateKeyPair();

  beforeAll(async () => {
    stack = await startStack({
      env: {
        identity: { NODE_MASTER_KEY: masterKey },
        payments: { NODE_MASTER_KEY: masterKey, PAYMENTS_ADMIN_DIDS: admin.did },
        events: { NODE_MASTER_KEY: masterKey },
      },
    });
    client = stack.client();
    await registerIdentity(client, admin, { kind: 'HUMAN', handle: 'payments_admin' });
    adminClient = await signedIn(stack, admin);
    chain = await threeLevelChain(client, 'l');
  });
  afterAll(() => stack.stop());

  it('takes a purchase from createCheckout to a settled payment with exact balances and a signed receipt', async () => {
    const buyer = generateKeyPair();
    await registerIdentity(client, buyer, { kind: 'HUMAN', handle: 'buyer_l' });
    const checkout = await createCheckout(client, buyer, {
      reference: 'e2e-order-1',
      amount: 10_000,
      currency: 'usd',
      manifestId: chain.rootId,
      description: 'An illustrated song book',
      metadata: { sku: 'book' },
    });
    expect(checkout).toMatchObject({ status: 'OPEN', provider: 'local', payment: { status: 'PENDING' } });

    const page = await fetch(checkout.url);
    expect(await page.text()).toContain('100.00 USD');
    const pay = await fetch(`${checkout.url}/complete`, { method: 'POST' });
    expect(pay.status).toBe(200);

    expect(await balances(adminClient, chain)).toEqual(expected(chain, [6000, 2000, 1000, 1000]));

    const buyerClient = await signedIn(stack, buyer);
    const payment = (await getPayment(buyerClient, checkout.payment.id))!;
    expect(payment).toMatchObject({ status: 'COMPLETED', checkout: { status: 'COMPLETED' } });
    const receipt = payment.receipt!;
    // The signer is the node itself: a registered identity of kind NODE with a DID document.
    expect(receipt.signer).toEqual({ did: nodeKey.did, kind: 'NODE' });
    expect((await getDidDocument(client, nodeKey.did)).id).toBe(nodeKey.did);
    const verified = verifyReceipt(receipt, nodeKey.publicKey);
    expect(verified.amount).toBe(10_000);
    expect(Object.fromEntries(verified.recipients.map((r) => [r.did, String(r.amount)]))).toEqual(
      expected(chain, [6000, 2000, 1000, 1000]),
    );
    // Offline verification fails for a tampered breakdown.
    const tampered = {
      envelope: { ...(receipt.envelope as object), payload: { ...verified, amount: 9_999 } },
    };
    expect(() => verifyReceipt(tampered, nodeKey.publicKey)).toThrow();

    const forBuyer = await getIdentityReceipts(buyerClient, buyer.did);
    const forComposer = await getIdentityReceipts(await signedIn(stack, chain.composer), chain.composer.did);
    expect(forBuyer?.edges.map((e) => e.node.id)).toEqual([receipt.id]);
    expect(forComposer?.edges.map((e) => e.node.id)).toEqual([receipt.id]);

    // Completing again changes nothing.
    expect((await fetch(`${checkout.url}/complete`, { method: 'POST' })).status).toBe(200);
    expect(await balances(adminClient, chain)).toEqual(expected(chain, [6000, 2000, 1000, 1000]));
  });

  it('refunds through the gateway, reversing every balance exactly; recipients may not refund', async () => {
    const fan = generateKeyPair();
    await registerIdentity(client, fan, { kind: 'HUMAN', handle: 'fan_l' });
    const checkout = await createCheckout(client, fan, {
      reference: 'e2e-order-2',
      amount: 10_000,
      currency: 'usd',
      manifestId: chain.rootId,
      description: 'Second copy',
    });
    await fetch(`${checkout.url}/complete`, { method: 'POST' });
    expect(await balances(adminClient, chain)).toEqual(expected(chain, [12_000, 4000, 2000, 2000]));
    const denied = await refundPayment(client, chain.author, checkout.payment.id, 'I want it back').catch(
      (e: unknown) => e,
    );
    expect(denied).toBeInstanceOf(ImajinRequestError);
    expect((denied as ImajinRequestError).code).toBe('FORBIDDEN');
    const refund = await refundPayment(client, admin, checkout.payment.id, 'duplicate purchase');
    expect(refund.paymentId).toBe(checkout.payment.id);
    expect(await balances(adminClient, chain)).toEqual(expected(chain, [6000, 2000, 1000, 1000]));
  });
});

describe('payments through the gateway (stripe provider)', () => {
  let stack: Stack;
  let client: ImajinClient;
  let adminClient: ImajinClient;
  let chain: Chain;
  const admin = generateKeyPair();
  let fake: FakeStripe;
  let paymentsBase: string;

  beforeAll(async () => {
    fake = new FakeStripe();
    const apiBase = await fake.start();
    stack = await startStack({
      env: {
        identity: { NODE_MASTER_KEY: masterKey },
        payments: {
          NODE_MASTER_KEY: masterKey,
          PAYMENTS_ADMIN_DIDS: admin.did,
          CHECKOUT_PROVIDER: 'stripe',
          STRIPE_SECRET_KEY: fake.secretKey,
          STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
          STRIPE_API_BASE: apiBase,
        },
        events: { NODE_MASTER_KEY: masterKey },
      },
    });
    paymentsBase = stack.subgraphs.payments.url.replace(/\/graphql$/, '');
    client = stack.client();
    await registerIdentity(client, admin, { kind: 'HUMAN', handle: 'payments_admin_s' });
    adminClient = await signedIn(stack, admin);
    chain = await threeLevelChain(client, 's');
  });
  afterAll(async () => {
    await stack.stop();
    await fake.stop();
  });

  async function deliver(event: Record<string, unknown>) {
    const body = JSON.stringify(event);
    const res = await fetch(`${paymentsBase}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': fake.sign(body) },
      body,
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { outcome: string }).outcome;
  }

  it('settles once however often and in whatever order Stripe delivers the webhooks', async () => {
    const card = generateKeyPair();
    await registerIdentity(client, card, { kind: 'HUMAN', handle: 'card_s' });
    const checkout = await createCheckout(client, card, {
      reference: 'e2e-stripe-1',
      amount: 10_000,
      currency: 'usd',
      manifestId: chain.rootId,
      description: 'Paid by card',
    });
    expect(checkout.url).toContain('/pay/cs_test_');
    const sessionId = checkout.url.split('/pay/')[1];
    const session = fake.pay(sessionId);

    // A stale "expired" copy first, then the completion twice, then the expired copy again.
    const expired = fake.event('checkout.session.expired', { ...session, status: 'expired' });
    const completed = fake.event('checkout.session.completed', session);
    const outcomes = [];
    for (const e of [expired, completed, completed, expired]) outcomes.push(await deliver(e));
    expect(outcomes).toEqual(['COMPLETED', 'NO_CHANGE', 'DUPLICATE', 'DUPLICATE']);

    expect(await balances(adminClient, chain)).toEqual(expected(chain, [6000, 2000, 1000, 1000]));
    const payment = (await getPayment(await signedIn(stack, card), checkout.payment.id))!;
    expect(payment.status).toBe('COMPLETED');
    expect(verifyReceipt(payment.receipt!, nodeKey.publicKey).amount).toBe(10_000);
    const events = await stack.sql<{ topic: string }>(
      `SELECT topic FROM payments.outbox WHERE payload->>'paymentId' = $1 ORDER BY seq`,
      [checkout.payment.id],
    );
    expect(events.map((e) => e.topic)).toEqual(['payment.completed']);
  });
});
