import { z } from 'zod';

import {
  baseSubgraphConfig,
  baseSubgraphEnv,
  parseEnv,
  portFromEnv,
  type BaseSubgraphConfig,
} from '@imajin/subgraph-common';

export const identityEnv = baseSubgraphEnv.extend({
  PORT: portFromEnv(4001),
  SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 86_400)
    .default(3600),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Imajin <no-reply@imajin.local>'),
});

export interface IdentityConfig extends BaseSubgraphConfig {
  sessionTtlMs: number;
  smtpUrl?: string;
  mailFrom: string;
}

export function loadIdentityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const parsed = parseEnv(identityEnv, env);
  return {
    ...baseSubgraphConfig(parsed),
    sessionTtlMs: parsed.SESSION_TTL_SECONDS * 1000,
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
  };
}
