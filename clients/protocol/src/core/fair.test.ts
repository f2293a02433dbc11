import { cryptoBackend, keyPairFromSeed, signPayload, type KeyPair } from '../index';

import { didFromPublicKey } from './did.codec';
import {
  FAIR_CONSENT_TYPE,
  FAIR_DOCUMENT_FORMAT,
  FAIR_MANIFEST_TYPE,
  FAIR_MAX_CONTRIBUTORS,
  FairError,
  canonicalFairManifest,
  fairManifestId,
  flattenChain,
  largestRemainderSplit,
  splitAlongChain,
  validateFairManifest,
  verifyFairDocument,
  type FairDocument,
  type FairManifestBody,
} from './fair';
import { nobleBackend } from './noble-backend';

const kp = (n: number): KeyPair => keyPairFromSeed(new Uint8Array(32).fill(n));
const [alice, bob, carol, dave] = [kp(1), kp(2), kp(3), kp(4)];

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(FairError);
    return (err as FairError).code;
  }
  return undefined;
}

const simple = (extra: Partial<FairManifestBody> = {}): FairManifestBody => ({
  version: '1.0',
  contributors: [
    { did: alice.did, role: 'author', share: 700_000 },
    { did: bob.did, role: 'editor', share: 300_000 },
  ],
  derivesFrom: [],
  ...extra,
});

describe('validateFairManifest', () => {
  it('normalises contributor order and drops null terms', () => {
    const a = validateFairManifest({ ...simple(), terms: null });
    const b = validateFairManifest({ ...simple(), contributors: [...simple().contributors].reverse() });
    expect(a).toEqual(b);
    expect('terms' in a).toBe(false);
    expect(a.contributors.map((c) => c.did)).toEqual([alice.did, bob.did].sort());
  });

  it.each<[string, unknown]>([
    ['MALFORMED', 'nope'],
    ['MALFORMED', { ...simple(), extra: 1 }],
    ['BAD_VERSION', { ...simple(), version: '2.0' }],
    ['NO_CONTRIBUTORS', { ...simple(), contributors: [] }],
    ['BAD_DID', { ...simple(), contributors: [{ did: 'did:web:x', role: 'a', share: 1_000_000 }] }],
    ['BAD_ROLE', { ...simple(), contributors: [{ did: alice.did, role: ' ', share: 1_000_000 }] }],
    ['BAD_SHARE', { ...simple(), contributors: [{ did: alice.did, role: 'a', share: 0 }] }],
    ['BAD_SHARE', { ...simple(), contributors: [{ did: alice.did, role: 'a', share: -5 }] }],
    ['BAD_SHARE', { ...simple(), contributors: [{ did: alice.did, role: 'a', share: 0.5 }] }],
    ['BAD_SHARE', { ...simple(), contributors: [{ did: alice.did, role: 'a', share: '1000000' }] }],
    [
      'DUPLICATE_CONTRIBUTOR',
      {
        ...simple(),
        contributors: [
          { did: alice.did, role: 'a', share: 500_000 },
          { did: alice.did, role: 'b', share: 500_000 },
        ],
      },
    ],
    ['SHARE_SUM', { ...simple(), contributors: [{ did: alice.did, role: 'a', share: 999_999 }] }],
    ['BAD_MANIFEST_ID', { ...simple(), derivesFrom: [{ manifest: 'fair_xyz', share: 1 }] }],
    ['BAD_TERMS', { ...simple(), terms: 'x'.repeat(5000) }],
  ])('refuses with %s', (expected, input) => {
    expect(code(() => validateFairManifest(input))).toBe(expected);
  });

  it('bounds the number of contributors', () => {
    const many = Array.from({ length: FAIR_MAX_CONTRIBUTORS + 1 }, (_, i) => ({
      did: didFromPublicKey(new Uint8Array(32).fill(i % 250).map((b, j) => (j === 0 ? i >> 8 : b))),
      role: 'r',
      share: 1,
    }));
    expect(code(() => validateFairManifest({ ...simple(), contributors: many }))).toBe(
      'TOO_MANY_CONTRIBUTORS',
    );
  });
});

