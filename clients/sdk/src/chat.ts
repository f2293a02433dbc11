import { encryptChatMessage, type E2eeParty, type KeyPair, MjnActions } from '@imajin/protocol';

import { present, type ImajinClient } from './client';
import {
  AddConversationMemberDocument,
  ConversationsDocument,
  CreateGroupConversationDocument,
  DeleteMessageDocument,
  EditMessageDocument,
  MarkReadDocument,
  MessagesDocument,
  RemoveConversationMemberDocument,
  SendMessageDocument,
  SetTypingDocument,
  StartDirectConversationDocument,
  type AttachmentInput,
  type ConversationFieldsFragment,
  type ConversationsQuery,
  type EditMessageInput,
  type MessageFieldsFragment,
  type MessagesQuery,
  type SendMessageInput,
} from './generated/graphql';
import { compactInput, proofFor } from './identity';

/** Proof `type` per chat mutation; the server rebuilds the payload with these. */
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

/** Opens (or returns) the one direct conversation between `keyPair.did` and `peer`. */
export async function startDirectChat(
  client: ImajinClient,
  keyPair: KeyPair,
  peer: string,
  options: { encrypted?: boolean } = {},
): Promise<ConversationFieldsFragment> {
  const input = { peer, encrypted: options.encrypted ?? false };
  const data = await client.request(StartDirectConversationDocument, {
    input,
    proof: proofFor(ChatProofTypes.startDirect, input, keyPair),
  });
  return data.startDirectConversation;
}

export async function createChatGroup(
  client: ImajinClient,
  keyPair: KeyPair,
  options: { title: string; members: string[]; encrypted?: boolean },
): Promise<ConversationFieldsFragment> {
  const input = { title: options.title, members: options.members, encrypted: options.encrypted ?? false };
  const data = await client.request(CreateGroupConversationDocument, {
    input,
    proof: proofFor(ChatProofTypes.createGroup, input, keyPair),
  });
  return data.createGroupConversation;
}

export async function addChatMember(
  client: ImajinClient,
  keyPair: KeyPair,
  conversationId: string,
  member: string,
  admin = false,
): Promise<ConversationFieldsFragment> {
  const input = { conversationId, member, admin };
  const data = await client.request(AddConversationMemberDocument, {
    input,
    proof: proofFor(ChatProofTypes.addMember, input, keyPair),
  });
  return data.addConversationMember;
}

/** Removes `member` (an ADMIN's act), or leaves when `member` is `keyPair.did`. */
export async function removeChatMember(
  client: ImajinClient,
  keyPair: KeyPair,
  conversationId: string,
  member: string,
): Promise<ConversationFieldsFragment> {
  const input = { conversationId, member };
  const data = await client.request(RemoveConversationMemberDocument, {
    input,
    proof: proofFor(ChatProofTypes.removeMember, input, keyPair),
  });
  return data.removeConversationMember;
}

export async function markChatRead(
  client: ImajinClient,
  keyPair: KeyPair,
  conversationId: string,
  upTo: number,
): Promise<ConversationFieldsFragment> {
  const input = { conversationId, upTo };
  const data = await client.request(MarkReadDocument, {
    input,
    proof: proofFor(ChatProofTypes.markRead, input, keyPair),
  });
  return data.markRead;
}

export interface SendChatMessageOptions {
  /** Idempotency key; a random UUID by default. Reuse it when retrying the same send. */
  clientId?: string;
  replyTo?: string;
  attachments?: AttachmentInput[];
}

/** Signs and sends a message as `keyPair.did`. */
export async function sendChatMessage(
  client: ImajinClient,
  keyPair: KeyPair,
  conversationId: string,
  body: string,
  options: SendChatMessageOptions = {},
): Promise<MessageFieldsFragment> {
  const input = compactInput<SendMessageInput>({
    conversationId,
    body,
    clientId: options.clientId ?? globalThis.crypto.randomUUID(),
    replyTo: options.replyTo,
    attachments: options.attachments,
  });
  const data = await client.request(SendMessageDocument, {
    input,
    proof: proofFor(ChatProofTypes.message, input, keyPair),
  });
  return data.sendMessage;
}

/**
 * Encrypts `plaintext` for `recipients` (every member's DID and Ed25519 public key) and sends the envelope
 * to an encrypted conversation. Recipients read it with @imajin/protocol's decryptChatMessage.
 */
export async function sendEncryptedChatMessage(
  client: ImajinClient,
  keyPair: KeyPair,
  conversationId: string,
  plaintext: string,
  recipients: readonly E2eeParty[],
  options: SendChatMessageOptions = {},
): Promise<MessageFieldsFragment> {
  const body = await encryptChatMessage(plaintext, keyPair, recipients, conversationId);
  return sendChatMessage(client, keyPair, conversationId, body, options);
}

export async function editChatMessage(
  client: ImajinClient,
  keyPair: KeyPair,
  messageId: string,
  body: string,
  attachments?: AttachmentInput[],
): Promise<MessageFieldsFragment> {
  const input = compactInput<EditMessageInput>({ messageId, body, attachments });
  const data = await client.request(EditMessageDocument, {
    input,
    proof: proofFor(ChatProofTypes.editMessage, input, keyPair),
  });
  return data.editMessage;
}

export async function deleteChatMessage(
  client: ImajinClient,
  keyPair: KeyPair,
  messageId: string,
): Promise<MessageFieldsFragment> {
  const input = { messageId };
  const data = await client.request(DeleteMessageDocument, {
    input,
    proof: proofFor(ChatProofTypes.deleteMessage, input, keyPair),
  });
  return data.deleteMessage;
}

/** Typing indicators need a session (the viewer), not a signature; they lapse unless repeated. */
export async function setChatTyping(client: ImajinClient, conversationId: string, typing: boolean) {
  return (await client.request(SetTypingDocument, { conversationId, typing })).setTyping;
}

export async function listConversations(
  client: ImajinClient,
  options: { first?: number; after?: string } = {},
): Promise<NonNullable<ConversationsQuery['conversations']>> {
  return present((await client.request(ConversationsDocument, options)).conversations, 'conversations');
}

/**
 * History, oldest first and gap-free; pass the last cursor you saw as `after` to catch up after a
 * reconnect. Older messages exist when the first seq > 1, newer ones when the last seq < lastSeq.
 */
export async function chatMessages(
  client: ImajinClient,
  conversationId: string,
  options: { after?: string; before?: string; limit?: number } = {},
): Promise<NonNullable<MessagesQuery['messages']>> {
  return present(
    (await client.request(MessagesDocument, { conversationId, ...options })).messages,
    'messages',
  );
}
