import { generateKeyPair } from '@imajin/protocol';

import { loadRegistryConfig } from '../src/config';

const base = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/db',
  GATEWAY_PUBLIC_KEY: 'A'.repeat(43),
};

describe('loadRegistryConfig', () => {
  it('defaults to port 4006, imajin.local, no DNS provider and no admins', () => {
    expect(loadRegistryConfig(base)).toMatchObject({
      port: 4006,
      domain: 'imajin.local',
      adminDids: [],
      dns: { kind: 'none' },
      sweepIntervalMs: 60_000,
    });
  });

  it('reads admins and the Cloudflare settings', () => {
    const [a, b] = [generateKeyPair().did, generateKeyPair().did];
    const config = loadRegistryConfig({
      ...base,
      REGISTRY_ADMIN_DIDS: ` ${a}, ${b} `,
      REGISTRY_DOMAIN: 'imajin.ai',
      DNS_PROVIDER: 'cloudflare',
      CLOUDFLARE_API_TOKEN: 't',
      CLOUDFLARE_ZONE_ID: 'z',
    });
    expect(config.adminDids).toEqual([a, b]);
    expect(config.dns).toEqual({
      kind: 'cloudflare',
      apiBase: 'https://api.cloudflare.com/client/v4',
      apiToken: 't',
      zoneId: 'z',
    });
  });

  it('refuses bad admin DIDs, a bad domain and Cloudflare without credentials, naming the variable', () => {
    expect(() => loadRegistryConfig({ ...base, REGISTRY_ADMIN_DIDS: 'did:web:x' })).toThrow(
      /REGISTRY_ADMIN_DIDS/,
    );
    expect(() => loadRegistryConfig({ ...base, REGISTRY_DOMAIN: 'Not A Domain' })).toThrow(/REGISTRY_DOMAIN/);
    expect(() => loadRegistryConfig({ ...base, DNS_PROVIDER: 'cloudflare' })).toThrow(/CLOUDFLARE_API_TOKEN/);
  });
});
