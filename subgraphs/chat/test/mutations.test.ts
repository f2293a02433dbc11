import { randomUUID } from 'node:crypto';

import { generateKeyPair, type KeyPair } from '@imajin/protocol';

import { startChatHarness, type ChatHarness } from './harness';
import {
  ADD_MEMBER,
  codeOf,
  CREATE_GROUP,
  DELETE,
  EDIT,
  group,
  MARK_READ,
  REMOVE_MEMBER,
  send,
  SEND,
  START_DIRECT,
} from './helpers';

interface Fixture {
  admin: KeyPair;
  member: KeyPair;
  stranger: KeyPair;
  conversationId: string;
  messageId: string;
}

interface Spec {
  name: string;
  mutation: string;
  type: string;
  /** A valid input and its signer. */
  valid(f: Fixture): { input: Record<string, unknown>; signer: KeyPair };
  /** The same input with one field changed to another well-formed value (so only the signature breaks). */
  tamper(input: Record<string, unknown>, f: Fixture): Record<string, unknown>;
  malformed(f: Fixture): Array<Record<string, unknown>>;
  /** A well-signed request by someone not allowed to do it, and the code it gets. */
  unauthorised?(f: Fixture): { input: Record<string, unknown>; signer: KeyPair; code: string };
}

const specs: Spec[] = [
  {
    name: 'startDirectConversation',
    mutation: START_DIRECT,
    type: 'mjn.chat.startDirect',
    valid: (f) => ({ input: { peer: f.stranger.did, encrypted: false }, signer: f.admin }),
    tamper: (input) => ({ ...input, encrypted: true }),
    malformed: (f) => [
      { peer: 'did:web:example.com', encrypted: false },
      { peer: f.admin.did, encrypted: false },
    ],
  },
  {
    name: 'createGroupConversation',
    mutation: CREATE_GROUP,
    type: 'mjn.chat.createGroup',
    valid: (f) => ({ input: { title: 'New', members: [f.member.did], encrypted: false }, signer: f.admin }),
    tamper: (input) => ({ ...input, title: 'Other' }),
    malformed: (f) => [
      { title: '', members: [], encrypted: false },
      { title: 'x'.repeat(101), members: [], encrypted: false },
      { title: 'ok', members: ['not-a-did'], encrypted: false },
      { title: 'ok', members: [f.member.did, f.member.did], encrypted: false },
      { title: 'ok', members: [f.admin.did], encrypted: false },
    ],
  },
  {
    name: 'addConversationMember',
    mutation: ADD_MEMBER,
    type: 'mjn.chat.addMember',
    valid: (f) => ({
      input: { conversationId: f.conversationId, member: f.stranger.did, admin: false },
      signer: f.admin,
    }),
    tamper: (input) => ({ ...input, admin: true }),
    malformed: (f) => [
      { conversationId: 'nope', member: f.stranger.did, admin: false },
      { conversationId: f.conversationId, member: 'nope', admin: false },
    ],
    unauthorised: (f) => ({
      input: { conversationId: f.conversationId, member: f.stranger.did, admin: false },
      signer: f.member,
      code: 'FORBIDDEN',
    }),
  },
  {
    name: 'removeConversationMember',
    mutation: REMOVE_MEMBER,
    type: 'mjn.chat.removeMember',
    valid: (f) => ({ input: { conversationId: f.conversationId, member: f.member.did }, signer: f.admin }),
    tamper: (input, f) => ({ ...input, member: f.admin.did }),
    malformed: (f) => [{ conversationId: f.conversationId, member: 'x' }],
    unauthorised: (f) => ({
      input: { conversationId: f.conversationId, member: f.admin.did },
      signer: f.member,
      code: 'FORBIDDEN',
    }),
  },
  {
    name: 'markRead',
    mutation: MARK_READ,
    type: 'mjn.chat.markRead',
    valid: (f) => ({ input: { conversationId: f.conversationId, upTo: 1 }, signer: f.member }),
    tamper: (input) => ({ ...input, upTo: 0 }),
    malformed: (f) => [
      { conversationId: f.conversationId, upTo: -1 },
      { conversationId: f.conversationId, upTo: 99 },
    ],
    unauthorised: (f) => ({
      input: { conversationId: f.conversationId, upTo: 1 },
      signer: f.stranger,
      code: 'FORBIDDEN',
    }),
  },
  {
    name: 'sendMessage',
    mutation: SEND,
    type: 'mjn.chat.message',
    valid: (f) => ({
      input: { conversationId: f.conversationId, body: 'hi', clientId: randomUUID() },
      signer: f.member,
    }),
    tamper: (input) => ({ ...input, body: 'forged' }),
    malformed: (f) => [
      { conversationId: f.conversationId, body: 'hi', clientId: 'has spaces' },
      { conversationId: f.conversationId, body: 'x'.repeat(16_385), clientId: 'c1' },
      { conversationId: f.conversationId, body: '   ', clientId: 'c1' },
      { conversationId: f.conversationId, body: 'hi', clientId: 'c1', replyTo: randomUUID() },
      {
        conversationId: f.conversationId,
        body: 'hi',
        clientId: 'c1',
        attachments: [{ url: 'http://insecure.example/x', contentHash: `sha256:${'a'.repeat(64)}` }],
      },
      {
        conversationId: f.conversationId,
        body: 'hi',
        clientId: 'c1',
        attachments: [{ url: 'https://cdn.example/x', contentHash: 'md5:abc' }],
      },
    ],
    unauthorised: (f) => ({
      input: { conversationId: f.conversationId, body: 'let me in', clientId: 'c1' },
      signer: f.stranger,
      code: 'FORBIDDEN',
    }),
  },
  {
    name: 'editMessage',
    mutation: EDIT,
    type: 'mjn.chat.editMessage',
    valid: (f) => ({ input: { messageId: f.messageId, body: 'edited' }, signer: f.admin }),
    tamper: (input) => ({ ...input, body: 'forged' }),
    malformed: (f) => [
      { messageId: 'x', body: 'edited' },
      { messageId: f.messageId, body: '' },
    ],
    unauthorised: (f) => ({
      input: { messageId: f.messageId, body: 'mine now' },
      signer: f.member,
      code: 'FORBIDDEN',
    }),
  },
  {
    name: 'deleteMessage',
    mutation: DELETE,
    type: 'mjn.chat.deleteMessage',
    valid: (f) => ({ input: { messageId: f.messageId }, signer: f.admin }),
    tamper: () => ({ messageId: randomUUID() }),
    malformed: () => [{ messageId: 'x' }],
    unauthorised: (f) => ({ input: { messageId: f.messageId }, signer: f.member, code: 'FORBIDDEN' }),
  },
];

