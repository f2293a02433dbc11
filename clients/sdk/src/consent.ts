import { CONSENT_DECLARE_TYPE, CONSENT_REVOKE_TYPE, type ConsentTerms, type KeyPair } from '@imajin/protocol';

import type { ImajinClient } from './client';
import {
  ConsentDeclarationDocument,
  ConsentsDocument,
  DeclareConsentDocument,
  RevokeConsentDocument,
  type ConsentDeclarationFieldsFragment,
  type ConsentsQuery,
  type DeclareConsentInput,
} from './generated/graphql';
import { compactInput, proofFor } from './identity';

export const ConsentProofTypes = { declare: CONSENT_DECLARE_TYPE, revoke: CONSENT_REVOKE_TYPE } as const;

export type ConsentPage = NonNullable<ConsentsQuery['identity']>['consents'];

/** Terms as a caller writes them: `expiresAt` may be a Date; it is signed as its ISO string. */
export type ConsentOptions = Omit<ConsentTerms, 'expiresAt'> & { expiresAt?: Date | string | null };

/** Signs and sends a consent declaration granted by `keyPair.did` (SPEC.md §12). */
export async function declareConsent(
  client: ImajinClient,
  keyPair: KeyPair,
  terms: ConsentOptions,
): Promise<ConsentDeclarationFieldsFragment> {
  // Fields picked one by one: anything extra would be signed and then rejected by GraphQL validation.
  const input = compactInput<DeclareConsentInput>({
    grantee: terms.grantee,
    maxTrustHops: terms.maxTrustHops,
    purposes: [...terms.purposes],
    maxFee: terms.maxFee,
    currency: terms.currency,
    expiresAt: terms.expiresAt == null ? undefined : new Date(terms.expiresAt).toISOString(),
    retentionDays: terms.retentionDays,
    noTraining: terms.noTraining,
  });
  const data = await client.request(DeclareConsentDocument, {
    input,
    proof: proofFor(ConsentProofTypes.declare, input, keyPair),
  });
  return data.declareConsent;
}

/** Revokes a declaration `keyPair.did` made; it stays readable as revoked. */
export async function revokeConsent(
  client: ImajinClient,
  keyPair: KeyPair,
  id: string,
): Promise<ConsentDeclarationFieldsFragment> {
  const data = await client.request(RevokeConsentDocument, {
    id,
    proof: proofFor(ConsentProofTypes.revoke, { id }, keyPair),
  });
  return data.revokeConsent;
}

export async function getConsent(
  client: ImajinClient,
  id: string,
): Promise<ConsentDeclarationFieldsFragment | null> {
  const data = await client.request(ConsentDeclarationDocument, { id });
  return data.consentDeclaration;
}

/** The declarations `did` granted, newest first: live only unless `includeInactive`; null for an unknown DID. */
export async function listConsents(
  client: ImajinClient,
  did: string,
  options: { purpose?: string; includeInactive?: boolean; first?: number; after?: string | null } = {},
): Promise<ConsentPage | null> {
  const data = await client.request(ConsentsDocument, compactInput({ did, ...options }));
  return data.identity?.consents ?? null;
}
