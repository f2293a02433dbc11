import { z } from 'zod';

/** Benchmark settings; sizes default to what the issues ask for. */
export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = z
    .object({
      DATABASE_URL: z.string().url().optional(),
      BENCH_ONLY: z.string().optional(),
      FANOUT_CLIENTS: z.coerce.number().int().positive().default(1000),
      FANOUT_MESSAGES: z.coerce.number().int().positive().default(20),
    })
    .parse(env);
  return {
    databaseUrl: parsed.DATABASE_URL,
    /** Comma list of benchmark names to run (signatures, gateway, ...); all when unset. */
    only: parsed.BENCH_ONLY ? new Set(parsed.BENCH_ONLY.split(',').map((s) => s.trim())) : null,
    /** Subscription fan-out: connections through the gateway, and messages sent per case. */
    fanout: { clients: parsed.FANOUT_CLIENTS, members: 50, messages: parsed.FANOUT_MESSAGES },
  };
}
