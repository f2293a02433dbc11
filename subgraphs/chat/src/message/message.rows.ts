import { encodeCursor } from '@imajin/subgraph-common';

import { Attachment, Message, MessageRevision, RevisionAction } from './message.types';

export interface MessageRow {
  id: string;
  conversation_id: string;
  seq: string;
  sender_did: string;
  client_id: string;
  body: string;
  reply_to: string | null;
  attachments: Attachment[];
  revision: number;
  signature: string;
  signed_payload: string;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  /** The agent that sent it for sender_did under a delegation. */
  agent_did: string | null;
}

export const MESSAGE_COLUMNS =
  'id, conversation_id, seq, sender_did, client_id, body, reply_to, attachments, revision, signature, ' +
  'signed_payload, created_at, edited_at, deleted_at, agent_did';

export interface RevisionRow {
  message_id: string;
  revision: number;
  action: string;
  body: string | null;
  attachments: Attachment[] | null;
  signature: string;
  signed_payload: string;
  created_at: Date;
}

export const messageCursor = (seq: number) => encodeCursor(['m', seq]);

export function toMessage(row: MessageRow): Message {
  const seq = Number(row.seq);
  const deleted = row.deleted_at !== null;
  return {
    id: row.id,
    seq,
    cursor: messageCursor(seq),
    clientId: row.client_id,
    body: deleted ? null : row.body,
    attachments: deleted ? [] : row.attachments,
    revision: row.revision,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
    signature: row.signature,
    signedPayload: row.signed_payload,
    conversationId: row.conversation_id,
    senderDid: row.sender_did,
    agentDid: row.agent_did ?? null,
    replyToId: row.reply_to,
  };
}

export function toRevision(row: RevisionRow, messageDeleted: boolean): MessageRevision {
  return {
    revision: row.revision,
    action: row.action as RevisionAction,
    body: messageDeleted ? null : row.body,
    attachments: messageDeleted ? null : row.attachments,
    signature: row.signature,
    signedPayload: messageDeleted ? null : row.signed_payload,
    createdAt: row.created_at,
  };
}
