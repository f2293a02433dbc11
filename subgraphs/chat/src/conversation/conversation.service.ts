import { randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import type { Proof } from '@imajin/protocol';
import { MjnActions } from '@imajin/protocol';
import {
  BadUserInputError,
  checkPageSize,
  ConflictError,
  decodeCursor,
  findCoveringConsent,
  ForbiddenError,
  NotFoundError,
  plainFields,
  signingKeyFromDirectory,
  toConnection,
  uniqueViolation,
  type Clock,
  type ConsentDirectory,
  type Connection,
  type IdentityDirectory,
  type ProofVerifier,
  type VerifiedProof,
  type TrustGraph,
  isPairCursor,
} from '@imajin/subgraph-common';

import { notifyChat } from '../realtime/chat-events';
import { checkDid, checkSeq, checkUuid } from '../validation';

import type {
  AddMemberInput,
  CreateGroupInput,
  MarkReadInput,
  RemoveMemberInput,
  StartDirectConversationInput,
} from './conversation.inputs';
import {
  CONVERSATION_COLUMNS,
  conversationCursor,
  directKey,
  MEMBER_COLUMNS,
  toConversation,
  type ConversationRow,
  type MemberRow,
} from './conversation.rows';
import { MemberRole, type Conversation } from './conversation.types';

export const ChatProofTypes = {
  startDirect: MjnActions.chat.startDirect,
  createGroup: MjnActions.chat.createGroup,
  addMember: MjnActions.chat.addMember,
  removeMember: MjnActions.chat.removeMember,
  markRead: MjnActions.chat.markRead,
  message: MjnActions.chat.message,
  editMessage: MjnActions.chat.editMessage,
  deleteMessage: MjnActions.chat.deleteMessage,
} as const;

export const MAX_GROUP_MEMBERS = 5000;
const MAX_INITIAL_MEMBERS = 1000;

export interface ChatPolicy {
  /** 0: anyone may open a DM; N: the peer must trust the initiator within N hops. */
  dmMaxTrustHops: number;
}

export interface Membership {
  conversation: ConversationRow;
  member: MemberRow;
}

export class ConversationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly trust: TrustGraph,
    private readonly clock: Clock,
    private readonly policy: ChatPolicy,
    private readonly consents: ConsentDirectory | null = null,
  ) {}

  private async verify(type: string, input: object, proof: Proof): Promise<VerifiedProof> {
    return this.proofs.verify({
      type,
      fields: plainFields(input),
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, proof.signer),
    });
  }

  /** Refuses DIDs identity does not know or has deactivated. */
  private async requireIdentities(dids: string[]): Promise<void> {
    const found = await this.directory.lookup(dids);
    for (const did of dids) {
      const entry = found.get(did);
      if (!entry) throw new NotFoundError(`No identity ${did} is registered`);
      if (!entry.active) throw new ForbiddenError(`Identity ${did} is deactivated`);
    }
  }

  async startDirect(input: StartDirectConversationInput, proof: Proof): Promise<Conversation> {
    checkDid(input.peer, 'peer');
    if (typeof input.encrypted !== 'boolean')
      throw new BadUserInputError('encrypted must be true or false', { field: 'encrypted' });
    if (input.peer === proof.signer)
      throw new BadUserInputError('A direct conversation needs another person', { field: 'peer' });
    const verified = await this.verify(ChatProofTypes.startDirect, input, proof);
    await this.requireIdentities([input.peer]);
    const key = directKey(verified.signer, input.peer);
    const now = this.clock.now();

    const existing = await this.findDirect(key);
    if (!existing && this.policy.dmMaxTrustHops > 0) {
      // The peer's trust graph decides who may reach them, so strangers cannot open DMs.
      const trusted = await this.trust.isTrusted(input.peer, verified.signer, this.policy.dmMaxTrustHops);
      if (!trusted && !(await this.peerConsentsToContact(input.peer, verified.signer, now)))
        throw new ForbiddenError(
          `${input.peer} accepts direct messages only from people within ${this.policy.dmMaxTrustHops} trust ` +
            'hops, or whom their consent for contact covers; ask someone they trust to vouch for you',
        );
    }
    try {
      const row = await this.dataSource.transaction(async (tx) => {
        await this.proofs.record(tx, verified);
        const found = await this.findDirect(key, tx);
        if (found) return this.sameEncryption(found, input.encrypted);
        const created = await this.insertConversation(tx, verified, now, {
          kind: 'DIRECT',
          title: null,
          encrypted: input.encrypted,
          directKey: key,
        });
        await this.insertMember(tx, created.id, verified.signer, MemberRole.MEMBER, verified, now);
        await this.insertMember(tx, created.id, input.peer, MemberRole.MEMBER, verified, now);
        await notifyChat(tx, { k: 'conv', c: created.id });
        return created;
      });
      return toConversation(row);
    } catch (error) {
      // Both sides opened the DM at once: the unique pair index let one win; answer with it.
      if (uniqueViolation(error) === null) throw error;
      const found = await this.findDirect(key);
      if (!found) throw error;
      return toConversation(this.sameEncryption(found, input.encrypted));
    }
  }

  /** Beyond the hop limit, the peer's own live `contact` consent can still let the sender in (SPEC.md §12). */
  private async peerConsentsToContact(peer: string, sender: string, now: Date): Promise<boolean> {
    if (!this.consents) return false;
    const consent = await findCoveringConsent(
      { consents: this.consents, trust: this.trust },
      peer,
      { requester: sender, purpose: 'contact' },
      now,
      this.policy.dmMaxTrustHops,
    );
    return consent !== null;
  }

  private sameEncryption(row: ConversationRow, encrypted: boolean): ConversationRow {
    if (row.encrypted !== encrypted)
      throw new ConflictError(
        `A direct conversation with this person already exists with encrypted=${row.encrypted}`,
        { conversationId: row.id },
      );
    return row;
  }

  private async findDirect(key: string, tx: EntityManager | DataSource = this.dataSource) {
    const rows: ConversationRow[] = await tx.query(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE direct_key = $1`,
      [key],
    );
    return rows[0] ?? null;
  }

  async createGroup(input: CreateGroupInput, proof: Proof): Promise<Conversation> {
    const title = typeof input.title === 'string' ? input.title.trim() : '';
    if (title.length < 1 || title.length > 100 || title !== input.title)
      throw new BadUserInputError('title must be 1–100 characters without leading or trailing spaces', {
        field: 'title',
      });
    if (typeof input.encrypted !== 'boolean')
      throw new BadUserInputError('encrypted must be true or false', { field: 'encrypted' });
    if (!Array.isArray(input.members) || input.members.length > MAX_INITIAL_MEMBERS)
      throw new BadUserInputError(`members must list at most ${MAX_INITIAL_MEMBERS} DIDs`, {
        field: 'members',
      });
    input.members.forEach((did, i) => checkDid(did, `members[${i}]`));
    if (new Set(input.members).size !== input.members.length || input.members.includes(proof.signer))
      throw new BadUserInputError('members must be distinct and must not include you', { field: 'members' });
    const verified = await this.verify(ChatProofTypes.createGroup, input, proof);
    await this.requireIdentities(input.members);
    const now = this.clock.now();
    const row = await this.dataSource.transaction(async (tx) => {
      await this.proofs.record(tx, verified);
      const created = await this.insertConversation(tx, verified, now, {
        kind: 'GROUP',
        title,
        encrypted: input.encrypted,
        directKey: null,
      });
      await this.insertMember(tx, created.id, verified.signer, MemberRole.ADMIN, verified, now);
      for (const did of input.members)
        await this.insertMember(tx, created.id, did, MemberRole.MEMBER, verified, now);
      await notifyChat(tx, { k: 'conv', c: created.id });
      return created;
    });
    return toConversation(row);
  }

  async addMember(input: AddMemberInput, proof: Proof): Promise<Conversation> {
    checkUuid(input.conversationId, 'conversationId');
    checkDid(input.member, 'member');
    if (typeof input.admin !== 'boolean')
      throw new BadUserInputError('admin must be true or false', { field: 'admin' });
    const verified = await this.verify(ChatProofTypes.addMember, input, proof);
    await this.requireIdentities([input.member]);
    const now = this.clock.now();
    const row = await this.dataSource.transaction(async (tx) => {
      const { conversation, member } = await this.lockMembership(tx, input.conversationId, verified.signer);
      // Claim the nonce first, so a replay reads as a replay; any later refusal rolls it back.
      await this.proofs.record(tx, verified);
      this.requireGroupAdmin(conversation, member);
      const current: Array<{ deleted_at: Date | null }> = await tx.query(
        'SELECT deleted_at FROM conversation_members WHERE conversation_id = $1 AND member_did = $2',
        [conversation.id, input.member],
      );
      if (current[0] && current[0].deleted_at === null)
        throw new ConflictError(`${input.member} is already a member`, { field: 'member' });
      const [{ n }]: Array<{ n: number }> = await tx.query(
        'SELECT count(*)::int AS n FROM conversation_members WHERE conversation_id = $1 AND deleted_at IS NULL',
        [conversation.id],
      );
      if (n >= MAX_GROUP_MEMBERS)
        throw new ConflictError(`A group holds at most ${MAX_GROUP_MEMBERS} members`);
      const role = input.admin ? MemberRole.ADMIN : MemberRole.MEMBER;
      if (current[0]) {
        // Rejoining starts unread counting from now: history before the removal stays readable.
        await tx.query(
          `UPDATE conversation_members SET role = $3, added_by = $4, joined_at = $5, signature = $6,
             signed_payload = $7, deleted_at = NULL, removed_by = NULL, removed_signature = NULL,
             removed_signed_payload = NULL, last_read_seq = GREATEST(last_read_seq, $8)
           WHERE conversation_id = $1 AND member_did = $2`,
          [
            conversation.id,
            input.member,
            role,
            verified.signer,
            now,
            verified.signature,
            verified.canonical,
            conversation.last_seq,
          ],
        );
      } else {
        await this.insertMember(tx, conversation.id, input.member, role, verified, now);
      }
      const updated = await this.touch(tx, conversation.id, now);
      await notifyChat(tx, { k: 'conv', c: conversation.id });
      return updated;
    });
    return toConversation(row);
  }

  async removeMember(input: RemoveMemberInput, proof: Proof): Promise<Conversation> {
    checkUuid(input.conversationId, 'conversationId');
    checkDid(input.member, 'member');
    const verified = await this.verify(ChatProofTypes.removeMember, input, proof);
    const now = this.clock.now();
    const row = await this.dataSource.transaction(async (tx) => {
      const { conversation, member } = await this.lockMembership(tx, input.conversationId, verified.signer);
      await this.proofs.record(tx, verified);
      if (conversation.kind !== 'GROUP')
        throw new BadUserInputError('Members of a direct conversation cannot be removed', {
          field: 'conversationId',
        });
      if (input.member !== verified.signer && member.role !== MemberRole.ADMIN)
        throw new ForbiddenError('Only an ADMIN of this group can remove other members');
      const [removed]: [unknown[], number] = await tx.query(
        `UPDATE conversation_members SET deleted_at = $3, removed_by = $4, removed_signature = $5,
           removed_signed_payload = $6
         WHERE conversation_id = $1 AND member_did = $2 AND deleted_at IS NULL RETURNING member_did`,
        [conversation.id, input.member, now, verified.signer, verified.signature, verified.canonical],
      );
      if (removed.length === 0)
        throw new NotFoundError(`${input.member} is not a member of this conversation`);
      const updated = await this.touch(tx, conversation.id, now);
      await notifyChat(tx, { k: 'left', c: conversation.id, did: input.member });
      return updated;
    });
    return toConversation(row);
  }

  async markRead(input: MarkReadInput, proof: Proof): Promise<Conversation> {
    checkUuid(input.conversationId, 'conversationId');
    checkSeq(input.upTo, 'upTo');
    const verified = await this.verify(ChatProofTypes.markRead, input, proof);
    const row = await this.dataSource.transaction(async (tx) => {
      const { conversation } = await this.lockMembership(tx, input.conversationId, verified.signer, false);
      await this.proofs.record(tx, verified);
      if (input.upTo > Number(conversation.last_seq))
        throw new BadUserInputError(
          `upTo ${input.upTo} is past the newest message (${conversation.last_seq})`,
          { field: 'upTo' },
        );
      await tx.query(
        `UPDATE conversation_members SET last_read_seq = GREATEST(last_read_seq, $3)
         WHERE conversation_id = $1 AND member_did = $2`,
        [conversation.id, verified.signer, input.upTo],
      );
      await notifyChat(tx, { k: 'conv', c: conversation.id, did: verified.signer });
      return conversation;
    });
    return toConversation(row);
  }

  private requireGroupAdmin(conversation: ConversationRow, member: MemberRow): void {
    if (conversation.kind !== 'GROUP')
      throw new BadUserInputError('Only group conversations have admins and added members', {
        field: 'conversationId',
      });
    if (member.role !== MemberRole.ADMIN) throw new ForbiddenError('Only an ADMIN of this group can do that');
  }

  /**
   * The conversation (row-locked when `lock`, which serialises writers of one conversation) and the
   * signer's membership; NOT_FOUND when it does not exist, FORBIDDEN when the signer is not a member.
   */
  async lockMembership(
    tx: EntityManager,
    conversationId: string,
    did: string,
    lock = true,
  ): Promise<Membership> {
    const rows: ConversationRow[] = await tx.query(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE id = $1 AND deleted_at IS NULL${lock ? ' FOR UPDATE' : ''}`,
      [conversationId],
    );
    if (!rows[0]) throw new NotFoundError(`No conversation ${conversationId}`);
    const member = await this.memberOf(conversationId, did, tx);
    if (!member) throw new ForbiddenError('You are not a member of this conversation');
    return { conversation: rows[0], member };
  }

  /** Read access for `did`: NOT_FOUND when missing, FORBIDDEN when not a member. */
  async requireMember(conversationId: string, did: string): Promise<Membership> {
    checkUuid(conversationId, 'conversationId');
    const [conversation] = await this.getMany([conversationId]);
    if (!conversation) throw new NotFoundError(`No conversation ${conversationId}`);
    const member = await this.memberOf(conversationId, did);
    if (!member) throw new ForbiddenError('You are not a member of this conversation');
    return { conversation, member };
  }

  private async memberOf(
    conversationId: string,
    did: string,
    tx: EntityManager | DataSource = this.dataSource,
  ) {
    const rows: MemberRow[] = await tx.query(
      `SELECT ${MEMBER_COLUMNS} FROM conversation_members
       WHERE conversation_id = $1 AND member_did = $2 AND deleted_at IS NULL`,
      [conversationId, did],
    );
    return rows[0] ?? null;
  }

  private async insertConversation(
    tx: EntityManager,
    verified: VerifiedProof,
    now: Date,
    fields: { kind: string; title: string | null; encrypted: boolean; directKey: string | null },
  ): Promise<ConversationRow> {
    const rows: ConversationRow[] = await tx.query(
      `INSERT INTO conversations (id, owner_did, kind, title, encrypted, direct_key, signature, signed_payload,
         created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING ${CONVERSATION_COLUMNS}`,
      [
        randomUUID(),
        verified.signer,
        fields.kind,
        fields.title,
        fields.encrypted,
        fields.directKey,
        verified.signature,
        verified.canonical,
        now,
      ],
    );
    return rows[0];
  }

  private async insertMember(
    tx: EntityManager,
    conversationId: string,
    did: string,
    role: MemberRole,
    verified: VerifiedProof,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO conversation_members (conversation_id, member_did, owner_did, role, added_by, joined_at,
         signature, signed_payload)
       VALUES ($1, $2, $2, $3, $4, $5, $6, $7)`,
      [conversationId, did, role, verified.signer, now, verified.signature, verified.canonical],
    );
  }

  private async touch(tx: EntityManager, conversationId: string, now: Date): Promise<ConversationRow> {
    const rows: [ConversationRow[], number] = await tx.query(
      `UPDATE conversations SET updated_at = $2 WHERE id = $1 RETURNING ${CONVERSATION_COLUMNS}`,
      [conversationId, now],
    );
    return rows[0][0];
  }

  // Reads, batched for DataLoaders.

  async getMany(ids: readonly string[]): Promise<Array<ConversationRow | null>> {
    const rows: ConversationRow[] = await this.dataSource.query(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async membershipsOf(did: string, ids: readonly string[]): Promise<Array<MemberRow | null>> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM conversation_members
       WHERE member_did = $1 AND conversation_id = ANY($2::uuid[]) AND deleted_at IS NULL`,
      [did, ids],
    );
    const byId = new Map(rows.map((r) => [r.conversation_id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async members(ids: readonly string[]): Promise<MemberRow[][]> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM conversation_members
       WHERE conversation_id = ANY($1::uuid[]) AND deleted_at IS NULL ORDER BY joined_at, member_did`,
      [ids],
    );
    return ids.map((id) => rows.filter((r) => r.conversation_id === id));
  }

  /** Messages from others after the member's read pointer, not deleted. */
  async unreadCounts(did: string, ids: readonly string[]): Promise<number[]> {
    const rows: Array<{ conversation_id: string; n: number }> = await this.dataSource.query(
      `SELECT m.conversation_id, count(*)::int AS n FROM messages m
       JOIN conversation_members cm ON cm.conversation_id = m.conversation_id AND cm.member_did = $1
       WHERE m.conversation_id = ANY($2::uuid[]) AND m.seq > cm.last_read_seq AND m.sender_did <> $1
         AND m.deleted_at IS NULL
       GROUP BY m.conversation_id`,
      [did, ids],
    );
    const byId = new Map(rows.map((r) => [r.conversation_id, r.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  /** The viewer's conversations, most recent activity first. */
  async list(
    did: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<Conversation>> {
    checkPageSize(first);
    const cursor = decodeCursor(after, isPairCursor);
    if (after && !cursor)
      throw new BadUserInputError('after is not a cursor from this list', { field: 'after' });
    const params: unknown[] = [did, first + 1];
    let where = '';
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where = 'AND (COALESCE(c.last_message_at, c.created_at), c.id) < ($3::timestamptz, $4::uuid)';
    }
    const cols = CONVERSATION_COLUMNS.split(', ')
      .map((c) => `c.${c}`)
      .join(', ');
    const rows: ConversationRow[] = await this.dataSource.query(
      `SELECT ${cols} FROM conversation_members cm JOIN conversations c ON c.id = cm.conversation_id
       WHERE cm.member_did = $1 AND cm.deleted_at IS NULL AND c.deleted_at IS NULL ${where}
       ORDER BY COALESCE(c.last_message_at, c.created_at) DESC, c.id DESC LIMIT $2`,
      params,
    );
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM conversation_members cm JOIN conversations c ON c.id = cm.conversation_id
       WHERE cm.member_did = $1 AND cm.deleted_at IS NULL AND c.deleted_at IS NULL`,
      [did],
    );
    return toConnection(rows.map(toConversation), first, n, conversationCursor);
  }
}
