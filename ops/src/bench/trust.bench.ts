import { performance } from 'node:perf_hooks';

import { Client } from 'pg';
import { z } from 'zod';

import { start as startGateway } from '@imajin/gateway';
import { loadIdentityConfig, start as startIdentity } from '@imajin/identity';
import { generateKeyPair, signViewerAssertion, toBase64Url } from '@imajin/protocol';
import {
  freePort,
  StaticIdentityDirectory,
  VIEWER_HEADER,
  generateNodeMasterKey,
} from '@imajin/subgraph-common';
import { loadTrustConfig, start as startTrust } from '@imajin/trust';

import { localSubgraphEnv } from '../schema/subgraph-modules';
import { loadTrustGraph, prng } from '../synthetic/trust-graph';

import { createBenchDatabase } from './bench-database';
import { median, percentile } from './stats';

const config = z.object({
  TRUST_BENCH_IDENTITIES: z.coerce.number().int().min(100).default(100_000),
  TRUST_BENCH_VOUCHES: z.coerce.number().int().min(100).default(1_000_000),
  TRUST_BENCH_PAIRS: z.coerce.number().int().min(10).default(300),
  TRUST_BENCH_CTE_PAIRS: z.coerce.number().int().min(1).default(20),
  TRUST_BENCH_CTE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  /** auto: real Ed25519 signatures up to 200,000 vouches (about 1 ms each on this machine), placeholders above. */
  TRUST_BENCH_SIGN: z.enum(['true', 'false', 'auto']).default('auto'),
});

const PATH_QUERY = `query($from: String!, $to: String!) { trustPath(from: $from, to: $to, maxDepth: 6) {
  found length hops { vouch { id signature signedPayload } } explanation { reason reachedCount } } }`;
const HOOD_QUERY = `query($did: String!) { neighbourhood(did: $did, depth: 2, first: 20) {
  totalCount edges { node { hops identity { did } } } } }`;
const SCORE_QUERY = `query($from: String!, $to: String!) { trustScore(from: $from, to: $to) { score nodesConsidered } }`;

/** The naive baseline: a recursive CTE enumerating simple paths breadth-first until it reaches `to`. */
const NAIVE_CTE = `
  WITH RECURSIVE walk(node, depth, path) AS (
    SELECT $1::text, 0, ARRAY[$1::text]
    UNION ALL
    SELECT v.to_did, w.depth + 1, w.path || v.to_did
    FROM walk w JOIN trust.vouches v ON v.from_did = w.node
    WHERE w.depth < $3 AND v.revoked_at IS NULL AND (v.expires_at IS NULL OR v.expires_at > now())
      AND NOT v.to_did = ANY (w.path)
  )
  SELECT depth FROM walk WHERE node = $2 ORDER BY depth LIMIT 1`;

interface Row {
  name: string;
  n: number;
  medianMs: number;
  p99Ms: number;
  note: string;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}

/**
 * Trust graph benchmark: loads a synthetic power-law vouch graph through the trust migrations, then measures
 * trustPath (subgraph and gateway), the naive recursive CTE on a subset of the same pairs, neighbourhood
 * depth 2 and trustScore. Prints one markdown table.
 */
