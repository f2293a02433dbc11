import {
  cryptoBackend,
  FAIR_CONSENT_TYPE,
  FAIR_MANIFEST_TYPE,
  fromBase64Url,
  validateFairManifest,
  verifyReceipt as verifyReceiptEnvelope,
  type FairDocument,
  type FairManifestBody,
  type KeyPair,
  type ReceiptPayload,
  type SignedEnvelope,
  MjnActions,
} from '@imajin/protocol';

import { present, type ImajinClient } from './client';
import {
  CheckoutDocument,
  CreateCheckoutDocument,
  CreateFairManifestDocument,
  ExportFairManifestDocument,
  IdentityReceiptsDocument,
  ImportFairManifestDocument,
  LinkStripeAccountDocument,
  PaymentDocument,
  ReceiptDocument,
  RefundPaymentDocument,
  SettlementPreviewDocument,
  SignFairManifestDocument,
  type CheckoutFieldsFragment,
  type CreateCheckoutInput,
  type CreateFairManifestInput,
  type FairManifestFieldsFragment,
  type IdentityReceiptsQuery,
  type PaymentQuery,
  type ReceiptFieldsFragment,
  type RefundFieldsFragment,
  type SettlementPreviewQuery,
} from './generated/graphql';
import { compactInput, proofFor } from './identity';

// ---- .fair manifests, settlement and ledger ----

/** Proof `type` per payments mutation; the server rebuilds the payload with these. */
export const PaymentsProofTypes = {
  createFairManifest: FAIR_MANIFEST_TYPE,
  signFairManifest: FAIR_CONSENT_TYPE,
  linkStripeAccount: MjnActions.payments.linkStripeAccount,
} as const;

/**
 * Signs and creates a .fair manifest as `creator`. The manifest is normalised first (contributors by DID,
 * upstreams by id, null terms dropped): that normal form is what the id hashes and the server verifies.
 */
export async function createFairManifest(
  client: ImajinClient,
  creator: KeyPair,
  manifest: Omit<FairManifestBody, 'derivesFrom' | 'terms'> &
    Partial<Pick<FairManifestBody, 'derivesFrom' | 'terms'>>,
): Promise<FairManifestFieldsFragment> {
  const body = validateFairManifest({ ...manifest, derivesFrom: manifest.derivesFrom ?? [] });
  const input: CreateFairManifestInput = { ...body };
  const data = await client.request(CreateFairManifestDocument, {
    input,
    proof: proofFor(PaymentsProofTypes.createFairManifest, body, creator),
  });
  return data.createFairManifest;
}

/** `contributor` consents to the manifest `manifestId` by signing its id. */
export async function signFairManifest(
  client: ImajinClient,
  contributor: KeyPair,
  manifestId: string,
): Promise<FairManifestFieldsFragment> {
  const input = { manifestId };
  const data = await client.request(SignFairManifestDocument, {
    input,
    proof: proofFor(PaymentsProofTypes.signFairManifest, input, contributor),
  });
  return data.signFairManifest;
}

/** The portable .fair.json; check it offline with verifyFairDocument(doc, cryptoBackend). */
export async function exportFairManifest(client: ImajinClient, id: string): Promise<FairDocument> {
  const data = await client.request(ExportFairManifestDocument, { id });
  return present(data.exportFairManifest, 'exportFairManifest') as FairDocument;
}

export async function importFairManifest(
  client: ImajinClient,
  document: FairDocument,
): Promise<FairManifestFieldsFragment> {
  const data = await client.request(ImportFairManifestDocument, { document });
  return data.importFairManifest;
}

/** The exact split of `amount` minor units along the manifest's chain (same as splitAlongChain). */
export async function previewSettlement(
  client: ImajinClient,
  manifestId: string,
  amount: number,
  currency: string,
): Promise<NonNullable<SettlementPreviewQuery['settlementPreview']>> {
  const data = await client.request(SettlementPreviewDocument, { manifestId, amount, currency });
  return present(data.settlementPreview, 'settlementPreview');
}

