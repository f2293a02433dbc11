import { Conversation, ConversationKind, ConversationMember, MemberRole } from './conversation.types';

export interface ConversationRow {
  id: string;
  owner_did: string;
  kind: string;
  title: string | null;
  encrypted: boolean;
  direct_key: string | null;
  last_seq: string;
  last_message_id: string | null;
  last_message_at: Date | null;
  signature: string;
  signed_payload: string;
  created_at: Date;
  updated_at: Date;
}

export const CONVERSATION_COLUMNS =
  'id, owner_did, kind, title, encrypted, direct_key, last_seq, last_message_id, last_message_at, signature, ' +
  'signed_payload, created_at, updated_at';

export interface MemberRow {
  conversation_id: string;
  member_did: string;
  role: string;
  added_by: string;
  joined_at: Date;
  last_read_seq: string;
}

export const MEMBER_COLUMNS = 'conversation_id, member_did, role, added_by, joined_at, last_read_seq';

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    kind: row.kind as ConversationKind,
    title: row.title,
    encrypted: row.encrypted,
    lastSeq: Number(row.last_seq),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signature: row.signature,
    signedPayload: row.signed_payload,
    ownerDid: row.owner_did,
    lastMessageId: row.last_message_id,
    lastActivityAt: row.last_message_at ?? row.created_at,
  };
}

export function toMember(row: MemberRow): ConversationMember {
  return {
    role: row.role as MemberRole,
    joinedAt: row.joined_at,
    lastReadSeq: Number(row.last_read_seq),
    did: row.member_did,
    addedByDid: row.added_by,
  };
}

/** Conversations are listed newest activity first; the cursor is that sort key. */
export const conversationCursor = (c: Conversation) => [c.lastActivityAt.toISOString(), c.id];

/** The unique key of a direct conversation: its two DIDs, sorted. */
export const directKey = (a: string, b: string) => [a, b].sort().join(' ');
