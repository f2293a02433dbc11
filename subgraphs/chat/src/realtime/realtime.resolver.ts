import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';

import { requireViewer } from '@imajin/subgraph-common';

import type { ChatContext } from '../context';
import { readableConversation } from '../conversation/conversation.access';
import { Conversation } from '../conversation/conversation.types';
import { toMessage, type MessageRow } from '../message/message.rows';
import { Message, TypingEvent } from '../message/message.types';
import { checkUuid } from '../validation';

import type { TypingPayload } from './chat-events';

type Data = SubscribeResolverData<unknown, { conversationId?: string }, ChatContext>;

/** Membership is checked when subscribing: a non-member is refused with FORBIDDEN before any event. */
async function member(data: Data) {
  const did = requireViewer(data.context.viewer);
  const id = checkUuid(data.args.conversationId, 'conversationId');
  const { conversation } = await data.context.services.conversations.requireMember(id, did);
  return { did, conversation };
}

@Resolver()
export class RealtimeResolver {
  @Subscription(() => Message, {
    description:
      'Each new message of a conversation you belong to, in seq order. If the stream errors (RATE_LIMITED: ' +
      'you fell behind) or drops, subscribe again and catch up with messages(after: <last cursor>).',
    subscribe: async (data: Data) => {
      const { did, conversation } = await member(data);
      return data.context.services.events.messageAdded(conversation.id, did, Number(conversation.last_seq));
    },
  })
  messageAdded(
    @Root() row: MessageRow,
    @Arg('conversationId', () => ID) _conversationId: string,
    @Ctx() ctx: ChatContext,
  ): Message {
    ctx.refresh();
    return toMessage(row);
  }

  @Subscription(() => Message, {
    description: 'Messages of a conversation you belong to as they are edited or deleted.',
    subscribe: async (data: Data) => {
      const { did, conversation } = await member(data);
      return data.context.services.events.messageUpdated(conversation.id, did);
    },
  })
  messageUpdated(
    @Root() row: MessageRow,
    @Arg('conversationId', () => ID) _conversationId: string,
    @Ctx() ctx: ChatContext,
  ): Message {
    ctx.refresh();
    return toMessage(row);
  }

  @Subscription(() => Conversation, {
    description:
      'Your conversations as they change: new messages (unreadCount, lastMessage), members, your read pointer.',
    subscribe: (data: Data) => {
      const did = requireViewer(data.context.viewer);
      return data.context.services.events.conversationUpdated(did);
    },
  })
  async conversationUpdated(@Root() conversationId: string, @Ctx() ctx: ChatContext): Promise<Conversation> {
    ctx.refresh();
    return readableConversation(ctx, conversationId);
  }

  @Subscription(() => TypingEvent, {
    description: 'Others starting and stopping typing in a conversation you belong to (timeouts included).',
    subscribe: async (data: Data) => {
      const { did, conversation } = await member(data);
      return data.context.services.events.typing(conversation.id, did);
    },
  })
  typing(
    @Root() event: TypingPayload,
    @Arg('conversationId', () => ID) _conversationId: string,
  ): TypingEvent {
    return event;
  }
}
