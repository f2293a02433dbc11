import {
  cryptoBackend,
  generateKeyPair,
  softDidFromEmail,
  verifyReceipt,
  type KeyPair,
  type SignedEnvelope,
} from '@imajin/protocol';

import { CheckoutProofTypes } from '../src/checkout/checkout.service';

import {
  CREATE_CHECKOUT,
  PAYMENT,
  RECEIPT_FIELDS,
  startCheckoutHarness,
  type PaymentResult,
  type CheckoutHarness,
} from './checkout-harness';

type Checkout = {
  id: string;
  url: string;
  status: string;
  expiresAt: string;
  payment: { id: string; status: string; amount: string; reference: string; settlementId: string | null };
};

const MIN = 60_000;

describe('checkout (local provider)', () => {
  let h: CheckoutHarness;
  let creator: KeyPair;
  let author: KeyPair;
  let editor: KeyPair;
  let buyer: KeyPair;
  let manifestId: string;
  let refs = 0;

  beforeAll(async () => {
    h = await startCheckoutHarness();
    creator = h.identity();
    author = h.identity();
    editor = h.identity();
    buyer = h.identity();
    manifestId = await h.manifest(creator, [
      { did: author.did, role: 'author', share: 700_000 },
      { did: editor.did, role: 'editor', share: 300_000 },
    ]);
  });
  afterAll(() => h.stop());

  const input = (extra: Record<string, unknown> = {}) => ({
    reference: `order-${++refs}`,
    amount: 1000,
    currency: 'usd',
    manifestId,
    buyerDid: buyer.did,
    description: 'A book',
    metadata: { sku: 'book-1' },
    ...extra,
  });

  /** Unsigned requests come from the buyer's own session (a soft buyer signed in as its did:email). */
  async function create(
    i: Record<string, unknown> = input(),
    signer: KeyPair | null = buyer,
    viewer: string | null = signer ? null : String(i.buyerDid),
  ) {
    const proof = signer ? h.sign(CheckoutProofTypes.createCheckout, i, signer) : null;
    return h.gql<{ createCheckout: Checkout }>(CREATE_CHECKOUT, { input: i, proof }, viewer);
  }

  /** The payer's link, as a path: /checkout/<id>/<secret>. */
  const payPath = (c: { url: string }) => new URL(c.url).pathname;

  it('creates a checkout for a signed did:mjn buyer, with a local page that pays and settles exactly', async () => {
    const res = await create();
    expect(res.errors).toBeUndefined();
    const checkout = res.data!.createCheckout;
    expect(checkout.status).toBe('OPEN');
    expect(checkout.url).toMatch(new RegExp(`^${h.base}/checkout/${checkout.id}/[A-Za-z0-9_-]{43}$`));
    expect(checkout.payment).toMatchObject({ status: 'PENDING', amount: '1000' });
    expect(checkout.expiresAt).toBe(new Date(h.clock.now().getTime() + 30 * MIN).toISOString());

    const page = await fetch(checkout.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('A book');
    expect(html).toContain('10.00 USD');
    expect(html).toContain(`${payPath(checkout)}/complete`);

    const done = await h.post(`${payPath(checkout)}/complete`);
    expect(done).toMatchObject({
      status: 200,
      json: { status: 'COMPLETED', paymentId: checkout.payment.id },
    });
    expect(await h.balance(author.did)).toBe('700');
    expect(await h.balance(editor.did)).toBe('300');

    const payment = await h.gql<{ payment: PaymentResult }>(PAYMENT, { id: checkout.payment.id }, buyer.did);
    expect(payment.data!.payment).toMatchObject({
      status: 'COMPLETED',
      checkout: { status: 'COMPLETED' },
      manifest: { id: manifestId },
      settlement: { id: payment.data!.payment.settlementId, status: 'SETTLED' },
    });
    const receipt = payment.data!.payment.receipt!;
    expect(receipt.recipients.map((r) => [r.identity.did, r.amount]).sort()).toEqual(
      [
        [author.did, '700'],
        [editor.did, '300'],
      ].sort(),
    );
    expect(receipt.signer.did).toBe(h.payments.nodeKeys.signing.did);
    // Re-parsed here: fetch's objects come from another realm, and the verifier wants plain objects.
    const envelope = JSON.parse(JSON.stringify(receipt.envelope)) as SignedEnvelope;
    const verified = verifyReceipt(envelope, h.payments.nodeKeys.signing.publicKey, cryptoBackend);
    expect(verified).toMatchObject({ amount: 1000, paymentId: checkout.payment.id, buyerDid: buyer.did });

    const events = await h.sql<{ topic: string; payload: unknown }>(
      'SELECT topic, payload FROM outbox ORDER BY seq',
    );
    expect(events).toEqual([
      {
        topic: 'payment.completed',
        payload: {
          paymentId: checkout.payment.id,
          checkoutId: checkout.id,
          reference: checkout.payment.reference,
          amount: 1000,
          currency: 'usd',
          manifestId,
          buyerDid: buyer.did,
          metadata: { sku: 'book-1' },
          completedAt: h.clock.now().toISOString(),
        },
      },
    ]);
  });

  it('completing twice, or the same reference again, changes nothing', async () => {
    const i = input();
    const first = (await create(i)).data!.createCheckout;
    const again = await create(i);
    expect(again.errors).toBeUndefined();
    expect(again.data!.createCheckout.id).toBe(first.id);
    expect(again.data!.createCheckout.url).toBe(first.url);
    expect((await h.post(`${payPath(first)}/complete`)).status).toBe(200);
    const before = await h.writes();
    const balance = await h.balance(author.did);
    const twice = await h.post(`${payPath(first)}/complete`);
    expect(twice).toMatchObject({ status: 200, json: { status: 'COMPLETED' } });
    expect(await h.writes()).toEqual(before);
    expect(await h.balance(author.did)).toBe(balance);
  });

  it('settles once when the same checkout is completed concurrently, and one reference makes one checkout', async () => {
    const i = input({ buyerDid: softDidFromEmail('race@example.com') });
    const created = await Promise.all([1, 2, 3, 4].map(() => create(i, null)));
    const ids = new Set(created.map((r) => r.data!.createCheckout.id));
    expect(ids.size).toBe(1);
    const path = payPath(created[0].data!.createCheckout);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => h.post(`${path}/complete`)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const paymentId = created[0].data!.createCheckout.payment.id;
    const counts = await h.sql<{ s: number; r: number; o: number }>(
      `SELECT (SELECT count(*)::int FROM settlements WHERE payment_id = $1) AS s,
              (SELECT count(*)::int FROM receipts WHERE payment_id = $1) AS r,
              (SELECT count(*)::int FROM outbox WHERE payload->>'paymentId' = $1) AS o`,
      [paymentId],
    );
    expect(counts).toEqual([{ s: 1, r: 1, o: 1 }]);
  });

  it('refuses bad input, unsigned, tampered, replayed, stale and wrong-signer requests, writing nothing', async () => {
    const before = await h.writes();
    const codeOf = async (p: Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>) =>
      (await p).errors?.[0]?.extensions?.code;

    for (const bad of [
      { amount: 0 },
      { amount: -5 },
      { amount: 100_000_000 },
      { currency: 'dollars' },
      { manifestId: 'fair_nope' },
      { manifestId: `fair_${'0'.repeat(64)}` },
      { buyerDid: 'bob' },
      { description: '' },
      { reference: 'events:hold:1' },
      { reference: 'bad ref' },
      { metadata: { n: 1 } },
    ]) {
      expect([bad, await codeOf(create(input(bad)))]).toEqual([bad, 'BAD_USER_INPUT']);
    }
    expect(await codeOf(create(input(), null))).toBe('BAD_USER_INPUT');

    const i = input();
    const proof = h.sign(CheckoutProofTypes.createCheckout, i, buyer);
    const tampered = await h.gql(CREATE_CHECKOUT, { input: { ...i, amount: 2000 }, proof });
    expect(tampered.errors?.[0].extensions?.code).toBe('BAD_SIGNATURE');
    const wrongSigner = await create(i, generateKeyPair());
    expect(wrongSigner.errors?.[0].extensions?.code).toBe('BAD_SIGNATURE');
    const other = h.identity();
    expect(await codeOf(create(i, other))).toBe('BAD_SIGNATURE');
    const stale = { ...proof, createdAt: new Date(h.clock.now().getTime() - 6 * MIN).toISOString() };
    expect(await codeOf(h.gql(CREATE_CHECKOUT, { input: i, proof: stale }))).toBe('BAD_SIGNATURE');
    expect(await h.writes()).toEqual(before);

    expect((await h.gql(CREATE_CHECKOUT, { input: i, proof })).errors).toBeUndefined();
    const after = await h.writes();
    const replay = await h.gql(CREATE_CHECKOUT, { input: i, proof });
    expect(replay.errors?.[0].extensions?.code).toBe('BAD_SIGNATURE');
    expect(await h.writes()).toEqual(after);
  });

  it('takes a soft did:email buyer signed in as that email, without a proof, and refuses one with', async () => {
    const email = softDidFromEmail('reader@example.com');
    const ok = await create(input({ buyerDid: email }), null);
    expect(ok.errors).toBeUndefined();
    const signed = await create(input({ buyerDid: email }), buyer);
    expect(signed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a did:email buyer nobody is signed in as (anonymous, or another identity), writing nothing', async () => {
    const email = softDidFromEmail('made-up@example.com');
    const before = await h.writes();
    const anonymous = await create(input({ buyerDid: email }), null, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0].message).toContain(email);
    const someoneElse = await create(input({ buyerDid: email }), null, buyer.did);
    expect(someoneElse.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherEmail = await create(input({ buyerDid: email }), null, softDidFromEmail('x@example.com'));
    expect(otherEmail.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await h.writes()).toEqual(before);
  });

  it('completes or cancels only with the checkout’s own secret from its link, writing nothing otherwise', async () => {
    const c = (await create()).data!.createCheckout;
    const other = (await create()).data!.createCheckout;
    const before = await h.writes();
    const otherSecret = payPath(other).split('/').pop()!;
    const attempts = [
      [`/checkout/${c.id}/complete`, 401, 'UNAUTHENTICATED'],
      [`/checkout/${c.id}/cancel`, 401, 'UNAUTHENTICATED'],
      [`/checkout/${c.id}/${'A'.repeat(43)}/complete`, 403, 'FORBIDDEN'],
      [`/checkout/${c.id}/${otherSecret}/complete`, 403, 'FORBIDDEN'],
      [`/checkout/${c.id}/${otherSecret}/cancel`, 403, 'FORBIDDEN'],
      [`/checkout/chk_missing/${otherSecret}/complete`, 403, 'FORBIDDEN'],
    ] as const;
    for (const [path, status, code] of attempts) {
      expect([path, await h.post(path)]).toMatchObject([path, { status, json: { error: { code } } }]);
    }
    const form = await h.post(`/checkout/${c.id}/complete`, '', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(401);
    expect(await h.writes()).toEqual(before);
    // Without the secret the page shows the status only: no Pay button, no buyer.
    const page = await (await fetch(`${h.base}/checkout/${c.id}`)).text();
    expect(page).toContain('OPEN');
    expect(page).not.toContain('/complete');
    expect(page).not.toContain(buyer.did);
    expect(
      (
        await h.gql<{ checkout: { url: string } }>(
          `query($id: ID!) { checkout(id: $id) { url } }`,
          { id: c.id },
          buyer.did,
        )
      ).data?.checkout.url,
    ).toBe(`${h.base}/checkout/${c.id}`);
    // The payer's form post pays and lands back on the payer's page.
    const paid = await h.post(`${payPath(c)}/complete`, '', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(paid.status).toBe(303);
    expect(await (await fetch(c.url)).text()).toContain('COMPLETED');
  });

  it('refuses a reference reused with different terms (CONFLICT), writing nothing', async () => {
    const i = input();
    expect((await create(i)).errors).toBeUndefined();
    const before = await h.writes();
    const res = await create({ ...i, amount: 1500 });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await h.writes()).toEqual(before);
  });

  it('cancels once (checkout.canceled), and a canceled checkout cannot be paid', async () => {
    const c = (await create()).data!.createCheckout;
    expect((await h.post(`${payPath(c)}/cancel`)).json).toMatchObject({ status: 'CANCELED' });
    expect((await h.post(`${payPath(c)}/cancel`)).json).toMatchObject({ status: 'CANCELED' });
    const pay = await h.post(`${payPath(c)}/complete`);
    expect(pay).toMatchObject({ status: 409, json: { error: { code: 'CONFLICT' } } });
    const rows = await h.sql(`SELECT topic FROM outbox WHERE payload->>'checkoutId' = $1`, [c.id]);
    expect(rows).toEqual([{ topic: 'checkout.canceled' }]);
    expect(
      (await h.gql<{ payment: PaymentResult }>(PAYMENT, { id: c.payment.id }, buyer.did)).data!.payment
        .status,
    ).toBe('FAILED');
  });

  it('expires lazily and by the sweeper, emitting checkout.expired once', async () => {
    const lazy = (await create()).data!.createCheckout;
    const swept = (await create()).data!.createCheckout;
    h.clock.advance(31 * MIN);
    const pay = await h.post(`${payPath(lazy)}/complete`);
    expect(pay).toMatchObject({ status: 409, json: { error: { code: 'CONFLICT' } } });
    expect(await h.payments.services.checkouts.sweep()).toBeGreaterThanOrEqual(1);
    expect(await h.payments.services.checkouts.sweep()).toBe(0);
    for (const c of [lazy, swept]) {
      const rows = await h.sql(`SELECT topic FROM outbox WHERE payload->>'checkoutId' = $1`, [c.id]);
      expect(rows).toEqual([{ topic: 'checkout.expired' }]);
    }
    const page = await (await fetch(lazy.url)).text();
    expect(page).toContain('EXPIRED');
  });

  it('resolves Payment and Receipt entities by id (federation)', async () => {
    const c = (await create()).data!.createCheckout;
    await h.post(`${payPath(c)}/complete`);
    const receiptId = (await h.gql<{ payment: PaymentResult }>(PAYMENT, { id: c.payment.id }, buyer.did))
      .data!.payment.receipt!.id;
    const payments = await h.gql<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Payment { id status receipt { id } } } }`,
      {
        r: [
          { __typename: 'Payment', id: c.payment.id },
          { __typename: 'Payment', id: 'pay_missing' },
        ],
      },
      buyer.did,
    );
    expect(payments.data!._entities).toEqual([
      { id: c.payment.id, status: 'COMPLETED', receipt: { id: receiptId } },
      null,
    ]);
    const receipts = await h.gql<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Receipt { ${RECEIPT_FIELDS} } } }`,
      { r: [{ __typename: 'Receipt', id: receiptId }] },
      author.did,
    );
    expect(receipts.data!._entities[0]).toMatchObject({
      id: receiptId,
      paymentId: c.payment.id,
      amount: '1000',
    });
  });

  it('shows a payment, its checkout, settlement and receipt to the payer, the manifest creator, recipients and admins only', async () => {
    const c = (await create()).data!.createCheckout;
    await h.post(`${payPath(c)}/complete`);
    const receiptId = (await h.gql<{ payment: PaymentResult }>(PAYMENT, { id: c.payment.id }, buyer.did))
      .data!.payment.receipt!.id;
    const [{ settlement_id: settlementId }] = await h.sql<{ settlement_id: string }>(
      'SELECT settlement_id FROM payments WHERE id = $1',
      [c.payment.id],
    );
    const reads = {
      payment: [`query($id: ID!) { payment(id: $id) { id } }`, c.payment.id],
      checkout: [`query($id: ID!) { checkout(id: $id) { id } }`, c.id],
      receipt: [`query($id: ID!) { receipt(id: $id) { id } }`, receiptId],
      settlement: [`query($id: ID!) { settlement(id: $id) { id } }`, settlementId],
    } as const;
    const stranger = h.identity();
    for (const [what, [query, id]] of Object.entries(reads)) {
      for (const [viewer, expected] of [
        [buyer.did, id],
        [creator.did, id],
        [editor.did, id],
        [stranger.did, 'FORBIDDEN'],
        [null, 'UNAUTHENTICATED'],
      ] as const) {
        const res = await h.gql<Record<string, { id: string } | null>>(query, { id }, viewer);
        const got = res.errors?.[0]?.extensions?.code ?? res.data![what]?.id;
        expect([what, viewer, got]).toEqual([what, viewer, expected]);
      }
    }
    const entity = await h.gql<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Payment { id } } }`,
      { r: [{ __typename: 'Payment', id: c.payment.id }] },
      stranger.did,
    );
    expect(entity.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists receipts on Identity for the buyer and every recipient, each to itself only', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Identity { did
      receipts(first: 50) { totalCount edges { node { id buyer { did } } } } } } }`;
    const count = async (did: string, viewer: string | null = did) => {
      const res = await h.gql<{ _entities: Array<{ receipts: { totalCount: number } | null }> }>(
        q,
        { r: [{ __typename: 'Identity', did }] },
        viewer,
      );
      return res.data!._entities[0].receipts?.totalCount ?? res.errors?.[0]?.extensions?.code;
    };
    const [b, a, e, c] = [
      await count(buyer.did),
      await count(author.did),
      await count(editor.did),
      await count(creator.did),
    ];
    expect(await count(author.did, buyer.did)).toBe('FORBIDDEN');
    expect(await count(author.did, null)).toBe('UNAUTHENTICATED');
    const [{ all, mine }] = await h.sql<{ all: number; mine: number }>(
      `SELECT count(*)::int AS all, count(*) FILTER (WHERE payload->>'buyerDid' = $1)::int AS mine FROM receipts`,
      [buyer.did],
    );
    expect(mine).toBeGreaterThanOrEqual(2);
    expect([b, a, e]).toEqual([mine, all, all]);
    expect(c).toBe(0);
  });

  it('serves the internal checkout route: idempotent by reference, CONFLICT on other terms, node-signed only', async () => {
    const body = {
      reference: 'events:hold:h1',
      amount: 2500,
      currency: 'USD',
      manifestId,
      buyerDid: softDidFromEmail('fan@example.com'),
      description: 'Ticket: Show — GA',
      metadata: { source: 'events', holdId: 'h1' },
      expiresAt: new Date(h.clock.now().getTime() + 10 * MIN).toISOString(),
    };
    const first = await h.internal<Record<string, unknown>>('/internal/checkouts', body);
    expect(first).toMatchObject({ provider: 'local', status: 'OPEN', expiresAt: body.expiresAt });
    expect(first.url).toMatch(
      new RegExp(`^${h.base}/checkout/${String(first.checkoutId)}/[A-Za-z0-9_-]{43}$`),
    );
    expect(await h.internal('/internal/checkouts', body)).toEqual(first);
    await expect(h.internal('/internal/checkouts', { ...body, amount: 2600 })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    await expect(
      h.internal('/internal/checkouts', { ...body, reference: 'events:hold:h2', amount: 0 }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(
      h.internal('/internal/checkouts', {
        ...body,
        reference: 'events:hold:h3',
        manifestId: `fair_${'1'.repeat(64)}`,
      }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const unsigned = await h.post('/internal/checkouts', body);
    expect(unsigned.status).toBe(401);
  });
});
