import { pino } from 'pino';

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

  const mailedCode = (address: string) => h.mailedCode(address);

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

  describe('signInSoft', () => {
    const SIGN_IN_SOFT = `mutation($e: String!, $c: String!) {
      signInSoft(email: $e, code: $c) { token expiresAt identity { did soft } } }`;
    type SoftSession = { signInSoft: { token: string; identity: { did: string } } };
    const resolveUrl = () => h.identity.url.replace(/\/graphql$/, '/internal/sessions/resolve');

    it('turns the emailed code into a session whose viewer is the did:email', async () => {
      await h.gql(REGISTER_SOFT, { e: 'Hana@Example.com' });
      const code = await mailedCode('hana@example.com');
      const res = await h.gql<SoftSession>(SIGN_IN_SOFT, { e: 'hana@example.com', c: code });
      expect(res.errors).toBeUndefined();
      expect(res.data!.signInSoft.identity).toEqual({ did: 'did:email:hana_at_example.com', soft: true });
      // The gateway's lookup answers with the did:email, as for a keyed session.
      const resolved = await fetch(resolveUrl(), {
        method: 'POST',
        headers: h.gateway.headers(),
        body: JSON.stringify({ token: res.data!.signInSoft.token }),
      });
      expect(resolved.status).toBe(200);
      expect(await resolved.json()).toMatchObject({ did: 'did:email:hana_at_example.com' });
      // The code is single use.
      const again = await h.gql(SIGN_IN_SOFT, { e: 'hana@example.com', c: code });
      expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(again.errors?.[0]?.message).toMatch(/request a new one with registerSoft/);
    });

    it('refuses a wrong code (counting it), an unknown address and a malformed code; no session is made', async () => {
      await h.gql(REGISTER_SOFT, { e: 'ivan@example.com' });
      const code = await mailedCode('ivan@example.com');
      const before = await h.count('sessions');
      const wrong = code === '00000000' ? '11111111' : '00000000';
      const res = await h.gql(SIGN_IN_SOFT, { e: 'ivan@example.com', c: wrong });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toMatch(/code is wrong/);
      const [row] = await h.sql<{ attempts: number }>(
        'SELECT attempts FROM claim_codes WHERE email_did = $1',
        ['did:email:ivan_at_example.com'],
      );
      expect(row.attempts).toBe(1);
      const unknown = await h.gql(SIGN_IN_SOFT, { e: 'nobody@example.com', c: code });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const malformed = await h.gql(SIGN_IN_SOFT, { e: 'ivan@example.com', c: 'abc' });
      expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await h.count('sessions')).toBe(before);
    });

    it('sends a claimed address to its keyed DID', async () => {
      await h.gql(REGISTER_SOFT, { e: 'june@example.com' });
      const kp = await registered();
      const input = { emailDid: 'did:email:june_at_example.com' };
      await h.gql(CLAIM, {
        input,
        code: await mailedCode('june@example.com'),
        proof: proofFor('mjn.identity.claimSoft', input, kp, clock.now()),
      });
      const res = await h.gql(SIGN_IN_SOFT, { e: 'june@example.com', c: '12345678' });
      expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toMatch(/sign in with that DID's key/);
    });
  });

  it('keeps no code in plain text in the mail outbox, before or after sending', async () => {
    await h.gql(REGISTER_SOFT, { e: 'kim@example.com' });
    const code = await mailedCode('kim@example.com');
    const pending = await h.sql<{ body: string; sealed: boolean }>(
      'SELECT body, sealed FROM mail_outbox WHERE to_address = $1',
      ['kim@example.com'],
    );
    expect(pending[0].sealed).toBe(true);
    expect(pending[0].body).not.toContain(code);
    await h.identity.mail.drain();
    const sent = await h.sql<Record<string, unknown>>('SELECT * FROM mail_outbox WHERE to_address = $1', [
      'kim@example.com',
    ]);
    expect(sent[0].sent_at).not.toBeNull();
    expect(JSON.stringify(sent)).not.toContain(code);
    const codes = await h.sql<Record<string, unknown>>('SELECT * FROM claim_codes WHERE email_did = $1', [
      'did:email:kim_at_example.com',
    ]);
    expect(JSON.stringify(codes)).not.toContain(code);
  });
});

describe('mail log transport', () => {
  /** Starts identity with a logger that captures every line, registers an address and sends its mail. */
  async function logOf(production: boolean): Promise<{ log: string; code: string }> {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => lines.push(line) });
    const h = await startIdentityHarness({ production, logger });
    try {
      await h.gql(REGISTER_SOFT, { e: 'log@example.com' });
      const code = await h.mailedCode('log@example.com');
      expect(await h.identity.mail.drain()).toBe(1);
      return { log: lines.join(''), code };
    } finally {
      await h.stop();
    }
  }

  it('never writes the code to the log in production', async () => {
    const { log, code } = await logOf(true);
    expect(log).toMatch(/mail not delivered: no SMTP_URL/);
    expect(log).not.toContain(code);
  });

  it('writes the mail, code included, to the log in development (npm start)', async () => {
    const { log, code } = await logOf(false);
    expect(log).toContain(`code is ${code}`);
  });
});
