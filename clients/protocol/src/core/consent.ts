import { isValidMjnDid } from './did.codec';

/** Action types of consent proofs (SPEC.md §10, §12). */
export const CONSENT_DECLARE_TYPE = 'mjn.consent.declare';
export const CONSENT_REVOKE_TYPE = 'mjn.consent.revoke';

/** The purposes every node understands; any other purpose is a free-form scope matched exactly. */
export const CONSENT_PURPOSES = ['query', 'contact', 'training', 'resale'] as const;
export type StandardConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_SCOPE_PATTERN = /^[a-z][a-z0-9._:-]{0,63}$/;
export const MAX_CONSENT_PURPOSES = 16;
export const MAX_CONSENT_TRUST_HOPS = 6;
export const MAX_CONSENT_RETENTION_DAYS = 36_500;

/**
 * The signed fields of `mjn.consent.declare` (the `declareConsent` input). The audience is `grantee` (one
 * DID), or `maxTrustHops` (anyone within that trust distance of the grantor), or neither (anyone).
 */
export interface ConsentTerms {
  grantee?: string | null;
  maxTrustHops?: number | null;
  purposes: readonly string[];
  /** Highest fee, in integer minor units of `currency`, that a request may carry. Absent: no limit. */
  maxFee?: number | null;
  currency?: string | null;
  /** ISO 8601 UTC instant after which the declaration permits nothing. */
  expiresAt?: string | null;
  /** Longest the requester may keep what it receives; checked against requests that state theirs. */
  retentionDays?: number | null;
  /** Nothing received may be used to train models (refuses purpose `training` and training requests). */
  noTraining?: boolean | null;
}

/** A stored declaration: the terms and who granted them (the proof's signer). */
export interface ConsentDeclaration extends ConsentTerms {
  grantor: string;
}

/** What someone wants to do under a declaration. */
export interface ConsentRequest {
  requester: string;
  purpose: string;
  /** The fee the exchange carries, if any. */
  fee?: { amount: number; currency: string } | null;
  /** How long the requester will keep what it receives, if it says. */
  retentionDays?: number | null;
  /** The requester will train on what it receives. */
  training?: boolean | null;
}

export interface ConsentContext {
  now: Date;
  /** Trust hops from the grantor to the requester; null or absent when unknown or unreachable. */
  trustDistance?: number | null;
  revoked: boolean;
}

export type ConsentRefusal =
  'REVOKED' | 'EXPIRED' | 'PURPOSE' | 'AUDIENCE' | 'DISTANCE' | 'FEE' | 'CURRENCY' | 'RETENTION' | 'TRAINING';

export type ConsentDecision = { permits: true } | { permits: false; reason: ConsentRefusal; message: string };

const refuse = (reason: ConsentRefusal, message: string): ConsentDecision => ({
  permits: false,
  reason,
  message,
});

/** Deterministic and pure: the same declaration, request and context always give the same decision. */
export function evaluateConsent(
  declaration: ConsentDeclaration,
  request: ConsentRequest,
  context: ConsentContext,
): ConsentDecision {
  if (context.revoked) return refuse('REVOKED', 'The consent was revoked');
  if (declaration.expiresAt != null) {
    const expires = Date.parse(declaration.expiresAt);
    if (!(expires > context.now.getTime())) return refuse('EXPIRED', 'The consent has expired');
  }
  if (!declaration.purposes.includes(request.purpose))
    return refuse('PURPOSE', `The consent does not cover the purpose '${request.purpose}'`);
  if (declaration.noTraining && (request.purpose === 'training' || request.training === true))
    return refuse('TRAINING', 'The consent forbids training on what is shared');
  if (declaration.grantee != null) {
    if (request.requester !== declaration.grantee)
      return refuse('AUDIENCE', 'The consent was granted to someone else');
  } else if (declaration.maxTrustHops != null) {
    const distance = context.trustDistance;
    if (distance == null || !(distance <= declaration.maxTrustHops))
      return refuse(
        'DISTANCE',
        `The consent covers only people within ${declaration.maxTrustHops} trust hops of ${declaration.grantor}`,
      );
  }
  if (declaration.maxFee != null && request.fee != null) {
    if (request.fee.currency !== declaration.currency)
      return refuse('CURRENCY', `The consent limits fees in ${String(declaration.currency)} only`);
    if (!(request.fee.amount <= declaration.maxFee))
      return refuse('FEE', `The fee is above the consent's limit of ${declaration.maxFee}`);
  }
  if (declaration.retentionDays != null && request.retentionDays != null)
    if (!(request.retentionDays <= declaration.retentionDays))
      return refuse('RETENTION', `The consent allows keeping data ${declaration.retentionDays} days at most`);
  return { permits: true };
}

