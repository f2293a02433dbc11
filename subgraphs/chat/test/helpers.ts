import { randomUUID } from 'node:crypto';

import type { KeyPair } from '@imajin/protocol';

import { CONVERSATION_FIELDS, MESSAGE_FIELDS, type ChatHarness } from './harness';

export const START_DIRECT = `mutation($input: StartDirectConversationInput!, $proof: ProofInput!) {
  startDirectConversation(input: $input, proof: $proof) { ${CONVERSATION_FIELDS} } }`;
export const CREATE_GROUP = `mutation($input: CreateGroupInput!, $proof: ProofInput!) {
  createGroupConversation(input: $input, proof: $proof) { ${CONVERSATION_FIELDS} } }`;
export const ADD_MEMBER = `mutation($input: AddMemberInput!, $proof: ProofInput!) {
  addConversationMember(input: $input, proof: $proof) { id memberCount } }`;
export const REMOVE_MEMBER = `mutation($input: RemoveMemberInput!, $proof: ProofInput!) {
  removeConversationMember(input: $input, proof: $proof) { id memberCount } }`;
export const MARK_READ = `mutation($input: MarkReadInput!, $proof: ProofInput!) {
  markRead(input: $input, proof: $proof) { id lastReadSeq unreadCount } }`;
export const SEND = `mutation($input: SendMessageInput!, $proof: ProofInput!) {
  sendMessage(input: $input, proof: $proof) { ${MESSAGE_FIELDS} } }`;
export const EDIT = `mutation($input: EditMessageInput!, $proof: ProofInput!) {
  editMessage(input: $input, proof: $proof) { ${MESSAGE_FIELDS} revisions { revision action body signature } } }`;
export const DELETE = `mutation($input: DeleteMessageInput!, $proof: ProofInput!) {
  deleteMessage(input: $input, proof: $proof) { ${MESSAGE_FIELDS} revisions { revision action body signedPayload } } }`;
export const MESSAGES = `query($c: ID!, $after: String, $before: String, $limit: Int) {
  messages(conversationId: $c, after: $after, before: $before, limit: $limit) {
    id seq body cursor } }`;

export const codeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  res.errors?.[0]?.extensions?.code;

/** Runs a signed mutation as `kp`, returning the field's data or failing the test with the errors. */
export async function signed<T = Record<string, unknown>>(
  h: ChatHarness,
  mutation: string,
  field: string,
  type: string,
  input: Record<string, unknown>,
  kp: KeyPair,
): Promise<T> {
  const res = await h.gql<Record<string, T>>(mutation, { input, proof: h.sign(type, input, kp) }, kp.did);
  if (!res.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(res.errors)}`);
  return res.data[field];
}

export async function group(h: ChatHarness, admin: KeyPair, members: KeyPair[], encrypted = false) {
  return signed<{ id: string }>(
    h,
    CREATE_GROUP,
    'createGroupConversation',
    'mjn.chat.createGroup',
    { title: 'Team', members: members.map((m) => m.did), encrypted },
    admin,
  );
}

export async function send(h: ChatHarness, kp: KeyPair, conversationId: string, body: string, extra = {}) {
  return signed<{ id: string; seq: number; cursor: string; body: string }>(
    h,
    SEND,
    'sendMessage',
    'mjn.chat.message',
    { conversationId, body, clientId: randomUUID(), ...extra },
    kp,
  );
}

/** Polls a condition that some asynchronous machinery will make true (not a timing assertion). */
export async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Gave up waiting for ${what}`);
}
