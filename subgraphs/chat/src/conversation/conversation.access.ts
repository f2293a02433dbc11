import { ForbiddenError, NotFoundError, requireViewer } from '@imajin/subgraph-common';

import type { ChatContext } from '../context';

import { toConversation } from './conversation.rows';
import type { Conversation } from './conversation.types';

/** A conversation the viewer may read: NOT_FOUND when missing, FORBIDDEN when they are not a member. */
export async function readableConversation(ctx: ChatContext, id: string): Promise<Conversation> {
  requireViewer(ctx.viewer);
  const [row, membership] = await Promise.all([
    ctx.loaders.conversation.load(id),
    ctx.loaders.membership.load(id),
  ]);
  if (!row) throw new NotFoundError(`No conversation ${id}`);
  if (!membership) throw new ForbiddenError('You are not a member of this conversation');
  return toConversation(row);
}
