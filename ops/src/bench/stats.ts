import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  opsPerSecond: number;
  medianMicros: number;
  p99Micros: number;
}

/** Runs `fn` in `rounds` rounds of `perRound` calls; reports median ops/s over rounds and per-call percentiles. */
export function measure(name: string, fn: () => unknown, rounds = 15, perRound = 2000): Measurement {
  for (let i = 0; i < perRound; i += 1) fn(); // warm-up
  const rates: number[] = [];
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const start = performance.now();
    for (let i = 0; i < perRound; i += 1) {
      const t = performance.now();
      fn();
      perCall.push(performance.now() - t);
    }
    rates.push(perRound / ((performance.now() - start) / 1000));
  }
  return {
    name,
    opsPerSecond: median(rates),
    medianMicros: median(perCall) * 1000,
    p99Micros: percentile(perCall, 0.99) * 1000,
  };
}

export function median(values: number[]): number {
  return percentile(values, 0.5);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function printTable(title: string, rows: Measurement[], baseline?: string): void {
  const base = rows.find((r) => r.name === baseline);
  const lines = [
    `\n${title}`,
    '| case | ops/s (median) | median µs | p99 µs | ratio |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${Math.round(r.opsPerSecond).toLocaleString('en')} | ${r.medianMicros.toFixed(1)} | ${r.p99Micros.toFixed(1)} | ${
          base ? `${(r.opsPerSecond / base.opsPerSecond).toFixed(2)}×` : ''
        } |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
