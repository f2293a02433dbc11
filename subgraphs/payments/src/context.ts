import DataLoader from 'dataloader';

import type { Clock, Logger, Viewer } from '@imajin/subgraph-common';

import type { MoneyAccess } from './access/money.access';
import {
  createCheckoutLoaders,
  type CheckoutLoaders,
  type CheckoutServices,
} from './checkout/checkout.loaders';
import type { LedgerService } from './ledger/ledger.service';
import type { ConsentRow, ManifestRow, ManifestService } from './manifest/manifest.service';
import type { ConnectedAccountService } from './settlement/connected-account.service';
import type { SettlementLineRow, SettlementRow, SettlementService } from './settlement/settlement.service';

export interface PaymentsServices extends CheckoutServices {
  manifests: ManifestService;
  ledger: LedgerService;
  settlements: SettlementService;
  connectedAccounts: ConnectedAccountService;
  /** Who may read balances, ledgers, receipts and payments. */
  access: MoneyAccess;
  clock: Clock;
}

export interface PaymentsContext {
  viewer: Viewer;
  logger: Logger;
  services: PaymentsServices;
  loaders: {
    manifest: DataLoader<string, ManifestRow | null>;
    consents: DataLoader<string, ConsentRow[]>;
    settlement: DataLoader<string, SettlementRow | null>;
    settlementLines: DataLoader<string, SettlementLineRow[]>;
  };
  checkoutLoaders: CheckoutLoaders;
}

export function createContext(services: PaymentsServices, viewer: Viewer, logger: Logger): PaymentsContext {
  return {
    viewer,
    logger,
    services,
    loaders: {
      manifest: new DataLoader((ids) => services.manifests.getMany(ids)),
      consents: new DataLoader((ids) => services.manifests.consents(ids)),
      settlement: new DataLoader((ids) => services.settlements.getMany(ids)),
      settlementLines: new DataLoader((ids) => services.settlements.linesFor(ids)),
    },
    checkoutLoaders: createCheckoutLoaders(services),
  };
}
