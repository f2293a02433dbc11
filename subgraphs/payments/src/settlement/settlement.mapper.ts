import type { FairSplitLine } from '@imajin/protocol';

import { identityRef } from '../identity/identity.types';

import type { SettlementLineRow, SettlementRow } from './settlement.service';
import {
  SettlementBackendKind,
  SettlementKind,
  SettlementStatus,
  TransferStatus,
  type Settlement,
  type SettlementLine,
} from './settlement.types';

export type SettlementView = Omit<Settlement, 'manifest'> & { manifestId: string };

export function toSettlement(row: SettlementRow): SettlementView {
  return {
    id: row.id,
    kind: row.kind as SettlementKind,
    paymentId: row.payment_id,
    reversesId: row.reverses_id,
    manifestId: row.manifest_id,
    amount: Number(row.amount),
    currency: row.currency,
    payer: identityRef(row.payer_did),
    backend: row.backend as SettlementBackendKind,
    status: row.status as SettlementStatus,
    createdAt: row.created_at,
    reversedAt: row.reversed_at,
  };
}

export function toSettlementLine(row: SettlementLineRow): SettlementLine {
  return {
    did: row.recipient_did,
    identity: identityRef(row.recipient_did),
    amount: Number(row.amount),
    paths: row.paths,
    transferStatus: row.transfer_status as TransferStatus,
    transferReference: row.transfer_ref,
    transferError: row.transfer_error,
  };
}

export function toPreviewLine(line: FairSplitLine): SettlementLine {
  return {
    did: line.did,
    identity: identityRef(line.did),
    amount: line.amount,
    paths: line.paths,
    transferStatus: null,
    transferReference: null,
    transferError: null,
  };
}
