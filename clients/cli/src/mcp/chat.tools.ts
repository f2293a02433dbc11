import { z } from 'zod';

import { chatMessages, listConversations, sendChatMessage, startDirectChat } from '@imajin/sdk';

import { resolveSubject } from '../format';

import { EVIDENCE_HOWTO, evidenceOf } from './evidence';
import { McpLimits } from './limits';
import type { ToolRegistry } from './mcp-server';
import { first, subject } from './schemas';

const conversationId = z.string().min(1).max(100).describe('the conversation id');

export function registerChatTools(tools: ToolRegistry): void {
  tools.add('chat_read', {
    description:
      "Read chat as the acting identity (needs a session). Without conversationId: its conversations, newest first. With one: messages oldest first after the cursor `after`, each with its sender's signature.",
    input: z.strictObject({
      conversationId: conversationId.optional(),
      after: z.string().max(200).optional().describe('a message cursor: only newer messages'),
      limit: first.default(20),
    }),
    async run(args) {
      const { client, did } = await tools.acting.sessionClient();
      if (!args.conversationId) {
        const page = await listConversations(client, { first: args.limit });
        const list = page.edges.map((e) => e.node);
        return {
          data: { did, totalCount: page.totalCount, conversations: list },
          summary: [
            `${page.totalCount} conversation(s) for ${did}:`,
            ...list.map((c) => `  ${c.id}  ${c.kind} ${c.title ?? ''} (${c.unreadCount} unread)`),
          ].join('\n'),
        };
      }
      const page = await chatMessages(client, args.conversationId, { after: args.after, limit: args.limit });
      const messages = page.map((m) => ({ ...m, evidence: evidenceOf(m) }));
      return {
        data: { did, conversationId: args.conversationId, messages, howToVerify: EVIDENCE_HOWTO },
        summary: [
          `${messages.length} message(s) in ${args.conversationId}:`,
          ...messages.map(
            (m) => `  #${m.seq} ${m.sender?.did ?? '(unknown)'}: ${m.deletedAt ? '(deleted)' : m.body}`,
          ),
        ].join('\n'),
      };
    },
  });

  tools.add('chat_send', {
    description:
      "Send a chat message signed with the server's key, to a conversation (conversationId) or directly to a person (to: DID or @handle, opening the direct conversation if needed). Counts against the write budget.",
    writes: true,
    input: z
      .strictObject({
        conversationId: conversationId.optional(),
        to: subject.optional().describe('a DID or @handle, instead of conversationId'),
        body: z
          .string()
          .min(1)
          .max(McpLimits.maxMessageLength)
          .describe(`the text, up to ${McpLimits.maxMessageLength} characters`),
        clientId: z.uuid().optional().describe('idempotency key: reuse it when retrying the same send'),
      })
      .refine((a) => (a.conversationId === undefined) !== (a.to === undefined), {
        message: 'Give exactly one of conversationId or to.',
      }),
    async run(args) {
      const keyPair = tools.acting.signer();
      const client = tools.acting.client();
      const target =
        args.conversationId ??
        (await startDirectChat(client, keyPair, await resolveSubject(client, args.to as string))).id;
      const sent = await sendChatMessage(client, keyPair, target, args.body, { clientId: args.clientId });
      return {
        data: { message: sent, evidence: evidenceOf(sent), howToVerify: EVIDENCE_HOWTO },
        summary: `Sent message #${sent.seq} to ${target} as ${sent.sender?.did ?? keyPair.did}.`,
      };
    },
  });
}
