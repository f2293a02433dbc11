import http from 'node:http';
import type { AddressInfo } from 'node:net';

import pino from 'pino';

import { SessionCache } from './session-cache';
import { createSessionResolver } from './session-resolver';

// A stand-in for identity's /internal/sessions/resolve that counts how often it is asked.
async function fakeIdentity(sessions: Record<string, { did: string; expiresAt: string }>) {
  const state = { lookups: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      state.lookups += 1;
      const session = sessions[(JSON.parse(body) as { token: string }).token];
      res.writeHead(session ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(session ?? { error: 'unknown session' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('createSessionResolver', () => {
  const clock = { ms: Date.now() };
  const now = () => clock.ms;
  const sessions = {
    alice: { did: 'did:mjn:zAlice', expiresAt: new Date(clock.ms + 3_600_000).toISOString() },
  };
  let identity: Awaited<ReturnType<typeof fakeIdentity>>;

  beforeAll(async () => {
    identity = await fakeIdentity(sessions);
  });
  afterAll(() => identity.stop());
  beforeEach(() => {
    identity.state.lookups = 0;
  });

  const resolverWith = (cache?: SessionCache) =>
    createSessionResolver({
      identityBaseUrl: () => identity.base,
      signViewer: () => 'signed',
      logger: pino({ level: 'silent' }),
      cache,
      now,
    });

  it('asks identity once per token within the cache period, not once per request', async () => {
    const resolve = resolverWith(new SessionCache({ ttlMs: 5000, now }));
    for (let i = 0; i < 5; i += 1) expect(await resolve('Bearer alice', `r${i}`)).toBe('did:mjn:zAlice');
    expect(identity.state.lookups).toBe(1);
    clock.ms += 5000;
    expect(await resolve('Bearer alice', 'r-later')).toBe('did:mjn:zAlice');
    expect(identity.state.lookups).toBe(2);
  });

  it('shares one lookup between concurrent requests with the same uncached token', async () => {
    const resolve = resolverWith(new SessionCache({ ttlMs: 5000, now }));
    const dids = await Promise.all(Array.from({ length: 8 }, (_v, i) => resolve('Bearer alice', `r${i}`)));
    expect(dids).toEqual(Array(8).fill('did:mjn:zAlice'));
    expect(identity.state.lookups).toBe(1);
  });

  it('asks again every time for an unknown token, so guessed tokens never fill the cache', async () => {
    const cache = new SessionCache({ ttlMs: 5000, now });
    const resolve = resolverWith(cache);
    await expect(resolve('Bearer guessed', 'r1')).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(resolve('Bearer guessed', 'r2')).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(identity.state.lookups).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('asks identity on every request when no cache is given', async () => {
    const resolve = resolverWith();
    await resolve('Bearer alice', 'r1');
    await resolve('Bearer alice', 'r2');
    expect(identity.state.lookups).toBe(2);
  });

  it('refuses a cached token once its session has expired', async () => {
    const resolve = resolverWith(new SessionCache({ ttlMs: 60_000, now }));
    const saved = clock.ms;
    await resolve('Bearer alice', 'r1');
    clock.ms = Date.parse(sessions.alice.expiresAt);
    try {
      // identity itself still answers with the (now past) expiry: the gateway refuses it.
      await expect(resolve('Bearer alice', 'r2')).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    } finally {
      clock.ms = saved;
    }
  });
});