/** Links `keyPair.did` to a Stripe Connect account for the stripe settlement backend. */
export async function linkStripeAccount(
  client: ImajinClient,
  keyPair: KeyPair,
  stripeAccountId: string,
): Promise<{ stripeAccountId: string }> {
  const input = { stripeAccountId };
  const data = await client.request(LinkStripeAccountDocument, {
    input,
    proof: proofFor(PaymentsProofTypes.linkStripeAccount, input, keyPair),
  });
  return data.linkStripeAccount;
}

// --- Checkout, receipts, refunds (PAY-B) ---

/** Proof `type` per checkout/refund mutation; the server rebuilds the payload with these. */
export const CheckoutProofTypes = {
  createCheckout: MjnActions.payments.createCheckout,
  refundPayment: MjnActions.payments.refundPayment,
} as const;

export type CheckoutInfo = CheckoutFieldsFragment;
export type PaymentInfo = NonNullable<PaymentQuery['payment']>;
export type ReceiptInfo = ReceiptFieldsFragment;

export interface CheckoutOptions {
  /** Your idempotency key (no ':'); the same reference returns the same checkout. */
  reference: string;
  /** Integer minor units. */
  amount: number;
  currency: string;
  manifestId: string;
  description: string;
  metadata?: Record<string, string> | null;
}

/**
 * Starts a purchase. A did:mjn buyer passes its key pair (the input is signed); a soft did:email buyer
 * passes its DID string, sends no proof and must be signed in as that did:email on `client`. Returns the
 * checkout whose `url` the buyer pays at: with the local provider that link carries the checkout's secret
 * (POST `${url}/complete` pays) and only this answer has it.
 */
export async function createCheckout(
  client: ImajinClient,
  buyer: KeyPair | string,
  options: CheckoutOptions,
): Promise<CheckoutInfo> {
  const buyerDid = typeof buyer === 'string' ? buyer : buyer.did;
  const input = compactInput<CreateCheckoutInput>({ ...options, buyerDid });
  const proof = typeof buyer === 'string' ? null : proofFor(CheckoutProofTypes.createCheckout, input, buyer);
  return (await client.request(CreateCheckoutDocument, { input, proof })).createCheckout;
}

export async function getCheckout(client: ImajinClient, id: string): Promise<CheckoutInfo | null> {
  return (await client.request(CheckoutDocument, { id })).checkout;
}

export async function getPayment(client: ImajinClient, id: string): Promise<PaymentInfo | null> {
  return (await client.request(PaymentDocument, { id })).payment;
}

export async function getReceipt(client: ImajinClient, id: string): Promise<ReceiptInfo | null> {
  return (await client.request(ReceiptDocument, { id })).receipt;
}

/** Receipts where `did` is the buyer or a recipient, newest first. */
export async function getIdentityReceipts(
  client: ImajinClient,
  did: string,
  page: { first?: number; after?: string | null } = {},
): Promise<NonNullable<IdentityReceiptsQuery['identity']>['receipts'] | null> {
  return (
    (await client.request(IdentityReceiptsDocument, compactInput({ did, ...page }))).identity?.receipts ??
    null
  );
}

/** Refunds a completed payment in full (the manifest creator or a payments admin signs). */
export async function refundPayment(
  client: ImajinClient,
  signer: KeyPair,
  paymentId: string,
  reason: string,
): Promise<RefundFieldsFragment> {
  const input = { paymentId, reason };
  const proof = proofFor(CheckoutProofTypes.refundPayment, input, signer);
  return (await client.request(RefundPaymentDocument, { input, proof })).refundPayment;
}

/**
 * Verifies a receipt offline against the node's public key (raw bytes or base64url): signature, type,
 * signer, and that the parts sum to the amount.
 */
export function verifyReceipt(
  receipt: Pick<ReceiptInfo, 'envelope'>,
  nodePublicKey: Uint8Array | string,
): ReceiptPayload {
  const key = typeof nodePublicKey === 'string' ? fromBase64Url(nodePublicKey) : nodePublicKey;
  return verifyReceiptEnvelope(receipt.envelope as SignedEnvelope, key, cryptoBackend);
}
