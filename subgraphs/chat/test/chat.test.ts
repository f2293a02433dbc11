import { randomUUID } from 'node:crypto';

import { decryptChatMessage, encryptChatMessage, verifyProof, type KeyPair } from '@imajin/protocol';
import { queryEntities } from '@imajin/subgraph-common/testing';

import { CONVERSATION_FIELDS, startChatHarness, type ChatHarness } from './harness';
import {
  ADD_MEMBER,
  codeOf,
  DELETE,
  EDIT,
  group,
  MARK_READ,
  MESSAGES,
  REMOVE_MEMBER,
  send,
  SEND,
  signed,
  START_DIRECT,
} from './helpers';

type Conv = { id: string; kind: string; memberCount: number; unreadCount: number; lastReadSeq: number };

describe('chat', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await startChatHarness();
  });
  afterAll(() => h.stop());

  const direct = (from: KeyPair, peer: string, encrypted = false) =>
    h.gql<{ startDirectConversation: Conv }>(
      START_DIRECT,
      { input: { peer, encrypted }, proof: h.sign('mjn.chat.startDirect', { peer, encrypted }, from) },
      from.did,
    );

  describe('direct conversations', () => {
    it('are unique per pair, whoever opens them', async () => {
      const [a, b] = [h.identity(), h.identity()];
      const first = await direct(a, b.did);
      const second = await direct(b, a.did);
      expect(first.data?.startDirectConversation).toMatchObject({ kind: 'DIRECT', memberCount: 2 });
      expect(second.data?.startDirectConversation.id).toBe(first.data?.startDirectConversation.id);
      const rows = await h.sql('SELECT id FROM conversations WHERE direct_key LIKE $1', [`%${a.did}%`]);
      expect(rows).toHaveLength(1);
      expect(codeOf(await direct(a, b.did, true))).toBe('CONFLICT');
    });

    it('refuses an unknown peer with NOT_FOUND', async () => {
      const a = h.identity();
      const { generateKeyPair } = await import('@imajin/protocol');
      expect(codeOf(await direct(a, generateKeyPair().did))).toBe('NOT_FOUND');
    });

    it('can require the peer to trust the initiator within N hops (asked of trust, not its tables)', async () => {
      const t = await startChatHarness({ dmMaxTrustHops: 2 });
      try {
        const [a, b] = [t.identity(), t.identity()];
        const input = { peer: b.did, encrypted: false };
        const refused = await t.gql(
          START_DIRECT,
          { input, proof: t.sign('mjn.chat.startDirect', input, a) },
          a.did,
        );
        expect(codeOf(refused)).toBe('FORBIDDEN');
        expect(t.trust.calls).toEqual([[b.did, a.did, 2]]);
        expect(await t.count('conversations')).toBe(0);
        t.trust.allow(b.did, a.did);
        const ok = await t.gql(
          START_DIRECT,
          { input, proof: t.sign('mjn.chat.startDirect', input, a) },
          a.did,
        );
        expect(ok.errors).toBeUndefined();
        expect(await t.count('conversations')).toBe(1);
      } finally {
        await t.stop();
      }
    });
    it("lets a stranger beyond the hop limit in when the peer's live contact consent covers them", async () => {
      const t = await startChatHarness({ dmMaxTrustHops: 2 });
      try {
        const [a, b, c] = [t.identity(), t.identity(), t.identity()];
        const open = (from: typeof a, peer: string) => {
          const input = { peer, encrypted: false };
          return t.gql(START_DIRECT, { input, proof: t.sign('mjn.chat.startDirect', input, from) }, from.did);
        };
        const consent = (terms: Record<string, unknown>) => ({
          id: `c${t.consents.consents.length}`,
          grantor: b.did,
          ...terms,
          purposes: ['contact'],
        });
        // A consent for another purpose or another person does not count.
        t.consents.consents.push({ ...consent({}), purposes: ['query'] }, consent({ grantee: c.did }));
        expect(codeOf(await open(a, b.did))).toBe('FORBIDDEN');

        // A trust bound beyond the node's limit: the trust graph is asked with the consent's bound.
        t.consents.consents.push(consent({ maxTrustHops: 4 }));
        t.trust.calls = [];
        expect(codeOf(await open(a, b.did))).toBe('FORBIDDEN');
        expect(t.trust.calls).toEqual([
          [b.did, a.did, 2],
          [b.did, a.did, 4],
        ]);
        expect(await t.count('conversations')).toBe(0);

        // Named consent: c gets in, a still does not.
        const named = await open(c, b.did);
        expect(named.errors).toBeUndefined();

        // An expired consent for anyone does not count; a live one does.
        const past = new Date(t.clock.now().getTime() - 1000).toISOString();
        t.consents.consents.push(consent({ expiresAt: past }));
        expect(codeOf(await open(a, b.did))).toBe('FORBIDDEN');
        t.consents.consents.push(consent({}));
        const ok = await open(a, b.did);
        expect(ok.errors).toBeUndefined();
        expect(await t.count('conversations')).toBe(2);
      } finally {
        await t.stop();
      }
    });
  });

  describe('groups', () => {
    it('let admins add and remove members, members leave, and the removed lose access', async () => {
      const [admin, m1, m2] = [h.identity(), h.identity(), h.identity()];
      const g = await group(h, admin, [m1]);
      await signed(
        h,
        ADD_MEMBER,
        'addConversationMember',
        'mjn.chat.addMember',
        { conversationId: g.id, member: m2.did, admin: false },
        admin,
      );
      const again = { conversationId: g.id, member: m2.did, admin: false };
      expect(
        codeOf(
          await h.gql(
            ADD_MEMBER,
            { input: again, proof: h.sign('mjn.chat.addMember', again, admin) },
            admin.did,
          ),
        ),
      ).toBe('CONFLICT');
      const left = await signed<{ memberCount: number }>(
        h,
        REMOVE_MEMBER,
        'removeConversationMember',
        'mjn.chat.removeMember',
        { conversationId: g.id, member: m1.did },
        m1,
      );
      expect(left.memberCount).toBe(2);
      expect(codeOf(await h.gql(MESSAGES, { c: g.id }, m1.did))).toBe('FORBIDDEN');
      expect(
        codeOf(await h.gql(`query($id: ID!) { conversation(id: $id) { id } }`, { id: g.id }, m1.did)),
      ).toBe('FORBIDDEN');
      // Re-adding restores access; membership history keeps the latest proof.
      await signed(
        h,
        ADD_MEMBER,
        'addConversationMember',
        'mjn.chat.addMember',
        { conversationId: g.id, member: m1.did, admin: true },
        admin,
      );
      const view = await h.gql<{ conversation: { viewerRole: string } }>(
        `query($id: ID!) { conversation(id: $id) { viewerRole } }`,
        { id: g.id },
        m1.did,
      );
      expect(view.data?.conversation.viewerRole).toBe('ADMIN');
    });
  });

  describe('messages', () => {
    it('are numbered gap-free under concurrent sends, and pages walk history both ways', async () => {
      const [a, b] = [h.identity(), h.identity()];
      const g = await group(h, a, [b]);
      await Promise.all(Array.from({ length: 30 }, (_, i) => send(h, i % 2 ? a : b, g.id, `m${i}`)));
      const seqs = (
        await h.sql<{ seq: string }>('SELECT seq FROM messages WHERE conversation_id = $1 ORDER BY seq', [
          g.id,
        ])
      ).map((r) => Number(r.seq));
      expect(seqs).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));

      type Page = { messages: Array<{ seq: number; cursor: string }> };
      const seqsOf = (p: Page) => p.messages.map((m) => m.seq);
      const latest = (await h.gql<Page>(MESSAGES, { c: g.id, limit: 10 }, b.did)).data!;
      expect(seqsOf(latest)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
      const older = (
        await h.gql<Page>(MESSAGES, { c: g.id, before: latest.messages[0].cursor, limit: 15 }, b.did)
      ).data!;
      expect(seqsOf(older)).toEqual(Array.from({ length: 15 }, (_, i) => i + 6));
      const next = (
        await h.gql<Page>(MESSAGES, { c: g.id, after: older.messages[14].cursor, limit: 3 }, b.did)
      ).data!;
      expect(seqsOf(next)).toEqual([21, 22, 23]);
      const between = (
        await h.gql<Page>(
          MESSAGES,
          { c: g.id, after: older.messages[0].cursor, before: older.messages[3].cursor },
          b.did,
        )
      ).data!;
      expect(seqsOf(between)).toEqual([7, 8]);
      const tail = (await h.gql<Page>(MESSAGES, { c: g.id, after: latest.messages[9].cursor }, b.did)).data!;
      expect(tail.messages).toEqual([]);

      expect(codeOf(await h.gql(MESSAGES, { c: g.id, after: 'garbage' }, b.did))).toBe('BAD_USER_INPUT');
      expect(codeOf(await h.gql(MESSAGES, { c: g.id, limit: 0 }, b.did))).toBe('BAD_USER_INPUT');
      expect(codeOf(await h.gql(MESSAGES, { c: g.id }, h.identity().did))).toBe('FORBIDDEN');
      expect(codeOf(await h.gql(MESSAGES, { c: randomUUID() }, b.did))).toBe('NOT_FOUND');
      expect(codeOf(await h.gql(MESSAGES, { c: g.id }, null))).toBe('UNAUTHENTICATED');
    });

    it('are idempotent per clientId: a retry returns the stored message, other content is a CONFLICT', async () => {
      const [a, b] = [h.identity(), h.identity()];
      const g = await group(h, a, [b]);
      const input = { conversationId: g.id, body: 'once', clientId: 'retry-1' };
      const first = await h.gql<{ sendMessage: { id: string } }>(
        SEND,
        { input, proof: h.sign('mjn.chat.message', input, a) },
        a.did,
      );
      const retry = await h.gql<{ sendMessage: { id: string } }>(
        SEND,
        { input, proof: h.sign('mjn.chat.message', input, a) },
        a.did,
      );
      expect(retry.data?.sendMessage.id).toBe(first.data?.sendMessage.id);
      const other = { ...input, body: 'twice' };
      expect(
        codeOf(await h.gql(SEND, { input: other, proof: h.sign('mjn.chat.message', other, a) }, a.did)),
      ).toBe('CONFLICT');
      expect(await h.sql('SELECT id FROM messages WHERE conversation_id = $1', [g.id])).toHaveLength(1);
    });

    it('store the canonical payload and signature, replies and attachments', async () => {
      const [a, b] = [h.identity(), h.identity()];
      const g = await group(h, a, [b]);
      const first = await send(h, a, g.id, 'question');
      const attachments = [
        {
          url: 'https://cdn.example/cat.png',
          contentHash: `sha256:${'0'.repeat(64)}`,
          name: 'cat.png',
          mimeType: 'image/png',
          size: 1234,
        },
      ];
      const reply = await send(h, b, g.id, 'answer', { replyTo: first.id, attachments });
      expect(reply).toMatchObject({ replyTo: { id: first.id }, attachments });
      const [row] = await h.sql<{ signed_payload: string; signature: string }>(
        'SELECT signed_payload, signature FROM messages WHERE id = $1',
        [reply.id],
      );
      const payload = JSON.parse(row.signed_payload) as Record<string, unknown>;
      expect(payload).toMatchObject({
        type: 'mjn.chat.message',
        body: 'answer',
        replyTo: first.id,
        signer: b.did,
      });
      const { type, signer, createdAt, nonce, ...fields } = payload;
      expect(() =>
        verifyProof(type as string, fields, { signer, createdAt, nonce, signature: row.signature } as never, {
          publicKey: b.publicKey,
          now: h.clock.now(),
        }),
      ).not.toThrow();
    });

    it('edit and delete softly, keeping every signed revision', async () => {
      const [a, b] = [h.identity(), h.identity()];
      const g = await group(h, a, [b]);
      const m = await send(h, a, g.id, 'v1');
      const edited = await signed<{ body: string; revision: number; revisions: Array<{ body: string }> }>(
        h,
        EDIT,
        'editMessage',
        'mjn.chat.editMessage',
        { messageId: m.id, body: 'v2' },
        a,
      );
      expect(edited).toMatchObject({ body: 'v2', revision: 2 });
      expect(edited.revisions.map((r) => r.body)).toEqual(['v1', 'v2']);
      const deleted = await signed<{
        body: null;
        deletedAt: string;
        revisions: Array<{ action: string; body: null; signedPayload: null }>;
      }>(h, DELETE, 'deleteMessage', 'mjn.chat.deleteMessage', { messageId: m.id }, a);
      expect(deleted.body).toBeNull();
      expect(deleted.deletedAt).not.toBeNull();
      expect(deleted.revisions.map((r) => [r.action, r.body, r.signedPayload])).toEqual([
        ['SEND', null, null],
        ['EDIT', null, null],
        ['DELETE', null, null],
      ]);
      // History stays in the table for audit; readers see a tombstone at the same seq.
      expect(
        await h.sql('SELECT action FROM message_revisions WHERE message_id = $1 ORDER BY revision', [m.id]),
      ).toEqual([{ action: 'SEND' }, { action: 'EDIT' }, { action: 'DELETE' }]);
      const page = await h.gql<{ messages: Array<{ seq: number; body: string | null }> }>(
        MESSAGES,
        { c: g.id },
        b.did,
      );
      expect(page.data?.messages).toEqual([expect.objectContaining({ seq: 1, body: null })]);
      const again = { messageId: m.id, body: 'v3' };
      expect(
        codeOf(await h.gql(EDIT, { input: again, proof: h.sign('mjn.chat.editMessage', again, a) }, a.did)),
      ).toBe('CONFLICT');
    });
  });

  describe('conversations list', () => {
    it("lists the viewer's conversations by activity with unread counts and last message", async () => {
      const [me, x, y] = [h.identity(), h.identity(), h.identity()];
      const g1 = await group(h, x, [me]);
      const g2 = await group(h, y, [me]);
      await send(h, x, g1.id, 'x1');
      await send(h, y, g2.id, 'y1');
      h.clock.advance(1000);
      await send(h, x, g1.id, 'x2');
      await send(h, me, g1.id, 'mine');
      const LIST = `query($first: Int, $after: String) { conversations(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { ${CONVERSATION_FIELDS} } } } }`;
      type List = {
        conversations: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { id: string; unreadCount: number; lastMessage: { body: string } } }>;
        };
      };
      const page1 = (await h.gql<List>(LIST, { first: 1 }, me.did)).data!.conversations;
      expect(page1.totalCount).toBe(2);
      expect(page1.edges.map((e) => [e.node.id, e.node.unreadCount, e.node.lastMessage.body])).toEqual([
        [g1.id, 2, 'mine'],
      ]);
      const page2 = (await h.gql<List>(LIST, { first: 1, after: page1.pageInfo.endCursor }, me.did)).data!
        .conversations;
      expect(page2.edges.map((e) => [e.node.id, e.node.unreadCount])).toEqual([[g2.id, 1]]);
      expect(page2.pageInfo.hasNextPage).toBe(false);

      const read = await signed<{ lastReadSeq: number; unreadCount: number }>(
        h,
        MARK_READ,
        'markRead',
        'mjn.chat.markRead',
        { conversationId: g1.id, upTo: 2 },
        me,
      );
      expect(read).toEqual({ id: g1.id, lastReadSeq: 2, unreadCount: 0 });
      // The pointer never moves back.
      const back = await signed<{ lastReadSeq: number }>(
        h,
        MARK_READ,
        'markRead',
        'mjn.chat.markRead',
        { conversationId: g1.id, upTo: 1 },
        me,
      );
      expect(back.lastReadSeq).toBe(2);
      expect(codeOf(await h.gql(LIST, {}, null))).toBe('UNAUTHENTICATED');
    });
  });

  describe('end-to-end encryption', () => {
    it('stores envelopes it cannot read and refuses plaintext in an encrypted conversation', async () => {
      const [a, b] = [h.identity(), h.identity()];
      const g = await group(h, a, [b], true);
      const plain = { conversationId: g.id, body: 'oops, plaintext', clientId: 'p1' };
      expect(
        codeOf(await h.gql(SEND, { input: plain, proof: h.sign('mjn.chat.message', plain, a) }, a.did)),
      ).toBe('BAD_USER_INPUT');
      const byB = await encryptChatMessage('not from a', b, [a], g.id);
      const mislabelled = { conversationId: g.id, body: byB, clientId: 'p2' };
      const res = await h.gql(
        SEND,
        { input: mislabelled, proof: h.sign('mjn.chat.message', mislabelled, a) },
        a.did,
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const body = await encryptChatMessage('secret plans', a, [b], g.id);
      const m = await send(h, a, g.id, body);
      const [row] = await h.sql<{ body: string }>('SELECT body FROM messages WHERE id = $1', [m.id]);
      expect(row.body).not.toContain('secret');
      const fetched = await h.gql<{ messages: Array<{ body: string }> }>(MESSAGES, { c: g.id }, b.did);
      expect(await decryptChatMessage(fetched.data!.messages[0].body, b, a.publicKey, g.id)).toBe(
        'secret plans',
      );
    });
  });

  describe('federation', () => {
    it('resolves Conversation and Message entities for members only', async () => {
      const [a, b, stranger] = [h.identity(), h.identity(), h.identity()];
      const g = await group(h, a, [b]);
      const m = await send(h, a, g.id, 'entity');
      const url = h.chats[0].url;
      const conv = await queryEntities(
        url,
        h.gateway.headers(b.did),
        [{ __typename: 'Conversation', id: g.id }],
        'Conversation',
        'id title kind',
      );
      expect(conv.data?._entities).toEqual([{ id: g.id, title: 'Team', kind: 'GROUP' }]);
      const msg = await queryEntities(
        url,
        h.gateway.headers(b.did),
        [{ __typename: 'Message', id: m.id }],
        'Message',
        'id body seq sender { did }',
      );
      expect(msg.data?._entities).toEqual([{ id: m.id, body: 'entity', seq: 1, sender: { did: a.did } }]);
      const refused = await queryEntities(
        url,
        h.gateway.headers(stranger.did),
        [{ __typename: 'Message', id: m.id }],
        'Message',
        'id body',
      );
      expect(refused.data?._entities).toEqual([null]);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const missing = await queryEntities(
        url,
        h.gateway.headers(b.did),
        [{ __typename: 'Conversation', id: randomUUID() }],
        'Conversation',
        'id',
      );
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });
});
