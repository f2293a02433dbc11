import type { KeyPair } from '@imajin/protocol';
import { MjnActions } from '@imajin/protocol';

import { present, type ImajinClient } from './client';
import {
  AcceptInviteDocument,
  AttestDocument,
  CreateInviteDocument,
  IsTrustedDocument,
  NeighbourhoodDocument,
  RevokeAttestationDocument,
  RevokeVouchDocument,
  TrustPathDocument,
  TrustScoreDocument,
  VouchDocument,
  type AttestInput,
  type CreateInviteInput,
  type NeighbourhoodQuery,
  type TrustPathQuery,
  type TrustScoreQuery,
  type VouchFieldsFragment,
  type VouchInput,
} from './generated/graphql';
import { compactInput, proofFor } from './identity';

/** Proof `type` per trust mutation; the server rebuilds the payload with these. */
export const TrustProofTypes = {
  vouch: MjnActions.trust.vouch,
  revokeVouch: MjnActions.trust.revokeVouch,
  createInvite: MjnActions.trust.createInvite,
  acceptInvite: MjnActions.trust.acceptInvite,
  attest: MjnActions.trust.attest,
  revokeAttestation: MjnActions.trust.revokeAttestation,
} as const;

export interface VouchOptions {
  weight: number;
  context?: string;
  /** Sent and signed as Date#toISOString(). */
  expiresAt?: Date | string;
}

/** Signs and sends a vouch from `keyPair.did` for `to`. */
export async function vouchFor(
  client: ImajinClient,
  keyPair: KeyPair,
  to: string,
  options: VouchOptions,
): Promise<VouchFieldsFragment> {
  const input = compactInput<VouchInput>({
    to,
    weight: options.weight,
    context: options.context,
    expiresAt: options.expiresAt === undefined ? undefined : new Date(options.expiresAt).toISOString(),
  });
  const data = await client.request(VouchDocument, {
    input,
    proof: proofFor(TrustProofTypes.vouch, input, keyPair),
  });
  return data.vouch;
}

/** Revokes a vouch `keyPair.did` gave. */
export async function revokeVouch(client: ImajinClient, keyPair: KeyPair, id: string) {
  const data = await client.request(RevokeVouchDocument, {
    id,
    proof: proofFor(TrustProofTypes.revokeVouch, { id }, keyPair),
  });
  return data.revokeVouch;
}

export async function trustPath(
  client: ImajinClient,
  from: string,
  to: string,
  options: { maxDepth?: number; minWeight?: number } = {},
): Promise<NonNullable<TrustPathQuery['trustPath']>> {
  return present((await client.request(TrustPathDocument, { from, to, ...options })).trustPath, 'trustPath');
}

export async function isTrusted(
  client: ImajinClient,
  querier: string,
  subject: string,
  maxHops = 3,
): Promise<boolean> {
  return present(
    (await client.request(IsTrustedDocument, { querier, subject, maxHops })).isTrusted,
    'isTrusted',
  );
}

export async function neighbourhood(
  client: ImajinClient,
  did: string,
  options: { depth?: number; first?: number; after?: string } = {},
): Promise<NonNullable<NeighbourhoodQuery['neighbourhood']>> {
  return present(
    (await client.request(NeighbourhoodDocument, { did, ...options })).neighbourhood,
    'neighbourhood',
  );
}

export async function trustScore(
  client: ImajinClient,
  from: string,
  to: string,
): Promise<NonNullable<TrustScoreQuery['trustScore']>> {
  return present((await client.request(TrustScoreDocument, { from, to })).trustScore, 'trustScore');
}

/** Creates an invite from `keyPair.did`; returns the one-time-shown code and the invite. */
export async function createInvite(
  client: ImajinClient,
  keyPair: KeyPair,
  options: { maxUses: number; expiresAt: Date | string; toEmail?: string; toDid?: string },
) {
  const input = compactInput<CreateInviteInput>({
    maxUses: options.maxUses,
    expiresAt: new Date(options.expiresAt).toISOString(),
    toEmail: options.toEmail,
    toDid: options.toDid,
  });
  const data = await client.request(CreateInviteDocument, {
    input,
    proof: proofFor(TrustProofTypes.createInvite, input, keyPair),
  });
  return data.createInvite;
}

/** Accepts an invite as `keyPair.did`: records mutual vouches with the inviter. */
export async function acceptInvite(client: ImajinClient, keyPair: KeyPair, code: string) {
  const data = await client.request(AcceptInviteDocument, {
    code,
    proof: proofFor(TrustProofTypes.acceptInvite, { code }, keyPair),
  });
  return data.acceptInvite;
}

/** Issues a typed attestation (event.attendance, email.verified, …) about `subject`. */
export async function attest(
  client: ImajinClient,
  keyPair: KeyPair,
  subject: string,
  attestationType: string,
  options: { claim?: string; expiresAt?: Date | string } = {},
) {
  const input = compactInput<AttestInput>({
    subject,
    attestationType,
    claim: options.claim,
    expiresAt: options.expiresAt === undefined ? undefined : new Date(options.expiresAt).toISOString(),
  });
  const data = await client.request(AttestDocument, {
    input,
    proof: proofFor(TrustProofTypes.attest, input, keyPair),
  });
  return data.attest;
}

export async function revokeAttestation(client: ImajinClient, keyPair: KeyPair, id: string) {
  const data = await client.request(RevokeAttestationDocument, {
    id,
    proof: proofFor(TrustProofTypes.revokeAttestation, { id }, keyPair),
  });
  return data.revokeAttestation;
}
