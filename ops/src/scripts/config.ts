import { z } from 'zod';

/** Environment of the ops scripts (example, migrate). */
export function loadScriptConfig(env: NodeJS.ProcessEnv = process.env): { gatewayUrl: string } {
  const parsed = z
    .object({ GATEWAY_URL: z.string().url().default('http://localhost:4000/graphql') })
    .parse(env);
  return { gatewayUrl: parsed.GATEWAY_URL };
}
