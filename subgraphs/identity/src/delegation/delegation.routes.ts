import type { Express } from 'express';

import { DELEGATION_ROUTE, internalRoute, type Logger, type NodeKeys } from '@imajin/subgraph-common';

import type { DelegationService } from './delegation.service';

/** POST /internal/delegations/authorise `{ person, agent, action }` → `{ delegationId }`, node-signed callers only. */
export function mountDelegationRoutes(
  app: Express,
  delegations: DelegationService,
  keys: NodeKeys,
  logger: Logger,
): void {
  internalRoute(app, DELEGATION_ROUTE, keys, logger, (body) => delegations.authorise(body));
}
