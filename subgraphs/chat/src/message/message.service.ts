import { randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import type { Proof } from '@imajin/protocol';
import {
  BadUserInputError,
  ConflictError,
  decodeCursor,
  ForbiddenError,
  NotFoundError,
  plainFields,
  signingKeyFromDirectory,
  type Clock,
  type IdentityDirectory,
  type ProofVerifier,
  type VerifiedProof,
  LRUCache,
} from '@imajin/subgraph-common';

import { ChatProofTypes, type ConversationService } from '../conversation/conversation.service';
import { MemberRole } from '../conversation/conversation.types';
import { notifyChat } from '../realtime/chat-events';
import { checkUuid } from '../validation';

import type { DeleteMessageInput, EditMessageInput, SendMessageInput } from './message.inputs';
import { MESSAGE_COLUMNS, type MessageRow, type RevisionRow } from './message.rows';
import { checkAttachments, checkBody, checkClientId } from './message.validation';

export interface MessageLimits {
  maxBodyBytes: number;
  typingTimeoutMs: number;
}

type SeqCursor = ['m', number];
const isSeqCursor = (v: unknown): v is SeqCursor =>
  Array.isArray(v) && v.length === 2 && v[0] === 'm' && Number.isSafeInteger(v[1]) && (v[1] as number) >= 0;

function seqFrom(cursor: string | null | undefined, field: string): number | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = decodeCursor(cursor, isSeqCursor);
  if (!decoded) throw new BadUserInputError(`${field} is not a message cursor`, { field });
  return decoded[1];
}

