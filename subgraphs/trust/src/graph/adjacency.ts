/** One active vouch as the adjacency stores it; `expiresAtMs` is Infinity when the vouch never expires. */
export interface AdjacencyEdge {
  id: string;
  from: string;
  to: string;
  weight: number;
  expiresAtMs: number;
}

/** What a failed in-memory search reached: the inputs GraphService needs to explain it like the SQL path. */
export interface AdjacencyMiss {
  found: false;
  fwdSize: number;
  bwdSize: number;
  fFrontierEmpty: boolean;
  bFrontierEmpty: boolean;
  fDepth: number;
  bDepth: number;
  fromHasOutgoing: boolean;
  ruledOut: number;
}

export interface AdjacencyHit {
  found: true;
  chain: Array<{ from: string; to: string; vouchId: string }>;
}

const EMPTY = new Int32Array(0);
const UNKNOWN_FROM = -1;
const UNKNOWN_TO = -2;

function uuidWords(id: string): [number, number, number, number] {
  const hex = id.replace(/-/g, '').toLowerCase();
  return [0, 8, 16, 24].map((i) => parseInt(hex.slice(i, i + 8), 16)) as [number, number, number, number];
}

function wordsToUuid(w: Uint32Array, at: number): string {
  const hex = [0, 1, 2, 3].map((k) => w[at + k].toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A compact in-memory graph of active vouches for path search. DIDs are interned to integer node ids; edges
 * live in parallel typed arrays; each node's out- and in-lists are kept sorted by (neighbour DID, vouch id), so
 * walking a frontier in DID order visits edges in exactly the order the SQL path sorts its rows, and equally
 * short paths resolve the same way in both modes. Lists are CSR slices built at load; a node changed after the
 * load gets its own copied list (writes are rare next to reads, so copy-on-write keeps the read path simple).
 */
export class TrustAdjacency {
  private readonly ids = new Map<string, number>();
  private readonly dids: string[] = [];
  private rank = EMPTY;
  private byRank = EMPTY;
  private rankDirty = true;

  private edgeCap = 0;
  private edgeTop = 0;
  private readonly freeEdges: number[] = [];
  private eFrom = EMPTY;
  private eTo = EMPTY;
  private eWeight = new Uint8Array(0);
  private eExpires = new Float64Array(0);
  private eId = new Uint32Array(0);
  private live = 0;

  private outOff = EMPTY;
  private outList = EMPTY;
  private inOff = EMPTY;
  private inList = EMPTY;
  private csrNodes = 0;
  private readonly outOverride = new Map<number, Int32Array>();
  private readonly inOverride = new Map<number, Int32Array>();

  // Per-search scratch, stamped with a generation so nothing is cleared between searches. Searches are
  // synchronous, so one set per instance is safe on Node's single thread.
  private gen = 0;
  private fStamp = EMPTY;
  private bStamp = EMPTY;
  private fVia = EMPTY;
  private bVia = EMPTY;
  private fDep = new Uint8Array(0);
  private bDep = new Uint8Array(0);

  /** Builds the graph from `edges`, which must arrive ordered by vouch id (the load query's order). */
  static build(edges: Iterable<AdjacencyEdge>): TrustAdjacency {
    const g = new TrustAdjacency();
    for (const e of edges) g.pushEdge(e);
    g.buildCsr();
    return g;
  }

  get nodeCount(): number {
    return this.dids.length;
  }

  get edgeCount(): number {
    return this.live;
  }

  /** Typed arrays' byteLengths plus an estimate for the interned DIDs (string + map entry + array slot). */
  byteSize(): number {
    let bytes =
      this.eFrom.byteLength +
      this.eTo.byteLength +
      this.eWeight.byteLength +
      this.eExpires.byteLength +
      this.eId.byteLength +
      this.outOff.byteLength +
      this.outList.byteLength +
      this.inOff.byteLength +
      this.inList.byteLength +
      this.rank.byteLength +
      this.byRank.byteLength +
      this.fStamp.byteLength * 2 +
      this.fVia.byteLength * 2 +
      this.fDep.byteLength * 2;
    for (const l of this.outOverride.values()) bytes += l.byteLength + 64;
    for (const l of this.inOverride.values()) bytes += l.byteLength + 64;
    for (const d of this.dids) bytes += 2 * d.length + 24 + 40 + 8;
    return bytes;
  }

  /** Adds an active vouch, or updates it in place if already present (notifications may repeat). */
  upsert(edge: AdjacencyEdge): void {
    this.remove(edge.id, edge.from, edge.to);
    const e = this.pushEdge(edge);
    const a = this.eFrom[e];
    const b = this.eTo[e];
    this.setList('out', a, this.insertSorted(this.list('out', a), e, 'out'));
    this.setList('in', b, this.insertSorted(this.list('in', b), e, 'in'));
  }

  /** Removes the vouch `id` between `from` and `to` if present; true when something was removed. */
  remove(id: string, from: string, to: string): boolean {
    const a = this.ids.get(from);
    const b = this.ids.get(to);
    if (a === undefined || b === undefined) return false;
    const w = uuidWords(id);
    const out = this.list('out', a);
    const at = out.findIndex((e) => this.idEquals(e, w));
    if (at < 0) return false;
    const e = out[at];
    this.setList(
      'out',
      a,
      out.filter((x) => x !== e),
    );
    this.setList(
      'in',
      b,
      this.list('in', b).filter((x) => x !== e),
    );
    this.eWeight[e] = 0;
    this.freeEdges.push(e);
    this.live -= 1;
    return true;
  }

  has(id: string, from: string, to: string): boolean {
    const a = this.ids.get(from);
    if (a === undefined || !this.ids.has(to)) return false;
    const w = uuidWords(id);
    return this.list('out', a).some((e) => this.idEquals(e, w));
  }

  /**
   * Bidirectional BFS mirroring GraphService's SQL search step for step: grow the frontier with fewer nodes,
   * probe meeting points on the other frontier first, and walk edges in (near DID, far DID) order, so the path
   * and the failure counts are the ones the SQL path produces.
   */
  search(
    from: string,
    to: string,
    maxDepth: number,
    minWeight: number,
    nowMs: number,
  ): AdjacencyHit | AdjacencyMiss {
    this.prepare();
    const src = this.ids.get(from) ?? UNKNOWN_FROM;
    const dst = this.ids.get(to) ?? UNKNOWN_TO;
    this.gen += 1;
    const gen = this.gen;
    const mark = (side: 'f' | 'b', node: number, via: number, depth: number) => {
      if (node < 0) return;
      const [stamp, viaArr, dep] =
        side === 'f' ? [this.fStamp, this.fVia, this.fDep] : [this.bStamp, this.bVia, this.bDep];
      stamp[node] = gen;
      viaArr[node] = via;
      dep[node] = depth;
    };
    mark('f', src, -1, 0);
    mark('b', dst, -1, 0);
    let fSize = 1;
    let bSize = 1;
    let fFrontier = Int32Array.of(src);
    let bFrontier = Int32Array.of(dst);
    let fDepth = 0;
    let bDepth = 0;
    let fromHasOutgoing: boolean | null = null;
    let ruledOut = 0;

    while (fDepth + bDepth < maxDepth && fFrontier.length > 0 && bFrontier.length > 0) {
      const forward = fFrontier.length <= bFrontier.length;
      const dir = forward ? 'out' : 'in';
      const frontier = this.sortByRank(forward ? fFrontier : bFrontier);
      const [mineStamp, mineVia, mineDep] = forward
        ? [this.fStamp, this.fVia, this.fDep]
        : [this.bStamp, this.bVia, this.bDep];
      const [otherStamp, otherDep] = forward ? [this.bStamp, this.bDep] : [this.fStamp, this.fDep];
      const otherDepth = forward ? bDepth : fDepth;
      const depth = (forward ? fDepth : bDepth) + 1;
      const far = forward ? this.eTo : this.eFrom;

      // Meeting points first, exactly like the SQL path's `meet` query.
      for (const a of frontier) {
        const list = this.list(dir, a);
        for (let i = 0; i < list.length; i += 1) {
          const e = list[i];
          if (this.eWeight[e] < minWeight || !(this.eExpires[e] > nowMs)) continue;
          const b = far[e];
          if (otherStamp[b] !== gen || otherDep[b] !== otherDepth) continue;
          mineStamp[b] = gen;
          mineVia[b] = e;
          mineDep[b] = depth;
          return { found: true, chain: this.chain(b, src, dst) };
        }
      }
      ruledOut = fDepth + bDepth + 1;
      if (ruledOut >= maxDepth) break;
      const next: number[] = [];
      let rows = 0;
      for (const a of frontier) {
        const list = this.list(dir, a);
        for (let i = 0; i < list.length; i += 1) {
          const e = list[i];
          if (this.eWeight[e] < minWeight || !(this.eExpires[e] > nowMs)) continue;
          rows += 1;
          const b = far[e];
          if (mineStamp[b] === gen) continue;
          mineStamp[b] = gen;
          mineVia[b] = e;
          mineDep[b] = depth;
          next.push(b);
        }
      }
      if (forward && fDepth === 0) fromHasOutgoing = rows > 0;
      if (forward) {
        fFrontier = Int32Array.from(next);
        fDepth = depth;
        fSize += next.length;
      } else {
        bFrontier = Int32Array.from(next);
        bDepth = depth;
        bSize += next.length;
      }
    }
    if (fromHasOutgoing === null) fromHasOutgoing = this.hasValidOut(src, minWeight, nowMs);
    return {
      found: false,
      fwdSize: fSize,
      bwdSize: bSize,
      fFrontierEmpty: fFrontier.length === 0,
      bFrontierEmpty: bFrontier.length === 0,
      fDepth,
      bDepth,
      fromHasOutgoing,
      ruledOut,
    };
  }

  private hasValidOut(node: number, minWeight: number, nowMs: number): boolean {
    const list = this.list('out', node);
    for (let i = 0; i < list.length; i += 1)
      if (this.eWeight[list[i]] >= minWeight && this.eExpires[list[i]] > nowMs) return true;
    return false;
  }

  private chain(meet: number, src: number, dst: number): AdjacencyHit['chain'] {
    const edges: number[] = [];
    for (let node = meet; node !== src;) {
      const e = this.fVia[node];
      edges.unshift(e);
      node = this.eFrom[e];
    }
    for (let node = meet; node !== dst;) {
      const e = this.bVia[node];
      edges.push(e);
      node = this.eTo[e];
    }
    return edges.map((e) => ({
      from: this.dids[this.eFrom[e]],
      to: this.dids[this.eTo[e]],
      vouchId: wordsToUuid(this.eId, e * 4),
    }));
  }

  private sortByRank(nodes: Int32Array): Int32Array {
    if (nodes.length < 2) return nodes;
    const ranks = new Int32Array(nodes.length);
    for (let i = 0; i < nodes.length; i += 1) ranks[i] = this.rank[nodes[i]];
    ranks.sort();
    for (let i = 0; i < ranks.length; i += 1) ranks[i] = this.byRank[ranks[i]];
    return ranks;
  }

  private list(dir: 'out' | 'in', node: number): Int32Array {
    if (node < 0) return EMPTY;
    const override = (dir === 'out' ? this.outOverride : this.inOverride).get(node);
    if (override) return override;
    if (node >= this.csrNodes) return EMPTY;
    const [off, list] = dir === 'out' ? [this.outOff, this.outList] : [this.inOff, this.inList];
    return list.subarray(off[node], off[node + 1]);
  }

  private setList(dir: 'out' | 'in', node: number, list: Int32Array): void {
    (dir === 'out' ? this.outOverride : this.inOverride).set(node, list);
  }

  /** Sorted insert by (neighbour DID, vouch id): the order the SQL path's row sort produces. */
  private insertSorted(list: Int32Array, e: number, dir: 'out' | 'in'): Int32Array {
    const far = dir === 'out' ? this.eTo : this.eFrom;
    const did = this.dids[far[e]];
    let at = 0;
    while (at < list.length) {
      const other = this.dids[far[list[at]]];
      if (other > did || (other === did && this.idCompare(list[at], e) > 0)) break;
      at += 1;
    }
    const out = new Int32Array(list.length + 1);
    out.set(list.subarray(0, at), 0);
    out[at] = e;
    out.set(list.subarray(at), at + 1);
    return out;
  }

  private idCompare(x: number, y: number): number {
    for (let k = 0; k < 4; k += 1) {
      const d = this.eId[x * 4 + k] - this.eId[y * 4 + k];
      if (d !== 0) return d;
    }
    return 0;
  }

  private idEquals(e: number, w: number[]): boolean {
    return w.every((v, k) => this.eId[e * 4 + k] === v);
  }

  private intern(did: string): number {
    let n = this.ids.get(did);
    if (n === undefined) {
      n = this.dids.length;
      this.ids.set(did, n);
      this.dids.push(did);
      if (this.rankDirty || this.rank.length !== n) this.rankDirty = true;
      else this.insertRank(n);
    }
    return n;
  }

  /** Splices one new DID into the ranking in O(nodes) instead of re-sorting every DID. */
  private insertRank(node: number): void {
    const did = this.dids[node];
    let lo = 0;
    let hi = this.byRank.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.dids[this.byRank[mid]] < did) lo = mid + 1;
      else hi = mid;
    }
    const byRank = new Int32Array(this.byRank.length + 1);
    byRank.set(this.byRank.subarray(0, lo), 0);
    byRank[lo] = node;
    byRank.set(this.byRank.subarray(lo), lo + 1);
    const rank = new Int32Array(this.rank.length + 1);
    for (let i = 0; i < this.rank.length; i += 1)
      rank[i] = this.rank[i] >= lo ? this.rank[i] + 1 : this.rank[i];
    rank[node] = lo;
    this.byRank = byRank;
    this.rank = rank;
  }

  private pushEdge(edge: AdjacencyEdge): number {
    const a = this.intern(edge.from);
    const b = this.intern(edge.to);
    let e = this.freeEdges.pop();
    if (e === undefined) {
      if (this.edgeTop === this.edgeCap) this.growEdges(Math.max(1024, this.edgeCap * 2));
      e = this.edgeTop;
      this.edgeTop += 1;
    }
    this.eFrom[e] = a;
    this.eTo[e] = b;
    this.eWeight[e] = edge.weight;
    this.eExpires[e] = edge.expiresAtMs;
    this.eId.set(uuidWords(edge.id), e * 4);
    this.live += 1;
    return e;
  }

  private growEdges(cap: number): void {
    const grow = <T extends Int32Array | Uint8Array | Float64Array | Uint32Array>(
      old: T,
      make: (n: number) => T,
      per = 1,
    ): T => {
      const next = make(cap * per);
      next.set(old as never);
      return next;
    };
    this.eFrom = grow(this.eFrom, (n) => new Int32Array(n));
    this.eTo = grow(this.eTo, (n) => new Int32Array(n));
    this.eWeight = grow(this.eWeight, (n) => new Uint8Array(n));
    this.eExpires = grow(this.eExpires, (n) => new Float64Array(n));
    this.eId = grow(this.eId, (n) => new Uint32Array(n), 4);
    this.edgeCap = cap;
  }

  /** Ranks every DID in JS string order (the SQL path sorts rows with `<` on strings, not the DB collation). */
  private prepare(): void {
    const n = this.dids.length;
    if (this.rankDirty) {
      const order = Int32Array.from(this.dids.keys()).sort((x, y) =>
        this.dids[x] < this.dids[y] ? -1 : this.dids[x] > this.dids[y] ? 1 : 0,
      );
      this.byRank = order;
      this.rank = new Int32Array(n);
      for (let r = 0; r < n; r += 1) this.rank[order[r]] = r;
      this.rankDirty = false;
    }
    if (this.fStamp.length < n) {
      const cap = Math.max(1024, n * 2);
      const keep = <T extends Int32Array | Uint8Array>(old: T, next: T): T => {
        next.set(old as never);
        return next;
      };
      this.fStamp = keep(this.fStamp, new Int32Array(cap));
      this.bStamp = keep(this.bStamp, new Int32Array(cap));
      this.fVia = new Int32Array(cap);
      this.bVia = new Int32Array(cap);
      this.fDep = new Uint8Array(cap);
      this.bDep = new Uint8Array(cap);
    }
  }

  /**
   * CSR lists via two stable counting sorts per direction: edges arrive in vouch-id order, so sorting by far
   * rank and then by near rank yields (near DID, far DID, vouch id) order without a comparator.
   */
  private buildCsr(): void {
    this.rankDirty = true;
    this.prepare();
    const n = this.dids.length;
    const m = this.edgeTop;
    const identity = Int32Array.from({ length: m }, (_, i) => i);
    const bucket = (order: Int32Array, key: Int32Array): { order: Int32Array; off: Int32Array } => {
      const off = new Int32Array(n + 1);
      for (let i = 0; i < m; i += 1) off[this.rank[key[order[i]]] + 1] += 1;
      for (let r = 0; r < n; r += 1) off[r + 1] += off[r];
      const pos = off.slice();
      const out = new Int32Array(m);
      for (let i = 0; i < m; i += 1) out[pos[this.rank[key[order[i]]]]++] = order[i];
      return { order: out, off };
    };
    // Offsets come out indexed by rank; convert them to node-indexed slices.
    const toNodeCsr = (sorted: { order: Int32Array; off: Int32Array }) => {
      const off = new Int32Array(n + 1);
      const list = new Int32Array(m);
      let at = 0;
      for (let node = 0; node < n; node += 1) {
        const r = this.rank[node];
        off[node] = at;
        list.set(sorted.order.subarray(sorted.off[r], sorted.off[r + 1]), at);
        at += sorted.off[r + 1] - sorted.off[r];
      }
      off[n] = at;
      return { off, list };
    };
    const out = toNodeCsr(bucket(bucket(identity, this.eTo).order, this.eFrom));
    const inn = toNodeCsr(bucket(bucket(identity, this.eFrom).order, this.eTo));
    this.outOff = out.off;
    this.outList = out.list;
    this.inOff = inn.off;
    this.inList = inn.list;
    this.csrNodes = n;
  }
}
