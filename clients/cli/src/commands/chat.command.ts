import type { Command } from 'commander';
import WebSocket from 'ws';

import {
  chatMessages,
  ImajinSubscriptionClient,
  MessageAddedDocument,
  sendChatMessage,
  startDirectChat,
  type MessageFieldsFragment,
} from '@imajin/sdk';

import { usageError } from '../errors';
import { fields, resolveSubject } from '../format';
import { ActingIdentity } from '../mcp/acting-identity';
import { result } from '../output';
import { handler, Runtime, type CliApp, type GlobalOptions } from '../runtime';

async function send(rt: Runtime, [target, text]: string[]) {
  const keyPair = rt.signer();
  const client = rt.client();
  // A DID or @handle opens (or reuses) the direct conversation; anything else is a conversation id.
  const conversationId =
    target.startsWith('@') || target.startsWith('did:')
      ? (await startDirectChat(client, keyPair, await resolveSubject(client, target))).id
      : target;
  const sent = await sendChatMessage(client, keyPair, conversationId, text);
  return result(sent, [
    `Sent message #${sent.seq} to ${conversationId}.`,
    ...fields([
      ['message', sent.id],
      ['signature', sent.signature],
    ]),
  ]);
}

/** One line per message: the compact JSON object under --json, else "time sender: body". */
export function messageLine(m: MessageFieldsFragment, json: boolean): string {
  if (json) return `${JSON.stringify(m)}\n`;
  const body = m.deletedAt ? '(deleted)' : m.body;
  return `${m.createdAt} #${m.seq} ${m.sender?.did ?? '(unknown)'}: ${body}\n`;
}

export function parseCount(value: string, name: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw usageError(`${name} is a whole number of messages, at least 1 (got "${value}").`);
  }
  return n;
}

interface TailOptions {
  count?: string;
  last?: string;
}

/**
 * Follows a conversation until Ctrl+C or `--count` messages. Subscribes before reading `--last` history so
 * nothing sent in between is lost; live messages already printed from history are skipped by seq.
 */
async function tail(rt: Runtime, conversationId: string, options: TailOptions): Promise<void> {
  const limit = options.count === undefined ? Infinity : parseCount(options.count, '--count');
  const last = options.last === undefined ? 0 : parseCount(options.last, '--last');
  const { client } = await new ActingIdentity(rt).sessionClient();
  const socket = new ImajinSubscriptionClient({
    url: rt.gateway,
    token: client.token,
    webSocketImpl: WebSocket,
  });
  const subscription = socket.subscribe(MessageAddedDocument, { conversationId });
  const stop = () => void subscription.unsubscribe();
  process.once('SIGINT', stop);
  let printed = 0;
  let seen = 0;
  const print = (m: MessageFieldsFragment) => {
    if (m.seq <= seen || printed >= limit) return;
    seen = m.seq;
    printed += 1;
    rt.app.io.out(messageLine(m, rt.json));
  };
  try {
    let pending: ReturnType<typeof subscription.next> | undefined = subscription.next();
    if (last > 0) for (const m of await chatMessages(client, conversationId, { limit: last })) print(m);
    rt.progress(`Following ${conversationId} (Ctrl+C to stop)…`);
    while (printed < limit) {
      const step = await (pending ?? subscription.next());
      pending = undefined;
      if (step.done) break;
      print(step.value.messageAdded);
    }
  } finally {
    process.removeListener('SIGINT', stop);
    await subscription.unsubscribe();
    await socket.close();
  }
}

export function registerChatCommands(program: Command, app: CliApp): void {
  const chat = program.command('chat').description('Chat: send signed messages and follow conversations');
  chat
    .command('send')
    .description('Send a message signed with your key, to a person (@handle or DID) or a conversation id')
    .argument('<to>', '@handle or DID (opens the direct conversation), or a conversation id')
    .argument('<text>', 'the message')
    .action(handler(app, send));
  chat
    .command('tail')
    .description('Follow a conversation live: one line per message (--json: one JSON object per line)')
    .argument('<conversationId>', 'a conversation you belong to')
    .option('--count <n>', 'stop after n messages (default: until Ctrl+C)')
    .option('--last <n>', 'print the last n messages first')
    .action(async (conversationId: string, options: TailOptions, command: Command) => {
      // Streams lines itself instead of returning one result, so it does not go through `handler`.
      const rt = new Runtime(app, command.optsWithGlobals<GlobalOptions>());
      try {
        await tail(rt, conversationId, options);
      } catch (error) {
        throw rt.toError(error, true);
      }
    });
}