/** Whether `declaration` permits `request` in `context` (see evaluateConsent for the reason when not). */
export function consentPermits(
  declaration: ConsentDeclaration,
  request: ConsentRequest,
  context: ConsentContext,
): boolean {
  return evaluateConsent(declaration, request, context).permits;
}

export interface ConsentTermsProblem {
  field: string;
  message: string;
}

const isInt = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * The first thing wrong with `terms` for a new declaration by `grantor` at `now`, or null. Servers refuse
 * what this names and clients can check before signing; the rules are SPEC.md §12.
 */
export function checkConsentTerms(
  terms: ConsentTerms,
  grantor: string,
  now: Date,
): ConsentTermsProblem | null {
  if (terms.grantee != null && terms.maxTrustHops != null)
    return { field: 'grantee', message: 'Give a grantee or maxTrustHops, not both (neither means anyone)' };
  if (terms.grantee != null) {
    if (typeof terms.grantee !== 'string' || !isValidMjnDid(terms.grantee))
      return { field: 'grantee', message: 'grantee must be a did:mjn' };
    if (terms.grantee === grantor)
      return { field: 'grantee', message: 'You cannot grant consent to yourself' };
  }
  if (terms.maxTrustHops != null && !isInt(terms.maxTrustHops, 1, MAX_CONSENT_TRUST_HOPS))
    return {
      field: 'maxTrustHops',
      message: `maxTrustHops must be an integer from 1 to ${MAX_CONSENT_TRUST_HOPS}`,
    };
  const purposes = terms.purposes;
  if (!Array.isArray(purposes) || purposes.length < 1 || purposes.length > MAX_CONSENT_PURPOSES)
    return { field: 'purposes', message: `purposes must list 1 to ${MAX_CONSENT_PURPOSES} purposes` };
  for (const p of purposes)
    if (typeof p !== 'string' || !CONSENT_SCOPE_PATTERN.test(p))
      return {
        field: 'purposes',
        message: `'${String(p)}' is not a purpose: use query, contact, training, resale or a lowercase scope (a-z, 0-9, . _ : -, up to 64)`,
      };
  if (new Set(purposes).size !== purposes.length)
    return { field: 'purposes', message: 'purposes must not repeat' };
  if (terms.noTraining && purposes.includes('training'))
    return { field: 'noTraining', message: 'noTraining contradicts the purpose training; drop one' };
  if ((terms.maxFee == null) !== (terms.currency == null))
    return { field: 'maxFee', message: 'maxFee and currency go together: give both or neither' };
  if (terms.maxFee != null && !isInt(terms.maxFee, 0, Number.MAX_SAFE_INTEGER))
    return { field: 'maxFee', message: 'maxFee must be a whole number of minor units, 0 or more' };
  if (terms.currency != null && (typeof terms.currency !== 'string' || !/^[A-Z]{3}$/.test(terms.currency)))
    return { field: 'currency', message: 'currency must be a three-letter ISO 4217 code such as EUR' };
  if (terms.expiresAt != null) {
    const at = typeof terms.expiresAt === 'string' ? Date.parse(terms.expiresAt) : NaN;
    if (Number.isNaN(at) || new Date(at).toISOString() !== terms.expiresAt)
      return {
        field: 'expiresAt',
        message: 'expiresAt must be an ISO 8601 UTC instant like 2030-01-01T00:00:00.000Z',
      };
    if (at <= now.getTime()) return { field: 'expiresAt', message: 'expiresAt must be in the future' };
  }
  if (terms.retentionDays != null && !isInt(terms.retentionDays, 0, MAX_CONSENT_RETENTION_DAYS))
    return {
      field: 'retentionDays',
      message: `retentionDays must be an integer from 0 to ${MAX_CONSENT_RETENTION_DAYS}`,
    };
  if (terms.noTraining != null && typeof terms.noTraining !== 'boolean')
    return { field: 'noTraining', message: 'noTraining must be true or false' };
  return null;
}

/** How a paid query or other exchange points at the consent it relies on (by id, or an inline signed copy). */
export interface ConsentReference {
  id: string;
  /** The declaration's canonical signed JSON and signature, for parties that cannot ask the node. */
  signedPayload?: string | null;
  signature?: string | null;
}
