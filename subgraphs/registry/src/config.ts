import { z } from 'zod';

import { isValidMjnDid } from '@imajin/protocol';
import {
  baseSubgraphConfig,
  baseSubgraphEnv,
  parseEnv,
  portFromEnv,
  type BaseSubgraphConfig,
} from '@imajin/subgraph-common';

const didList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((d) => d.trim())
      .filter((d) => d.length > 0),
  )
  .refine((dids) => dids.every(isValidMjnDid), {
    message: 'REGISTRY_ADMIN_DIDS must be a comma-separated list of did:mjn DIDs',
  });

export const registryEnv = baseSubgraphEnv
  .extend({
    PORT: portFromEnv(4006),
    REGISTRY_DOMAIN: z
      .string()
      .regex(/^(?=.{1,200}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/, {
        message: 'REGISTRY_DOMAIN must be a lowercase DNS name such as imajin.ai',
      })
      .default('imajin.local'),
    REGISTRY_ADMIN_DIDS: didList,
    DNS_PROVIDER: z.enum(['none', 'cloudflare']).default('none'),
    CLOUDFLARE_API_BASE: z.string().url().default('https://api.cloudflare.com/client/v4'),
    CLOUDFLARE_API_TOKEN: z.string().optional(),
    CLOUDFLARE_ZONE_ID: z.string().optional(),
    SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).default(60_000),
  })
  .refine((e) => e.DNS_PROVIDER !== 'cloudflare' || (e.CLOUDFLARE_API_TOKEN && e.CLOUDFLARE_ZONE_ID), {
    message: 'DNS_PROVIDER=cloudflare needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID',
    path: ['DNS_PROVIDER'],
  });

export type DnsProviderConfig =
  { kind: 'none' } | { kind: 'cloudflare'; apiBase: string; apiToken: string; zoneId: string };

export interface RegistryConfig extends BaseSubgraphConfig {
  domain: string;
  adminDids: string[];
  dns: DnsProviderConfig;
  sweepIntervalMs: number;
}

export function loadRegistryConfig(env: NodeJS.ProcessEnv = process.env): RegistryConfig {
  const parsed = parseEnv(registryEnv, env);
  return {
    ...baseSubgraphConfig(parsed),
    domain: parsed.REGISTRY_DOMAIN,
    adminDids: parsed.REGISTRY_ADMIN_DIDS,
    dns:
      parsed.DNS_PROVIDER === 'cloudflare'
        ? {
            kind: 'cloudflare',
            apiBase: parsed.CLOUDFLARE_API_BASE,
            apiToken: parsed.CLOUDFLARE_API_TOKEN!,
            zoneId: parsed.CLOUDFLARE_ZONE_ID!,
          }
        : { kind: 'none' },
    sweepIntervalMs: parsed.SWEEP_INTERVAL_MS,
  };
}
