import { randomUUID } from 'node:crypto';

import { generateKeyPair } from '@imajin/protocol';

import { startTrustHarness, type TrustHarness } from './harness';

/** Plain BFS over an in-memory edge list: the answer the SQL search must match. */
function bfs(adj: Map<string, string[]>, from: string, to: string, maxDepth: number): number {
  let frontier = [from];
  const seen = new Set(frontier);
  for (let d = 1; d <= maxDepth; d += 1) {
    const next: string[] = [];
    for (const n of frontier)
      for (const m of adj.get(n) ?? []) {
        if (m === to) return d;
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      }
    frontier = next;
  }
  return -1;
}

describe('trustPath against a BFS oracle', () => {
  let h: TrustHarness;
  beforeAll(async () => {
    h = await startTrustHarness();
  });
  afterAll(() => h.stop());

  it('finds the same shortest lengths on random graphs with revoked, expired and light edges', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const dids = Array.from({ length: 40 }, () => generateKeyPair().did);
    const now = h.clock.now();
    const adj = new Map<string, string[]>();
    const heavy = new Map<string, string[]>();
    const pairs = new Set<string>();
    for (let i = 0; i < 90; i += 1) {
      const a = dids[Math.floor(random() * dids.length)];
      const b = dids[Math.floor(random() * dids.length)];
      if (a === b || pairs.has(`${a}>${b}`)) continue;
      pairs.add(`${a}>${b}`);
      const roll = random();
      const revoked = roll < 0.1 ? now : null;
      const expires = roll >= 0.1 && roll < 0.2 ? new Date(now.getTime() - 1000) : null;
      const weight = 1 + Math.floor(random() * 100);
      await h.sql(
        `INSERT INTO vouches (id, owner_did, from_did, to_did, weight, expires_at, created_at, revoked_at, closed_at,
           signature, signed_payload) VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $7, 'x', '{}')`,
        [randomUUID(), a, b, weight, expires, now, revoked],
      );
      if (!revoked && !expires) {
        adj.set(a, [...(adj.get(a) ?? []), b]);
        if (weight >= 50) heavy.set(a, [...(heavy.get(a) ?? []), b]);
      }
    }
    // Rows inserted straight into the table bypass the write paths' notifications: reload the adjacency.
    await h.trust.services.graph.reloadAdjacency();
    const graph = h.trust.services.graph;
    let compared = 0;
    for (let i = 0; i < 150; i += 1) {
      const a = dids[Math.floor(random() * dids.length)];
      const b = dids[Math.floor(random() * dids.length)];
      if (a === b) continue;
      const depth = 1 + Math.floor(random() * 6);
      const minWeight = random() < 0.3 ? 50 : 1;
      const expected = bfs(minWeight === 50 ? heavy : adj, a, b, depth);
      graph.cacheMode = 'sql';
      const viaSql = await graph.shortestPath(a, b, depth, minWeight);
      graph.cacheMode = 'memory';
      const got = await graph.shortestPath(a, b, depth, minWeight);
      // Identical answers in both modes: the same hops (vouch ids) and the same why-not explanation.
      expect(got).toEqual(viaSql);
      compared += 1;
      expect(got.found ? got.hops.length : -1).toBe(expected);
      if (got.found) {
        // Each hop is a real active edge, and they chain from a to b.
        expect(got.hops[0].from).toBe(a);
        expect(got.hops.at(-1)!.to).toBe(b);
        got.hops.forEach((hop, k) => {
          expect(hop.vouch.active).toBe(true);
          expect(hop.vouch.weight).toBeGreaterThanOrEqual(minWeight);
          expect([hop.vouch.from.did, hop.vouch.to.did]).toEqual([hop.from, hop.to]);
          if (k > 0) expect(hop.from).toBe(got.hops[k - 1].to);
        });
      } else {
        expect(got.explanation?.exploredDepth).toBeLessThanOrEqual(depth);
      }
      // Stable under re-runs.
      const again = await h.trust.services.graph.shortestPath(a, b, depth, minWeight);
      expect(again.hops.map((x) => x.vouch.id)).toEqual(got.hops.map((x) => x.vouch.id));
    }
    expect(compared).toBeGreaterThan(100);
    expect(graph.adjacencyStats()?.current).toBe(true);
  });
});
