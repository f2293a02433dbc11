import type { EntityManager } from 'typeorm';

export interface SettledRecipient {
  did: string;
  amount: number;
  /** How the money reached this DID: each path lists manifest ids from the paid manifest down. */
  paths?: string[][];
}

export interface SettlementOutcome {
  settlementId: string;
  recipients: SettledRecipient[];
}

/**
 * What checkout and refunds need from settlement (src/settlement, built separately): split a completed
 * payment along its manifest and reverse it exactly, each inside the caller's transaction.
 */
export interface SettlementPort {
  settle(
    tx: EntityManager,
    payment: {
      paymentId: string;
      manifestId: string;
      amount: number;
      currency: string;
      payerDid: string;
      at: Date;
    },
  ): Promise<SettlementOutcome>;
  reverse(tx: EntityManager, payment: { paymentId: string; at: Date }): Promise<void>;
}
