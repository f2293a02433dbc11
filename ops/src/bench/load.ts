import { performance } from 'node:perf_hooks';

import { median, percentile } from './stats';

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/**
 * Closed-loop load over several cases: `concurrency` workers send one request after another until `total`
 * are done. Rounds are interleaved across cases so machine noise falls on all of them alike; throughput is
 * the median over rounds, latencies pooled. Bounded in count, loopback only.
 */
export async function compareLoads(
  cases: Array<{ name: string; send: () => Promise<boolean> }>,
  options: { total: number; concurrency: number; rounds: number },
): Promise<LoadResult[]> {
  const state = cases.map((c) => ({ ...c, latencies: [] as number[], rates: [] as number[], errors: 0 }));
  for (const c of state) for (let i = 0; i < 200; i += 1) await c.send(); // warm-up: connections, plan cache, JIT
  for (let round = 0; round < options.rounds; round += 1) {
    for (const c of state) {
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: options.concurrency }, async () => {
          while (next < options.total) {
            next += 1;
            const t = performance.now();
            const ok = await c.send().catch(() => false);
            c.latencies.push(performance.now() - t);
            if (!ok) c.errors += 1;
          }
        }),
      );
      c.rates.push(options.total / ((performance.now() - started) / 1000));
    }
  }
  return state.map((c) => ({
    name: c.name,
    requestsPerSecond: median(c.rates),
    p50Ms: median(c.latencies),
    p99Ms: percentile(c.latencies, 0.99),
    errors: c.errors,
  }));
}

export function printLoadTable(title: string, rows: LoadResult[], baseline?: string): void {
  const base = rows.find((r) => r.name === baseline);
  const lines = [
    `\n${title}`,
    '| case | requests/s (median) | p50 ms | p99 ms | errors | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${Math.round(r.requestsPerSecond).toLocaleString('en')} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.errors} | ${
          base ? `${(r.requestsPerSecond / base.requestsPerSecond).toFixed(2)}×` : ''
        } |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** One case alone; see {@link compareLoads}. */
export async function closedLoop(
  name: string,
  send: () => Promise<boolean>,
  options: { total: number; concurrency: number; rounds: number },
): Promise<LoadResult> {
  const [result] = await compareLoads([{ name, send }], options);
  return result;
}
