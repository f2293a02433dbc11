export { systemClock, ManualClock, type Clock } from './clock';
export {
  baseSubgraphConfig,
  baseSubgraphEnv,
  parseEnv,
  portFromEnv,
  type BaseSubgraphConfig,
  type BaseSubgraphEnv,
} from './config';
export { createSubgraphDataSource, type SubgraphDataSourceOptions } from './db/data-source.factory';
export { startEmbeddedPostgres, freePort, type EmbeddedDatabase } from './db/embedded-postgres';
export { ProofLogEntity } from './db/proof-log.entity';
export * from './errors';
export { createLogger, type Logger } from './logger';
export { ProofInput } from './proof/proof.inputs';
export { ProofVerifier, plainFields, type ProofCheck, type VerifiedProof } from './proof/proof.service';
export {
  DELEGATION_ROUTE,
  ServiceDelegationChecker,
  type DelegationChecker,
  type DelegationGrant,
  type DelegationRequest,
} from './proof/delegation-checker';
export { buildFederatedSchema, type ReferenceResolvers } from './schema/build-federated-schema';
export {
  startSubgraphServer,
  maskError,
  type RequestScope,
  type RunningSubgraph,
  type SubgraphServerOptions,
} from './server/subgraph-server';
export { VIEWER_HEADER, viewerFromHeader, requireViewer, type Viewer } from './viewer/viewer.context';
export {
  ConnectionType,
  PageArgs,
  PageInfo,
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
  type Connection,
  type Edge,
  isPairCursor,
  type PairCursor,
} from './schema/connection';
export { JSONScalar } from './schema/scalars';
export {
  GatewayIdentityDirectory,
  StaticIdentityDirectory,
  signingKeyFromDirectory,
  signingKeyOf,
  type DirectoryEntry,
  type IdentityDirectory,
} from './directory/identity-directory';
export { queryGateway } from './directory/gateway-query';
export { GatewayTrustGraph, StaticTrustGraph, type TrustGraph } from './directory/trust-graph';
export {
  findCoveringConsent,
  GatewayConsentDirectory,
  StaticConsentDirectory,
  type ConsentDirectory,
  type LiveConsent,
} from './directory/consent-directory';
export { runSubgraphMain } from './server/run-main';
export { alignByKey } from './db/align-by-key';
export { uniqueViolation } from './db/unique-violation';
export {
  callService,
  internalRoute,
  generateNodeMasterKey,
  nodeKeysFromMaster,
  openSecret,
  sealSecret,
  serviceAssertion,
  verifyServiceAssertion,
  ServiceCallError,
  SERVICE_HEADER,
  type NodeKeys,
  type ServiceCallOptions,
} from './node/node-keys';
export { PeriodicTask, type PeriodicTaskOptions } from './tasks/periodic-task';
// Bounded caches evict the least recently used entry: one well-kept implementation for every subgraph.
export { LRUCache } from 'lru-cache';
export { BoundedQueue } from './realtime/bounded-queue';
export { ANONYMOUS_LABEL, BoundedLabels, OTHER_LABEL } from './metrics/bounded-labels';
export {
  createServiceMetrics,
  poolStatsOf,
  type PoolStats,
  type ScrapedGauge,
  type ServiceMetrics,
} from './metrics/service-metrics';
