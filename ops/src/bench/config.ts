import { z } from 'zod';

/** Benchmark settings; sizes default to what the issues ask for. */
export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = z
    .object({
      DATABASE_URL: z.string().url().optional(),
      BENCH_ONLY: z.string().optional(),
    })
    .parse(env);
  return {
    databaseUrl: parsed.DATABASE_URL,
    /** Comma list of benchmark names to run (signatures, gateway, ...); all when unset. */
    only: parsed.BENCH_ONLY ? new Set(parsed.BENCH_ONLY.split(',').map((s) => s.trim())) : null,
  };
}
