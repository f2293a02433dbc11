import { fakeGateway, mjn, tempHome } from '../../test/harness';

import { formatPath } from './trust.command';

const vouch = {
  id: 'v1',
  weight: 70,
  context: 'colleague',
  expiresAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  revokedAt: null,
  active: true,
  signature: 'SIG',
  signedPayload: '{"type":"mjn.trust.vouch"}',
  from: { did: 'did:mjn:a' },
  to: { did: 'did:mjn:b' },
  agent: null,
};

describe('formatPath', () => {
  it('lists each hop with its vouch signature and signed payload', () => {
    const lines = formatPath(
      {
        found: true,
        length: 1,
        hops: [
          {
            from: { did: 'did:mjn:a', profile: { handle: 'alice' } },
            to: { did: 'did:mjn:b', profile: null },
            vouch,
          },
        ],
        explanation: null,
      },
      '@alice',
      'did:mjn:b',
    );
    expect(lines[0]).toBe('Trust path from @alice to did:mjn:b: 1 hop.');
    expect(lines[1]).toBe('1. @alice (did:mjn:a) → did:mjn:b');
    expect(lines.join('\n')).toContain('signature       SIG');
    expect(lines.join('\n')).toContain('signed payload  {"type":"mjn.trust.vouch"}');
  });

  it('explains why there is no path', () => {
    const lines = formatPath(
      {
        found: false,
        length: null,
        hops: [],
        explanation: {
          reason: 'NOT_REACHABLE',
          reachedCount: 3,
          reachedDepth: 2,
          reachingCount: 0,
          reachingDepth: 0,
          exploredDepth: 6,
          message: 'Nobody vouches for the target.',
        },
      },
      'a',
      'b',
    );
    expect(lines.slice(0, 2)).toEqual(['No trust path from a to b.', 'Why: Nobody vouches for the target.']);
    expect(lines.join('\n')).toContain('NOT_REACHABLE');
  });
});

describe('mjn vouch and trust arguments', () => {
  const { home, cleanup } = tempHome();
  afterAll(cleanup);

  it('refuses a weight outside 1–100 before signing anything', async () => {
    const run = await mjn(home, ['vouch', 'did:mjn:x', '--weight', '0', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stderr).error.message).toContain('from 1 to 100');
  });

  it('refuses a subject that is neither a DID nor an @handle', async () => {
    await mjn(home, ['keygen']);
    const run = await mjn(home, ['vouch', 'alice']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('neither a DID');
  });

  it('looks a handle up and sends the default weight', async () => {
    const gateway = fakeGateway((op) => {
      if (op === 'IdentityByHandle') return { data: { identityByHandle: { did: 'did:mjn:bob' } } };
      return { data: { vouch: { ...vouch, weight: 50, to: { did: 'did:mjn:bob' } } } };
    });
    const run = await mjn(home, ['vouch', '@bob'], { fetch: gateway.fetch });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Vouched for @bob (did:mjn:bob) with weight 50.');
    expect(gateway.requests[1].variables).toMatchObject({ input: { to: 'did:mjn:bob', weight: 50 } });
  });
});
