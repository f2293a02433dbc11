import type { Express } from 'express';

import { internalRoute, type Logger, type NodeKeys } from '@imajin/subgraph-common';

import { OutboxService } from './outbox.service';

/** POST /internal/outbox `{ after, limit }` → `{ events, lastSeq }` for this node's other subgraphs. */
export function mountOutboxRoutes(app: Express, outbox: OutboxService, keys: NodeKeys, logger: Logger): void {
  internalRoute(app, '/internal/outbox', keys, logger, async (body) => {
    const { after, limit } = OutboxService.parseFeedRequest(body);
    return outbox.feed(after, limit);
  });
}
