import { createHash, randomInt } from 'node:crypto';

import { MoreThan, type DataSource } from 'typeorm';

import { DidError, emailFromSoftDid, isSoftDid, softDidFromEmail, type Proof } from '@imajin/protocol';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  ProofVerifier,
  RateLimitedError,
  UnauthenticatedError,
  plainFields,
  type Clock,
} from '@imajin/subgraph-common';

import { IdentityEntity } from '../identity/identity.entity';
import type { ClaimSoftIdentityInput } from '../identity/identity.inputs';
import { parseMjnDid, type KeyService } from '../key/key.service';

import { ClaimCodeEntity, MailOutboxEntity } from './claim-code.entity';

export const CLAIM_SOFT = 'mjn.identity.claimSoft';
const CODE_TTL_MS = 15 * 60_000;
const MAX_CODES_PER_HOUR = 5;
const MAX_ATTEMPTS = 5;

const hashCode = (emailDid: string, code: string) =>
  createHash('sha256').update(`${emailDid}:${code}`).digest('hex');

/**
 * The did:email onramp: an email address gets an identity before its owner has keys; a code sent to the
 * address lets a keyed DID claim it later. Codes are stored hashed, limited in number and attempts.
 */
export class SoftIdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly keys: KeyService,
    private readonly clock: Clock,
  ) {}

  async registerSoft(email: string): Promise<{ identity: IdentityEntity; codeExpiresAt: Date }> {
    let did: string;
    try {
      did = softDidFromEmail(email);
    } catch (error) {
      if (error instanceof DidError)
        throw new BadUserInputError(`Invalid email: ${error.message}`, { field: 'email' });
      throw error;
    }
    const address = emailFromSoftDid(did);
    return this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      await tx.query(
        `INSERT INTO identities (did, owner_did, kind, soft, created_at, updated_at)
         VALUES ($1, $1, 'HUMAN', true, $2, $2) ON CONFLICT (did) DO NOTHING`,
        [did, now],
      );
      const identity = await tx
        .getRepository(IdentityEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.did = :did', { did })
        .getOneOrFail();
      if (identity.claimedBy)
        throw new ConflictError(`${address} was already claimed by ${identity.claimedBy}`);
      const recent = await tx.countBy(ClaimCodeEntity, {
        emailDid: did,
        createdAt: MoreThan(new Date(now.getTime() - 3_600_000)),
      });
      if (recent >= MAX_CODES_PER_HOUR) {
        throw new RateLimitedError(
          `Too many codes sent to ${address} in the last hour; try again later`,
          3600,
        );
      }
      const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
      const codeExpiresAt = new Date(now.getTime() + CODE_TTL_MS);
      await tx.save(
        tx.create(ClaimCodeEntity, {
          emailDid: did,
          ownerDid: did,
          codeHash: hashCode(did, code),
          expiresAt: codeExpiresAt,
          createdAt: now,
        }),
      );
      await tx.save(
        tx.create(MailOutboxEntity, {
          ownerDid: did,
          toAddress: address,
          subject: 'Your Imajin code',
          body: `Your code is ${code}. It claims ${did} and expires at ${codeExpiresAt.toISOString()}.`,
          createdAt: now,
        }),
      );
      return { identity, codeExpiresAt };
    });
  }

  async claim(input: ClaimSoftIdentityInput, code: string, proof: Proof): Promise<IdentityEntity> {
    if (!isSoftDid(input.emailDid))
      throw new BadUserInputError('emailDid must be a did:email identity', { field: 'emailDid' });
    parseMjnDid(proof.signer, 'proof.signer');
    const outcome = await this.dataSource.transaction(async (tx) => {
      const soft = await tx
        .getRepository(IdentityEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.did = :did AND i.soft', { did: input.emailDid })
        .getOne();
      if (!soft) throw new NotFoundError(`No soft identity ${input.emailDid}; call registerSoft first`);
      if (soft.claimedBy) throw new ConflictError(`${input.emailDid} was already claimed`);
      const verified = this.proofs.verify({
        type: CLAIM_SOFT,
        fields: plainFields(input),
        proof,
        publicKey: await this.keys.signingKey(proof.signer, tx),
      });
      const now = this.clock.now();
      const live = await tx
        .getRepository(ClaimCodeEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.email_did = :did AND c.used_at IS NULL AND c.expires_at > :now AND c.attempts < :max', {
          did: input.emailDid,
          now,
          max: MAX_ATTEMPTS,
        })
        .getMany();
      const match = live.find((c) => c.codeHash === hashCode(input.emailDid, code));
      if (!match) {
        // A wrong guess only counts against the live codes (brute-force limit); the claim itself writes
        // nothing, so the outcome is returned and the transaction commits just the counters.
        if (live.length > 0) {
          await tx.query('UPDATE claim_codes SET attempts = attempts + 1 WHERE id = ANY($1)', [
            live.map((c) => c.id),
          ]);
        }
        return { claimed: null, failed: live.length > 0 ? 'wrong' : 'none' } as const;
      }
      await this.proofs.record(tx, verified);
      await tx.update(ClaimCodeEntity, { id: match.id }, { usedAt: now, attempts: match.attempts + 1 });
      await tx.update(
        IdentityEntity,
        { did: input.emailDid },
        {
          claimedBy: proof.signer,
          updatedAt: now,
          signature: verified.signature,
          signedPayload: verified.canonical,
        },
      );
      return {
        claimed: await tx.findOneByOrFail(IdentityEntity, { did: input.emailDid }),
        failed: null,
      } as const;
    });
    if (outcome.claimed) return outcome.claimed;
    throw new UnauthenticatedError(
      outcome.failed === 'wrong'
        ? 'That code is wrong; check the email and try again'
        : 'No live code; request a new one',
    );
  }
}
