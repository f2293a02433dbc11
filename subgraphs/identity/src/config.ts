import { z } from 'zod';

import { baseSubgraphEnv, parseEnv, portFromEnv } from '@imajin/subgraph-common';

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

export interface IdentityConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Base64url Ed25519 public key of the gateway; viewer headers must verify against it. */
  gatewayPublicKey: string;
  production: boolean;
  logLevel: string;
  sessionTtlMs: number;
  smtpUrl?: string;
  mailFrom: string;
}

export function loadIdentityConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const parsed = parseEnv(identityEnv, env);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    gatewayPublicKey: parsed.GATEWAY_PUBLIC_KEY,
    production: parsed.NODE_ENV === 'production',
    logLevel: parsed.LOG_LEVEL,
    sessionTtlMs: parsed.SESSION_TTL_SECONDS * 1000,
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
  };
}
