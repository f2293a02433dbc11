import { isFairManifestId, isSoftDid, isValidMjnDid } from '@imajin/protocol';
import { BadUserInputError } from '@imajin/subgraph-common';

import { checkAmount, checkCurrency } from '../ledger/currency';

/** A purchase as both doors (createCheckout and POST /internal/checkouts) describe it. */
export interface CheckoutRequest {
  reference: string;
  amount: number;
  currency: string;
  manifestId: string;
  buyerDid: string;
  description: string;
  metadata: Record<string, string>;
  expiresAt?: Date;
}

// Stripe's own bounds on metadata, so a checkout that works locally also works with Stripe.
const MAX_METADATA_KEYS = 20;
const MAX_METADATA_KEY = 40;
const MAX_METADATA_VALUE = 500;
export const MAX_CHECKOUT_AMOUNT = 99_999_999;
const MAX_CHECKOUT_TTL_MS = 24 * 60 * 60_000;

const bad = (message: string, field: string): never => {
  throw new BadUserInputError(message, { field });
};

/**
 * Public references carry no ':'; internal ones are `<service>:...` (events uses `events:hold:<id>`), so a
 * public caller can never claim a reference another domain will use.
 */
export function checkReference(reference: unknown, internal: boolean): string {
  if (typeof reference !== 'string' || !/^[A-Za-z0-9_.:-]{1,200}$/.test(reference))
    return bad('reference must be 1–200 characters of letters, digits, _ . : -', 'reference');
  if (internal && !/^[a-z]+:./.test(reference))
    return bad('internal references are namespaced: <service>:<id>', 'reference');
  if (!internal && reference.includes(':'))
    return bad('reference must not contain ":" (reserved for other services’ references)', 'reference');
  return reference;
}

export function checkMetadata(metadata: unknown): Record<string, string> {
  if (metadata === undefined || metadata === null) return {};
  if (typeof metadata !== 'object' || Array.isArray(metadata))
    return bad('metadata must be an object of string values', 'metadata');
  const entries = Object.entries(metadata as Record<string, unknown>);
  if (entries.length > MAX_METADATA_KEYS) bad(`metadata has at most ${MAX_METADATA_KEYS} keys`, 'metadata');
  for (const [key, value] of entries) {
    if (key.length === 0 || key.length > MAX_METADATA_KEY || key.includes('['))
      bad(
        `metadata key '${key.slice(0, 50)}' must be 1–${MAX_METADATA_KEY} characters without '['`,
        'metadata',
      );
    if (typeof value !== 'string' || value.length > MAX_METADATA_VALUE)
      bad(`metadata.${key} must be a string of at most ${MAX_METADATA_VALUE} characters`, 'metadata');
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

export function checkBuyer(did: unknown): string {
  if (typeof did !== 'string' || !(isValidMjnDid(did) || isSoftDid(did)))
    return bad('buyerDid must be a did:mjn DID or a soft did:email:<local>_at_<domain>', 'buyerDid');
  return did;
}

/** Validates and normalises a request from either door; `now` bounds expiresAt. */
export function checkCheckoutRequest(raw: unknown, internal: boolean, now: Date): CheckoutRequest {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return bad('The request must be a JSON object', 'input');
  const r = raw as Record<string, unknown>;
  const amount = checkAmount(r.amount as number);
  if (amount > MAX_CHECKOUT_AMOUNT)
    bad(`amount must be at most ${MAX_CHECKOUT_AMOUNT} minor units`, 'amount');
  if (typeof r.currency !== 'string')
    bad('currency must be a three-letter ISO 4217 code such as "usd"', 'currency');
  if (!isFairManifestId(r.manifestId))
    bad('manifestId must be a .fair manifest id (fair_ + 64 hex)', 'manifestId');
  if (typeof r.description !== 'string' || r.description.trim().length === 0 || r.description.length > 500)
    bad('description must be 1–500 characters', 'description');
  let expiresAt: Date | undefined;
  if (r.expiresAt !== undefined && r.expiresAt !== null) {
    expiresAt = r.expiresAt instanceof Date ? r.expiresAt : new Date(String(r.expiresAt));
    if (Number.isNaN(expiresAt.getTime())) bad('expiresAt must be an ISO 8601 instant', 'expiresAt');
    if (expiresAt.getTime() <= now.getTime()) bad('expiresAt must be in the future', 'expiresAt');
    if (expiresAt.getTime() > now.getTime() + MAX_CHECKOUT_TTL_MS)
      bad('expiresAt must be within 24 hours', 'expiresAt');
  }
  return {
    reference: checkReference(r.reference, internal),
    amount,
    currency: checkCurrency(r.currency as string),
    manifestId: r.manifestId as string,
    buyerDid: checkBuyer(r.buyerDid),
    description: r.description as string,
    metadata: checkMetadata(r.metadata),
    expiresAt,
  };
}
