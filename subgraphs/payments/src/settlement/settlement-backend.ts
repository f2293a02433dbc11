import type { SettlementBackendName } from '../config';

export interface TransferRequest {
  settlementId: string;
  recipientDid: string;
  amount: number;
  currency: string;
  /** Derived from settlement + recipient, so a retried transfer is the same transfer at the provider. */
  idempotencyKey: string;
}

export interface TransferResult {
  /** The provider's id for the transfer (e.g. Stripe's tr_…), stored on the settlement line. */
  reference: string;
}

/**
 * Where settled money goes after the ledger records it. `ledger` keeps it in the books only; `stripe`
 * pays each recipient's Connect account. Transfers run after the ledger transaction commits.
 */
export interface SettlementBackend {
  readonly name: SettlementBackendName;
  /** False when the ledger entries are the whole settlement (no transfer calls needed). */
  readonly movesMoney: boolean;
  transfer(request: TransferRequest): Promise<TransferResult>;
}

export const transferIdempotencyKey = (settlementId: string, recipientDid: string) =>
  `mjn-settle-${settlementId}-${recipientDid}`;

/** The default: balances live in the ledger; nothing leaves the node. */
export class LedgerSettlementBackend implements SettlementBackend {
  readonly name = 'ledger' as const;
  readonly movesMoney = false;

  transfer(request: TransferRequest): Promise<TransferResult> {
    return Promise.resolve({ reference: `ledger:${request.settlementId}:${request.recipientDid}` });
  }
}

/** Planned: on-chain settlement. Refused rather than faked, so nobody believes money moved. */
export function refuseSolana(): never {
  throw new Error(
    'SETTLEMENT_BACKEND=solana is planned but not implemented; use "ledger" or "stripe" for now',
  );
}
