import { createHash, randomInt } from 'node:crypto';

import { MoreThan, type DataSource, type EntityManager } from 'typeorm';

import {
  DidError,
  emailFromSoftDid,
  isSoftDid,
  softDidFromEmail,
  type Proof,
  MjnActions,
} from '@imajin/protocol';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  ProofVerifier,
  RateLimitedError,
  UnauthenticatedError,
  plainFields,
  type Clock,
  type NodeKeys,
} from '@imajin/subgraph-common';

import { IdentityEntity } from '../identity/identity.entity';
import type { ClaimSoftIdentityInput } from '../identity/identity.inputs';
import { parseMjnDid, type KeyService } from '../key/key.service';
import type { SessionEntity } from '../session/session.entity';
import type { SessionService } from '../session/session.service';

import { ClaimCodeEntity, MailOutboxEntity } from './claim-code.entity';
import { sealMailBody } from './mailer';

export const CLAIM_SOFT = MjnActions.identity.claimSoft;
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
    private readonly sessions: SessionService,
    private readonly mailKeys: NodeKeys,
    private readonly clock: Clock,
  ) {}

  async registerSoft(email: string): Promise<{ identity: IdentityEntity; codeExpiresAt: Date }> {
    const did = softDidOf(email);
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
      const body =
        `Your code is ${code}. Use it to sign in as ${did} (signInSoft) or to claim it with your own key ` +
        `(claimSoftIdentity). It expires at ${codeExpiresAt.toISOString()}.`;
      await tx.save(
        tx.create(MailOutboxEntity, {
          ownerDid: did,
          toAddress: address,
          subject: 'Your Imajin code',
          body: sealMailBody(this.mailKeys, address, body),
          sealed: true,
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
      const failed = await this.consumeCode(tx, input.emailDid, code, now);
      if (failed) return { claimed: null, failed } as const;
      await this.proofs.record(tx, verified);
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
    throw codeRefused(outcome.failed);
  }

  /**
   * Signs a did:email in with its emailed code: a bearer session whose viewer is the did:email, so it can
   * act for itself (hold seats) without a key. The code is single-use and shares claim's attempt limits.
   */
  async signIn(email: string, code: string): Promise<{ token: string; session: SessionEntity }> {
    const did = softDidOf(email);
    if (typeof code !== 'string' || !/^\d{8}$/.test(code))
      throw new BadUserInputError('code must be the 8 digits from the email', { field: 'code' });
    const outcome = await this.dataSource.transaction(async (tx) => {
      const soft = await tx
        .getRepository(IdentityEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.did = :did AND i.soft AND i.deleted_at IS NULL', { did })
        .getOne();
      if (!soft) return { signedIn: null, failed: 'none' } as const;
      if (soft.claimedBy)
        throw new ConflictError(
          `${emailFromSoftDid(did)} was claimed by ${soft.claimedBy}; sign in with that DID's key instead`,
        );
      const now = this.clock.now();
      const failed = await this.consumeCode(tx, did, code, now);
      if (failed) return { signedIn: null, failed } as const;
      return {
        signedIn: await this.sessions.issue(tx, did, now, { method: 'EMAIL_CODE', signature: null }),
        failed: null,
      } as const;
    });
    if (outcome.signedIn) return outcome.signedIn;
    throw codeRefused(outcome.failed);
  }

  /**
   * Uses up the live code that matches, or counts a wrong guess against every live code (the brute-force
   * limit) and returns why it failed; the caller commits just those counters and writes nothing else.
   */
  private async consumeCode(
    tx: EntityManager,
    emailDid: string,
    code: string,
    now: Date,
  ): Promise<'wrong' | 'none' | null> {
    const live = await tx
      .getRepository(ClaimCodeEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.email_did = :did AND c.used_at IS NULL AND c.expires_at > :now AND c.attempts < :max', {
        did: emailDid,
        now,
        max: MAX_ATTEMPTS,
      })
      .getMany();
    const match = live.find((c) => c.codeHash === hashCode(emailDid, code));
    if (!match) {
      if (live.length === 0) return 'none';
      await tx.query('UPDATE claim_codes SET attempts = attempts + 1 WHERE id = ANY($1)', [
        live.map((c) => c.id),
      ]);
      return 'wrong';
    }
    await tx.update(ClaimCodeEntity, { id: match.id }, { usedAt: now, attempts: match.attempts + 1 });
    return null;
  }
}

function codeRefused(failed: 'wrong' | 'none'): UnauthenticatedError {
  return new UnauthenticatedError(
    failed === 'wrong'
      ? 'That code is wrong; check the email and try again'
      : 'No live code for this address; request a new one with registerSoft(email)',
  );
}

function softDidOf(email: string): string {
  try {
    return softDidFromEmail(email);
  } catch (error) {
    if (error instanceof DidError)
      throw new BadUserInputError(`Invalid email: ${error.message}`, { field: 'email' });
    throw error;
  }
}