export class MessageService {
  private readonly lastTyping = new LRUCache<string, number>({ max: 10_000 });

  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly conversations: ConversationService,
    private readonly clock: Clock,
    private readonly limits: MessageLimits,
  ) {}

  private async verify(type: string, input: object, proof: Proof, delegable = false): Promise<VerifiedProof> {
    return this.proofs.verify({
      type,
      fields: plainFields(input),
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, proof.signer),
      delegable,
    });
  }

  /**
   * Appends a signed message. The conversation row lock serialises senders, so `seq` is last_seq + 1 and
   * sequence numbers commit in order; the same (sender, clientId) returns the message already stored.
   */
  async send(input: SendMessageInput, proof: Proof): Promise<MessageRow> {
    checkUuid(input.conversationId, 'conversationId');
    checkClientId(input.clientId);
    if (input.replyTo != null) checkUuid(input.replyTo, 'replyTo');
    const attachments = checkAttachments(input.attachments);
    if (typeof input.body !== 'string')
      throw new BadUserInputError('body must be a string', { field: 'body' });
    // An agent may send for a person under a delegation: the message is then the person's (sender_did).
    const verified = await this.verify(ChatProofTypes.message, input, proof, true);
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const { conversation } = await this.conversations.lockMembership(
        tx,
        input.conversationId,
        verified.actor,
      );
      const existing: MessageRow[] = await tx.query(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND sender_did = $2 AND client_id = $3`,
        [conversation.id, verified.actor, input.clientId],
      );
      if (existing[0]) {
        // A retry is answered without recording its nonce, but an agent's still needs its delegation.
        await this.proofs.authoriseDelegation(verified);
        return this.retried(existing[0], input, attachments);
      }
      if (verified.onBehalfOf && conversation.encrypted)
        throw new ForbiddenError(
          "An agent cannot write to an encrypted conversation for someone: it does not hold that person's keys",
        );
      const [{ n }]: Array<{ n: number }> = await tx.query(
        'SELECT count(*)::int AS n FROM conversation_members WHERE conversation_id = $1 AND deleted_at IS NULL',
        [conversation.id],
      );
      checkBody(input.body, {
        encrypted: conversation.encrypted,
        maxBytes: this.limits.maxBodyBytes,
        members: n,
        hasAttachments: attachments.length > 0,
        sender: verified.actor,
      });
      if (input.replyTo != null) {
        const target: unknown[] = await tx.query(
          'SELECT 1 FROM messages WHERE id = $1 AND conversation_id = $2',
          [input.replyTo, conversation.id],
        );
        if (target.length === 0)
          throw new BadUserInputError('replyTo must be a message of the same conversation', {
            field: 'replyTo',
          });
      }
      await this.proofs.record(tx, verified);
      const id = randomUUID();
      const [[{ last_seq: seq }]]: [Array<{ last_seq: string }>, number] = await tx.query(
        `UPDATE conversations SET last_seq = last_seq + 1, last_message_id = $2, last_message_at = $3,
           updated_at = $3
         WHERE id = $1 RETURNING last_seq`,
        [conversation.id, id, now],
      );
      const rows: MessageRow[] = await tx.query(
        `INSERT INTO messages (id, conversation_id, seq, owner_did, sender_did, client_id, body, reply_to,
           attachments, signature, signed_payload, created_at, agent_did)
         VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12) RETURNING ${MESSAGE_COLUMNS}`,
        [
          id,
          conversation.id,
          seq,
          verified.actor,
          input.clientId,
          input.body,
          input.replyTo ?? null,
          JSON.stringify(attachments),
          verified.signature,
          verified.canonical,
          now,
          verified.onBehalfOf ? verified.signer : null,
        ],
      );
      await this.insertRevision(tx, rows[0], 'SEND', verified, now);
      await notifyChat(tx, { k: 'msg', c: conversation.id, id, s: Number(seq) });
      return rows[0];
    });
  }

  /** A retried send: the same content answers with the stored message; other content is a conflict. */
  private retried(row: MessageRow, input: SendMessageInput, attachments: unknown[]): MessageRow {
    const same =
      row.body === input.body &&
      (row.reply_to ?? null) === (input.replyTo ?? null) &&
      JSON.stringify(row.attachments) === JSON.stringify(attachments);
    if (!same)
      throw new ConflictError(
        `clientId ${input.clientId} was already used for a different message; use a new clientId`,
        { field: 'clientId', messageId: row.id },
      );
    return row;
  }

  async edit(input: EditMessageInput, proof: Proof): Promise<MessageRow> {
    checkUuid(input.messageId, 'messageId');
    const attachments = checkAttachments(input.attachments);
    if (typeof input.body !== 'string')
      throw new BadUserInputError('body must be a string', { field: 'body' });
    const verified = await this.verify(ChatProofTypes.editMessage, input, proof);
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const { row, conversation } = await this.lockMessage(tx, input.messageId, verified);
      if (row.sender_did !== verified.signer) throw new ForbiddenError('Only the sender can edit a message');
      const [{ n }]: Array<{ n: number }> = await tx.query(
        'SELECT count(*)::int AS n FROM conversation_members WHERE conversation_id = $1 AND deleted_at IS NULL',
        [conversation.id],
      );
      checkBody(input.body, {
        encrypted: conversation.encrypted,
        maxBytes: this.limits.maxBodyBytes,
        members: n,
        hasAttachments: attachments.length > 0,
        sender: verified.signer,
      });
      const [rows]: [MessageRow[], number] = await tx.query(
        `UPDATE messages SET body = $2, attachments = $3::jsonb, revision = revision + 1, edited_at = $4,
           signature = $5, signed_payload = $6
         WHERE id = $1 RETURNING ${MESSAGE_COLUMNS}`,
        [row.id, input.body, JSON.stringify(attachments), now, verified.signature, verified.canonical],
      );
      await this.insertRevision(tx, rows[0], 'EDIT', verified, now);
      await tx.query('UPDATE conversations SET updated_at = $2 WHERE id = $1', [conversation.id, now]);
      await notifyChat(tx, { k: 'upd', c: conversation.id, id: row.id });
      return rows[0];
    });
  }

  /** Soft delete: the body is hidden from readers; every signed revision stays in message_revisions. */
  async delete(input: DeleteMessageInput, proof: Proof): Promise<MessageRow> {
    checkUuid(input.messageId, 'messageId');
    const verified = await this.verify(ChatProofTypes.deleteMessage, input, proof);
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const { row, conversation, role } = await this.lockMessage(tx, input.messageId, verified);
      const moderator = conversation.kind === 'GROUP' && role === MemberRole.ADMIN;
      if (row.sender_did !== verified.signer && !moderator)
        throw new ForbiddenError('Only the sender or a group ADMIN can delete a message');
      const [rows]: [MessageRow[], number] = await tx.query(
        `UPDATE messages SET revision = revision + 1, deleted_at = $2, signature = $3, signed_payload = $4
         WHERE id = $1 RETURNING ${MESSAGE_COLUMNS}`,
        [row.id, now, verified.signature, verified.canonical],
      );
      await this.insertRevision(tx, rows[0], 'DELETE', verified, now);
      await tx.query('UPDATE conversations SET updated_at = $2 WHERE id = $1', [conversation.id, now]);
      await notifyChat(tx, { k: 'upd', c: conversation.id, id: row.id });
      return rows[0];
    });
  }

  private async lockMessage(tx: EntityManager, messageId: string, verified: VerifiedProof) {
    const signer = verified.signer;
    const rows: MessageRow[] = await tx.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE id = $1 FOR UPDATE`,
      [messageId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundError(`No message ${messageId}`);
    const { conversation, member } = await this.conversations.lockMembership(
      tx,
      row.conversation_id,
      signer,
      false,
    );
    // Claim the nonce before state checks, so a replay reads as a replay; a refusal rolls it back.
    await this.proofs.record(tx, verified);
    if (row.deleted_at) throw new ConflictError('This message is already deleted', { field: 'messageId' });
    return { row, conversation, role: member.role };
  }

  private async insertRevision(
    tx: EntityManager,
    row: MessageRow,
    action: 'SEND' | 'EDIT' | 'DELETE',
    verified: VerifiedProof,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO message_revisions (message_id, revision, owner_did, action, body, attachments, signature,
         signed_payload, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)`,
      [
        row.id,
        row.revision,
        verified.actor,
        action,
        action === 'DELETE' ? null : row.body,
        action === 'DELETE' ? null : JSON.stringify(row.attachments),
        verified.signature,
        verified.canonical,
        now,
      ],
    );
  }

  /**
   * A contiguous window of history, oldest first: after `after`, before `before`, or the newest `limit`.
   * Deleted messages stay in place as tombstones so sequence numbers never skip.
   */
  async window(
    conversationId: string,
    viewerDid: string,
    args: { before?: string | null; after?: string | null; limit: number },
  ): Promise<MessageRow[]> {
    if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > 200)
      throw new BadUserInputError('limit must be between 1 and 200', { field: 'limit' });
    const after = seqFrom(args.after, 'after');
    const before = seqFrom(args.before, 'before');
    const { conversation } = await this.conversations.requireMember(conversationId, viewerDid);
    const lastSeq = Number(conversation.last_seq);
    const limit = args.limit;
    if (after !== null) {
      const rows: MessageRow[] = await this.dataSource.query(
        `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND seq > $2 AND seq < $3
         ORDER BY seq LIMIT $4`,
        [conversationId, after, before ?? lastSeq + 1, limit],
      );
      return rows;
    }
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND seq < $2
       ORDER BY seq DESC LIMIT $3`,
      [conversationId, before ?? lastSeq + 1, limit],
    );
    return rows.reverse();
  }

  async getMany(ids: readonly string[]): Promise<Array<MessageRow | null>> {
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async revisions(ids: readonly string[]): Promise<RevisionRow[][]> {
    const rows: RevisionRow[] = await this.dataSource.query(
      `SELECT message_id, revision, action, body, attachments, signature, signed_payload, created_at
       FROM message_revisions WHERE message_id = ANY($1::uuid[]) AND deleted_at IS NULL
       ORDER BY message_id, revision`,
      [ids],
    );
    return ids.map((id) => rows.filter((r) => r.message_id === id));
  }

  /**
   * Typing is ephemeral: announced to every instance, never stored; it lapses after the timeout. A client
   * repeating `typing: true` on every keystroke is announced at most once per second.
   */
  async setTyping(conversationId: string, did: string, typing: boolean): Promise<void> {
    await this.conversations.requireMember(conversationId, did);
    const key = `${conversationId} ${did}`;
    const now = Date.now();
    if (typing && now - (this.lastTyping.get(key) ?? 0) < 1000) return;
    if (typing) this.lastTyping.set(key, now);
    else this.lastTyping.delete(key);
    await notifyChat(this.dataSource, {
      k: 'typing',
      c: conversationId,
      did,
      typing,
      ms: this.limits.typingTimeoutMs,
    });
  }
}
