import DataLoader from 'dataloader';

import type { Logger, Viewer } from '@imajin/subgraph-common';

import type { AttestationService } from './attestation/attestation.service';
import type { GraphService } from './graph/graph.service';
import type { InviteService } from './invite/invite.service';
import type { VouchService } from './vouch/vouch.service';
import type { Vouch } from './vouch/vouch.types';

export interface TrustServices {
  vouches: VouchService;
  graph: GraphService;
  invites: InviteService;
  attestations: AttestationService;
}

export interface TrustContext {
  viewer: Viewer;
  logger: Logger;
  services: TrustServices;
  loaders: { vouch: DataLoader<string, Vouch | null> };
}

export function createContext(services: TrustServices, viewer: Viewer, logger: Logger): TrustContext {
  return {
    viewer,
    logger,
    services,
    loaders: { vouch: new DataLoader((ids) => services.vouches.getMany(ids)) },
  };
}
