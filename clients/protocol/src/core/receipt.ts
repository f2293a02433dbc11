import type { CryptoBackend } from './backend';
import { didFromPublicKey } from './did.codec';
import { ProofError } from './errors';
import { createProtocol, type SignedEnvelope } from './protocol';

/** The envelope type of a payment receipt signed by the node that settled it. */
export const RECEIPT_TYPE = 'mjn.payments.receipt';

export interface ReceiptRecipient {
  did: string;
  /** Integer minor units this DID received. */
  amount: number;
  /** How the money reached this DID: each path lists manifest ids from the paid manifest down. */
  paths?: string[][];
}

export interface ReceiptPayload {
  type: typeof RECEIPT_TYPE;
  receiptId: string;
  paymentId: string;
  checkoutId: string;
  reference: string;
  manifestId: string;
  /** Integer minor units the buyer paid; equals the sum of `recipients[].amount`. */
  amount: number;
  currency: string;
  buyerDid: string;
  settlementId: string;
  recipients: ReceiptRecipient[];
  completedAt: string;
  /** The node's DID. */
  signer: string;
  createdAt: string;
  nonce: string;
}

function malformed(message: string): never {
  throw new ProofError('MALFORMED', `Receipt: ${message}`);
}

const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Verifies a receipt offline: signed by the node key given (and naming that node as signer), and its
 * breakdown adds up exactly — every recipient once, non-negative integer parts summing to the amount.
 * Pass `cryptoBackend` from this package's entry. Throws ProofError; returns the typed payload.
 */
export function verifyReceipt(
  receipt: SignedEnvelope,
  nodePublicKey: Uint8Array,
  backend: CryptoBackend,
): ReceiptPayload {
  const payload = createProtocol(backend).verifyEnvelope(receipt, {
    publicKey: nodePublicKey,
    expectedType: RECEIPT_TYPE,
  });
  if (payload.signer !== didFromPublicKey(nodePublicKey)) {
    throw new ProofError('BAD_SIGNER', `Receipt names ${String(payload.signer)} as signer, not this node.`);
  }
  for (const key of [
    'receiptId',
    'paymentId',
    'checkoutId',
    'reference',
    'manifestId',
    'currency',
    'buyerDid',
    'settlementId',
    'completedAt',
  ]) {
    if (typeof payload[key] !== 'string' || payload[key] === '')
      malformed(`${key} must be a non-empty string.`);
  }
  const amount = payload.amount;
  if (!isAmount(amount) || amount === 0) malformed('amount must be a positive integer of minor units.');
  const recipients = payload.recipients;
  if (!Array.isArray(recipients) || recipients.length === 0)
    malformed('recipients must be a non-empty list.');
  const seen = new Set<string>();
  let sum = 0;
  for (const r of recipients as unknown[]) {
    const rec = r as Partial<ReceiptRecipient> | null;
    if (typeof rec?.did !== 'string' || !isAmount(rec.amount))
      malformed('each recipient needs a did and an integer amount.');
    if (seen.has(rec.did)) malformed(`recipient ${rec.did} is listed twice.`);
    seen.add(rec.did);
    sum += rec.amount;
  }
  if (sum !== amount) malformed(`recipients sum to ${sum}, not the amount ${amount}.`);
  return payload as unknown as ReceiptPayload;
}
