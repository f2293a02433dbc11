import { fromBase64Url, generateKeyPair, verify, type KeyPair } from '@imajin/protocol';
import {
  declareConsent,
  getConsent,
  listConsents,
  registerIdentity,
  revokeConsent,
  signIn,
  startDirectChat,
  vouchFor,
  type ImajinClient,
} from '@imajin/sdk';

import { codeOf, startStack, type Stack } from './stack';

describe('consent through the gateway', () => {
  let stack: Stack;
  const people: Record<string, { kp: KeyPair; client: ImajinClient }> = {};

  beforeAll(async () => {
    // Direct messages need the recipient to trust the sender within 1 hop, unless their consent covers them.
    stack = await startStack({ env: { chat: { CHAT_DM_MAX_TRUST_HOPS: '1' } } });
    for (const name of ['rita', 'sam', 'tess', 'uma', 'vic', 'walt']) {
      const kp = generateKeyPair();
      const client = stack.client();
      await registerIdentity(client, kp, { kind: 'HUMAN', handle: `${name}_k` });
      await signIn(client, kp);
      people[name] = { kp, client };
    }
  });
  afterAll(() => stack.stop());

  const conversations = async () =>
    Number((await stack.sql<{ n: number }>('SELECT count(*)::int AS n FROM chat.conversations'))[0].n);
  const dm = (from: string, to: string) =>
    startDirectChat(people[from].client, people[from].kp, people[to].kp.did);

  it('refuses a stranger, lets them in once the recipient consents to contact from anyone, and refuses again after revocation', async () => {
    const { rita } = people;
    expect(await codeOf(dm('sam', 'rita'))).toBe('FORBIDDEN');
    expect(await conversations()).toBe(0);

    const consent = await declareConsent(rita.client, rita.kp, { purposes: ['contact'] });
    expect(consent).toMatchObject({ grantorDid: rita.kp.did, anyone: true, live: true });
    // Public evidence: anyone can read it and re-verify the signature offline.
    const read = await getConsent(stack.client(), consent.id);
    expect(
      verify(
        fromBase64Url(read!.signature),
        new TextEncoder().encode(read!.signedPayload),
        rita.kp.publicKey,
      ),
    ).toBe(true);
    expect(JSON.parse(read!.signedPayload)).toMatchObject({
      type: 'mjn.consent.declare',
      signer: rita.kp.did,
    });

    expect(await codeOf(dm('sam', 'rita'))).toBe('OK');
    expect(await conversations()).toBe(1);

    const revoked = await revokeConsent(rita.client, rita.kp, consent.id);
    expect(revoked).toMatchObject({ live: false });
    expect(await codeOf(dm('tess', 'rita'))).toBe('FORBIDDEN');
    expect(await conversations()).toBe(1);
    const history = await listConsents(stack.client(), rita.kp.did, { includeInactive: true });
    expect(history?.edges.map((e) => [e.node.id, e.node.live])).toEqual([[consent.id, false]]);
  });

  it('covers one named sender only, and others by trust distance when the consent says so', async () => {
    const { uma, vic, walt, tess } = people;
    await declareConsent(uma.client, uma.kp, { purposes: ['contact'], grantee: vic.kp.did });
    expect(await codeOf(dm('walt', 'uma'))).toBe('FORBIDDEN');
    expect(await codeOf(dm('vic', 'uma'))).toBe('OK');

    // uma → tess → walt is two hops: beyond the node's limit of one, within uma's consent of two.
    await vouchFor(uma.client, uma.kp, tess.kp.did, { weight: 50 });
    expect(await codeOf(dm('walt', 'uma'))).toBe('FORBIDDEN');
    await vouchFor(tess.client, tess.kp, walt.kp.did, { weight: 50 });
    expect(await codeOf(dm('walt', 'uma'))).toBe('FORBIDDEN');
    await declareConsent(uma.client, uma.kp, { purposes: ['contact'], maxTrustHops: 2 });
    expect(await codeOf(dm('walt', 'uma'))).toBe('OK');
  });

  it('lets a stranger in before the consent expires and no longer after', async () => {
    const { sam } = people;
    await declareConsent(sam.client, sam.kp, {
      purposes: ['contact'],
      expiresAt: new Date(stack.clock.now().getTime() + 60_000),
    });
    expect(await codeOf(dm('vic', 'sam'))).toBe('OK');
    stack.clock.offsetMs += 120_000;
    try {
      expect(await codeOf(dm('walt', 'sam'))).toBe('FORBIDDEN');
      const live = await listConsents(stack.client(), sam.kp.did);
      expect(live?.totalCount).toBe(0);
    } finally {
      stack.clock.offsetMs -= 120_000;
    }
  });

  it('refuses someone else revoking a consent and a consent to oneself, writing nothing', async () => {
    const { rita, sam } = people;
    const consent = await declareConsent(rita.client, rita.kp, {
      purposes: ['query'],
      maxFee: 500,
      currency: 'EUR',
    });
    const rows = async () =>
      Number(
        (await stack.sql<{ n: number }>('SELECT count(*)::int AS n FROM identity.consent_declarations'))[0].n,
      );
    const before = await rows();
    expect(await codeOf(revokeConsent(sam.client, sam.kp, consent.id))).toBe('FORBIDDEN');
    expect(
      await codeOf(declareConsent(rita.client, rita.kp, { purposes: ['query'], grantee: rita.kp.did })),
    ).toBe('BAD_USER_INPUT');
    expect(await rows()).toBe(before);
    expect((await getConsent(stack.client(), consent.id))?.live).toBe(true);
  });
});
