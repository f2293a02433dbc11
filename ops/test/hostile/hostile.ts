import { performance } from 'node:perf_hooks';

import type { Stack } from '../stack';

/*
 * The hostile-input suite (`npm run test:hostile`, also part of `npm test`): every case is an attack sent
 * through the gateway. `attack` runs it while a second client keeps asking `{ __typename }`, so a case
 * proves both its answer and that the gateway stayed responsive; each file prints its table at the end.
 */

export interface HostileRow {
  name: string;
  outcome: string;
  ms: number;
  /** Slowest concurrent `{ __typename }` answer while the attack ran. */
  slowestProbeMs: number;
}

/** Longest a concurrent `{ __typename }` may wait while an attack runs: the gateway must stay responsive. */
export const PROBE_LIMIT_MS = 2000;

export class HostileTable {
  readonly rows: HostileRow[] = [];

  constructor(private readonly title: string) {}

  add(row: HostileRow): void {
    this.rows.push(row);
  }

  /** The table as printed by the suite; one line per case. */
  render(): string {
    const header = `| ${this.title} case | outcome | ms | slowest {__typename} ms |`;
    const lines = this.rows.map(
      (r) => `| ${r.name} | ${r.outcome} | ${r.ms.toFixed(1)} | ${r.slowestProbeMs.toFixed(1)} |`,
    );
    return [header, '| --- | --- | ---: | ---: |', ...lines].join('\n');
  }

  print(): void {
    if (this.rows.length > 0) process.stdout.write(`\n${this.render()}\n`);
  }
}

async function typename(gatewayUrl: string): Promise<void> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const body = (await response.json()) as { data?: { __typename?: string } };
  if (body.data?.__typename !== 'Query') throw new Error(`{ __typename } answered ${JSON.stringify(body)}`);
}

/** A raw response reads as its status and first error code; anything else as itself. */
function describeResult(result: unknown): string {
  const raw = result as Partial<RawResponse> | null;
  if (raw && typeof raw.status === 'number' && 'body' in raw)
    return `${raw.status} ${firstCode(raw as RawResponse)}`;
  return String(result);
}

/**
 * Runs one hostile case while probing `{ __typename }` every 25 ms; records its time, its outcome (what
 * `describe` makes of the result) and the slowest probe. Throws if a probe failed or waited too long.
 */
export async function attack<T>(
  stack: Pick<Stack, 'gatewayUrl'>,
  table: HostileTable,
  name: string,
  run: () => Promise<T>,
  describe: (result: T) => string = describeResult,
): Promise<T> {
  let slowest = 0;
  let probing = true;
  let probeError: unknown;
  const probes = (async () => {
    while (probing) {
      const started = performance.now();
      try {
        await typename(stack.gatewayUrl);
      } catch (error) {
        probeError = error;
        return;
      }
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const started = performance.now();
  let result: T;
  try {
    result = await run();
  } finally {
    probing = false;
    await probes;
  }
  const ms = performance.now() - started;
  table.add({ name, outcome: describe(result), ms, slowestProbeMs: slowest });
  if (probeError) throw probeError;
  if (slowest > PROBE_LIMIT_MS) {
    throw new Error(`{ __typename } waited ${slowest.toFixed(0)} ms while "${name}" ran`);
  }
  return result;
}

export interface RawResponse {
  status: number;
  contentType: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
  text: string;
}

/** A raw POST to the gateway (no SDK), for bodies the SDK would never send. */
export async function post(
  url: string,
  body: string | Uint8Array,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<RawResponse> {
  // Bytes go as a Blob: fetch's typing takes no bare Uint8Array.
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Blob([Buffer.from(body)]),
  });
  const text = await response.text();
  let parsed: RawResponse['body'];
  try {
    parsed = JSON.parse(text) as RawResponse['body'];
  } catch {
    parsed = null;
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: parsed,
    text,
  };
}

/** The first error code of a raw response, 'OK' when it had none. */
export function firstCode(response: RawResponse): string {
  const code = response.body?.errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : response.body?.errors ? 'NO_CODE' : 'OK';
}

/** Row counts of the named tables, to assert an attack wrote nothing. */
export async function rowCounts(
  stack: Pick<Stack, 'sql'>,
  tables: string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const rows = await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}
