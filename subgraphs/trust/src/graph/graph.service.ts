import type { DataSource } from 'typeorm';

import {
  BadUserInputError,
  checkPageSize,
  decodeCursor,
  toConnection,
  type Clock,
} from '@imajin/subgraph-common';

import { checkDid } from '../common';
import { toVouch, type VouchRow } from '../vouch/vouch.service';
import type { Vouch } from '../vouch/vouch.types';

import type { AdjacencySync } from './adjacency-sync';

export const MAX_PATH_DEPTH = 6;
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
/** Bounds the work a failed search spends counting what it reached, and a neighbourhood's size. */
export const REACH_CAP = 100_000;
export const SCORE_HOPS = 3;
export const SCORE_MAX_NODES = 5_000;
export const SCORE_DAMPING = 0.85;
export const SCORE_ITERATIONS = 50;

export type NoPathReason = 'NO_OUTGOING_VOUCHES' | 'NOT_REACHABLE' | 'DEPTH_EXHAUSTED';

export interface PathResult {
  found: boolean;
  hops: Array<{ from: string; to: string; vouch: Vouch }>;
  explanation: {
    reason: NoPathReason;
    reachedCount: number;
    reachedDepth: number;
    reachingCount: number;
    reachingDepth: number;
    exploredDepth: number;
    message: string;
  } | null;
}

interface Visit {
  /** The neighbour one step closer to the search's origin, and the vouch between them. */
  via: string | null;
  vouchId: string | null;
  depth: number;
}

interface EdgeRow {
  a: string;
  b: string;
  id: string;
}

type Direction = 'out' | 'in';

interface ScoreEdge {
  a: string;
  b: string;
  w: number;
}

/**
 * Graph walks over the covering indexes: one batched, index-only query per frontier level, nothing held in
 * memory between requests, so every instance answers from the committed state (no cache to invalidate).
 */
