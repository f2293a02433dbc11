import { FAIR_MANIFEST_TYPE, signPayload, validateFairManifest, type KeyPair } from '@imajin/protocol';

import { LINK_STRIPE_ACCOUNT_TYPE } from '../src/settlement/connected-account.service';
import { createSettlementServices } from '../src/settlement/settlement.factory';

import { startPaymentsHarness, type PaymentsHarness } from './harness';
import { FakeStripe } from './stripe-fake';

const CREATE = `mutation($input: CreateFairManifestInput!, $proof: ProofInput!) {
  createFairManifest(input: $input, proof: $proof) { id } }`;
const LINK = `mutation($input: LinkStripeAccountInput!, $proof: ProofInput!) {
  linkStripeAccount(input: $input, proof: $proof) { identity { did } stripeAccountId } }`;
const LINES = `query($id: ID!) { settlement(id: $id) { backend lines { did amount transferStatus transferReference transferError } } }`;

describe('settlement backends', () => {
  let h: PaymentsHarness;
  let stripe: FakeStripe;
  let author: KeyPair;
  let editor: KeyPair;
  let manifestId: string;

  beforeAll(async () => {
    stripe = new FakeStripe();
    const apiBase = await stripe.start();
    h = await startPaymentsHarness({
      settlementBackend: 'stripe',
      checkout: {
        provider: 'local',
        stripe: { secretKey: stripe.secretKey, webhookSecret: stripe.webhookSecret, apiBase },
        adminDids: [],
        ttlMs: 30 * 60_000,
        sweepIntervalMs: 60_000,
      },
    });
    [author, editor] = [h.identity(), h.identity()];
    const body = {
      version: '1.0',
      contributors: [
        { did: author.did, role: 'author', share: 700_000 },
        { did: editor.did, role: 'editor', share: 300_000 },
      ],
      derivesFrom: [],
    };
    const res = await h.gql<{ createFairManifest: { id: string } }>(CREATE, {
      input: body,
      proof: h.sign(FAIR_MANIFEST_TYPE, validateFairManifest(body) as never, author),
    });
    manifestId = res.data!.createFairManifest.id;
  });
  afterAll(async () => {
    await h.stop();
    await stripe.stop();
  });

  const link = (
    kp: KeyPair,
    stripeAccountId: string,
    proof = h.sign(LINK_STRIPE_ACCOUNT_TYPE, { stripeAccountId }, kp),
  ) => h.gql(LINK, { input: { stripeAccountId }, proof });

  it('refuses bad linkStripeAccount requests, writing nothing', async () => {
    const good = h.sign(LINK_STRIPE_ACCOUNT_TYPE, { stripeAccountId: 'acct_author01' }, author);
    const cases: Array<[Promise<{ errors?: Array<{ extensions?: { code?: unknown } }> }>, string]> = [
      [link(author, 'bank-account-1'), 'BAD_USER_INPUT'],
      [h.gql(LINK, { input: {}, proof: good }), 'BAD_USER_INPUT'],
      [link(author, 'acct_author01', { ...good, signature: 'A'.repeat(86) }), 'BAD_SIGNATURE'],
      [link(author, 'acct_other999', good), 'BAD_SIGNATURE'],
      [link(author, 'acct_author01', { ...good, signer: editor.did }), 'BAD_SIGNATURE'],
      [
        link(
          author,
          'acct_author01',
          signPayload(LINK_STRIPE_ACCOUNT_TYPE, { stripeAccountId: 'acct_author01' }, author, {
            now: new Date(h.clock.now().getTime() - 6 * 60_000),
          }).proof as never,
        ),
        'BAD_SIGNATURE',
      ],
    ];
    for (const [res, code] of cases) expect((await res).errors?.[0]?.extensions?.code).toBe(code);
    expect(await h.count('connected_accounts')).toBe(0);
    expect(await h.count('proof_log')).toBe(1); // the manifest's
    const ok = await link(author, 'acct_author01', good);
    expect(ok.errors).toBeUndefined();
    expect((await link(author, 'acct_author01', good)).errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    expect(await h.count('connected_accounts')).toBe(1);
  });

  it('transfers each part to the linked account once, with an idempotency key per settlement and recipient', async () => {
    const out = await h.payments.dataSource.transaction((tx) =>
      h.payments.services.settlements.settle(tx, {
        paymentId: 'pay_stripe',
        manifestId,
        amount: 1000,
        currency: 'usd',
        payerDid: author.did,
      }),
    );
    await h.payments.services.settlements.dispatchPending();
    await h.payments.services.settlements.dispatchPending();
    const transfers = [...stripe.transfers.values()];
    expect(transfers).toEqual([
      expect.objectContaining({
        amount: 700,
        currency: 'usd',
        destination: 'acct_author01',
        transfer_group: out.settlementId,
      }),
    ]);
    const posted = stripe.requests.filter((r) => r.path === '/v1/transfers');
    expect(posted[0].idempotencyKey).toBe(`mjn-settle-${out.settlementId}-${author.did}`);
    type Line = {
      did: string;
      transferStatus: string;
      transferReference: string | null;
      transferError: string | null;
    };
    let res = await h.gql<{ settlement: { backend: string; lines: Line[] } }>(
      LINES,
      { id: out.settlementId },
      author.did,
    );
    expect(res.data!.settlement.backend).toBe('STRIPE');
    const line = (did: string) => res.data!.settlement.lines.find((l) => l.did === did)!;
    expect(line(author.did)).toMatchObject({ transferStatus: 'DONE', transferReference: transfers[0].id });
    // The editor has no account yet: the transfer waits with the reason, and goes once the account is linked.
    expect(line(editor.did)).toMatchObject({ transferStatus: 'PENDING', transferReference: null });
    expect(line(editor.did).transferError).toMatch(/no linked Stripe account/);
    expect((await link(editor, 'acct_editor01')).errors).toBeUndefined();
    await h.payments.services.settlements.dispatchPending();
    res = await h.gql(LINES, { id: out.settlementId }, author.did);
    expect(line(editor.did)).toMatchObject({ transferStatus: 'DONE', transferError: null });
    expect([...stripe.transfers.values()].map((t) => [t.destination, t.amount])).toEqual([
      ['acct_author01', 700],
      ['acct_editor01', 300],
    ]);
  });

  it('marks the transfers of a reversal FAILED for an operator, leaving the ledger reversed', async () => {
    const out = await h.payments.dataSource.transaction((tx) =>
      h.payments.services.settlements.settle(tx, {
        paymentId: 'pay_stripe_refund',
        manifestId,
        amount: 500,
        currency: 'usd',
        payerDid: author.did,
      }),
    );
    await h.payments.services.settlements.dispatchPending();
    await h.payments.dataSource.transaction((tx) =>
      h.payments.services.settlements.reverse(tx, { paymentId: 'pay_stripe_refund' }),
    );
    const transfersBefore = stripe.transfers.size;
    await h.payments.services.settlements.dispatchPending();
    expect(stripe.transfers.size).toBe(transfersBefore);
    const [reversal] = await h.sql<{ id: string }>(
      `SELECT id FROM settlements WHERE payment_id = 'pay_stripe_refund' AND kind = 'REVERSAL'`,
    );
    const res = await h.gql<{
      settlement: { lines: Array<{ transferStatus: string; transferError: string }> };
    }>(LINES, { id: reversal.id }, author.did);
    expect(res.data!.settlement.lines.map((l) => l.transferStatus)).toEqual(['FAILED', 'FAILED']);
    expect(res.data!.settlement.lines[0].transferError).toMatch(/not automated/);
    expect(out.recipients.map((r) => r.amount)).toEqual(
      [...out.recipients].map((r) => (r.did === author.did ? 350 : 150)),
    );
  });

  it('refuses the planned solana backend with a clear error', () => {
    expect(() =>
      createSettlementServices({
        dataSource: h.payments.dataSource,
        manifests: h.payments.services.manifests,
        verifier: undefined as never,
        directory: h.directory,
        clock: h.clock,
        logger: undefined as never,
        nodeDid: author.did,
        backend: 'solana',
      }),
    ).toThrow(/solana is planned but not implemented/);
  });
});
