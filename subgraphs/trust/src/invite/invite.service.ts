import { createHash, randomBytes, randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

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
  type VerifiedProof,
} from '@imajin/subgraph-common';

import { checkDid, checkFutureInstant } from '../common';
import { notifyVouchChange, type VouchChangeSink } from '../graph/adjacency-sync';
import { identityRef } from '../identity/identity.types';
import { toVouch, VOUCH_COLUMNS, type VouchRow } from '../vouch/vouch.service';
import type { Vouch } from '../vouch/vouch.types';

import type { CreateInviteInput } from './invite.inputs';
import type { Invite } from './invite.types';

export const CREATE_INVITE = MjnActions.trust.createInvite;
export const ACCEPT_INVITE = MjnActions.trust.acceptInvite;

interface InviteRow {
  id: string;
  inviter_did: string;
  to_email: string | null;
  to_did: string | null;
  max_uses: number;
  uses: number;
  expires_at: Date;
  created_at: Date;
  revoked_at: Date | null;
  signature: string;
  signed_payload: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

function toInvite(row: InviteRow): Invite {
  return {
    id: row.id,
    inviter: identityRef(row.inviter_did),
    toEmail: row.to_email,
    toDid: row.to_did,
    maxUses: row.max_uses,
    uses: row.uses,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    signature: row.signature,
    signedPayload: row.signed_payload,
  };
}

export class InviteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly clock: Clock,
    private readonly limits: { inviteLimit: number; inviteWeight: number },
    private readonly changes: VouchChangeSink | null = null,
  ) {}

  async create(input: CreateInviteInput, proof: Proof): Promise<{ invite: Invite; code: string }> {
    const now = this.clock.now();
    if (input.toEmail && input.toDid)
      throw new BadUserInputError('Give toEmail or toDid, not both', { field: 'toDid' });
    if (input.toEmail && !EMAIL.test(input.toEmail))
      throw new BadUserInputError('toEmail is not an email address', { field: 'toEmail' });
    if (input.toDid) checkDid(input.toDid, 'toDid');
    if (!Number.isInteger(input.maxUses) || input.maxUses < 1 || input.maxUses > 1000)
      throw new BadUserInputError('maxUses must be an integer from 1 to 1000', { field: 'maxUses' });
    const expiresAt = checkFutureInstant(input.expiresAt, now, 'expiresAt')!;
    if (input.toDid === proof.signer)
      throw new BadUserInputError('You cannot invite yourself', { field: 'toDid' });
    const verified = this.proofs.verify({
      type: CREATE_INVITE,
      fields: plainFields(input),
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, proof.signer),
    });
    const code = randomBytes(18).toString('base64url');
    const row = await this.dataSource.transaction(async (tx) => {
      // One inviter at a time, so two concurrent creates cannot both slip under the limit.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`invite:${verified.signer}`]);
      const [{ n }]: Array<{ n: number }> = await tx.query(
        `SELECT count(*)::int AS n FROM invites
         WHERE inviter_did = $1 AND revoked_at IS NULL AND expires_at > $2 AND uses < max_uses`,
        [verified.signer, now],
      );
      if (n >= this.limits.inviteLimit)
        throw new ForbiddenError(
          `You have ${n} open invites and the limit is ${this.limits.inviteLimit}; wait for some to be used or expire`,
        );
      await this.proofs.record(tx, verified);
      const rows: InviteRow[] = await tx.query(
        `INSERT INTO invites (id, owner_did, inviter_did, code_hash, to_email, to_did, max_uses, expires_at,
           created_at, signature, signed_payload)
         VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [
          randomUUID(),
          verified.signer,
          hashCode(code),
          input.toEmail ?? null,
          input.toDid ?? null,
          input.maxUses,
          expiresAt,
          now,
          verified.signature,
          verified.canonical,
        ],
      );
      return rows[0];
    });
    return { invite: toInvite(row), code };
  }

  async accept(code: string, proof: Proof): Promise<{ invite: Invite; vouches: Vouch[] }> {
    const now = this.clock.now();
    if (!/^[A-Za-z0-9_-]{10,64}$/.test(code))
      throw new BadUserInputError('The code is malformed', { field: 'code' });
    const verified = this.proofs.verify({
      type: ACCEPT_INVITE,
      fields: { code },
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, proof.signer),
    });
    const accepted = await this.dataSource.transaction(async (tx) => {
      // FOR UPDATE makes the use count atomic: concurrent accepts of a one-use code queue here.
      const found: InviteRow[] = await tx.query('SELECT * FROM invites WHERE code_hash = $1 FOR UPDATE', [
        hashCode(code),
      ]);
      const invite = found[0];
      if (!invite) throw new NotFoundError('No invite has this code; check it with the inviter');
      if (invite.revoked_at) throw new ForbiddenError('This invite was revoked');
      if (invite.expires_at.getTime() <= now.getTime()) throw new ForbiddenError('This invite has expired');
      if (invite.inviter_did === verified.signer)
        throw new BadUserInputError('You cannot accept your own invite', { field: 'code' });
      if (invite.to_did && invite.to_did !== verified.signer)
        throw new ForbiddenError('This invite is for another identity');
      if (invite.uses >= invite.max_uses) throw new ConflictError('This invite has been used up');
      const already: unknown[] = await tx.query(
        'SELECT 1 FROM invite_acceptances WHERE invite_id = $1 AND accepter_did = $2',
        [invite.id, verified.signer],
      );
      if (already.length) throw new ConflictError('You already accepted this invite');
      await this.proofs.record(tx, verified);
      const [updated]: [InviteRow[], number] = await tx.query(
        'UPDATE invites SET uses = uses + 1 WHERE id = $1 RETURNING *',
        [invite.id],
      );
      await tx.query(
        `INSERT INTO invite_acceptances (owner_did, invite_id, accepter_did, signature, signed_payload, created_at)
         VALUES ($1, $2, $1, $3, $4, $5)`,
        [verified.signer, invite.id, verified.signature, verified.canonical, now],
      );
      const inviterSigned = { signature: invite.signature, canonical: invite.signed_payload };
      const vouches = [
        await this.mutualVouch(tx, invite.inviter_did, verified.signer, inviterSigned, invite.id, now),
        await this.mutualVouch(tx, verified.signer, invite.inviter_did, verified, invite.id, now),
      ].filter((v): v is VouchRow => v !== null);
      return { invite: toInvite(updated[0]), vouches: vouches.map((v) => toVouch(v, now)) };
    });
    // Apply locally before answering, so this instance reads its own write; others follow the NOTIFY.
    await this.changes?.applied(accepted.vouches.map((v) => v.id));
    return accepted;
  }

  /** Records from → to unless an active vouch already exists; backed by the signature that caused it. */
  private async mutualVouch(
    tx: EntityManager,
    from: string,
    to: string,
    signed: Pick<VerifiedProof, 'signature' | 'canonical'>,
    inviteId: string,
    now: Date,
  ): Promise<VouchRow | null> {
    await tx.query(
      `UPDATE vouches SET closed_at = $3
       WHERE from_did = $1 AND to_did = $2 AND closed_at IS NULL AND expires_at IS NOT NULL AND expires_at <= $3`,
      [from, to, now],
    );
    const rows: VouchRow[] = await tx.query(
      `INSERT INTO vouches (id, owner_did, from_did, to_did, weight, context, created_at, signature, signed_payload)
       VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (from_did, to_did) WHERE closed_at IS NULL DO NOTHING RETURNING ${VOUCH_COLUMNS}`,
      [
        randomUUID(),
        from,
        to,
        this.limits.inviteWeight,
        `invite:${inviteId}`,
        now,
        signed.signature,
        signed.canonical,
      ],
    );
    if (rows[0]) await notifyVouchChange(tx, 'insert', rows[0].id);
    return rows[0] ?? null;
  }
}
