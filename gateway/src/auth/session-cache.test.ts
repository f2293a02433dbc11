import { SessionCache } from './session-cache';

describe('SessionCache', () => {
  const clock = { ms: 1_000_000 };
  const now = () => clock.ms;
  const far = () => clock.ms + 3_600_000;

  it('believes a resolved token for its TTL and forgets it afterwards', () => {
    const cache = new SessionCache({ ttlMs: 5000, now });
    cache.set('t', { did: 'did:mjn:zA', expiresAtMs: far() });
    clock.ms += 4999;
    expect(cache.get('t')?.did).toBe('did:mjn:zA');
    clock.ms += 1;
    expect(cache.get('t')).toBeUndefined();
  });

  it('never serves a session past its own expiry, even within the TTL', () => {
    const cache = new SessionCache({ ttlMs: 5000, now });
    cache.set('t', { did: 'did:mjn:zA', expiresAtMs: clock.ms + 1000 });
    clock.ms += 1000;
    expect(cache.get('t')).toBeUndefined();
  });

  it('holds nothing when the TTL is 0', () => {
    const cache = new SessionCache({ ttlMs: 0, now });
    cache.set('t', { did: 'did:mjn:zA', expiresAtMs: far() });
    expect(cache.get('t')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops the oldest token when full, so memory stays bounded', () => {
    const cache = new SessionCache({ ttlMs: 5000, now, maxEntries: 2 });
    cache.set('a', { did: 'did:mjn:zA', expiresAtMs: far() });
    cache.set('b', { did: 'did:mjn:zB', expiresAtMs: far() });
    cache.set('c', { did: 'did:mjn:zC', expiresAtMs: far() });
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')?.did).toBe('did:mjn:zC');
  });

  it('forgets every token on clear (a session-ending mutation passed)', () => {
    const cache = new SessionCache({ ttlMs: 5000, now });
    cache.set('a', { did: 'did:mjn:zA', expiresAtMs: far() });
    cache.clear();
    expect(cache.get('a')).toBeUndefined();
  });
});
