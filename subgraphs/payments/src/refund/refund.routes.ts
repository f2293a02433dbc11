import type { Express } from 'express';

import { internalRoute, type Logger, type NodeKeys } from '@imajin/subgraph-common';

import type { RefundService } from './refund.service';

/** POST /internal/refunds `{ paymentId, reason }` → `{ refundId, paymentId, status: 'REFUNDED' }`. */
export function mountRefundRoutes(
  app: Express,
  refunds: RefundService,
  keys: NodeKeys,
  logger: Logger,
): void {
  internalRoute(app, '/internal/refunds', keys, logger, (body) =>
    refunds.refundInternal(body, keys.signing.did),
  );
}