describe('fairManifestId', () => {
  it('is fair_ + sha256 of the canonical manifest and ignores input order', () => {
    const body = simple({ terms: 'CC-BY-4.0' });
    // Fixed vector, checked with node:crypto's SHA-256 over the canonical bytes.
    const expected = '28e15ee4fbcb3db91a4dc262c4c1253d057b42bedb43e2b4fd6f24e607aa78d7';
    expect(canonicalFairManifest(body)).toMatch(/^\{"contributors":\[\{"did":"did:mjn:z6Mko9hT/);
    expect(fairManifestId(body)).toBe(`fair_${expected}`);
    expect(fairManifestId({ ...body, contributors: [...body.contributors].reverse() })).toBe(
      fairManifestId(body),
    );
    expect(fairManifestId(simple({ terms: 'other' }))).not.toBe(fairManifestId(body));
  });
});

describe('largestRemainderSplit', () => {
  it('splits 10.00 as 7.00 / 3.00', () => {
    expect(
      largestRemainderSplit(1000, [
        { key: 'a', share: 700_000 },
        { key: 'b', share: 300_000 },
      ]),
    ).toEqual([700, 300]);
  });

  it('gives the leftover to the largest remainder, ties by key order', () => {
    // 100 / 3 = 33.33 each: one unit is left; all remainders tie, so the smallest key wins.
    const thirds = [
      { key: 'c', share: 333_334 },
      { key: 'a', share: 333_333 },
      { key: 'b', share: 333_333 },
    ];
    // c: 33.3334 (largest remainder) gets it.
    expect(largestRemainderSplit(100, thirds)).toEqual([34, 33, 33]);
    const tie = [
      { key: 'b', share: 500_000 },
      { key: 'a', share: 500_000 },
    ];
    expect(largestRemainderSplit(1, tie)).toEqual([0, 1]);
  });

  it('is exact at Number.MAX_SAFE_INTEGER', () => {
    const parts = largestRemainderSplit(Number.MAX_SAFE_INTEGER, [
      { key: 'a', share: 333_333 },
      { key: 'b', share: 666_667 },
    ]);
    expect(BigInt(parts[0]) + BigInt(parts[1])).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });
});

describe('splitAlongChain', () => {
  const root = simple();
  const rootId = fairManifestId(root);
  const derived: FairManifestBody = {
    version: '1.0',
    contributors: [{ did: carol.did, role: 'remixer', share: 600_000 }],
    derivesFrom: [{ manifest: rootId, share: 400_000 }],
  };
  const derivedId = fairManifestId(derived);
  const top: FairManifestBody = {
    version: '1.0',
    contributors: [
      { did: dave.did, role: 'publisher', share: 500_000 },
      { did: alice.did, role: 'curator', share: 250_000 },
    ],
    derivesFrom: [{ manifest: derivedId, share: 250_000 }],
  };
  const topId = fairManifestId(top);
  const store = new Map([
    [rootId, root],
    [derivedId, derived],
    [topId, top],
  ]);
  const lookup = (id: string) => store.get(id);

  it('splits 10.00 by 70/30', () => {
    const split = splitAlongChain(rootId, 1000, lookup);
    const byDid = Object.fromEntries(split.lines.map((l) => [l.did, l.amount]));
    expect(byDid).toEqual({ [alice.did]: 700, [bob.did]: 300 });
  });

  it('recurses through three levels and aggregates a DID that appears twice', () => {
    const split = splitAlongChain(topId, 10_000, lookup);
    const byDid = Object.fromEntries(split.lines.map((l) => [l.did, l.amount]));
    // top: dave 5000, alice 2500, derived 2500 → carol 1500, root 1000 → alice 700, bob 300.
    expect(byDid).toEqual({ [dave.did]: 5000, [alice.did]: 3200, [carol.did]: 1500, [bob.did]: 300 });
    const alicePaths = split.lines.find((l) => l.did === alice.did)!.paths;
    expect(alicePaths.map((p) => [p.path.length, p.amount])).toEqual([
      [1, 2500],
      [3, 700],
    ]);
    expect(split.lines.reduce((s, l) => s + l.amount, 0)).toBe(10_000);
  });

  it('refuses unknown upstreams, cycles and bad amounts', () => {
    expect(code(() => splitAlongChain(`fair_${'0'.repeat(64)}`, 10, lookup))).toBe('UNKNOWN_UPSTREAM');
    const loop: FairManifestBody = { ...derived, derivesFrom: [{ manifest: topId, share: 400_000 }] };
    expect(code(() => splitAlongChain(topId, 10, (id) => (id === derivedId ? loop : store.get(id))))).toBe(
      'CYCLE',
    );
    expect(code(() => splitAlongChain(rootId, -1, lookup))).toBe('BAD_AMOUNT');
    expect(code(() => splitAlongChain(rootId, 1.5, lookup))).toBe('BAD_AMOUNT');
  });

  it('flattens the chain with exact effective shares summing to 1e6', () => {
    const entries = flattenChain(topId, lookup);
    const bob3 = entries.find((e) => e.did === bob.did)!;
    // 0.25 × 0.4 × 0.3 = 0.03 → 30000 ppm
    expect(bob3).toMatchObject({ depth: 2, effectiveShare: '30000' });
    const sum = entries.reduce((s, e) => s + Number(e.effectiveShare), 0);
    expect(sum).toBe(1_000_000);
    const cut = flattenChain(topId, lookup, 0);
    expect(cut.filter((e) => e.kind === 'UPSTREAM')).toEqual([
      expect.objectContaining({ upstream: derivedId, effectiveShare: '250000' }),
    ]);
  });
});

describe('verifyFairDocument', () => {
  const NOW = new Date('2026-03-01T12:00:00.000Z');
  const manifest = validateFairManifest(simple({ terms: 'CC-BY-4.0' }));
  const id = fairManifestId(manifest);
  const doc = (): FairDocument => ({
    format: FAIR_DOCUMENT_FORMAT,
    id,
    manifest,
    proof: signPayload(FAIR_MANIFEST_TYPE, manifest as never, alice, { now: NOW }).proof,
    signatures: [signPayload(FAIR_CONSENT_TYPE, { manifestId: id }, bob, { now: NOW }).proof],
  });

  it('verifies a signed document offline, long after it was signed', () => {
    const result = verifyFairDocument(JSON.parse(JSON.stringify(doc())), cryptoBackend);
    expect(result).toMatchObject({ id, creator: alice.did, pending: [] });
    expect(result.consented).toEqual([alice.did, bob.did].sort());
  });

  it('gives the same answer with the pure-JS backend (browsers)', () => {
    expect(verifyFairDocument(doc(), nobleBackend)).toEqual(verifyFairDocument(doc(), cryptoBackend));
  });

  it('lists contributors who have not co-signed as pending', () => {
    const result = verifyFairDocument({ ...doc(), signatures: [] }, cryptoBackend);
    expect(result.pending).toEqual([bob.did]);
  });

  it('refuses tampering, a wrong id and foreign co-signers', () => {
    const tampered = doc();
    tampered.manifest = { ...manifest, terms: 'all rights reserved' };
    expect(code(() => verifyFairDocument(tampered, cryptoBackend))).toBe('ID_MISMATCH');
    tampered.id = fairManifestId(tampered.manifest);
    expect(code(() => verifyFairDocument(tampered, cryptoBackend))).toBe('BAD_SIGNATURE');
    const foreign = doc();
    foreign.signatures = [signPayload(FAIR_CONSENT_TYPE, { manifestId: id }, carol, { now: NOW }).proof];
    expect(code(() => verifyFairDocument(foreign, cryptoBackend))).toBe('NOT_A_CONTRIBUTOR');
    const twice = doc();
    twice.signatures = [...twice.signatures, twice.signatures[0]];
    expect(code(() => verifyFairDocument(twice, cryptoBackend))).toBe('DUPLICATE_SIGNATURE');
    const forged = doc();
    forged.signatures = [{ ...forged.signatures[0], signature: forged.proof.signature }];
    expect(code(() => verifyFairDocument(forged, cryptoBackend))).toBe('BAD_SIGNATURE');
    expect(code(() => verifyFairDocument({ ...doc(), format: 'x' }, cryptoBackend))).toBe('MALFORMED');
  });
});
