import {
  cryptoBackend,
  FAIR_CONSENT_TYPE,
  FAIR_MANIFEST_TYPE,
  fairManifestId,
  generateKeyPair,
  signPayload,
  validateFairManifest,
  verifyFairDocument,
  type FairDocument,
  type KeyPair,
} from '@imajin/protocol';
import { queryEntities } from '@imajin/subgraph-common/testing';

import { startPaymentsHarness, type PaymentsHarness } from './harness';

const FIELDS = `id version terms imported creator { did }
  contributors { did role share consented identity { did } }
  pendingContributors derivesFrom { manifestId share manifest { id } }`;
const CREATE = `mutation($input: CreateFairManifestInput!, $proof: ProofInput!) {
  createFairManifest(input: $input, proof: $proof) { ${FIELDS} } }`;
const SIGN = `mutation($input: SignFairManifestInput!, $proof: ProofInput!) {
  signFairManifest(input: $input, proof: $proof) { ${FIELDS} } }`;
const GET = `query($id: ID!) { fairManifest(id: $id) { ${FIELDS} } }`;
const EXPORT = `query($id: ID!) { exportFairManifest(id: $id) }`;
const IMPORT = `mutation($d: JSON!) { importFairManifest(document: $d) { ${FIELDS} } }`;
const CHAIN = `query($id: ID!, $depth: Int) { fairManifest(id: $id) {
  chain(depth: $depth) { kind depth did upstreamId share effectiveShare path } } }`;

type Manifest = {
  id: string;
  contributors: Array<{ did: string; consented: boolean; share: number }>;
  pendingContributors: string[];
};

