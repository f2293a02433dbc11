import 'reflect-metadata';
import { fromBase64Url } from '@imajin/protocol';
import {
  createLogger,
  createSubgraphDataSource,
  GatewayIdentityDirectory,
  ProofVerifier,
  startSubgraphServer,
  systemClock,
  type Clock,
  type IdentityDirectory,
  type Logger,
  poolStatsOf,
} from '@imajin/subgraph-common';

import type { RegistryConfig } from './config';
import { createContext, type RegistryServices } from './context';
import { CloudflareDnsProvider, NoneDnsProvider, type DnsProvider } from './dns/dns-provider';
import { DnsSync } from './dns/dns-sync';
import { RegistryInit1732500000600 } from './migrations/1732500000600-registry-init';
import { NodeSweeper } from './node/node-sweeper';
import { AttestedBuildEntity, DnsRecordEntity, NodeEntity } from './node/node.entity';
import { NodeService } from './node/node.service';
import { buildRegistrySchema } from './schema';

export { loadRegistryConfig, loadRegistryConfig as loadConfig, type RegistryConfig } from './config';
export { buildRegistrySchema, buildRegistrySchema as buildSchema } from './schema';
export { CloudflareDnsProvider, NoneDnsProvider, type DnsProvider } from './dns/dns-provider';
export { deriveStatus, NodeStatus } from './node/node-status';
export { ProofTypes as RegistryProofTypes } from './node/node.service';
export type { SweepResult } from './node/node-sweeper';

export const REGISTRY_SCHEMA = 'registry';
export const registryEntities = [NodeEntity, AttestedBuildEntity, DnsRecordEntity];
export const registryMigrations = [RegistryInit1732500000600];

export interface RegistryStartOptions {
  clock?: Clock;
  logger?: Logger;
  /** Tests pass a StaticIdentityDirectory; by default identities are looked up through the gateway. */
  directory?: IdentityDirectory;
  /** Overrides the provider the config names (tests). */
  dnsProvider?: DnsProvider;
  /** Start the interval sweeper (default true). */
  sweeper?: boolean;
}

export interface RunningRegistry {
  url: string;
  port: number;
  services: RegistryServices;
  sweeper: NodeSweeper;
  dns: DnsSync;
  stop(): Promise<void>;
}

export function dnsProviderFor(config: RegistryConfig): DnsProvider {
  return config.dns.kind === 'cloudflare'
    ? new CloudflareDnsProvider(config.dns.apiBase, config.dns.apiToken, config.dns.zoneId)
    : new NoneDnsProvider();
}

export async function start(
  config: RegistryConfig,
  options: RegistryStartOptions = {},
): Promise<RunningRegistry> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger('registry', config.logLevel);
  const dataSource = await createSubgraphDataSource({
    url: config.databaseUrl,
    schema: REGISTRY_SCHEMA,
    entities: registryEntities,
    migrations: registryMigrations,
    logger,
  });
  const directory = options.directory ?? new GatewayIdentityDirectory(config.gatewayUrl, logger);
  const dns = new DnsSync(dataSource, options.dnsProvider ?? dnsProviderFor(config), clock, logger);
  const nodes = new NodeService(
    dataSource,
    new ProofVerifier(clock),
    directory,
    dns,
    clock,
    { domain: config.domain, adminDids: config.adminDids },
    logger,
  );
  const services: RegistryServices = { nodes, clock };
  const sweeper = new NodeSweeper(dataSource, dns, () => clock.now(), config.sweepIntervalMs, logger);
  if (options.sweeper !== false) sweeper.start();

  const server = await startSubgraphServer({
    name: 'registry',
    schema: await buildRegistrySchema(),
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
    sweeper,
    dns,
    stop: async () => {
      await sweeper.stop();
      await server.stop();
      await dataSource.destroy();
    },
  };
}
