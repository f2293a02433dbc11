import { generateKeyPair, softDidFromEmail, toBase64Url } from '@imajin/protocol';
import {
  createCheckout,
  createFairManifest,
  getPayment,
  PaymentDocument,
  registerIdentity,
  signIn,
  type ImajinClient,
} from '@imajin/sdk';

import { loadSubgraph, localSubgraphEnv } from '../../src/schema/subgraph-modules';
import { softBuyer } from '../soft-buyer';
import { codeOf, startStack, type Stack } from '../stack';

import { attack, HostileTable, post, rowCounts } from './hostile';

/** Everything a completed payment writes; an attack on checkout must leave all of it alone. */
const MONEY_TABLES = [
  'payments.payments',
  'payments.checkouts',
  'payments.receipts',
  'payments.settlements',
  'payments.ledger_entries',
  'payments.outbox',
  'payments.proof_log',
];

describe('hostile: payments', () => {
  const table = new HostileTable('payments');
  let stack: Stack;
  let client: ImajinClient;
  let paymentsBase: string;
  const seller = generateKeyPair();
  const buyer = generateKeyPair();
  let manifestId: string;
  let refs = 0;

  beforeAll(async () => {
    stack = await startStack();
    client = stack.client();
    paymentsBase = stack.subgraphs.payments.url.replace(/\/graphql$/, '');
    await registerIdentity(client, seller, { kind: 'HUMAN', handle: 'hostile_seller' });
    await registerIdentity(client, buyer, { kind: 'HUMAN', handle: 'hostile_buyer' });
    manifestId = (
      await createFairManifest(client, seller, {
        version: '1.0',
        contributors: [{ did: seller.did, role: 'host', share: 1_000_000 }],
      })
    ).id;
  });
  afterAll(async () => {
    table.print();
    await stack.stop();
  });

  const ticket = () => ({
    reference: `hostile-${++refs}`,
    amount: 9900,
    currency: 'usd',
    manifestId,
    description: 'A 99.00 USD ticket',
  });

  /** The buyer's own checkout, through the gateway; `url` is the payer's link with its secret. */
  const buyersCheckout = () => createCheckout(client, buyer, ticket());

  const postTo = async (path: string) => {
    const res = await fetch(`${paymentsBase}${path}`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    });
    const body = (await res.json()) as { error?: { code: string } };
    return { status: res.status, code: body.error?.code ?? 'OK' };
  };

  it('refuses an anonymous buyer for a made-up did:email (UNAUTHENTICATED), writing nothing', async () => {
    const before = await rowCounts(stack, MONEY_TABLES);
    const code = await attack(stack, table, 'anonymous createCheckout for a made-up did:email', () =>
      codeOf(createCheckout(client, softDidFromEmail('nobody@example.com'), ticket())),
    );
    expect(code).toBe('UNAUTHENTICATED');
    expect(await rowCounts(stack, MONEY_TABLES)).toEqual(before);
  });

  it('lets a soft buyer signed in with the email code buy for its own did:email only (else FORBIDDEN)', async () => {
    const fan = await softBuyer(stack, 'fan@example.com');
    const other = await softBuyer(stack, 'other@example.com');
    const before = await rowCounts(stack, MONEY_TABLES);
    const code = await attack(
      stack,
      table,
      'createCheckout for another did:email while signed in as a did:email',
      () => codeOf(createCheckout(other.client, fan.did, ticket())),
    );
    expect(code).toBe('FORBIDDEN');
    expect(await rowCounts(stack, MONEY_TABLES)).toEqual(before);
    const own = await createCheckout(fan.client, fan.did, ticket());
    expect(own).toMatchObject({ status: 'OPEN', payment: { buyer: { did: fan.did } } });
    expect((await postTo(`${new URL(own.url).pathname}/complete`)).status).toBe(200);
    expect((await getPayment(fan.client, own.payment.id))?.status).toBe('COMPLETED');
  });

  it('refuses an anonymous completion of someone’s checkout without its secret, moving no money', async () => {
    const checkout = await buyersCheckout();
    const before = await rowCounts(stack, MONEY_TABLES);
    const attempts = await attack(
      stack,
      table,
      'anonymous POST /checkout/<id>/complete (no secret, guessed secret)',
      async () => [
        await postTo(`/checkout/${checkout.id}/complete`),
        await postTo(`/checkout/${checkout.id}/${toBase64Url(new Uint8Array(32))}/complete`),
        await postTo(`/checkout/${checkout.id}/cancel`),
      ],
      (r) => r.map((a) => `${a.status} ${a.code}`).join(', '),
    );
    expect(attempts).toEqual([
      { status: 401, code: 'UNAUTHENTICATED' },
      { status: 403, code: 'FORBIDDEN' },
      { status: 401, code: 'UNAUTHENTICATED' },
    ]);
    expect(await rowCounts(stack, MONEY_TABLES)).toEqual(before);
    const payer = stack.client();
    await signIn(payer, buyer);
    expect((await getPayment(payer, checkout.payment.id))?.status).toBe('PENDING');
  });

  it('completes once for the payer; a replayed completion changes nothing', async () => {
    const checkout = await buyersCheckout();
    const payPath = new URL(checkout.url).pathname;
    expect((await postTo(`${payPath}/complete`)).status).toBe(200);
    const before = await rowCounts(stack, MONEY_TABLES);
    const replays = await attack(
      stack,
      table,
      'replayed completion (the payer’s link, 5 more times)',
      () => Promise.all([1, 2, 3, 4, 5].map(() => postTo(`${payPath}/complete`))),
      (r) => r.map((a) => a.status).join(','),
    );
    expect(replays.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await rowCounts(stack, MONEY_TABLES)).toEqual(before);
  });

  it('refuses anonymous and foreign reads of balances, ledger and receipts, keeping the rest of the answer', async () => {
    const checkout = await buyersCheckout();
    expect((await postTo(`${new URL(checkout.url).pathname}/complete`)).status).toBe(200);
    const query = `query($did: String!) { identity(did: $did) { did kind
      balances { currency amount } ledger(first: 5) { totalCount } receipts(first: 5) { totalCount } } }`;
    const stranger = generateKeyPair();
    await registerIdentity(client, stranger, { kind: 'HUMAN', handle: 'hostile_stranger' });
    const strangerClient = stack.client();
    const strangerToken = (await signIn(strangerClient, stranger)).token;
    const read = (token: string | null) =>
      post(stack.gatewayUrl, JSON.stringify({ query, variables: { did: seller.did } }), {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      });
    const [anonymous, foreign] = await attack(
      stack,
      table,
      'read someone’s balances/ledger/receipts (anonymous, then another identity)',
      async () => [await read(null), await read(strangerToken)],
      (r) => r.map((x) => [...new Set(x.body?.errors?.map((e) => e.extensions?.code))].join('+')).join(', '),
    );
    for (const [response, code] of [
      [anonymous, 'UNAUTHENTICATED'],
      [foreign, 'FORBIDDEN'],
    ] as const) {
      const errors = (response.body?.errors ?? []) as Array<{
        path?: string[];
        extensions?: { code?: string };
      }>;
      expect(errors.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
        ['identity.balances', code],
        ['identity.ledger', code],
        ['identity.receipts', code],
      ]);
      expect(response.body?.data).toEqual({
        identity: { did: seller.did, kind: 'HUMAN', balances: null, ledger: null, receipts: null },
      });
    }
    // The owner still sees them.
    const sellerClient = stack.client();
    const own = await read((await signIn(sellerClient, seller)).token);
    expect(own.body?.errors).toBeUndefined();
    expect(own.body?.data).toMatchObject({
      identity: {
        balances: [{ currency: 'usd', amount: expect.any(Number) }],
        receipts: { totalCount: expect.any(Number) },
      },
    });
  });

  it('refuses reads of someone’s payment by id (anonymous: UNAUTHENTICATED, stranger: FORBIDDEN)', async () => {
    const checkout = await buyersCheckout();
    const stranger = generateKeyPair();
    await registerIdentity(client, stranger, { kind: 'HUMAN', handle: 'hostile_peeker' });
    const strangerClient = stack.client();
    await signIn(strangerClient, stranger);
    const codes = await attack(
      stack,
      table,
      'read someone’s payment by id (anonymous, stranger)',
      async () => [
        await codeOf(client.request(PaymentDocument, { id: checkout.payment.id })),
        await codeOf(strangerClient.request(PaymentDocument, { id: checkout.payment.id })),
      ],
      (r) => r.join(', '),
    );
    expect(codes).toEqual(['UNAUTHENTICATED', 'FORBIDDEN']);
  });

  it('refuses to start payments with the local provider in production unless explicitly allowed', async () => {
    const payments = loadSubgraph('payments');
    const env = {
      ...localSubgraphEnv({
        databaseUrl: 'postgres://unused@127.0.0.1:1/unused',
        gatewayPublicKey: generateKeyPair().publicKey,
        nodeEnv: 'production',
        nodeMasterKey: toBase64Url(new Uint8Array(32).fill(9)),
      }),
    };
    const refused = await attack(
      stack,
      table,
      'start payments: NODE_ENV=production, CHECKOUT_PROVIDER=local',
      async () => {
        try {
          payments.loadConfig(env);
          return 'started';
        } catch (error) {
          return (error as Error).message;
        }
      },
      (message) => (message === 'started' ? 'started' : 'refused at config'),
    );
    expect(refused).toMatch(/CHECKOUT_PROVIDER: local takes no money.*PAYMENTS_ALLOW_LOCAL_CHECKOUT=true/s);
    expect(() => payments.loadConfig({ ...env, PAYMENTS_ALLOW_LOCAL_CHECKOUT: 'true' })).not.toThrow();
  });
});