export async function benchTrust(databaseUrl: string | undefined): Promise<Row[]> {
  const c = config.parse(process.env);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const db = await createBenchDatabase(databaseUrl, 'bench_trust');
  const key = generateKeyPair();
  const gatewayPort = await freePort();
  const env = localSubgraphEnv({
    nodeMasterKey: generateNodeMasterKey(),
    databaseUrl: db.url,
    gatewayPublicKey: key.publicKey,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    nodeEnv: 'production',
  });
  const trust = await startTrust(loadTrustConfig(env), { directory: new StaticIdentityDirectory() });
  const identity = await startIdentity(loadIdentityConfig(env));
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  const gateway = await startGateway({
    nodeEnv: 'production',
    port: gatewayPort,
    host: '127.0.0.1',
    supergraphPath: require.resolve('../../../schema/supergraph.graphql'),
    subgraphUrls: { identity: identity.url, trust: trust.url },
    gatewayPrivateKey: toBase64Url(key.seed),
    corsOrigins: [],
    maxDepth: 12,
    maxCost: 100_000,
    logLevel: 'silent',
    supergraphPollMs: 60_000,
  });
  try {
    const sign =
      c.TRUST_BENCH_SIGN === 'true' || (c.TRUST_BENCH_SIGN === 'auto' && c.TRUST_BENCH_VOUCHES <= 200_000);
    log(
      `\nLoading ${c.TRUST_BENCH_IDENTITIES.toLocaleString('en')} identities and ` +
        `${c.TRUST_BENCH_VOUCHES.toLocaleString('en')} vouches (real signatures: ${sign})…`,
    );
    let lastReport = 0;
    const graph = await loadTrustGraph(pg, {
      identities: c.TRUST_BENCH_IDENTITIES,
      vouches: c.TRUST_BENCH_VOUCHES,
      sign,
      onProgress: (n) => {
        if (n - lastReport >= 100_000) {
          lastReport = n;
          log(`  ${n.toLocaleString('en')} vouches loaded`);
        }
      },
    });
    const [, vacuumMs] = await timed(() => pg.query('VACUUM ANALYZE trust.vouches'));
    const size = (
      await pg.query<{ t: string; i: string }>(
        `SELECT pg_size_pretty(pg_table_size('trust.vouches')) AS t,
                pg_size_pretty(pg_indexes_size('trust.vouches')) AS i`,
      )
    ).rows[0];
    log(
      `Loaded ${graph.loaded.toLocaleString('en')} vouches in ${(graph.loadMs / 1000).toFixed(1)} s ` +
        `(+ VACUUM ANALYZE ${(vacuumMs / 1000).toFixed(1)} s); table ${size.t}, indexes ${size.i}`,
    );

    const random = prng(7);
    const pick = () => graph.dids[Math.floor(random() * graph.dids.length)];
    const pairs = Array.from({ length: c.TRUST_BENCH_PAIRS }, () => [pick(), pick()] as const).filter(
      ([a, b]) => a !== b,
    );
    const post = async (url: string, query: string, variables: Record<string, unknown>, direct: boolean) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (direct)
        headers[VIEWER_HEADER] = signViewerAssertion(
          { did: null, requestId: 'bench', aud: 'trust' },
          key.seed,
        );
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (!body.data) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const measure = async (
      name: string,
      items: ReadonlyArray<readonly [string, string]>,
      fn: (a: string, b: string) => Promise<unknown>,
      note = '',
      warmUp = 10,
    ): Promise<{ row: Row; results: unknown[]; times: number[] }> => {
      for (const [a, b] of items.slice(0, warmUp)) await fn(a, b); // warm-up: connections, plans, caches
      const times: number[] = [];
      const results: unknown[] = [];
      for (const [a, b] of items) {
        const [value, ms] = await timed(() => fn(a, b));
        times.push(ms);
        results.push(value);
      }
      return {
        row: { name, n: items.length, medianMs: median(times), p99Ms: percentile(times, 0.99), note },
        results,
        times,
      };
    };

    // The in-memory adjacency started empty (the graph was loaded behind its back): reload it, timed.
    const heapBefore = process.memoryUsage().heapUsed;
    const [, adjacencyLoadMs] = await timed(() => trust.services.graph.reloadAdjacency());
    const heapDelta = process.memoryUsage().heapUsed - heapBefore;
    const stats = trust.services.graph.adjacencyStats();
    log(
      `Adjacency: ${stats?.nodes.toLocaleString('en')} nodes, ${stats?.edges.toLocaleString('en')} edges, ` +
        `${((stats?.bytes ?? 0) / 1e6).toFixed(1)} MB by byteSize(), heapUsed delta ${(heapDelta / 1e6).toFixed(1)} MB, ` +
        `loaded in ${(adjacencyLoadMs / 1000).toFixed(2)} s`,
    );

    const rows: Row[] = [];
    const histogramNote = (results: unknown[]) => {
      const histogram = new Map<number, number>();
      for (const r of results) {
        const p = r as { found: boolean; hops: unknown[] };
        const l = p.found ? p.hops.length : -1;
        histogram.set(l, (histogram.get(l) ?? 0) + 1);
      }
      return `lengths ${[...histogram.entries()]
        .sort((x, y) => x[0] - y[0])
        .map(([l, k]) => `${l < 0 ? 'none' : l}:${k}`)
        .join(' ')}`;
    };
    // Both modes on the same instance and pairs: SQL first, then memory; answers compared in full.
    const byMode: Record<
      'sql' | 'memory',
      { service: Row; gateway: Row; results: unknown[]; times: number[] }
    > = {} as never;
    for (const mode of ['sql', 'memory'] as const) {
      trust.services.graph.cacheMode = mode;
      const service = await measure(`trustPath [${mode}], in-process service`, pairs, (a, b) =>
        trust.services.graph.shortestPath(a, b, 6),
      );
      service.row.note = histogramNote(service.results);
      const http = await measure(`trustPath [${mode}], subgraph HTTP`, pairs, (a, b) =>
        post(trust.url, PATH_QUERY, { from: a, to: b }, true),
      );
      const gw = await measure(`trustPath [${mode}], gateway`, pairs, (a, b) =>
        post(gateway.url, PATH_QUERY, { from: a, to: b }, false),
      );
      rows.push(service.row, http.row, gw.row);
      byMode[mode] = {
        service: service.row,
        gateway: gw.row,
        results: service.results,
        times: service.times,
      };
    }
    const sameAnswers = pairs.filter(
      (_, i) => JSON.stringify(byMode.sql.results[i]) === JSON.stringify(byMode.memory.results[i]),
    ).length;
    const ratio = (x: Row, y: Row) =>
      `median ${(x.medianMs / y.medianMs).toFixed(1)}×, p99 ${(x.p99Ms / y.p99Ms).toFixed(1)}×`;
    log(
      `\nsql/memory: in-process ${ratio(byMode.sql.service, byMode.memory.service)}; ` +
        `gateway ${ratio(byMode.sql.gateway, byMode.memory.gateway)}; identical answers ${sameAnswers}/${pairs.length}`,
    );
    const service = byMode.memory;
    const lengths = service.results.map((r) => {
      const p = r as { found: boolean; hops: unknown[] };
      return p.found ? p.hops.length : -1;
    });

    // The baseline on a subset (it is slow); the same pairs through our search, answers compared.
    const ctePairs = pairs.slice(0, c.TRUST_BENCH_CTE_PAIRS);
    await pg.query(`SET statement_timeout = ${c.TRUST_BENCH_CTE_TIMEOUT_MS}`);
    let timeouts = 0;
    // No warm-up here: each baseline query can take the whole timeout.
    const cte = await measure(
      'naive recursive CTE (baseline)',
      ctePairs,
      async (a, b) => {
        try {
          const r = await pg.query<{ depth: number }>(NAIVE_CTE, [a, b, 6]);
          return r.rows[0]?.depth ?? -1;
        } catch (error) {
          if ((error as { code?: string }).code === '57014') {
            timeouts += 1;
            return 'timeout';
          }
          throw error;
        }
      },
      '',
      0,
    );
    const ours = ctePairs.map((_, i) => lengths[i]);
    let same = 0;
    let compared = 0;
    cte.results.forEach((r, i) => {
      if (r === 'timeout') return;
      compared += 1;
      if (r === ours[i]) same += 1;
    });
    const oursOnSubset = service.times.slice(0, ctePairs.length);
    cte.row.note =
      `${same}/${compared} identical hop counts` +
      `${timeouts ? `, ${timeouts} timed out at ${c.TRUST_BENCH_CTE_TIMEOUT_MS / 1000} s (counted at the timeout, so the ratio is a lower bound)` : ''}; ` +
      `median ratio CTE/ours on these pairs ${(median(cte.times) / median(oursOnSubset)).toFixed(0)}×, ` +
      `p99 ratio ${(percentile(cte.times, 0.99) / percentile(oursOnSubset, 0.99)).toFixed(0)}×`;
    rows.push(cte.row);

    // The unbounded baseline rarely finishes at this size, so answers are checked with the same naive CTE
    // bounded at the hop count we found: it returns the shortest length up to that bound, so any shorter
    // path we missed, or a path we invented, shows up as a different number.
    const checkable = pairs
      .map((pair, i) => ({ pair, length: lengths[i] }))
      .filter((p) => p.length > 0 && p.length <= 4)
      .slice(0, c.TRUST_BENCH_CTE_PAIRS);
    let agreed = 0;
    let checked = 0;
    const bounded = await measure(
      'naive recursive CTE bounded at our hop count (answer check)',
      checkable.map((p) => p.pair),
      async (a, b) => {
        const expected = checkable.find((p) => p.pair[0] === a && p.pair[1] === b)!.length;
        try {
          const r = await pg.query<{ depth: number }>(NAIVE_CTE, [a, b, expected]);
          checked += 1;
          if ((r.rows[0]?.depth ?? -1) === expected) agreed += 1;
          return r.rows[0]?.depth ?? -1;
        } catch (error) {
          if ((error as { code?: string }).code === '57014') return 'timeout';
          throw error;
        }
      },
      '',
      0,
    );
    bounded.row.note = `${agreed}/${checked} identical hop counts (lengths 1–4; ${checkable.length - checked} timed out)`;
    rows.push(bounded.row);

    const singles = pairs.slice(0, 100).map(([a]) => [a, a] as const);
    rows.push(
      (
        await measure('neighbourhood depth 2 (first 20), subgraph HTTP', singles, (a) =>
          post(trust.url, HOOD_QUERY, { did: a }, true),
        )
      ).row,
    );
    rows.push(
      (
        await measure('trustScore (PPR, 3 hops, ≤5k nodes), subgraph HTTP', pairs.slice(0, 100), (a, b) =>
          post(trust.url, SCORE_QUERY, { from: a, to: b }, true),
        )
      ).row,
    );

    log(
      `\nTrust graph: ${c.TRUST_BENCH_IDENTITIES.toLocaleString('en')} identities, ` +
        `${graph.loaded.toLocaleString('en')} vouches (power law, 1% expired, 1% revoked, real signatures: ${sign}), maxDepth 6, one process`,
    );
    log('| case | n | median ms | p99 ms | note |');
    log('| --- | ---: | ---: | ---: | --- |');
    for (const r of rows)
      log(`| ${r.name} | ${r.n} | ${r.medianMs.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.note} |`);
    log(
      `Process RSS after the run: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (adjacency ` +
        `${((stats?.bytes ?? 0) / 1e6).toFixed(1)} MB, heapUsed delta at load ${(heapDelta / 1e6).toFixed(1)} MB, ` +
        `load ${(adjacencyLoadMs / 1000).toFixed(2)} s).`,
    );
    return rows;
  } finally {
    await pg.end();
    await gateway.stop();
    await trust.stop();
    await identity.stop();
    await db.stop();
  }
}
