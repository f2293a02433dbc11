import DataLoader from 'dataloader';

import type { Clock, Logger, Viewer } from '@imajin/subgraph-common';

import type { ConversationRow, MemberRow } from './conversation/conversation.rows';
import type { ConversationService } from './conversation/conversation.service';
import type { MessageRow, RevisionRow } from './message/message.rows';
import type { MessageService } from './message/message.service';
import type { ChatEvents } from './realtime/chat-events';

export interface ChatServices {
  conversations: ConversationService;
  messages: MessageService;
  events: ChatEvents;
  clock: Clock;
}

export interface ChatLoaders {
  conversation: DataLoader<string, ConversationRow | null>;
  /** The viewer's own membership per conversation (null: not a member). */
  membership: DataLoader<string, MemberRow | null>;
  members: DataLoader<string, MemberRow[]>;
  unread: DataLoader<string, number>;
  message: DataLoader<string, MessageRow | null>;
  revisions: DataLoader<string, RevisionRow[]>;
}

export interface ChatContext {
  viewer: Viewer;
  logger: Logger;
  services: ChatServices;
  readonly loaders: ChatLoaders;
  /**
   * New loaders: a subscription keeps one context for its whole life, so each event starts with empty
   * caches instead of serving the first event's rows forever.
   */
  refresh(): void;
}

function createLoaders(services: ChatServices, viewer: Viewer): ChatLoaders {
  const did = viewer.did ?? '';
  return {
    conversation: new DataLoader((ids) => services.conversations.getMany(ids)),
    membership: new DataLoader((ids) => services.conversations.membershipsOf(did, ids)),
    members: new DataLoader((ids) => services.conversations.members(ids)),
    unread: new DataLoader((ids) => services.conversations.unreadCounts(did, ids)),
    message: new DataLoader((ids) => services.messages.getMany(ids)),
    revisions: new DataLoader((ids) => services.messages.revisions(ids)),
  };
}

export function createContext(services: ChatServices, viewer: Viewer, logger: Logger): ChatContext {
  // Built on first use: most subscription events resolve without touching the database.
  let loaders: ChatLoaders | null = null;
  return {
    viewer,
    logger,
    services,
    get loaders() {
      return (loaders ??= createLoaders(services, viewer));
    },
    refresh: () => {
      loaders = null;
    },
  };
}
