import { CloudflareDnsProvider, recordTypeFor } from '../src/dns/dns-provider';

import { FakeCloudflare } from './cloudflare-fake';

describe('CloudflareDnsProvider against a local server speaking the v4 endpoints', () => {
  const cf = new FakeCloudflare('tok', 'zone-1');
  let provider: CloudflareDnsProvider;

  beforeAll(async () => {
    provider = new CloudflareDnsProvider(await cf.start(), 'tok', 'zone-1');
  });
  afterAll(() => cf.stop());
  beforeEach(() => {
    cf.records.clear();
    cf.requests.length = 0;
  });

  it('creates a CNAME with POST when none exists, then updates it in place with PUT', async () => {
    await provider.upsert('pi.imajin.local', 'pi.example.net');
    expect(cf.byName('pi.imajin.local')).toEqual([
      expect.objectContaining({ type: 'CNAME', content: 'pi.example.net', proxied: false, ttl: 1 }),
    ]);
    const id = cf.byName('pi.imajin.local')[0].id;
    await provider.upsert('pi.imajin.local', 'pi2.example.net');
    expect(cf.byName('pi.imajin.local')).toEqual([
      expect.objectContaining({ id, content: 'pi2.example.net' }),
    ]);
    expect(cf.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PUT']);
    expect(cf.requests[0].path).toBe('/client/v4/zones/zone-1/dns_records?name=pi.imajin.local&per_page=100');
  });

  it('uses A and AAAA records for IP targets', async () => {
    expect(recordTypeFor('203.0.113.7')).toBe('A');
    expect(recordTypeFor('2001:db8::1')).toBe('AAAA');
    await provider.upsert('ip.imajin.local', '203.0.113.7');
    expect(cf.byName('ip.imajin.local')[0].type).toBe('A');
  });

  it('removes every record of the name with DELETE, and removing nothing succeeds (idempotent)', async () => {
    await provider.upsert('gone.imajin.local', 'x.example.net');
    await provider.remove('gone.imajin.local');
    expect(cf.byName('gone.imajin.local')).toEqual([]);
    await provider.remove('gone.imajin.local');
    expect(cf.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('reports the envelope errors on failure and on a bad token', async () => {
    cf.failNext = 1;
    await expect(provider.upsert('a.imajin.local', 'x.example.net')).rejects.toThrow(
      /failed: 10001: Service unavailable/,
    );
    const wrong = new CloudflareDnsProvider(provider['apiBase'] as string, 'nope', 'zone-1');
    await expect(wrong.remove('a.imajin.local')).rejects.toThrow(/10000: Authentication error/);
  });
});
