import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';

import { buildFederatedSchema } from '@imajin/subgraph-common';

import {
  ConversationMemberResolver,
  ConversationResolver,
  resolveConversationReference,
} from './conversation/conversation.resolver';
import { MessageResolver, resolveMessageReference, TypingEventResolver } from './message/message.resolver';
import { RealtimeResolver } from './realtime/realtime.resolver';

type Ref = (ref: never, ctx: never) => unknown;

export function buildChatSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ConversationResolver,
        ConversationMemberResolver,
        MessageResolver,
        TypingEventResolver,
        RealtimeResolver,
      ],
      validate: false,
      // Every subscription brings its own `subscribe` (ChatEvents); type-graphql still wants a PubSub.
      pubSub: createPubSub(),
    },
    {
      Conversation: { __resolveReference: resolveConversationReference as Ref },
      Message: { __resolveReference: resolveMessageReference as Ref },
    },
  );
}
