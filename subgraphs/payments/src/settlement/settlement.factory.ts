import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';

import {
  PeriodicTask,
  type Clock,
  type IdentityDirectory,
  type Logger,
  type ProofVerifier,
} from '@imajin/subgraph-common';

import type { SettlementBackendName } from '../config';
import type { ManifestService } from '../manifest/manifest.service';

import { ConnectedAccountService } from './connected-account.service';
import { LedgerSettlementBackend, refuseSolana, type SettlementBackend } from './settlement-backend';
import { SettlementService } from './settlement.service';
import { StripeTransferBackend } from './stripe-transfer.backend';

export interface SettlementWiring {
  dataSource: DataSource;
  manifests: ManifestService;
  verifier: ProofVerifier;
  directory: IdentityDirectory;
  clock: Clock;
  logger: Logger;
  /** The node's DID; owns the clearing accounts. */
  nodeDid: string;
  backend?: SettlementBackendName;
  /** Needed for the stripe backend (the same client checkout uses). */
  stripe?: () => Stripe;
  /** How often pending provider transfers are sent (stripe backend only). */
  dispatchIntervalMs?: number;
}

export interface SettlementServices {
  settlements: SettlementService;
  connectedAccounts: ConnectedAccountService;
  /** Starts the transfer dispatcher when the backend moves money; returns its stop function. */
  startDispatcher(): () => Promise<void>;
}

export function createSettlementServices(w: SettlementWiring): SettlementServices {
  let accountOf: (did: string) => Promise<string | null> = () => Promise.resolve(null);
  let backend: SettlementBackend;
  switch (w.backend ?? 'ledger') {
    case 'ledger':
      backend = new LedgerSettlementBackend();
      break;
    case 'stripe':
      if (!w.stripe)
        throw new Error('SETTLEMENT_BACKEND=stripe needs STRIPE_SECRET_KEY (Stripe Connect transfers)');
      backend = new StripeTransferBackend(w.stripe(), (did) => accountOf(did));
      break;
    default:
      refuseSolana();
  }
  const settlements = new SettlementService(w.dataSource, w.manifests, backend, w.nodeDid, w.clock, w.logger);
  const connectedAccounts = new ConnectedAccountService(
    w.dataSource,
    w.verifier,
    w.directory,
    w.clock,
    (tx, did) => settlements.retryTransfersOf(tx, did),
  );
  accountOf = (did) => connectedAccounts.accountOf(did);
  return {
    settlements,
    connectedAccounts,
    startDispatcher: () => {
      if (!backend.movesMoney) return () => Promise.resolve();
      const task = new PeriodicTask({
        name: 'transfer dispatch',
        intervalMs: w.dispatchIntervalMs ?? 5000,
        logger: w.logger,
        failureLevel: 'error',
        run: () => settlements.dispatchPending(),
      });
      task.start();
      return () => task.stop();
    },
  };
}
