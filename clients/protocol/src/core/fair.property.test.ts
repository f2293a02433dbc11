import fc from 'fast-check';

import { didFromPublicKey } from './did.codec';
import {
  FAIR_PPM,
  fairManifestId,
  largestRemainderSplit,
  splitAlongChain,
  type FairManifestBody,
} from './fair';

/** Random shares summing to exactly 1e6: cut points in (0, 1e6). */
const sharesArb = (min: number, max: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: FAIR_PPM - 1 }), { minLength: min - 1, maxLength: max - 1 })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), FAIR_PPM];
      return points.slice(1).map((p, i) => p - points[i]);
    });

const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.constant(Number.MAX_SAFE_INTEGER),
);

const dids = Array.from({ length: 61 }, (_, n) => didFromPublicKey(new Uint8Array(32).fill(n + 1)));
const did = (n: number) => dids[n];

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('fair settlement (properties)', () => {
  it('largestRemainderSplit sums to the amount, never goes negative, and is order-invariant', () => {
    fc.assert(
      fc.property(sharesArb(1, 40), amountArb, fc.nat(), (shares, amount, seed) => {
        const keyed = shares.map((share, i) => ({ key: `k${i}`, share }));
        const parts = largestRemainderSplit(amount, keyed);
        expect(parts.reduce((s, p) => s + BigInt(p), 0n)).toBe(BigInt(amount));
        expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
        const shuffled = shuffle(keyed, seed);
        const again = largestRemainderSplit(amount, shuffled);
        const byKey = new Map(shuffled.map((k, i) => [k.key, again[i]]));
        expect(keyed.map((k) => byKey.get(k.key))).toEqual(parts);
      }),
    );
  });

  it('splitAlongChain sums to the amount through random chains, deterministically and order-invariantly', () => {
    // A chain of up to 4 levels; each level has some contributors and (except the last) one upstream.
    const levelArb = fc.record({
      shares: sharesArb(2, 12),
      ids: fc.uniqueArray(fc.nat(60), { minLength: 12, maxLength: 12 }),
    });
    fc.assert(
      fc.property(
        fc.array(levelArb, { minLength: 1, maxLength: 4 }),
        amountArb,
        fc.nat(),
        (levels, amount, seed) => {
          const store = new Map<string, FairManifestBody>();
          let upstream: string | undefined;
          for (let l = levels.length - 1; l >= 0; l--) {
            const { shares, ids } = levels[l];
            const contributorShares = upstream ? shares.slice(1) : shares;
            const body: FairManifestBody = {
              version: '1.0',
              contributors: contributorShares.map((share, i) => ({ did: did(ids[i]), role: 'r', share })),
              derivesFrom: upstream ? [{ manifest: upstream, share: shares[0] }] : [],
            };
            if (upstream && contributorShares.length === 0) return;
            upstream = fairManifestId(body);
            store.set(upstream, body);
          }
          const root = upstream!;
          const split = splitAlongChain(root, amount, (id) => store.get(id));
          expect(split.lines.reduce((s, l) => s + BigInt(l.amount), 0n)).toBe(BigInt(amount));
          expect(split.lines.every((l) => l.amount >= 0 && l.paths.every((p) => p.amount >= 0))).toBe(true);
          expect(splitAlongChain(root, amount, (id) => store.get(id))).toEqual(split);
          const shuffledLookup = (id: string) => {
            const body = store.get(id)!;
            return { ...body, contributors: shuffle(body.contributors, seed) };
          };
          const again = splitAlongChain(root, amount, shuffledLookup);
          const amounts = (s: typeof split) => s.lines.map((l) => [l.did, l.amount]);
          expect(amounts(again)).toEqual(amounts(split));
        },
      ),
    );
  });
});