describe('fair manifests', () => {
  let h: PaymentsHarness;
  let author: KeyPair;
  let editor: KeyPair;

  beforeAll(async () => {
    h = await startPaymentsHarness();
    author = h.identity();
    editor = h.identity();
  });
  afterAll(() => h.stop());

  const input = (extra: Record<string, unknown> = {}) => ({
    version: '1.0',
    contributors: [
      { did: author.did, role: 'author', share: 700_000 },
      { did: editor.did, role: 'editor', share: 300_000 },
    ],
    derivesFrom: [] as Array<{ manifest: string; share: number }>,
    terms: 'CC-BY-4.0',
    ...extra,
  });
  /** Clients sign the normal form (the SDK normalises first). */
  const proofFor = (body: Record<string, unknown>, kp: KeyPair) =>
    h.sign(FAIR_MANIFEST_TYPE, validateFairManifest(body) as never, kp);

  async function create(body: Record<string, unknown>, kp: KeyPair = author) {
    return h.gql<{ createFairManifest: Manifest }>(CREATE, { input: body, proof: proofFor(body, kp) });
  }

  async function rows() {
    return {
      manifests: await h.count('fair_manifests'),
      contributors: await h.count('fair_contributors'),
      signatures: await h.count('fair_signatures'),
      proofs: await h.count('proof_log'),
    };
  }

  async function expectNothingWritten(
    res: { errors?: Array<{ extensions?: { code?: unknown } }> },
    code: string,
    before: unknown,
  ) {
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await rows()).toEqual(before);
  }

  it('creates a manifest whose id is the hash of its normal form, the creator counting as consented', async () => {
    const body = input();
    const res = await create(body);
    expect(res.errors).toBeUndefined();
    const m = res.data!.createFairManifest;
    expect(m.id).toBe(fairManifestId(validateFairManifest(body)));
    expect(m.contributors.find((c) => c.did === author.did)!.consented).toBe(true);
    expect(m.pendingContributors).toEqual([editor.did]);
  });

  it('returns the existing manifest when the same one is created again', async () => {
    const body = { ...input(), contributors: [...input().contributors].reverse() };
    const before = await h.count('fair_manifests');
    const res = await create(body);
    expect(res.data!.createFairManifest.id).toBe(fairManifestId(validateFairManifest(input())));
    expect(await h.count('fair_manifests')).toBe(before);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['share sum', 'SHARE_SUM', { contributors: [{ did: 'X', role: 'a', share: 10 }] }],
    ['zero share', 'BAD_SHARE', { contributors: [{ did: 'X', role: 'a', share: 0 }] }],
    ['duplicate contributor', 'DUPLICATE_CONTRIBUTOR', { dup: true }],
    ['bad version', 'BAD_VERSION', { version: '9' }],
    ['unknown upstream', 'UNKNOWN_UPSTREAM', { upstream: true }],
    ['unknown DID', 'UNKNOWN_DID', { stranger: true }],
  ])('refuses %s with a specific reason and writes nothing', async (_name, reason, change) => {
    const before = await rows();
    let body: Record<string, unknown> = input({ terms: `case ${reason}` });
    if (change.contributors) {
      body.contributors = (change.contributors as Array<Record<string, unknown>>).map((c) => ({
        ...c,
        did: author.did,
      }));
    }
    if (change.version) body.version = change.version;
    if (change.dup) {
      body.contributors = [
        { did: author.did, role: 'a', share: 500_000 },
        { did: author.did, role: 'b', share: 500_000 },
      ];
    }
    if (change.upstream) {
      body = input({ derivesFrom: [{ manifest: `fair_${'a'.repeat(64)}`, share: 100_000 }] });
      body.contributors = [{ did: author.did, role: 'author', share: 900_000 }];
    }
    if (change.stranger)
      body.contributors = [{ did: generateKeyPair().did, role: 'ghost', share: 1_000_000 }];
    // Sign whatever was sent when it can be normalised; otherwise any proof (validation comes first).
    let proof: Record<string, string>;
    try {
      proof = proofFor(body, author);
    } catch {
      proof = h.sign(FAIR_MANIFEST_TYPE, { x: 1 }, author);
    }
    const res = await h.gql<{ createFairManifest: Manifest }>(CREATE, { input: body, proof });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(await rows()).toEqual(before);
  });

  it('refuses malformed input (GraphQL validation) without writing', async () => {
    const before = await rows();
    const res = await h.gql(CREATE, {
      input: { version: '1.0', contributors: [{ did: author.did, share: 'lots' }], derivesFrom: [] },
      proof: proofFor(input(), author),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rows()).toEqual(before);
  });

  it('refuses unsigned, tampered, replayed, stale and wrong-signer requests, writing nothing', async () => {
    const body = input({ terms: 'signed-cases' });
    const good = proofFor(body, author);
    let before = await rows();
    await expectNothingWritten(
      await h.gql(CREATE, { input: body, proof: { ...good, signature: 'A'.repeat(86) } }),
      'BAD_SIGNATURE',
      before,
    );
    await expectNothingWritten(
      await h.gql(CREATE, { input: { ...body, terms: 'tampered' }, proof: good }),
      'BAD_SIGNATURE',
      before,
    );
    // Signed by the author but claiming the editor as signer.
    await expectNothingWritten(
      await h.gql(CREATE, { input: body, proof: { ...good, signer: editor.did } }),
      'BAD_SIGNATURE',
      before,
    );
    const stale = signPayload(FAIR_MANIFEST_TYPE, validateFairManifest(body) as never, author, {
      now: new Date(h.clock.now().getTime() - 10 * 60_000),
    }).proof;
    await expectNothingWritten(await h.gql(CREATE, { input: body, proof: stale }), 'BAD_SIGNATURE', before);
    const res = await h.gql(CREATE, { input: body, proof: good });
    expect(res.errors).toBeUndefined();
    before = await rows();
    await expectNothingWritten(await h.gql(CREATE, { input: body, proof: good }), 'BAD_SIGNATURE', before);
  });

  it('lets a contributor co-sign, once, and refuses non-contributors and bad proofs', async () => {
    const id = fairManifestId(validateFairManifest(input()));
    const sign = (kp: KeyPair, manifestId = id) => {
      const fields = { manifestId };
      return { input: fields, proof: h.sign(FAIR_CONSENT_TYPE, fields, kp) };
    };
    let before = await rows();
    const outsider = h.identity();
    await expectNothingWritten(await h.gql(SIGN, sign(outsider)), 'FORBIDDEN', before);
    await expectNothingWritten(await h.gql(SIGN, sign(editor, 'fair_nope')), 'BAD_USER_INPUT', before);
    await expectNothingWritten(
      await h.gql(SIGN, sign(editor, `fair_${'b'.repeat(64)}`)),
      'NOT_FOUND',
      before,
    );
    const tampered = sign(editor);
    tampered.input = { manifestId: fairManifestId(validateFairManifest(input({ terms: 'signed-cases' }))) };
    await expectNothingWritten(await h.gql(SIGN, tampered), 'BAD_SIGNATURE', before);
    const ok = sign(editor);
    const res = await h.gql<{ signFairManifest: Manifest }>(SIGN, ok);
    expect(res.errors).toBeUndefined();
    const got = await h.gql<{ fairManifest: Manifest }>(GET, { id });
    expect(got.data!.fairManifest.pendingContributors).toEqual([]);
    expect(got.data!.fairManifest.contributors.every((c) => c.consented)).toBe(true);
    before = await rows();
    await expectNothingWritten(await h.gql(SIGN, ok), 'BAD_SIGNATURE', before);
  });

  it('exports a .fair.json that verifies offline and imports it elsewhere', async () => {
    const id = fairManifestId(validateFairManifest(input()));
    const res = await h.gql<{ exportFairManifest: FairDocument }>(EXPORT, { id });
    const doc = res.data!.exportFairManifest;
    const verified = verifyFairDocument(JSON.parse(JSON.stringify(doc)), cryptoBackend);
    expect(verified).toMatchObject({ id, creator: author.did, pending: [] });

    const other = await startPaymentsHarness();
    try {
      other.directory.set({ ...(await h.directory.lookup([author.did])).get(author.did)! });
      other.directory.set({ ...(await h.directory.lookup([editor.did])).get(editor.did)! });
      const tampered = { ...doc, manifest: { ...doc.manifest, terms: 'mine now' } };
      const bad = await other.gql(IMPORT, { d: tampered });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ID_MISMATCH' });
      const forged = { ...doc, signatures: [{ ...doc.signatures[0], signature: doc.proof.signature }] };
      expect((await other.gql(IMPORT, { d: forged })).errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
      expect(await other.count('fair_manifests')).toBe(0);
      const imported = await other.gql<{ importFairManifest: Manifest & { imported: boolean } }>(IMPORT, {
        d: doc,
      });
      expect(imported.errors).toBeUndefined();
      expect(imported.data!.importFairManifest).toMatchObject({
        id,
        imported: true,
        pendingContributors: [],
      });
      // Importing again changes nothing.
      await other.gql(IMPORT, { d: doc });
      expect(await other.count('fair_manifests')).toBe(1);
      expect(await other.count('fair_signatures')).toBe(1);
      const reExport = await other.gql<{ exportFairManifest: FairDocument }>(EXPORT, { id });
      expect(reExport.data!.exportFairManifest).toEqual(doc);
    } finally {
      await other.stop();
    }
  });

  it('walks derivesFrom and flattens the chain with exact effective shares', async () => {
    const rootId = fairManifestId(validateFairManifest(input()));
    const remixer = h.identity();
    const body = {
      version: '1.0',
      contributors: [{ did: remixer.did, role: 'remixer', share: 600_000 }],
      derivesFrom: [{ manifest: rootId, share: 400_000 }],
    };
    const res = await create(body, remixer);
    expect(res.errors).toBeUndefined();
    const id = res.data!.createFairManifest.id;
    const got = await h.gql<{ fairManifest: { derivesFrom: Array<{ manifest: { id: string } }> } }>(GET, {
      id,
    });
    expect(got.data!.fairManifest.derivesFrom[0].manifest.id).toBe(rootId);
    const chain = await h.gql<{
      fairManifest: { chain: Array<{ did: string | null; effectiveShare: string; kind: string }> };
    }>(CHAIN, { id });
    const shares = Object.fromEntries(chain.data!.fairManifest.chain.map((e) => [e.did, e.effectiveShare]));
    expect(shares).toEqual({ [remixer.did]: '600000', [author.did]: '280000', [editor.did]: '120000' });
    const cut = await h.gql<{ fairManifest: { chain: Array<{ kind: string; upstreamId: string }> } }>(CHAIN, {
      id,
      depth: 0,
    });
    expect(cut.data!.fairManifest.chain.map((e) => e.kind)).toEqual(['CONTRIBUTOR', 'UPSTREAM']);
  });

  it('resolves FairManifest through _entities', async () => {
    const id = fairManifestId(validateFairManifest(input()));
    const res = await queryEntities<{ id: string; version: string }>(
      h.payments.url,
      h.headers(),
      [
        { __typename: 'FairManifest', id },
        { __typename: 'FairManifest', id: `fair_${'c'.repeat(64)}` },
      ],
      'FairManifest',
      'id version contributors { did }',
    );
    expect(res.data!._entities[0]).toMatchObject({ id, version: '1.0' });
    expect(res.data!._entities[1]).toBeNull();
  });
});
