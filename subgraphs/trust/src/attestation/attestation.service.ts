import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import type { Proof } from '@imajin/protocol';
import { MjnActions } from '@imajin/protocol';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  plainFields,
  signingKeyFromDirectory,
  type Clock,
  type IdentityDirectory,
  type ProofVerifier,
} from '@imajin/subgraph-common';

import { checkDid, checkFutureInstant, checkText, checkUuid, requireActiveIdentity } from '../common';
import { identityRef } from '../identity/identity.types';
import { VOUCH_COLUMNS, type VouchRow } from '../vouch/vouch.service';

import type { AttestInput } from './attestation.inputs';
import type { Attestation } from './attestation.types';

export const ATTEST = MjnActions.trust.attest;
export const REVOKE_ATTESTATION = MjnActions.trust.revokeAttestation;
const TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-zA-Z0-9_]*)+$/;
const COLUMNS =
  'id, type, issuer_did, subject_did, claim, expires_at, created_at, revoked_at, signature, signed_payload';

interface AttestationRow {
  id: string;
  type: string;
  issuer_did: string;
  subject_did: string;
  claim: string | null;
  expires_at: Date | null;
  created_at: Date;
  revoked_at: Date | null;
  signature: string;
  signed_payload: string;
}

const isActive = (r: { revoked_at: Date | null; expires_at: Date | null }, now: Date) =>
  r.revoked_at === null && (r.expires_at === null || r.expires_at.getTime() > now.getTime());

function toAttestation(r: AttestationRow, now: Date): Attestation {
  return {
    id: r.id,
    type: r.type,
    issuer: identityRef(r.issuer_did),
    subject: identityRef(r.subject_did),
    claim: r.claim,
    expiresAt: r.expires_at,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    active: isActive(r, now),
    signature: r.signature,
    signedPayload: r.signed_payload,
  };
}

function vouchAsAttestation(v: VouchRow, now: Date): Attestation {
  return {
    id: v.id,
    type: 'vouch',
    issuer: identityRef(v.from_did),
    subject: identityRef(v.to_did),
    claim: JSON.stringify({ weight: v.weight, context: v.context }),
    expiresAt: v.expires_at,
    createdAt: v.created_at,
    revokedAt: v.revoked_at,
    active: isActive(v, now),
    signature: v.signature,
    signedPayload: v.signed_payload,
  };
}

export class AttestationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly clock: Clock,
  ) {}

  async attest(input: AttestInput, proof: Proof): Promise<Attestation> {
    const now = this.clock.now();
    checkDid(input.subject, 'subject');
    if (input.attestationType === 'vouch')
      throw new BadUserInputError('Use the vouch mutation to vouch; it is the `vouch` attestation', {
        field: 'attestationType',
      });
    if (!TYPE.test(input.attestationType) || input.attestationType.length > 100)
      throw new BadUserInputError('type must be a dotted lower-case name such as event.attendance', {
        field: 'attestationType',
      });
    const claim = checkText(input.claim, 2000, 'claim');
    const expiresAt = checkFutureInstant(input.expiresAt, now, 'expiresAt');
    if (input.subject === proof.signer)
      throw new BadUserInputError('Attestations are about someone else', { field: 'subject' });
    const verified = this.proofs.verify({
      type: ATTEST,
      fields: plainFields(input),
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, proof.signer),
    });
    await requireActiveIdentity(this.directory, input.subject, 'the subject');
    const row = await this.dataSource.transaction(async (tx) => {
      await this.proofs.record(tx, verified);
      const rows: AttestationRow[] = await tx.query(
        `INSERT INTO attestations (id, owner_did, issuer_did, subject_did, type, claim, expires_at, created_at,
           signature, signed_payload)
         VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
        [
          randomUUID(),
          verified.signer,
          input.subject,
          input.attestationType,
          claim,
          expiresAt,
          now,
          verified.signature,
          verified.canonical,
        ],
      );
      return rows[0];
    });
    return toAttestation(row, now);
  }

  async revoke(id: string, proof: Proof): Promise<Attestation> {
    const now = this.clock.now();
    checkUuid(id);
    const verified = this.proofs.verify({
      type: REVOKE_ATTESTATION,
      fields: { id },
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, proof.signer),
    });
    const row = await this.dataSource.transaction(async (tx) => {
      const found: AttestationRow[] = await tx.query(
        `SELECT ${COLUMNS} FROM attestations WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!found[0]) throw new NotFoundError(`No attestation ${id}`);
      if (found[0].issuer_did !== verified.signer)
        throw new ForbiddenError('Only the issuer can revoke an attestation');
      if (found[0].revoked_at) throw new ConflictError(`Attestation ${id} is already revoked`);
      await this.proofs.record(tx, verified);
      const [rows]: [AttestationRow[], number] = await tx.query(
        `UPDATE attestations SET revoked_at = $2, revoke_signature = $3, revoke_signed_payload = $4
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, now, verified.signature, verified.canonical],
      );
      return rows[0];
    });
    return toAttestation(row, now);
  }

  /** Attestations about `subject`, newest first; type `vouch` (or no type) includes its vouches. */
  async about(
    subject: string,
    type: string | null,
    includeInactive: boolean,
    limit = 100,
  ): Promise<Attestation[]> {
    const now = this.clock.now();
    const rows: AttestationRow[] =
      type === 'vouch'
        ? []
        : await this.dataSource.query(
            `SELECT ${COLUMNS} FROM attestations WHERE subject_did = $1 AND ($2::text IS NULL OR type = $2)
             ORDER BY created_at DESC, id DESC LIMIT $3`,
            [subject, type, limit * 2],
          );
    const vouches: VouchRow[] =
      type === null || type === 'vouch'
        ? await this.dataSource.query(
            `SELECT ${VOUCH_COLUMNS} FROM vouches WHERE to_did = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
            [subject, limit * 2],
          )
        : [];
    return [...rows.map((r) => toAttestation(r, now)), ...vouches.map((v) => vouchAsAttestation(v, now))]
      .filter((a) => includeInactive || a.active)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .slice(0, limit);
  }
}
