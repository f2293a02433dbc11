import { availableParallelism } from 'node:os';
import path from 'node:path';

import { loadGatewayConfig } from '../src/config';

const KEY = 'A'.repeat(43);

describe('loadGatewayConfig', () => {
  it('applies defaults for development', () => {
    const config = loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY });
    expect(config).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      maxDepth: 12,
      maxCost: 10000,
      maxNodes: 3000,
      maxTokens: 20000,
      debugErrors: false,
      corsOrigins: ['*'],
    });
    expect(config.supergraphPath).toBe(path.resolve(__dirname, '../../schema/supergraph.graphql'));
  });

  it('parses subgraph URL overrides and CORS origins', () => {
    const config = loadGatewayConfig({
      GATEWAY_PRIVATE_KEY: KEY,
      NODE_ENV: 'production',
      SUBGRAPH_URLS: 'identity=http://identity:4001/graphql, trust=http://trust:4002/graphql',
      CORS_ORIGINS: 'https://a.example,https://b.example',
      PORT: '8080',
    });
    expect(config.subgraphUrls).toEqual({
      identity: 'http://identity:4001/graphql',
      trust: 'http://trust:4002/graphql',
    });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.port).toBe(8080);
  });

  it('refuses a missing or malformed key and a malformed override', () => {
    expect(() => loadGatewayConfig({})).toThrow(/GATEWAY_PRIVATE_KEY/);
    expect(() => loadGatewayConfig({ GATEWAY_PRIVATE_KEY: 'short' })).toThrow(/GATEWAY_PRIVATE_KEY/);
    expect(() => loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY, SUBGRAPH_URLS: 'identity' })).toThrow(
      /SUBGRAPH_URLS/,
    );
  });

  it('allows no browser origin by default outside development', () => {
    expect(loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY, NODE_ENV: 'production' }).corsOrigins).toEqual([]);
  });

  it('turns on error details only when DEBUG_ERRORS says true, in any NODE_ENV', () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY, NODE_ENV }).debugErrors).toBe(false);
    }
    expect(loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY, DEBUG_ERRORS: 'true' }).debugErrors).toBe(true);
    expect(loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY, DEBUG_ERRORS: 'false' }).debugErrors).toBe(false);
    expect(() => loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY, DEBUG_ERRORS: 'yes please' })).toThrow(
      /DEBUG_ERRORS/,
    );
  });

  it('trusts X-Forwarded-For only for the number of proxies TRUST_PROXY names', () => {
    const trustProxy = (value?: string) =>
      loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY, TRUST_PROXY: value }).trustProxy;
    expect(trustProxy()).toBe(0);
    expect(trustProxy('2')).toBe(2);
    expect(trustProxy('true')).toBe(1);
    expect(trustProxy('false')).toBe(0);
    expect(() => trustProxy('10.0.0.0/8')).toThrow(/TRUST_PROXY/);
  });

  it('caches sessions 5 s and runs one worker per core unless told otherwise', () => {
    const defaults = loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY });
    expect(defaults.sessionCacheMs).toBe(5000);
    expect(defaults.workers).toBe(availableParallelism());
    const set = loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY, SESSION_CACHE_MS: '0', GATEWAY_WORKERS: '3' });
    expect(set).toMatchObject({ sessionCacheMs: 0, workers: 3 });
    expect(() => loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY, GATEWAY_WORKERS: '0' })).toThrow(
      /GATEWAY_WORKERS/,
    );
    expect(() => loadGatewayConfig({ GATEWAY_PRIVATE_KEY: KEY, SESSION_CACHE_MS: '600000' })).toThrow(
      /SESSION_CACHE_MS/,
    );
  });
});
