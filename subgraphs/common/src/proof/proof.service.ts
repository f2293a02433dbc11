import type { EntityManager } from 'typeorm';

import { ProofError, publicKeyToMultibase, verifyProof, type Proof } from '@imajin/protocol';

import { systemClock, type Clock } from '../clock';
import { BadSignatureError, ForbiddenError } from '../errors';

import type { DelegationChecker } from './delegation-checker';

export interface VerifiedProof {
  type: string;
  signer: string;
  nonce: string;
  createdAt: Date;
  signature: string;
  /** The exact bytes that were signed (RFC 8785 JSON), stored beside the row. */
  canonical: string;
  publicKeyMultibase: string;
  /** The person an agent signed for (the proof's onBehalfOf), or null when the signer acts as itself. */
  onBehalfOf: string | null;
  /** Whom the action is attributed to: `onBehalfOf` when set, else the signer. */
  actor: string;
  /** The delegation that covered it; set by `record` once identity has authorised the request. */
  delegationId: string | null;
}

export interface ProofCheck {
  type: string;
  fields: Record<string, unknown>;
  proof: Proof;
  /** The key the signer holds now; resolved by the caller (identity's key table, or the DID itself). */
  publicKey: Uint8Array;
  expectedSigner?: string;
  /**
   * The action may be signed by an agent for a person (`proof.onBehalfOf`); `record` then asks identity for
   * a live delegation. Without it, a proof naming onBehalfOf is FORBIDDEN.
   */
  delegable?: boolean;
}

const reasons: Record<string, string> = {
  MALFORMED: 'The proof is malformed',
  BAD_SIGNER: 'The proof was signed by the wrong DID',
  STALE: "The proof's createdAt is outside the allowed window",
  BAD_SIGNATURE: 'The signature does not match the request',
};

/** Turns a typed GraphQL input (class instances, Dates) into the plain JSON fields that were signed. */
export function plainFields(input: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
}

/**
 * Verifies signed requests and records their nonces. `verify` is pure; `record` must run inside the
 * transaction that writes the row, so a failed write also forgets the nonce and nothing half-lands.
 */
export class ProofVerifier {
  constructor(
    private readonly clock: Clock = systemClock,
    private readonly windowMs = 5 * 60_000,
    private readonly delegations: DelegationChecker | null = null,
  ) {}

  verify(check: ProofCheck): VerifiedProof {
    const onBehalfOf = check.proof.onBehalfOf ?? null;
    if (onBehalfOf !== null && !check.delegable) {
      throw new ForbiddenError(
        `${check.type} cannot be done on behalf of someone else; ${String(onBehalfOf).slice(0, 80)} must sign it`,
        { missingScope: check.type },
      );
    }
    try {
      // GraphQL inputs arrive as class instances; the verifier wants the plain object that was signed.
      const { canonical } = verifyProof(
        check.type,
        check.fields,
        plainFields(check.proof) as unknown as Proof,
        {
          publicKey: check.publicKey,
          now: this.clock.now(),
          windowMs: this.windowMs,
          expectedSigner: check.expectedSigner,
        },
      );
      return {
        type: check.type,
        signer: check.proof.signer,
        nonce: check.proof.nonce,
        createdAt: new Date(check.proof.createdAt),
        signature: check.proof.signature,
        canonical,
        publicKeyMultibase: publicKeyToMultibase(check.publicKey),
        onBehalfOf,
        actor: onBehalfOf ?? check.proof.signer,
        delegationId: null,
      };
    } catch (error) {
      if (error instanceof ProofError) {
        throw new BadSignatureError(`${reasons[error.code] ?? 'Bad proof'}: ${error.message}`, {
          reason: error.code,
        });
      }
      throw error;
    }
  }

  /**
   * Claims the nonce (a second use by the same signer is a replay and fails), then, for a delegated proof,
   * has identity authorise it: after the nonce, so a replay never uses up a delegation, and inside the
   * caller's transaction, so a refusal frees the nonce and writes nothing.
   */
  async record(manager: EntityManager, proof: VerifiedProof, ownerDid = proof.actor): Promise<void> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO proof_log (owner_did, signer, nonce, type, signed_at, public_key, payload, signature)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (signer, nonce) DO NOTHING RETURNING id`,
      [
        ownerDid,
        proof.signer,
        proof.nonce,
        proof.type,
        proof.createdAt,
        proof.publicKeyMultibase,
        proof.canonical,
        proof.signature,
      ],
    );
    if (rows.length === 0) {
      throw new BadSignatureError('This proof was already used (replayed nonce); sign the request again', {
        reason: 'REPLAYED',
      });
    }
    await this.authoriseDelegation(proof);
  }

  /**
   * For a delegated proof, has identity confirm a live delegation covers it (no-op otherwise). `record`
   * does this; call it directly only where a proof is honoured without recording (an idempotent retry).
   */
  async authoriseDelegation(proof: VerifiedProof): Promise<void> {
    if (proof.onBehalfOf === null) return;
    if (!this.delegations) {
      throw new ForbiddenError(`This service does not accept ${proof.type} on behalf of someone else`, {
        missingScope: proof.type,
      });
    }
    const grant = await this.delegations.authorise({
      person: proof.onBehalfOf,
      agent: proof.signer,
      action: proof.type,
    });
    proof.delegationId = grant.delegationId;
  }

  async verifyAndRecord(
    manager: EntityManager,
    check: ProofCheck,
    ownerDid?: string,
  ): Promise<VerifiedProof> {
    const verified = this.verify(check);
    await this.record(manager, verified, ownerDid);
    return verified;
  }
}
