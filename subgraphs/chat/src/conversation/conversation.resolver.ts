import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { PageArgs, ProofInput, requireViewer, type Connection } from '@imajin/subgraph-common';

import type { ChatContext } from '../context';
import { Identity, identityRef } from '../identity/identity.types';
import { toMessage } from '../message/message.rows';
import { Message } from '../message/message.types';
import { checkUuid } from '../validation';

import { readableConversation } from './conversation.access';
import {
  AddMemberInput,
  CreateGroupInput,
  MarkReadInput,
  RemoveMemberInput,
  StartDirectConversationInput,
} from './conversation.inputs';
import { toMember } from './conversation.rows';
import { Conversation, ConversationConnection, ConversationMember, MemberRole } from './conversation.types';

@Resolver(() => Conversation)
export class ConversationResolver {
  @Query(() => Conversation, {
    nullable: true,
    description: 'A conversation you are a member of (NOT_FOUND when missing, FORBIDDEN when not a member).',
  })
  async conversation(@Arg('id', () => ID) id: string, @Ctx() ctx: ChatContext): Promise<Conversation> {
    return readableConversation(ctx, checkUuid(id, 'id'));
  }

  @Query(() => ConversationConnection, {
    nullable: true,
    description:
      "The viewer's conversations, most recent activity first, with unread counts and last message.",
  })
  async conversations(@Args() page: PageArgs, @Ctx() ctx: ChatContext): Promise<Connection<Conversation>> {
    return ctx.services.conversations.list(requireViewer(ctx.viewer), page.first, page.after);
  }

  @Mutation(() => Conversation, {
    description:
      'Open (or get) the direct conversation between the signer and `peer`; one per pair. Proof type ' +
      '`mjn.chat.startDirect`. FORBIDDEN when the node requires trust hops the peer does not grant; CONFLICT ' +
      'when the pair already has one with the other `encrypted` setting.',
  })
  async startDirectConversation(
    @Arg('input') input: StartDirectConversationInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: ChatContext,
  ): Promise<Conversation> {
    return ctx.services.conversations.startDirect(input, proof);
  }

  @Mutation(() => Conversation, {
    description: 'Create a named group; the signer is its ADMIN. Proof type `mjn.chat.createGroup`.',
  })
  async createGroupConversation(
    @Arg('input') input: CreateGroupInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: ChatContext,
  ): Promise<Conversation> {
    return ctx.services.conversations.createGroup(input, proof);
  }

  @Mutation(() => Conversation, {
    description: 'Add a member to a group (ADMINs only). Proof type `mjn.chat.addMember`.',
  })
  async addConversationMember(
    @Arg('input') input: AddMemberInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: ChatContext,
  ): Promise<Conversation> {
    return ctx.services.conversations.addMember(input, proof);
  }

  @Mutation(() => Conversation, {
    description:
      'Remove a member from a group: ADMINs remove anyone, a member removes themself (leaves). Their live ' +
      'subscriptions to it end. Proof type `mjn.chat.removeMember`.',
  })
  async removeConversationMember(
    @Arg('input') input: RemoveMemberInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: ChatContext,
  ): Promise<Conversation> {
    return ctx.services.conversations.removeMember(input, proof);
  }

  @Mutation(() => Conversation, {
    description: 'Move your read pointer forward to message `upTo` (a seq). Proof type `mjn.chat.markRead`.',
  })
  async markRead(
    @Arg('input') input: MarkReadInput,
    @Arg('proof') proof: ProofInput,
    @Ctx() ctx: ChatContext,
  ): Promise<Conversation> {
    return ctx.services.conversations.markRead(input, proof);
  }

  @FieldResolver(() => [ConversationMember], { description: 'Current members, in joining order.' })
  async members(@Root() c: Conversation, @Ctx() ctx: ChatContext): Promise<ConversationMember[]> {
    return (await ctx.loaders.members.load(c.id)).map(toMember);
  }

  @FieldResolver(() => Int)
  async memberCount(@Root() c: Conversation, @Ctx() ctx: ChatContext): Promise<number> {
    return (await ctx.loaders.members.load(c.id)).length;
  }

  @FieldResolver(() => Int, {
    description: "Messages from others after the viewer's read pointer, not counting deleted ones.",
  })
  async unreadCount(@Root() c: Conversation, @Ctx() ctx: ChatContext): Promise<number> {
    return ctx.loaders.unread.load(c.id);
  }

  @FieldResolver(() => Int, {
    description: "The viewer's read pointer (a message seq; 0 when nothing read).",
  })
  async lastReadSeq(@Root() c: Conversation, @Ctx() ctx: ChatContext): Promise<number> {
    const membership = await ctx.loaders.membership.load(c.id);
    return membership ? Number(membership.last_read_seq) : 0;
  }

  @FieldResolver(() => MemberRole, { nullable: true, description: "The viewer's role here." })
  async viewerRole(@Root() c: Conversation, @Ctx() ctx: ChatContext): Promise<MemberRole | null> {
    const membership = await ctx.loaders.membership.load(c.id);
    return membership ? (membership.role as MemberRole) : null;
  }

  @FieldResolver(() => Message, {
    nullable: true,
    description: 'The newest message (a tombstone if deleted).',
  })
  async lastMessage(@Root() c: Conversation, @Ctx() ctx: ChatContext): Promise<Message | null> {
    if (!c.lastMessageId) return null;
    const row = await ctx.loaders.message.load(c.lastMessageId);
    return row ? toMessage(row) : null;
  }

  @FieldResolver(() => Identity, { description: 'Who created it (signed the creating proof).' })
  createdBy(@Root() c: Conversation): Identity {
    return identityRef(c.ownerDid);
  }
}

@Resolver(() => ConversationMember)
export class ConversationMemberResolver {
  @FieldResolver(() => Identity)
  identity(@Root() m: ConversationMember): Identity {
    return identityRef(m.did);
  }

  @FieldResolver(() => Identity, { description: 'The ADMIN (or creator) who added them.' })
  addedBy(@Root() m: ConversationMember): Identity {
    return identityRef(m.addedByDid);
  }
}

export async function resolveConversationReference(
  ref: { id: string },
  ctx: ChatContext,
): Promise<Conversation> {
  return readableConversation(ctx, checkUuid(ref.id, 'id'));
}
