import {
  FAIR_MANIFEST_TYPE,
  fairManifestId,
  splitAlongChain,
  validateFairManifest,
  type FairManifestBody,
  type KeyPair,
} from '@imajin/protocol';
import { queryEntities } from '@imajin/subgraph-common/testing';

import { startPaymentsHarness, type PaymentsHarness } from './harness';

const CREATE = `mutation($input: CreateFairManifestInput!, $proof: ProofInput!) {
  createFairManifest(input: $input, proof: $proof) { id } }`;
const BALANCE = `query($r: [_Any!]!, $c: String!) { _entities(representations: $r) {
  ... on Identity { did balance(currency: $c) { currency amount } balances { currency amount }
    ledger(first: 10) { totalCount edges { node { direction amount currency settlementId memo } } } } } }`;
const SETTLEMENT = `query($id: ID!) { settlement(id: $id) {
  id kind paymentId amount currency status backend payer { did } manifest { id }
  lines { did amount transferStatus paths { path role share amount } } } }`;
const PREVIEW = `query($m: ID!, $a: MinorUnits!, $c: String!) { settlementPreview(manifestId: $m, amount: $a, currency: $c) {
  amount currency manifest { id } lines { did amount paths { path amount } } } }`;

describe('settlement and ledger', () => {
  let h: PaymentsHarness;
  let author: KeyPair;
  let editor: KeyPair;
  let remixer: KeyPair;
  let publisher: KeyPair;
  const bodies = new Map<string, FairManifestBody>();
  let rootId: string;
  let midId: string;
  let topId: string;

  async function create(body: FairManifestBody, by: KeyPair): Promise<string> {
    const res = await h.gql<{ createFairManifest: { id: string } }>(CREATE, {
      input: body,
      proof: h.sign(FAIR_MANIFEST_TYPE, validateFairManifest(body) as never, by),
    });
    expect(res.errors).toBeUndefined();
    const id = res.data!.createFairManifest.id;
    bodies.set(id, validateFairManifest(body));
    return id;
  }

  beforeAll(async () => {
    h = await startPaymentsHarness();
    [author, editor, remixer, publisher] = [h.identity(), h.identity(), h.identity(), h.identity()];
    rootId = await create(
      {
        version: '1.0',
        contributors: [
          { did: author.did, role: 'author', share: 700_000 },
          { did: editor.did, role: 'editor', share: 300_000 },
        ],
        derivesFrom: [],
      },
      author,
    );
    midId = await create(
      {
        version: '1.0',
        contributors: [{ did: remixer.did, role: 'remixer', share: 666_667 }],
        derivesFrom: [{ manifest: rootId, share: 333_333 }],
      },
      remixer,
    );
    topId = await create(
      {
        version: '1.0',
        contributors: [
          { did: publisher.did, role: 'publisher', share: 500_000 },
          { did: author.did, role: 'curator', share: 100_000 },
        ],
        derivesFrom: [{ manifest: midId, share: 400_000 }],
      },
      publisher,
    );
  });
  afterAll(() => h.stop());

  const settle = (paymentId: string, manifestId: string, amount: number, currency = 'usd') =>
    h.payments.dataSource.transaction((tx) =>
      h.payments.services.settlements.settle(tx, {
        paymentId,
        manifestId,
        amount,
        currency,
        payerDid: publisher.did,
      }),
    );
  const reverse = (paymentId: string) =>
    h.payments.dataSource.transaction((tx) => h.payments.services.settlements.reverse(tx, { paymentId }));

  async function balances(currency = 'usd') {
    const rows = await h.sql<{ did: string; kind: string; balance: string }>(
      'SELECT did, kind, balance FROM ledger_accounts WHERE currency = $1',
      [currency],
    );
    return rows;
  }

  it('settles 10.00 on a 70/30 manifest as 7.00 and 3.00', async () => {
    const out = await settle('pay_simple', rootId, 1000);
    expect(Object.fromEntries(out.recipients.map((r) => [r.did, r.amount]))).toEqual({
      [author.did]: 700,
      [editor.did]: 300,
    });
  });

  it('settles exactly through a 3-level chain, matching the protocol split, with balanced entries', async () => {
    const amount = 9_999;
    const out = await settle('pay_chain', topId, amount);
    const expected = splitAlongChain(topId, amount, (id) => bodies.get(id));
    expect(out.recipients.map((r) => [r.did, r.amount])).toEqual(
      expected.lines.map((l) => [l.did, l.amount]),
    );
    expect(out.recipients.reduce((s, r) => s + r.amount, 0)).toBe(amount);
    const [sums] = await h.sql<{ debit: string; credit: string }>(
      'SELECT sum(debit)::text AS debit, sum(credit)::text AS credit FROM ledger_entries WHERE settlement_id = $1',
      [out.settlementId],
    );
    expect(sums).toEqual({ debit: String(amount), credit: String(amount) });
    // Every currency's balances sum to zero: the clearing account holds the negative of what came in.
    const all = await balances();
    expect(all.reduce((s, r) => s + BigInt(r.balance), 0n)).toBe(0n);
    expect(all.find((r) => r.kind === 'CLEARING')!.balance).toBe(String(-(1000 + amount)));
  });

  it('returns the first settlement when the same payment is settled again', async () => {
    const before = await h.count('ledger_entries');
    const first = await h.sql<{ id: string }>(`SELECT id FROM settlements WHERE payment_id = 'pay_chain'`);
    const again = await settle('pay_chain', topId, 9_999);
    expect(again.settlementId).toBe(first[0].id);
    expect(await h.count('ledger_entries')).toBe(before);
  });

  it('shows balances and the ledger on Identity', async () => {
    const expected = splitAlongChain(topId, 9_999, (id) => bodies.get(id)).lines.find(
      (l) => l.did === author.did,
    )!;
    const res = await h.gql<{
      _entities: Array<{
        balance: { amount: number };
        balances: Array<{ currency: string }>;
        ledger: { totalCount: number; edges: Array<{ node: { direction: string; amount: number } }> };
      }>;
    }>(BALANCE, { r: [{ __typename: 'Identity', did: author.did }], c: 'USD' }, author.did);
    expect(res.errors).toBeUndefined();
    const identity = res.data!._entities[0];
    expect(identity.balance).toEqual({ currency: 'usd', amount: 700 + expected.amount });
    expect(identity.balances).toEqual([{ currency: 'usd', amount: 700 + expected.amount }]);
    expect(identity.ledger.totalCount).toBe(2);
    expect(identity.ledger.edges.map((e) => e.node.direction)).toEqual(['CREDIT', 'CREDIT']);
    expect(identity.ledger.edges[0].node.amount).toBe(expected.amount);
    const bad = await h.gql(
      BALANCE,
      { r: [{ __typename: 'Identity', did: author.did }], c: 'dollars' },
      author.did,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows balances and the ledger to their owner only: others FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const r = [{ __typename: 'Identity', did: author.did }];
    for (const [viewer, code] of [
      [editor.did, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const res = await h.gql<{ _entities: Array<Record<string, unknown>> }>(
        BALANCE,
        { r, c: 'usd' },
        viewer,
      );
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code, code, code]);
      expect(res.data!._entities[0]).toEqual({
        did: author.did,
        balance: null,
        balances: null,
        ledger: null,
      });
    }
  });

  it('pages the ledger newest first with cursors', async () => {
    const PAGE = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) {
      ... on Identity { ledger(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { id settlementId } } } } } }`;
    type Page = {
      _entities: Array<{
        ledger: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string } }>;
        };
      }>;
    };
    const r = [{ __typename: 'Identity', did: author.did }];
    const first = await h.gql<Page>(PAGE, { r }, author.did);
    const page1 = first.data!._entities[0].ledger;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await h.gql<Page>(PAGE, { r, after: page1.pageInfo.endCursor }, author.did);
    const page2 = second.data!._entities[0].ledger;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(Number(page2.edges[0].node.id)).toBeLessThan(Number(page1.edges[0].node.id));
    const bad = await h.gql(PAGE, { r, after: 'not-a-cursor' }, author.did);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves a settlement with its lines and paths, and through _entities', async () => {
    const [{ id }] = await h.sql<{ id: string }>(`SELECT id FROM settlements WHERE payment_id = 'pay_chain'`);
    const res = await h.gql<{
      settlement: {
        lines: Array<{
          did: string;
          amount: number;
          transferStatus: string;
          paths: Array<{ path: string[] }>;
        }>;
      };
    }>(SETTLEMENT, { id }, author.did);
    expect(res.errors).toBeUndefined();
    expect(res.data!.settlement).toMatchObject({
      id,
      kind: 'SETTLEMENT',
      amount: 9_999,
      backend: 'LEDGER',
      status: 'SETTLED',
    });
    const authorLine = res.data!.settlement.lines.find((l) => l.did === author.did)!;
    expect(authorLine.paths.map((p) => p.path)).toEqual([[topId], [topId, midId, rootId]]);
    expect(authorLine.transferStatus).toBe('NOT_NEEDED');
    const entities = await queryEntities<{ id: string; amount: number }>(
      h.payments.url,
      h.headers(author.did),
      [
        { __typename: 'Settlement', id },
        { __typename: 'Settlement', id: '00000000-0000-0000-0000-000000000000' },
      ],
      'Settlement',
      'id amount lines { did }',
    );
    expect(entities.data!._entities[0]).toMatchObject({ id, amount: 9_999 });
    expect(entities.data!._entities[1]).toBeNull();
  });

  it('previews a split without writing, with the protocol arithmetic', async () => {
    const before = await h.count('settlements');
    const res = await h.gql<{
      settlementPreview: { amount: number; lines: Array<{ did: string; amount: number }> };
    }>(PREVIEW, { m: topId, a: Number.MAX_SAFE_INTEGER, c: 'eur' });
    expect(res.errors).toBeUndefined();
    const expected = splitAlongChain(topId, Number.MAX_SAFE_INTEGER, (id) => bodies.get(id));
    expect(res.data!.settlementPreview.lines.map((l) => [l.did, l.amount])).toEqual(
      expected.lines.map((l) => [l.did, l.amount]),
    );
    expect(await h.count('settlements')).toBe(before);
    for (const [vars, code] of [
      [{ m: topId, a: 0, c: 'usd' }, 'BAD_USER_INPUT'],
      [{ m: topId, a: 10, c: 'us' }, 'BAD_USER_INPUT'],
      [{ m: topId, a: '1.5', c: 'usd' }, 'BAD_USER_INPUT'],
      [{ m: `fair_${'d'.repeat(64)}`, a: 10, c: 'usd' }, 'NOT_FOUND'],
    ] as const) {
      expect((await h.gql(PREVIEW, vars)).errors?.[0]?.extensions?.code).toBe(code);
    }
  });

  it('refuses to settle bad amounts, currencies and unknown manifests, writing nothing', async () => {
    const before = [await h.count('settlements'), await h.count('ledger_entries')];
    await expect(settle('pay_bad', rootId, 0)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(settle('pay_bad', rootId, 1.5)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(settle('pay_bad', rootId, 10, 'dollars')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(settle('pay_bad', `fair_${'e'.repeat(64)}`, 10)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect([await h.count('settlements'), await h.count('ledger_entries')]).toEqual(before);
  });

  it('reverses a settlement entry for entry, once', async () => {
    const out = await settle('pay_refund', topId, 12_345, 'gbp');
    expect((await balances('gbp')).some((r) => r.balance !== '0')).toBe(true);
    await reverse('pay_refund');
    expect((await balances('gbp')).every((r) => r.balance === '0')).toBe(true);
    const [orig] = await h.sql<{ status: string }>('SELECT status FROM settlements WHERE id = $1', [
      out.settlementId,
    ]);
    expect(orig.status).toBe('REVERSED');
    const entries = await h.count('ledger_entries');
    await reverse('pay_refund');
    expect(await h.count('ledger_entries')).toBe(entries);
    expect((await balances('gbp')).every((r) => r.balance === '0')).toBe(true);
    await expect(reverse('pay_never')).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('keeps balances exact under concurrent settlements of one chain', async () => {
    const amounts = Array.from({ length: 20 }, (_, i) => 1_000 + i * 37);
    await Promise.all(amounts.map((a, i) => settle(`pay_conc_${i}`, topId, a, 'chf')));
    const all = await balances('chf');
    expect(all.reduce((s, r) => s + BigInt(r.balance), 0n)).toBe(0n);
    const expectedPublisher = amounts.reduce(
      (s, a) =>
        s +
        splitAlongChain(topId, a, (id) => bodies.get(id)).lines.find((l) => l.did === publisher.did)!.amount,
      0,
    );
    expect(all.find((r) => r.did === publisher.did && r.kind === 'USER')!.balance).toBe(
      String(expectedPublisher),
    );
  });

  it('uses the manifest id of the settled root in fairManifestId form', () => {
    expect(fairManifestId(bodies.get(topId)!)).toBe(topId);
  });
});
