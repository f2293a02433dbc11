import { z } from 'zod';

import {
  baseSubgraphConfig,
  baseSubgraphEnv,
  parseEnv,
  portFromEnv,
  type BaseSubgraphConfig,
} from '@imajin/subgraph-common';

export const identityEnv = baseSubgraphEnv
  .extend({
    PORT: portFromEnv(4001),
    SESSION_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(30 * 86_400)
      .default(3600),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('Imajin <no-reply@imajin.local>'),
  })
  .refine((e) => e.NODE_MASTER_KEY, {
    message: 'NODE_MASTER_KEY is required: identity seals emailed codes in its mail outbox with it',
    path: ['NODE_MASTER_KEY'],
  });

export interface IdentityConfig extends BaseSubgraphConfig {
  nodeMasterKey: string;
  sessionTtlMs: number;
  smtpUrl?: string;
  mailFrom: string;
}

export function loadIdentityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const parsed = parseEnv(identityEnv, env);
  return {
    ...baseSubgraphConfig(parsed),
    nodeMasterKey: parsed.NODE_MASTER_KEY!,
    sessionTtlMs: parsed.SESSION_TTL_SECONDS * 1000,
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
  };
}
