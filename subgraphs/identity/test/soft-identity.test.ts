import { generateKeyPair, type KeyPair } from '@imajin/protocol';
import { ManualClock } from '@imajin/subgraph-common';

import { proofFor, REGISTER_MUTATION, startIdentityHarness, type IdentityHarness } from './harness';

const REGISTER_SOFT =
  'mutation($e: String!) { registerSoft(email: $e) { identity { did soft } codeExpiresAt } }';
const CLAIM = `mutation($input: ClaimSoftIdentityInput!, $code: String!, $proof: ProofInput!) {
  claimSoftIdentity(input: $input, code: $code, proof: $proof) { did claimedBy { did } }
}`;

describe('soft did:email identities', () => {
  let h: IdentityHarness;
  const clock = new ManualClock(new Date());

  beforeAll(async () => {
    h = await startIdentityHarness({ clock });
  });
  afterAll(() => h.stop());

  async function registered(): Promise<KeyPair> {
    const kp = generateKeyPair();
    const input = { did: kp.did, kind: 'HUMAN' };
    await h.gql(REGISTER_MUTATION, {
      input,
      proof: proofFor('mjn.identity.register', input, kp, clock.now()),
    });
    return kp;
  }

  /** Reads the code from the mail outbox, as the recipient would from their inbox. */
  async function mailedCode(address: string): Promise<string> {
    const rows = await h.sql<{ body: string }>(
      'SELECT body FROM mail_outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1',
      [address],
    );
    return /code is (\d{8})/.exec(rows[0].body)![1];
  }

  it('creates did:email, mails a code, and lets a keyed DID claim it', async () => {
    const res = await h.gql<{ registerSoft: { identity: { did: string; soft: boolean } } }>(REGISTER_SOFT, {
      e: 'Carol@Example.com',
    });
    expect(res.data!.registerSoft.identity).toEqual({ did: 'did:email:carol_at_example.com', soft: true });
    const code = await mailedCode('carol@example.com');
    const kp = await registered();
    const input = { emailDid: 'did:email:carol_at_example.com' };
    const claim = await h.gql<{ claimSoftIdentity: { claimedBy: { did: string } } }>(CLAIM, {
      input,
      code,
      proof: proofFor('mjn.identity.claimSoft', input, kp, clock.now()),
    });
    expect(claim.errors).toBeUndefined();
    expect(claim.data!.claimSoftIdentity.claimedBy.did).toBe(kp.did);
    const again = await h.gql(CLAIM, {
      input,
      code,
      proof: proofFor('mjn.identity.claimSoft', input, kp, clock.now()),
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('rejects a wrong code, counts the attempt and claims nothing', async () => {
    await h.gql(REGISTER_SOFT, { e: 'dave@example.com' });
    const code = await mailedCode('dave@example.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    const kp = await registered();
    const input = { emailDid: 'did:email:dave_at_example.com' };
    const res = await h.gql(CLAIM, {
      input,
      code: wrong,
      proof: proofFor('mjn.identity.claimSoft', input, kp, clock.now()),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = await h.sql<{ claimed_by: string | null }>(
      'SELECT claimed_by FROM identities WHERE did = $1',
      [input.emailDid],
    );
    expect(row.claimed_by).toBeNull();
    const [attempts] = await h.sql<{ attempts: number }>(
      'SELECT attempts FROM claim_codes WHERE email_did = $1',
      [input.emailDid],
    );
    expect(attempts.attempts).toBe(1);
  });

  it('burns a code after five wrong attempts', async () => {
    await h.gql(REGISTER_SOFT, { e: 'erin@example.com' });
    const code = await mailedCode('erin@example.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    const kp = await registered();
    const input = { emailDid: 'did:email:erin_at_example.com' };
    for (let i = 0; i < 5; i += 1) {
      await h.gql(CLAIM, {
        input,
        code: wrong,
        proof: proofFor('mjn.identity.claimSoft', input, kp, clock.now()),
      });
    }
    const res = await h.gql(CLAIM, {
      input,
      code,
      proof: proofFor('mjn.identity.claimSoft', input, kp, clock.now()),
    });
    expect(res.errors?.[0]?.message).toMatch(/No live code/);
  });

  it('rate-limits codes per address', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await h.gql(REGISTER_SOFT, { e: 'frank@example.com' })).errors).toBeUndefined();
    const res = await h.gql(REGISTER_SOFT, { e: 'frank@example.com' });
    expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('rejects an invalid email', async () => {
    const res = await h.gql(REGISTER_SOFT, { e: 'not-an-email' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sends queued mail through the transport once', async () => {
    await h.gql(REGISTER_SOFT, { e: 'gina@example.com' });
    await h.identity.mail.drain();
    await h.identity.mail.drain();
    const rows = await h.sql<{ sent_at: Date | null; attempts: number }>(
      'SELECT sent_at, attempts FROM mail_outbox WHERE to_address = $1',
      ['gina@example.com'],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].sent_at).not.toBeNull();
    expect(rows[0].attempts).toBe(1);
  });
});
