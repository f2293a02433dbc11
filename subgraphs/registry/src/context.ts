import DataLoader from 'dataloader';

import type { Clock, Logger, Viewer } from '@imajin/subgraph-common';

import type { DnsRecordEntity, NodeEntity } from './node/node.entity';
import type { NodeService } from './node/node.service';

export interface RegistryServices {
  nodes: NodeService;
  clock: Clock;
}

export interface RegistryContext {
  viewer: Viewer;
  logger: Logger;
  services: RegistryServices;
  /** One instant per request, so every status in a response is computed at the same moment. */
  now: Date;
  loaders: {
    node: DataLoader<string, NodeEntity | null>;
    dns: DataLoader<string, DnsRecordEntity | null>;
    nodesOf: DataLoader<string, NodeEntity[]>;
  };
}

export function createContext(services: RegistryServices, viewer: Viewer, logger: Logger): RegistryContext {
  return {
    viewer,
    logger,
    services,
    now: services.clock.now(),
    loaders: {
      node: new DataLoader((dids) => services.nodes.getMany(dids)),
      dns: new DataLoader((dids) => services.nodes.dnsRecords(dids)),
      nodesOf: new DataLoader((dids) => services.nodes.forIdentities(dids)),
    },
  };
}
