import { cryptoBackend, fromBase64Url, publicKeyFromDid, type KeyPair } from '@imajin/protocol';

import { REVOKE_MUTATION, startTrustHarness, vouch, type TrustHarness } from './harness';

const PATH = `query($from: String!, $to: String!, $maxDepth: Int, $minWeight: Int) {
  trustPath(from: $from, to: $to, maxDepth: $maxDepth, minWeight: $minWeight) {
    found length
    hops { from { did } to { did } vouch { id weight signature signedPayload from { did } } }
    explanation { reason reachedCount reachedDepth reachingCount reachingDepth exploredDepth message }
  }
}`;

interface PathResult {
  found: boolean;
  length: number | null;
  hops: Array<{
    from: { did: string };
    to: { did: string };
    vouch: { id: string; weight: number; signature: string; signedPayload: string; from: { did: string } };
  }>;
  explanation: {
    reason: string;
    reachedCount: number;
    reachedDepth: number;
    reachingCount: number;
    reachingDepth: number;
    exploredDepth: number;
    message: string;
  } | null;
}

describe('trust graph queries', () => {
  let h: TrustHarness;
  // Chain a → b → c → d → e → f → g → h8, a shortcut a → x → d, a cycle d → a, and an island y ⇄ z.
  let n: Record<string, KeyPair>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await startTrustHarness();
    n = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h8', 'x', 'y', 'z', 'lonely', 'w'].map((k) => [k, h.person()]),
    );
    const edges: Array<[string, string, number?]> = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
      ['g', 'h8'],
      ['a', 'x', 10],
      ['x', 'd', 10],
      ['d', 'a'],
      ['y', 'z'],
      ['z', 'y'],
    ];
    for (const [f, t, w] of edges) ids[`${f}>${t}`] = await vouch(h, n[f], n[t], { weight: w ?? 50 });
  });
  afterAll(() => h.stop());

  const path = async (from: string, to: string, vars: Record<string, unknown> = {}) => {
    const res = await h.gql<{ trustPath: PathResult }>(PATH, { from: n[from].did, to: n[to].did, ...vars });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.trustPath;
  };
  const names = (p: PathResult) => {
    const byDid = new Map(Object.entries(n).map(([k, kp]) => [kp.did, k]));
    return p.hops.length ? [byDid.get(p.hops[0].from.did), ...p.hops.map((x) => byDid.get(x.to.did))] : [];
  };

  it('finds the shortest path and each hop carries a vouch that verifies offline', async () => {
    const p = await path('a', 'e');
    expect(p).toMatchObject({ found: true, length: 3, explanation: null });
    expect(names(p)).toEqual(['a', 'x', 'd', 'e']);
    for (const hop of p.hops) {
      const ok = cryptoBackend.verify(
        fromBase64Url(hop.vouch.signature),
        new TextEncoder().encode(hop.vouch.signedPayload),
        publicKeyFromDid(hop.vouch.from.did),
      );
      expect(ok).toBe(true);
      const payload = JSON.parse(hop.vouch.signedPayload) as { to: string; signer: string };
      expect([payload.signer, payload.to]).toEqual([hop.from.did, hop.to.did]);
      // A tampered payload no longer verifies.
      const tampered = hop.vouch.signedPayload.replace(/"weight":\d+/, '"weight":100');
      expect(
        cryptoBackend.verify(
          fromBase64Url(hop.vouch.signature),
          new TextEncoder().encode(tampered),
          publicKeyFromDid(hop.vouch.from.did),
        ),
      ).toBe(tampered === hop.vouch.signedPayload);
    }
  });

  it('honours minWeight and terminates on cycles', async () => {
    expect(names(await path('a', 'e', { minWeight: 20 }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(names(await path('d', 'c'))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('enforces the depth bound and explains DEPTH_EXHAUSTED', async () => {
    const ok = await path('a', 'h8', { maxDepth: 6 });
    expect(ok).toMatchObject({ found: true, length: 6 });
    const short = await path('a', 'h8', { maxDepth: 5 });
    expect(short.found).toBe(false);
    expect(short.explanation).toMatchObject({ reason: 'DEPTH_EXHAUSTED', exploredDepth: 5 });
    // The chain is split between the two half-searches; together they rule out every path of ≤ 5 hops.
    const e = short.explanation!;
    // The fifth level is only probed for meeting points, so the two sides hold 4 levels between them.
    expect(e.reachedDepth + e.reachingDepth).toBe(4);
    expect(e.reachedCount).toBeGreaterThanOrEqual(e.reachedDepth);
    expect(e.reachingCount).toBe(e.reachingDepth); // h8 ← g ← f …: one voucher per level
    expect(e.exploredDepth).toBe(e.reachedDepth + e.reachingDepth + 1);
    expect(e.message).toMatch(
      /^No chain of at most 5 vouches: no active vouch leads from .* a longer chain may exist$/,
    );
    const bad = await h.gql(PATH, { from: n.a.did, to: n.b.did, maxDepth: 7 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const zero = await h.gql(PATH, { from: n.a.did, to: n.b.did, maxDepth: 0 });
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('at maxDepth 1 explains a missing direct vouch with counts that add up to exploredDepth', async () => {
    const e = (await path('a', 'c', { maxDepth: 1 })).explanation!;
    expect(e).toMatchObject({
      reason: 'DEPTH_EXHAUSTED',
      reachedCount: 0,
      reachedDepth: 0,
      reachingCount: 0,
      reachingDepth: 0,
      exploredDepth: 1,
    });
    expect(e.message).toBe(
      `No chain of at most 1 vouch: no active vouch leads from ${n.a.did} to ${n.c.did}; a longer chain may exist`,
    );
  });

  it('explains disconnected components (NOT_REACHABLE) and identities with no vouches', async () => {
    const island = await path('a', 'y');
    expect(island.found).toBe(false);
    expect(island.explanation?.reason).toBe('NOT_REACHABLE');
    expect(island.explanation).toMatchObject({ reachingCount: 1, reachingDepth: 1 }); // only z vouches for y
    expect(island.explanation?.message).toMatch(
      /is vouched for \(directly or through others\) by only 1 identity, and .* reaches none of them/,
    );
    const fromIsland = await path('y', 'a');
    expect(fromIsland.explanation).toMatchObject({
      reason: 'NOT_REACHABLE',
      reachedCount: 1,
      exploredDepth: 1,
    });
    expect(fromIsland.explanation?.message).toMatch(/Everything .* \(1 identity, up to 1 hop\) was explored/);
    const closedForward = await path('h8', 'a');
    expect(closedForward.explanation?.reason).toBe('NO_OUTGOING_VOUCHES');
    const lonely = await path('lonely', 'a');
    expect(lonely.explanation).toMatchObject({ reason: 'NO_OUTGOING_VOUCHES', reachedCount: 0 });
    const weighted = await path('x', 'e', { minWeight: 90 });
    expect(weighted.explanation?.reason).toBe('NO_OUTGOING_VOUCHES');
  });

  it('skips revoked and expired vouches', async () => {
    const w = n.w;
    await vouch(h, n.y, w, { expiresAt: new Date(h.clock.now().getTime() + 60_000).toISOString() });
    expect((await path('z', 'w')).found).toBe(true);
    h.clock.advance(120_000);
    expect((await path('z', 'w')).explanation?.reason).toBe('NOT_REACHABLE');

    const id = ids['x>d'];
    const res = await h.gql(REVOKE_MUTATION, { id, proof: h.sign('mjn.trust.revokeVouch', { id }, n.x) });
    expect(res.errors).toBeUndefined();
    expect(names(await path('a', 'e'))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect((await path('x', 'e')).explanation?.reason).toBe('NO_OUTGOING_VOUCHES');
  });

  it('answers isTrusted within maxHops', async () => {
    const q = `query($q: String!, $s: String!, $m: Int) { isTrusted(querier: $q, subject: $s, maxHops: $m) }`;
    const ask = async (a: string, b: string, m: number) =>
      (await h.gql<{ isTrusted: boolean }>(q, { q: n[a].did, s: n[b].did, m })).data?.isTrusted;
    expect(await ask('a', 'c', 2)).toBe(true);
    expect(await ask('a', 'd', 2)).toBe(false);
    expect(await ask('a', 'y', 6)).toBe(false);
    const bad = await h.gql(q, { q: n.a.did, s: n.b.did, m: 9 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the neighbourhood with hop counts, paged', async () => {
    const q = `query($did: String!, $after: String) { neighbourhood(did: $did, depth: 2, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { hops identity { did } } } } }`;
    type N = {
      neighbourhood: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { hops: number; identity: { did: string } } }>;
      };
    };
    const seen: Array<[number, string]> = [];
    let after: string | null = null;
    do {
      const res: { data?: N } = await h.gql<N>(q, { did: n.d.did, after });
      const page: N['neighbourhood'] = res.data!.neighbourhood;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e): [number, string] => [e.node.hops, e.node.identity.did]));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // d → e, a (1 hop); e → f, a → b (2 hops; x>d is revoked but a → x still counts).
    const byDid = new Map(Object.entries(n).map(([k, kp]) => [kp.did, k]));
    const got = seen.map(([hops, did]) => `${hops}:${byDid.get(did)}`);
    expect([...got].sort()).toEqual(['1:a', '1:e', '2:b', '2:f', '2:x']);
    // Closest first across pages.
    expect(got.map((g) => g[0])).toEqual(['1', '1', '2', '2', '2']);
  });

  it('computes a deterministic personalised trust score', async () => {
    const q = `query($f: String!, $t: String!) { trustScore(from: $f, to: $t) { score nodesConsidered damping iterations } }`;
    type S = { trustScore: { score: number; nodesConsidered: number; damping: number; iterations: number } };
    const near = (await h.gql<S>(q, { f: n.a.did, t: n.b.did })).data!.trustScore;
    const far = (await h.gql<S>(q, { f: n.a.did, t: n.e.did })).data!.trustScore;
    const none = (await h.gql<S>(q, { f: n.a.did, t: n.y.did })).data!.trustScore;
    expect(near.score).toBeGreaterThan(far.score);
    // a → e is 4 hops once x → d is revoked (previous test): outside the 3-hop set.
    expect(far.score).toBe(0);
    expect(none.score).toBe(0);
    expect(near).toMatchObject({ damping: 0.85, iterations: 50 });
    const again = (await h.gql<S>(q, { f: n.a.did, t: n.b.did })).data!.trustScore;
    expect(again.score).toBe(near.score);
  });
});
