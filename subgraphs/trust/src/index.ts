import 'reflect-metadata';
import { fromBase64Url } from '@imajin/protocol';
import {
  createLogger,
  createSubgraphDataSource,
  GatewayIdentityDirectory,
  nodeKeysFromMaster,
  ProofVerifier,
  ServiceDelegationChecker,
  startSubgraphServer,
  systemClock,
  type Clock,
  type IdentityDirectory,
  type Logger,
  poolStatsOf,
} from '@imajin/subgraph-common';

import { AttestationService } from './attestation/attestation.service';
import type { TrustConfig } from './config';
import { createContext, type TrustServices } from './context';
import { AdjacencySync } from './graph/adjacency-sync';
import { GraphService } from './graph/graph.service';
import { InviteService } from './invite/invite.service';
import { TrustInit1732500000200 } from './migrations/1732500000200-trust-init';
import { TrustVouchAgent1732500000250 } from './migrations/1732500000250-trust-vouch-agent';
import { buildTrustSchema } from './schema';
import { VouchService } from './vouch/vouch.service';

export { loadTrustConfig, loadTrustConfig as loadConfig, type TrustConfig } from './config';
export { buildTrustSchema, buildTrustSchema as buildSchema } from './schema';
export { GraphService } from './graph/graph.service';

export const TRUST_SCHEMA = 'trust';
export const trustMigrations = [TrustInit1732500000200, TrustVouchAgent1732500000250];

export interface RunningTrust {
  url: string;
  port: number;
  services: TrustServices;
  stop(): Promise<void>;
}

export async function start(
  config: TrustConfig,
  options: { clock?: Clock; logger?: Logger; directory?: IdentityDirectory } = {},
): Promise<RunningTrust> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger('trust', config.logLevel);
  const directory = options.directory ?? new GatewayIdentityDirectory(config.gatewayUrl, logger);
  const dataSource = await createSubgraphDataSource({
    url: config.databaseUrl,
    schema: TRUST_SCHEMA,
    entities: [],
    migrations: trustMigrations,
    logger,
  });
  // Delegated requests are authorised by identity on each use (no cache), signed as this node.
  const delegations = new ServiceDelegationChecker(
    config.nodeMasterKey ? nodeKeysFromMaster(config.nodeMasterKey) : null,
    config.identityUrl ?? null,
  );
  const proofs = new ProofVerifier(clock, undefined, delegations);
  const sync =
    (config.graphCache ?? 'memory') === 'memory'
      ? new AdjacencySync(dataSource, config.databaseUrl, logger)
      : null;
  try {
    await sync?.start();
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  const services: TrustServices = {
    vouches: new VouchService(dataSource, proofs, directory, clock, sync),
    graph: new GraphService(dataSource, clock, sync),
    invites: new InviteService(dataSource, proofs, directory, clock, config, sync),
    attestations: new AttestationService(dataSource, proofs, directory, clock),
  };
  const server = await startSubgraphServer({
    name: 'trust',
    schema: await buildTrustSchema(),
    port: config.port,
    host: config.host,
    gatewayPublicKey: fromBase64Url(config.gatewayPublicKey),
    poolStats: poolStatsOf(dataSource),
    logger,
    context: ({ viewer, logger: requestLogger }) => createContext(services, viewer, requestLogger),
    ready: async () => {
      await dataSource.query('SELECT 1');
    },
  });
  return {
    url: server.url,
    port: server.port,
    services,
    stop: async () => {
      await server.stop();
      await sync?.stop();
      await dataSource.destroy();
    },
  };
}
