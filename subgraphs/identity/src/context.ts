import DataLoader from 'dataloader';

import type { Logger, Viewer } from '@imajin/subgraph-common';

import type { ConsentService } from './consent/consent.service';
import type { ConsentDeclaration } from './consent/consent.types';
import type { DelegationService } from './delegation/delegation.service';
import type { DidDocumentService } from './did-document/did-document.service';
import type { IdentityEntity } from './identity/identity.entity';
import type { IdentityService } from './identity/identity.service';
import type { KeyService } from './key/key.service';
import type { SessionService } from './session/session.service';
import type { SoftIdentityService } from './soft-identity/soft-identity.service';

export interface IdentityServices {
  identities: IdentityService;
  keys: KeyService;
  sessions: SessionService;
  softIdentities: SoftIdentityService;
  didDocuments: DidDocumentService;
  consents: ConsentService;
  delegations: DelegationService;
}

export interface IdentityContext {
  viewer: Viewer;
  logger: Logger;
  services: IdentityServices;
  loaders: {
    identity: DataLoader<string, IdentityEntity | null>;
    currentKey: DataLoader<string, string | null>;
    consent: DataLoader<string, ConsentDeclaration | null>;
  };
}

/** Per-request loaders batch the N lookups of one query (federation references, claimedBy) into one. */
export function createContext(services: IdentityServices, viewer: Viewer, logger: Logger): IdentityContext {
  return {
    viewer,
    logger,
    services,
    loaders: {
      identity: new DataLoader((dids) => services.identities.getMany(dids)),
      currentKey: new DataLoader(async (dids) => {
        const keys = await services.keys.currentKeys(dids);
        return dids.map((did) => keys.get(did) ?? null);
      }),
      consent: new DataLoader((ids) => services.consents.getMany(ids)),
    },
  };
}