export class GraphService {
  /**
   * `memory` answers trustPath/isTrusted from the in-memory adjacency when it is current (falling back to SQL
   * while it loads or after a lost LISTEN connection); `sql` always walks the indexes. Mutable so the
   * benchmark can compare both on one instance.
   */
  cacheMode: 'memory' | 'sql';

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sync: AdjacencySync | null = null,
  ) {
    this.cacheMode = sync ? 'memory' : 'sql';
  }

  /** Full reload of the adjacency (after bulk loads that bypass the write paths' notifications). */
  async reloadAdjacency(): Promise<void> {
    await this.sync?.reload();
  }

  /** The adjacency's last full load (time, bytes, counts) and live edge count, or null in SQL-only mode. */
  adjacencyStats() {
    if (!this.sync) return null;
    const graph = this.sync.current;
    return { ...this.sync.lastLoad, current: graph !== null, liveEdges: graph?.edgeCount ?? 0 };
  }

  /** Active vouches leaving (out) or entering (in) `nodes`, each as a → b away from the frontier. */
  async step(nodes: string[], direction: Direction, minWeight: number, now: Date): Promise<EdgeRow[]> {
    if (nodes.length === 0) return [];
    const [near, far] = direction === 'out' ? ['from_did', 'to_did'] : ['to_did', 'from_did'];
    return this.dataSource.query(
      `SELECT ${near} AS a, ${far} AS b, id FROM vouches
       WHERE ${near} = ANY($1::text[]) AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)
         AND weight >= $3`,
      [nodes, now, minWeight],
    );
  }

  /** Active vouches from `frontier` (in `direction`) that land on `targets`: where the two searches meet. */
  private async meet(
    frontier: string[],
    targets: string[],
    direction: Direction,
    minWeight: number,
    now: Date,
  ): Promise<EdgeRow[]> {
    const [near, far] = direction === 'out' ? ['from_did', 'to_did'] : ['to_did', 'from_did'];
    return this.dataSource.query(
      `SELECT ${near} AS a, ${far} AS b, id FROM vouches
       WHERE ${near} = ANY($1::text[]) AND ${far} = ANY($2::text[]) AND revoked_at IS NULL
         AND (expires_at IS NULL OR expires_at > $3) AND weight >= $4`,
      [frontier, targets, now, minWeight],
    );
  }

  /**
   * Bidirectional breadth-first search: grow whichever frontier is smaller by one level until they meet.
   * Rows are sorted before use, so ties between equally short paths always resolve the same way.
   */
  async shortestPath(from: string, to: string, maxDepth: number, minWeight = 1): Promise<PathResult> {
    checkDid(from, 'from');
    checkDid(to, 'to');
    checkDepth(maxDepth, MAX_PATH_DEPTH, 'maxDepth');
    if (!Number.isInteger(minWeight) || minWeight < 1 || minWeight > 100)
      throw new BadUserInputError('minWeight must be an integer from 1 to 100', { field: 'minWeight' });
    const now = this.clock.now();
    if (from === to) return { found: true, hops: [], explanation: null };
    const adjacency = this.cacheMode === 'memory' ? this.sync?.current : null;
    if (adjacency) {
      const result = adjacency.search(from, to, maxDepth, minWeight, now.getTime());
      if (result.found)
        return { found: true, hops: await this.loadHops(result.chain, now), explanation: null };
      return explain(from, to, maxDepth, minWeight, result);
    }
    return this.shortestPathSql(from, to, maxDepth, minWeight, now);
  }

  private async shortestPathSql(
    from: string,
    to: string,
    maxDepth: number,
    minWeight: number,
    now: Date,
  ): Promise<PathResult> {
    const fwd = new Map<string, Visit>([[from, { via: null, vouchId: null, depth: 0 }]]);
    const bwd = new Map<string, Visit>([[to, { via: null, vouchId: null, depth: 0 }]]);
    let fFrontier = [from];
    let bFrontier = [to];
    let fDepth = 0;
    let bDepth = 0;
    let fromHasOutgoing: boolean | null = null;

    let ruledOut = 0;
    while (fDepth + bDepth < maxDepth && fFrontier.length > 0 && bFrontier.length > 0) {
      const forward = fFrontier.length <= bFrontier.length;
      const [mine, frontier, other] = forward ? [fwd, fFrontier, bFrontier] : [bwd, bFrontier, fFrontier];
      const direction: Direction = forward ? 'out' : 'in';
      const depth = (forward ? fDepth : bDepth) + 1;
      // The two visited sets are disjoint, so a new meeting point can only be on the other side's frontier.
      // Asking for just those edges first skips fetching the widest level of a successful search.
      const meets = sortRows(await this.meet(frontier, other, direction, minWeight, now));
      if (forward && fDepth === 0 && meets.length > 0) fromHasOutgoing = true;
      if (meets.length > 0) {
        const first = meets[0];
        mine.set(first.b, { via: first.a, vouchId: first.id, depth });
        return { found: true, hops: await this.hops(first.b, fwd, bwd, now), explanation: null };
      }
      ruledOut = fDepth + bDepth + 1;
      if (ruledOut >= maxDepth) break; // the last level cannot lead anywhere within the bound
      const rows = sortRows(await this.step(frontier, direction, minWeight, now));
      if (forward && fDepth === 0) fromHasOutgoing = rows.length > 0;
      const next: string[] = [];
      for (const row of rows) {
        if (mine.has(row.b)) continue;
        mine.set(row.b, { via: row.a, vouchId: row.id, depth });
        next.push(row.b);
      }
      if (forward) {
        fFrontier = next;
        fDepth = depth;
      } else {
        bFrontier = next;
        bDepth = depth;
      }
    }

    if (fromHasOutgoing === null)
      fromHasOutgoing = (await this.step([from], 'out', minWeight, now)).length > 0;
    return explain(from, to, maxDepth, minWeight, {
      fwdSize: fwd.size,
      bwdSize: bwd.size,
      fFrontierEmpty: fFrontier.length === 0,
      bFrontierEmpty: bFrontier.length === 0,
      fDepth,
      bDepth,
      fromHasOutgoing,
      ruledOut,
    });
  }

  async isTrusted(querier: string, subject: string, maxHops: number): Promise<boolean> {
    checkDepth(maxHops, MAX_PATH_DEPTH, 'maxHops');
    const adjacency = this.cacheMode === 'memory' ? this.sync?.current : null;
    if (adjacency) {
      // The same checks shortestPath makes, without loading the hops' signed rows: a yes/no needs no evidence.
      checkDid(querier, 'from');
      checkDid(subject, 'to');
      if (querier === subject) return true;
      return adjacency.search(querier, subject, maxHops, 1, this.clock.now().getTime()).found;
    }
    return (await this.shortestPathFound(querier, subject, maxHops)).found;
  }

  private async shortestPathFound(from: string, to: string, maxDepth: number): Promise<{ found: boolean }> {
    const result = await this.shortestPath(from, to, maxDepth);
    return { found: result.found };
  }

  /** Who is reachable from `did` within `depth` hops, closest first (then by DID). */
  async neighbourhood(
    did: string,
    depth: number,
    first: number,
    after: string | null | undefined,
    minWeight = 1,
  ) {
    checkDid(did, 'did');
    checkDepth(depth, MAX_NEIGHBOURHOOD_DEPTH, 'depth');
    checkPageSize(first);
    const cursor = decodeCursor(
      after,
      (v): v is [number, string] => Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'string',
    );
    const levels = await this.levels(did, depth, minWeight, this.clock.now(), REACH_CAP);
    const all: Array<{ did: string; hops: number }> = [];
    levels.forEach((nodes, i) => {
      if (i > 0) for (const n of [...nodes].sort()) all.push({ did: n, hops: i });
    });
    const start = cursor
      ? all.findIndex((n) => n.hops > cursor[0] || (n.hops === cursor[0] && n.did > cursor[1]))
      : 0;
    const rows = start < 0 ? [] : all.slice(start, start + first + 1);
    return toConnection(rows, first, all.length, (n) => [n.hops, n.did]);
  }

  /**
   * Personalised PageRank seeded at `from` over the (at most SCORE_MAX_NODES) identities within SCORE_HOPS
   * hops: each node passes 0.85 of its score along its vouches in proportion to their weights and 0.15 back to
   * `from`; nodes without kept out-edges give all of theirs back to `from`. A fixed iteration count and a
   * sorted edge order make the result bit-for-bit stable across runs.
   */
  async score(from: string, to: string): Promise<{ score: number; nodesConsidered: number }> {
    checkDid(from, 'from');
    checkDid(to, 'to');
    const now = this.clock.now();
    const kept: ScoreEdge[] = [];
    const levels = await this.levels(from, SCORE_HOPS, 1, now, SCORE_MAX_NODES, kept);
    const nodes = levels.flatMap((l) => [...l].sort());
    const index = new Map(nodes.map((n, i) => [n, i]));
    const edges = kept.filter((e) => index.has(e.a) && index.has(e.b));
    const src = Int32Array.from(edges, (e) => index.get(e.a)!);
    const dst = Int32Array.from(edges, (e) => index.get(e.b)!);
    const outWeight = new Float64Array(nodes.length);
    edges.forEach((e, i) => (outWeight[src[i]] += e.w));
    const share = Float64Array.from(edges, (e, i) => e.w / outWeight[src[i]]);
    let rank = new Float64Array(nodes.length);
    rank[0] = 1;
    for (let it = 0; it < SCORE_ITERATIONS; it += 1) {
      const next = new Float64Array(nodes.length);
      let dangling = 0;
      for (let n = 0; n < nodes.length; n += 1) if (outWeight[n] === 0) dangling += rank[n];
      for (let i = 0; i < src.length; i += 1) next[dst[i]] += SCORE_DAMPING * rank[src[i]] * share[i];
      next[0] += 1 - SCORE_DAMPING + SCORE_DAMPING * dangling;
      rank = next;
    }
    const at = index.get(to);
    return { score: at === undefined ? 0 : rank[at], nodesConsidered: nodes.length };
  }

  /** BFS levels from `origin` (level 0 = origin), capped at `cap` nodes in sorted order. */
  private async levels(
    origin: string,
    depth: number,
    minWeight: number,
    now: Date,
    cap: number,
    kept?: ScoreEdge[],
  ): Promise<Array<Set<string>>> {
    const seen = new Set([origin]);
    const levels = [new Set([origin])];
    let frontier = [origin];
    for (let d = 1; d <= depth && frontier.length > 0; d += 1) {
      const rows: ScoreEdge[] = await this.dataSource.query(
        `SELECT from_did AS a, to_did AS b, weight AS w FROM vouches
         WHERE from_did = ANY($1::text[]) AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)
           AND weight >= $3`,
        [frontier, now, minWeight],
      );
      rows.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
      if (kept) for (const r of rows) kept.push(r);
      const fresh = [...new Set(rows.map((r) => r.b).filter((b) => !seen.has(b)))].sort();
      const room = Math.max(0, cap - seen.size);
      const next = fresh.slice(0, room);
      for (const n of next) seen.add(n);
      levels.push(new Set(next));
      frontier = next;
    }
    return levels;
  }

  private async hops(meet: string, fwd: Map<string, Visit>, bwd: Map<string, Visit>, now: Date) {
    const chain: Array<{ from: string; to: string; vouchId: string }> = [];
    for (let node = meet, v = fwd.get(node)!; v.via !== null; node = v.via, v = fwd.get(node)!)
      chain.unshift({ from: v.via, to: node, vouchId: v.vouchId! });
    for (let node = meet, v = bwd.get(node)!; v.via !== null; node = v.via, v = bwd.get(node)!)
      chain.push({ from: node, to: v.via, vouchId: v.vouchId! });
    return this.loadHops(chain, now);
  }

  /** The hops' signed vouch rows, with one query by id. */
  private async loadHops(chain: Array<{ from: string; to: string; vouchId: string }>, now: Date) {
    const rows: VouchRow[] = await this.dataSource.query(
      `SELECT id, from_did, to_did, weight, context, expires_at, created_at, revoked_at, signature, signed_payload,
         revoke_signature, revoke_signed_payload FROM vouches WHERE id = ANY($1::uuid[])`,
      [chain.map((c) => c.vouchId)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return chain.map((c) => ({ from: c.from, to: c.to, vouch: toVouch(byId.get(c.vouchId)!, now) }));
  }
}

function checkDepth(value: number, max: number, field: string): void {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new BadUserInputError(`${field} must be an integer from 1 to ${max}`, { field });
}

function sortRows(rows: EdgeRow[]): EdgeRow[] {
  return rows.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

/** What a failed search reached, in either mode: enough to explain the failure identically. */
export interface SearchMiss {
  fwdSize: number;
  bwdSize: number;
  fFrontierEmpty: boolean;
  bFrontierEmpty: boolean;
  fDepth: number;
  bDepth: number;
  fromHasOutgoing: boolean;
  ruledOut: number;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One side of a DEPTH_EXHAUSTED search: the endpoint alone at depth 0, else with what it expanded to. */
function side(did: string, reach: { count: number; depth: number }, relation: string): string {
  if (reach.depth === 0) return did;
  return `${did} or the ${count(reach.count, 'identity', 'identities')} ${relation} within ${count(reach.depth, 'hop', 'hops')}`;
}

function explain(from: string, to: string, maxDepth: number, minWeight: number, s: SearchMiss): PathResult {
  // No path within the bound: say why, the way PGP path-finders explain a failed authentication. The counts
  // are what the two half-searches reached, so explaining costs nothing beyond the search itself.
  const reached = { count: s.fwdSize - 1, depth: s.fFrontierEmpty ? s.fDepth - 1 : s.fDepth };
  const reaching = { count: s.bwdSize - 1, depth: s.bFrontierEmpty ? s.bDepth - 1 : s.bDepth };
  const reason: NoPathReason = !s.fromHasOutgoing
    ? 'NO_OUTGOING_VOUCHES'
    : s.fFrontierEmpty || s.bFrontierEmpty
      ? 'NOT_REACHABLE'
      : 'DEPTH_EXHAUSTED';
  const weighted = minWeight > 1 ? ` of weight ≥ ${minWeight}` : '';
  const messages: Record<NoPathReason, string> = {
    NO_OUTGOING_VOUCHES: `${from} has no active vouches${weighted}, so it trusts nobody yet`,
    NOT_REACHABLE: s.fFrontierEmpty
      ? `Everything ${from} can reach (${count(reached.count, 'identity', 'identities')}, up to ${count(reached.depth, 'hop', 'hops')}) was explored without meeting ${to}: no path at any depth`
      : `${to} is vouched for (directly or through others) by only ${count(reaching.count, 'identity', 'identities')}, and ${from} reaches none of them: no path at any depth`,
    // The last hop is only probed for a vouch joining the two sides, so name what was expanded, then that probe.
    DEPTH_EXHAUSTED:
      `No chain of at most ${count(maxDepth, 'vouch', 'vouches')}${weighted}: ` +
      `no active vouch${weighted} leads from ${side(from, reached, 'it reaches')} ` +
      `to ${side(to, reaching, 'that reach it')}; a longer chain may exist`,
  };
  return {
    found: false,
    hops: [],
    explanation: {
      reason,
      reachedCount: reached.count,
      reachedDepth: reached.depth,
      reachingCount: reaching.count,
      reachingDepth: reaching.depth,
      // At the bound the last hop is only probed for meeting points, which rules out every path ≤ maxDepth.
      exploredDepth: reached.depth + reaching.depth + (reason === 'DEPTH_EXHAUSTED' ? 1 : 0),
      message: messages[reason],
    },
  };
}
