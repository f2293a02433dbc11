import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { NotFoundError, ProofInput, requireViewer } from '@imajin/subgraph-common';

import type { ChatContext } from '../context';
import { readableConversation } from '../conversation/conversation.access';
import { Conversation } from '../conversation/conversation.types';
import { Identity, identityRef } from '../identity/identity.types';
import { checkUuid } from '../validation';

import { DeleteMessageInput, EditMessageInput, SendMessageInput } from './message.inputs';
import { toMessage, toRevision } from './message.rows';
import { Message, MessageRevision, TypingEvent } from './message.types';

@Resolver(() => Message)
export class MessageResolver {
  @Query(() => [Message], {
    nullable: true,
    description:
      'History of a conversation you belong to, oldest first and gap-free (tombstones keep deleted ' +
      'messages in place): the newest `limit`, or those after `after` (catch up from the last cursor you ' +
      'saw), or before `before` (scroll back). Since seq runs 1, 2, 3… without gaps, older messages exist ' +
      'when the first seq > 1 and newer ones when the last seq < conversation.lastSeq.',
  })
  async messages(
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('before', () => String, { nullable: true }) before: string | null,
    @Arg('limit', () => Int, { defaultValue: 50, description: '1–200.' }) limit: number,
    @Ctx() ctx: ChatContext,
  ): Promise<Message[]> {
    const rows = await ctx.services.messages.window(
      checkUuid(conversationId, 'conversationId'),
      requireViewer(ctx.viewer),
      { after, before, limit },
    );
    return rows.map(toMessage);
  }

  @Query(() => Message, { nullable: true, description: 'One message of a conversation you belong to.' })
  async message(@Arg('id', () => ID) id: string, @Ctx() ctx: ChatContext): Promise<Message> {
    return readableMessage(ctx, checkUuid(id, 'id'));
  }

  @Mutation(() => Message, {
    description:
      'Send a signed message (proof type `mjn.chat.message`, the signer is the sender and must be a member). ' +
      'Retrying with the same clientId returns the stored message; reusing it for other content is a CONFLICT.',
  })
  async sendMessage(
    @Arg('input') input: SendMessageInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: ChatContext,
  ): Promise<Message> {
    return toMessage(await ctx.services.messages.send(input, proof));
  }

  @Mutation(() => Message, {
    description:
      'Replace the body of your message; earlier versions stay in `revisions`. Proof `mjn.chat.editMessage`.',
  })
  async editMessage(
    @Arg('input') input: EditMessageInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: ChatContext,
  ): Promise<Message> {
    return toMessage(await ctx.services.messages.edit(input, proof));
  }

  @Mutation(() => Message, {
    description:
      'Soft-delete a message (the sender, or an ADMIN of a group): it stays as a tombstone, so history keeps ' +
      'its sequence. Proof `mjn.chat.deleteMessage`.',
  })
  async deleteMessage(
    @Arg('input') input: DeleteMessageInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: ChatContext,
  ): Promise<Message> {
    return toMessage(await ctx.services.messages.delete(input, proof));
  }

  @Mutation(() => Boolean, {
    description:
      'Show (or stop showing) that you are typing. Not stored and not signed; it lapses after a few seconds ' +
      'unless sent again.',
  })
  async setTyping(
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('typing') typing: boolean,
    @Ctx() ctx: ChatContext,
  ): Promise<boolean> {
    await ctx.services.messages.setTyping(
      checkUuid(conversationId, 'conversationId'),
      requireViewer(ctx.viewer),
      typing,
    );
    return true;
  }

  @FieldResolver(() => Conversation)
  async conversation(
    @Root() m: Message,
    @Ctx() ctx: ChatContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Conversation | { id: string }> {
    // A message is only reachable through a membership check, and `conversation { id }` is what the
    // gateway asks for on every subscription event: answer the key without a query per subscriber.
    if (selectsOnlyKey(info)) return { id: m.conversationId };
    return readableConversation(ctx, m.conversationId);
  }

  @FieldResolver(() => Identity, {
    description: 'Who sent it: the signer, or the person an agent signed for under a delegation.',
  })
  sender(@Root() m: Message): Identity {
    return identityRef(m.senderDid);
  }

  @FieldResolver(() => Identity, {
    nullable: true,
    description: 'The agent that signed it for `sender` under a delegation; null when the sender signed it.',
  })
  agent(@Root() m: Message): Identity | null {
    return m.agentDid ? identityRef(m.agentDid) : null;
  }

  @FieldResolver(() => Message, { nullable: true, description: 'The message this one answers.' })
  async replyTo(@Root() m: Message, @Ctx() ctx: ChatContext): Promise<Message | null> {
    if (!m.replyToId) return null;
    const row = await ctx.loaders.message.load(m.replyToId);
    return row ? toMessage(row) : null;
  }

  @FieldResolver(() => [MessageRevision], { description: 'Every signed version, oldest first.' })
  async revisions(@Root() m: Message, @Ctx() ctx: ChatContext): Promise<MessageRevision[]> {
    const rows = await ctx.loaders.revisions.load(m.id);
    return rows.map((r) => toRevision(r, m.deletedAt !== null));
  }
}

@Resolver(() => TypingEvent)
export class TypingEventResolver {
  @FieldResolver(() => Identity, { description: 'Who is typing.' })
  identity(@Root() e: TypingEvent): Identity {
    return identityRef(e.did);
  }
}

function selectsOnlyKey(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (s) => s.kind === Kind.FIELD && (s.name.value === 'id' || s.name.value === '__typename'),
    ),
  );
}

/** A message the viewer may read (through its conversation's membership). */
export async function readableMessage(ctx: ChatContext, id: string): Promise<Message> {
  requireViewer(ctx.viewer);
  const row = await ctx.loaders.message.load(id);
  if (!row) throw new NotFoundError(`No message ${id}`);
  await readableConversation(ctx, row.conversation_id);
  return toMessage(row);
}

export async function resolveMessageReference(ref: { id: string }, ctx: ChatContext): Promise<Message> {
  return readableMessage(ctx, checkUuid(ref.id, 'id'));
}