describe('chat mutations reject bad requests and write nothing', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await startChatHarness();
  });
  afterAll(() => h.stop());

  /** Every row of every chat table (and the nonce log): any write changes it. */
  const state = async () =>
    JSON.stringify(
      await Promise.all(
        ['conversations', 'conversation_members', 'messages', 'message_revisions', 'proof_log'].map((t) =>
          h.sql(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${t} x`),
        ),
      ),
    );

  async function fixture(): Promise<Fixture> {
    const [admin, member, stranger] = [h.identity(), h.identity(), h.identity()];
    const g = await group(h, admin, [member]);
    const m = await send(h, admin, g.id, 'original');
    return { admin, member, stranger, conversationId: g.id, messageId: m.id };
  }

  const run = (spec: Spec, input: Record<string, unknown>, proof: Record<string, string>, viewer: string) =>
    h.gql(spec.mutation, { input, proof }, viewer);

  for (const spec of specs) {
    describe(spec.name, () => {
      it('rejects malformed input with BAD_USER_INPUT', async () => {
        const f = await fixture();
        const { signer } = spec.valid(f);
        const before = await state();
        for (const input of spec.malformed(f)) {
          const res = await run(spec, input, h.sign(spec.type, input, signer), signer.did);
          expect([JSON.stringify(input).slice(0, 80), codeOf(res)]).toEqual([
            JSON.stringify(input).slice(0, 80),
            'BAD_USER_INPUT',
          ]);
        }
        expect(await state()).toBe(before);
      });

      it('rejects a bad signature, a tampered field, a stale proof and an unknown signer', async () => {
        const f = await fixture();
        const { input, signer } = spec.valid(f);
        const before = await state();
        const proof = h.sign(spec.type, input, signer);
        const unsigned = await run(spec, input, { ...proof, signature: 'A'.repeat(86) }, signer.did);
        expect(codeOf(unsigned)).toBe('BAD_SIGNATURE');
        const tampered = await run(spec, spec.tamper(input, f), proof, signer.did);
        expect(codeOf(tampered)).toBe('BAD_SIGNATURE');
        const realNow = h.clock.now();
        h.clock.set(new Date(realNow.getTime() - 10 * 60_000));
        const staleProof = h.sign(spec.type, input, signer);
        h.clock.set(realNow);
        expect(codeOf(await run(spec, input, staleProof, signer.did))).toBe('BAD_SIGNATURE');
        const unknown = generateKeyPair();
        expect(codeOf(await run(spec, input, h.sign(spec.type, input, unknown), unknown.did))).toBe(
          'NOT_FOUND',
        );
        expect(await state()).toBe(before);
      });

      it('accepts the valid request once; a replayed nonce is refused or answered without a write', async () => {
        const f = await fixture();
        const { input, signer } = spec.valid(f);
        const proof = h.sign(spec.type, input, signer);
        const first = await run(spec, input, proof, signer.did);
        expect(first.errors).toBeUndefined();
        const after = await state();
        const replay = await run(spec, input, proof, signer.did);
        if (spec.name === 'sendMessage') {
          // The exact same signed message is a retry: answered with the stored message.
          expect(replay.data).toEqual(first.data);
        } else {
          expect(codeOf(replay)).toBe('BAD_SIGNATURE');
        }
        expect(await state()).toBe(after);
      });

      if (spec.unauthorised) {
        it('refuses a well-signed request from someone not allowed', async () => {
          const f = await fixture();
          const { input, signer, code } = spec.unauthorised!(f);
          const before = await state();
          const res = await run(spec, input, h.sign(spec.type, input, signer), signer.did);
          expect(codeOf(res)).toBe(code);
          expect(await state()).toBe(before);
        });
      }
    });
  }

  it('refuses a nonce reused for different content (BAD_SIGNATURE, REPLAYED)', async () => {
    const f = await fixture();
    const first = { conversationId: f.conversationId, body: 'a', clientId: 'n1' };
    const proof = h.sign('mjn.chat.message', first, f.member);
    expect((await h.gql(SEND, { input: first, proof }, f.member.did)).errors).toBeUndefined();
    const second = { conversationId: f.conversationId, body: 'b', clientId: 'n2' };
    const again = h.sign('mjn.chat.message', second, f.member);
    const before = await state();
    const res = await h.gql(SEND, { input: second, proof: { ...again, nonce: proof.nonce } }, f.member.did);
    expect(codeOf(res)).toBe('BAD_SIGNATURE');
    // Re-signed with the old nonce: the signature is valid, the nonce is not.
    const { signPayload } = await import('@imajin/protocol');
    const reused = signPayload('mjn.chat.message', second, f.member, {
      now: h.clock.now(),
      nonce: proof.nonce,
    });
    const res2 = await h.gql(SEND, { input: second, proof: reused.proof }, f.member.did);
    expect(res2.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_SIGNATURE', reason: 'REPLAYED' });
    expect(await state()).toBe(before);
  });
});
