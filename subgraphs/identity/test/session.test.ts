import { generateKeyPair, signChallenge, type KeyPair } from '@imajin/protocol';
import { ManualClock } from '@imajin/subgraph-common';

import { proofFor, REGISTER_MUTATION, startIdentityHarness, type IdentityHarness } from './harness';

const CHALLENGE = 'mutation($did: String!) { createChallenge(did: $did) { challenge expiresAt } }';
const SIGN_IN = `mutation($did: String!, $challenge: String!, $signature: String!) {
  signIn(did: $did, challenge: $challenge, signature: $signature) { token expiresAt identity { did } }
}`;

type ChallengeData = { createChallenge: { challenge: string } };
type SignInData = { signIn: { token: string; expiresAt: string } };

describe('sessions', () => {
  let h: IdentityHarness;
  const clock = new ManualClock(new Date());

  beforeAll(async () => {
    h = await startIdentityHarness({ clock });
  });
  afterAll(() => h.stop());

  async function registered(): Promise<KeyPair> {
    const kp = generateKeyPair();
    const input = { did: kp.did, kind: 'AGENT' };
    const res = await h.gql(REGISTER_MUTATION, {
      input,
      proof: proofFor('mjn.identity.register', input, kp, clock.now()),
    });
    expect(res.errors).toBeUndefined();
    return kp;
  }

  async function challenge(kp: KeyPair): Promise<string> {
    const res = await h.gql<ChallengeData>(CHALLENGE, { did: kp.did });
    expect(res.errors).toBeUndefined();
    return res.data!.createChallenge.challenge;
  }

  async function signIn(kp: KeyPair): Promise<string> {
    const c = await challenge(kp);
    const res = await h.gql<SignInData>(SIGN_IN, {
      did: kp.did,
      challenge: c,
      signature: signChallenge(kp, c),
    });
    expect(res.errors).toBeUndefined();
    return res.data!.signIn.token;
  }

  it('signs in with a signed challenge and stores only the token hash', async () => {
    const kp = await registered();
    const token = await signIn(kp);
    expect(token).toMatch(/^mjn_/);
    const rows = await h.sql<{ token_hash: string }>('SELECT token_hash FROM sessions WHERE did = $1', [
      kp.did,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token.slice(4));
    expect(await h.identity.services.sessions.resolve(token)).toMatchObject({ did: kp.did });
  });

  it('rejects a challenge signed by another key and creates no session', async () => {
    const kp = await registered();
    const c = await challenge(kp);
    const before = await h.count('sessions');
    const res = await h.gql(SIGN_IN, {
      did: kp.did,
      challenge: c,
      signature: signChallenge(generateKeyPair(), c),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    expect(await h.count('sessions')).toBe(before);
  });

  it('refuses a reused challenge', async () => {
    const kp = await registered();
    const c = await challenge(kp);
    await h.gql(SIGN_IN, { did: kp.did, challenge: c, signature: signChallenge(kp, c) });
    const again = await h.gql(SIGN_IN, { did: kp.did, challenge: c, signature: signChallenge(kp, c) });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(again.errors?.[0]?.message).toMatch(/already used/);
  });

  it('refuses an expired challenge', async () => {
    const kp = await registered();
    const c = await challenge(kp);
    clock.advance(5 * 60_000 + 1);
    const res = await h.gql(SIGN_IN, { did: kp.did, challenge: c, signature: signChallenge(kp, c) });
    expect(res.errors?.[0]?.message).toMatch(/expired/);
  });

  it('refuses a challenge for an unregistered DID', async () => {
    const res = await h.gql(CHALLENGE, { did: generateKeyPair().did });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('expires sessions after their TTL', async () => {
    const kp = await registered();
    const token = await signIn(kp);
    expect(await h.identity.services.sessions.resolve(token)).not.toBeNull();
    clock.advance(3_600_000 + 1);
    expect(await h.identity.services.sessions.resolve(token)).toBeNull();
  });

  it('signs out one token, or every session of the viewer', async () => {
    const kp = await registered();
    const [t1, t2, t3] = [await signIn(kp), await signIn(kp), await signIn(kp)];
    const one = await h.gql<{ signOut: number }>('mutation($t: String) { signOut(token: $t) }', { t: t1 });
    expect(one.data!.signOut).toBe(1);
    expect(await h.identity.services.sessions.resolve(t1)).toBeNull();
    expect(await h.identity.services.sessions.resolve(t2)).not.toBeNull();
    const all = await h.gql<{ signOut: number }>('mutation { signOut }', {}, kp.did);
    expect(all.data!.signOut).toBe(2);
    expect(await h.identity.services.sessions.resolve(t3)).toBeNull();
    const anonymous = await h.gql('mutation { signOut }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('internal session endpoint', () => {
    const resolveUrl = () => h.identity.url.replace(/\/graphql$/, '/internal/sessions/resolve');

    it('answers the gateway with the DID of a live token', async () => {
      const kp = await registered();
      const token = await signIn(kp);
      const res = await fetch(resolveUrl(), {
        method: 'POST',
        headers: h.gateway.headers(),
        body: JSON.stringify({ token }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ did: kp.did });
      const unknown = await fetch(resolveUrl(), {
        method: 'POST',
        headers: h.gateway.headers(),
        body: JSON.stringify({ token: 'mjn_unknown' }),
      });
      expect(unknown.status).toBe(401);
    });

    it('refuses callers that are not the gateway', async () => {
      const res = await fetch(resolveUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: 'mjn_x' }),
      });
      expect(res.status).toBe(401);
    });
  });
});
