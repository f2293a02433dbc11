import { randomUUID } from 'node:crypto';

import { TrustAdjacency, type AdjacencyEdge } from './adjacency';

const NOW = 1_000_000;

function edge(from: string, to: string, extra: Partial<AdjacencyEdge> = {}): AdjacencyEdge {
  return { id: randomUUID(), from, to, weight: 50, expiresAtMs: Infinity, ...extra };
}

const byId = (edges: AdjacencyEdge[]) => [...edges].sort((x, y) => (x.id < y.id ? -1 : 1));
const build = (edges: AdjacencyEdge[]) => TrustAdjacency.build(byId(edges));

function path(g: TrustAdjacency, from: string, to: string, maxDepth = 6, minWeight = 1, now = NOW) {
  const r = g.search(from, to, maxDepth, minWeight, now);
  return r.found ? [from, ...r.chain.map((h) => h.to)] : null;
}

describe('TrustAdjacency', () => {
  it('finds shortest paths and reports the vouch ids of each hop', () => {
    const ab = edge('a', 'b');
    const edges = [ab, edge('b', 'c'), edge('c', 'd'), edge('a', 'x'), edge('x', 'y'), edge('y', 'z')];
    const g = build(edges);
    expect(path(g, 'a', 'd')).toEqual(['a', 'b', 'c', 'd']);
    const r = g.search('a', 'b', 6, 1, NOW);
    expect(r.found && r.chain).toEqual([{ from: 'a', to: 'b', vouchId: ab.id }]);
    expect(path(g, 'd', 'a')).toBeNull(); // vouches are directed
  });

  it('breaks ties between equally short paths by DID, like the SQL path', () => {
    // a → {m, k} → z: both length 2; the SQL path sorts rows by (near DID, far DID), so k wins.
    const g = build([edge('a', 'm'), edge('a', 'k'), edge('m', 'z'), edge('k', 'z')]);
    expect(path(g, 'a', 'z')).toEqual(['a', 'k', 'z']);
  });

  it('honours minWeight and expiry', () => {
    const g = build([
      edge('a', 'b', { weight: 10 }),
      edge('b', 'c'),
      edge('a', 'e', { expiresAtMs: NOW }),
      edge('e', 'c'),
      edge('a', 'f', { expiresAtMs: NOW + 1 }),
      edge('f', 'g'),
    ]);
    expect(path(g, 'a', 'c')).toEqual(['a', 'b', 'c']);
    expect(path(g, 'a', 'c', 6, 20)).toBeNull();
    expect(path(g, 'a', 'g')).toEqual(['a', 'f', 'g']);
    expect(path(g, 'a', 'g', 6, 1, NOW + 1)).toBeNull(); // expiry is exclusive, as `expires_at > now`
  });

  it('bounds the depth', () => {
    const chain = ['n0', 'n1', 'n2', 'n3', 'n4'];
    const g = build(chain.slice(1).map((n, i) => edge(chain[i], n)));
    expect(path(g, 'n0', 'n4', 4)).toHaveLength(5);
    expect(path(g, 'n0', 'n4', 3)).toBeNull();
    const miss = g.search('n0', 'n4', 3, 1, NOW);
    expect(miss.found === false && miss.ruledOut).toBe(3);
  });

  it('terminates on cycles and explains disconnected graphs', () => {
    const g = build([edge('a', 'b'), edge('b', 'a'), edge('b', 'c'), edge('c', 'a'), edge('x', 'y')]);
    expect(path(g, 'a', 'c')).toEqual(['a', 'b', 'c']);
    const miss = g.search('a', 'y', 6, 1, NOW);
    expect(miss.found).toBe(false);
    if (!miss.found) {
      expect(miss.fromHasOutgoing).toBe(true);
      expect(miss.fFrontierEmpty || miss.bFrontierEmpty).toBe(true);
    }
    const unknown = g.search('nobody', 'a', 6, 1, NOW);
    expect(unknown.found === false && unknown.fromHasOutgoing).toBe(false);
  });

  it('adds and removes edges after the load, keeping tie order', () => {
    const g = build([edge('a', 'm'), edge('m', 'z')]);
    expect(path(g, 'a', 'z')).toEqual(['a', 'm', 'z']);
    const ak = edge('a', 'k');
    const kz = edge('k', 'z');
    g.upsert(ak);
    g.upsert(kz);
    g.upsert(kz); // repeated notifications are harmless
    expect(g.edgeCount).toBe(4);
    expect(path(g, 'a', 'z')).toEqual(['a', 'k', 'z']);
    expect(g.remove(ak.id, 'a', 'k')).toBe(true);
    expect(g.remove(ak.id, 'a', 'k')).toBe(false);
    expect(g.has(ak.id, 'a', 'k')).toBe(false);
    expect(path(g, 'a', 'z')).toEqual(['a', 'm', 'z']);
    // Brand-new DIDs after the load are ranked in DID order too: 'c' sorts before 'k'.
    g.upsert(edge('a', 'c'));
    g.upsert(edge('c', 'z'));
    expect(path(g, 'a', 'z')).toEqual(['a', 'c', 'z']);
    g.upsert(edge('a', 'z', { weight: 5 }));
    expect(path(g, 'a', 'z')).toEqual(['a', 'z']);
    expect(path(g, 'a', 'z', 6, 10)).toEqual(['a', 'c', 'z']);
    expect(g.byteSize()).toBeGreaterThan(0);
  });

  it('matches a plain BFS on random graphs, including after random removals', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const nodes = Array.from({ length: 60 }, (_, i) => `did:x:${i}`);
    const edges: AdjacencyEdge[] = [];
    for (let i = 0; i < 200; i += 1) {
      const a = nodes[Math.floor(random() * nodes.length)];
      const b = nodes[Math.floor(random() * nodes.length)];
      if (a !== b) edges.push(edge(a, b, { weight: 1 + Math.floor(random() * 100) }));
    }
    const g = build(edges.slice(0, 150));
    for (const e of edges.slice(150)) g.upsert(e);
    const live = edges.filter((_, i) => i % 7 !== 0);
    edges.forEach((e, i) => {
      if (i % 7 === 0) g.remove(e.id, e.from, e.to);
    });
    const bfs = (from: string, to: string, depth: number, minWeight: number) => {
      let frontier = [from];
      const seen = new Set(frontier);
      for (let d = 1; d <= depth; d += 1) {
        const next: string[] = [];
        for (const e of live)
          if (frontier.includes(e.from) && e.weight >= minWeight) {
            if (e.to === to) return d;
            if (!seen.has(e.to)) {
              seen.add(e.to);
              next.push(e.to);
            }
          }
        frontier = next;
      }
      return -1;
    };
    for (let i = 0; i < 300; i += 1) {
      const a = nodes[Math.floor(random() * nodes.length)];
      const b = nodes[Math.floor(random() * nodes.length)];
      if (a === b) continue;
      const depth = 1 + Math.floor(random() * 6);
      const minWeight = random() < 0.3 ? 50 : 1;
      const found = path(g, a, b, depth, minWeight);
      expect(found ? found.length - 1 : -1).toBe(bfs(a, b, depth, minWeight));
      const r = g.search(a, b, depth, minWeight, NOW);
      if (r.found)
        for (const hop of r.chain) {
          const e = live.find((x) => x.id === hop.vouchId)!;
          expect([e.from, e.to]).toEqual([hop.from, hop.to]);
          expect(e.weight).toBeGreaterThanOrEqual(minWeight);
        }
    }
  });
});
