import { createHash, randomBytes, randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import { fromBase64Url, isSoftDid, signInMessage, verify } from '@imajin/protocol';
import {
  BadSignatureError,
  BadUserInputError,
  NotFoundError,
  UnauthenticatedError,
  type Clock,
} from '@imajin/subgraph-common';

import { IdentityEntity } from '../identity/identity.entity';
import { parseMjnDid, type KeyService } from '../key/key.service';

import { ChallengeEntity, SessionEntity, type SessionMethod } from './session.entity';

export interface SessionSettings {
  sessionTtlMs: number;
  challengeTtlMs: number;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Challenge → signature → short-lived bearer token; only the token's hash is stored. */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: KeyService,
    private readonly clock: Clock,
    private readonly settings: SessionSettings,
  ) {}

  async createChallenge(did: string): Promise<ChallengeEntity> {
    if (isSoftDid(did))
      throw new BadUserInputError(
        'A did:email identity has no key to sign a challenge: sign in with signInSoft(email, code) instead',
      );
    parseMjnDid(did);
    const identity = await this.dataSource.getRepository(IdentityEntity).findOneBy({ did });
    if (!identity || identity.deletedAt)
      throw new NotFoundError(`No active identity ${did}; register it first`);
    const now = this.clock.now();
    return this.dataSource.getRepository(ChallengeEntity).save({
      challenge: randomBytes(24).toString('base64url'),
      did,
      ownerDid: did,
      expiresAt: new Date(now.getTime() + this.settings.challengeTtlMs),
      usedAt: null,
      createdAt: now,
    });
  }

  async signIn(
    did: string,
    challenge: string,
    signature: string,
  ): Promise<{ token: string; session: SessionEntity }> {
    parseMjnDid(did);
    let signatureBytes: Uint8Array;
    try {
      signatureBytes = fromBase64Url(signature);
    } catch {
      throw new BadUserInputError('signature must be base64url', { field: 'signature' });
    }
    return this.dataSource.transaction(async (tx) => {
      const row = await tx
        .getRepository(ChallengeEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.challenge = :challenge', { challenge })
        .getOne();
      const now = this.clock.now();
      if (!row || row.did !== did)
        throw new UnauthenticatedError('Unknown challenge for this DID; request a new one');
      if (row.usedAt) throw new UnauthenticatedError('This challenge was already used; request a new one');
      if (row.expiresAt <= now)
        throw new UnauthenticatedError('This challenge has expired; request a new one');
      const publicKey = await this.keys.signingKey(did, tx);
      if (!verify(signatureBytes, signInMessage(did, challenge), publicKey)) {
        throw new BadSignatureError("The challenge signature does not verify with this DID's current key", {
          reason: 'BAD_SIGNATURE',
        });
      }
      await tx.update(ChallengeEntity, { challenge }, { usedAt: now });
      return this.issue(tx, did, now, { method: 'SIGNATURE', signature });
    });
  }

  /** A new bearer token for `did`, in the caller's transaction (keyed sign-in or a did:email code). */
  async issue(
    tx: EntityManager,
    did: string,
    now: Date,
    how: { method: SessionMethod; signature: string | null },
  ): Promise<{ token: string; session: SessionEntity }> {
    const token = `mjn_${randomBytes(32).toString('base64url')}`;
    const session = await tx.save(
      tx.create(SessionEntity, {
        id: randomUUID(),
        did,
        ownerDid: did,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + this.settings.sessionTtlMs),
        revokedAt: null,
        signature: how.signature,
        method: how.method,
        createdAt: now,
      }),
    );
    return { token, session };
  }

  /** Revokes one token (knowing it is authority enough) or, with none, every session of the viewer. */
  async signOut(token: string | null | undefined, viewerDid: string | null): Promise<number> {
    const now = this.clock.now();
    if (token) {
      const result = await this.dataSource.query(
        'UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id',
        [hashToken(token), now],
      );
      return (result[0] as unknown[]).length;
    }
    if (!viewerDid) throw new UnauthenticatedError('Sign in first, or pass the token to revoke');
    const result = await this.dataSource.query(
      'UPDATE sessions SET revoked_at = $2 WHERE did = $1 AND revoked_at IS NULL RETURNING id',
      [viewerDid, now],
    );
    return (result[0] as unknown[]).length;
  }

  /** For the gateway: who holds this token, if it is live. */
  async resolve(token: string): Promise<{ did: string; expiresAt: Date } | null> {
    if (!token.startsWith('mjn_')) return null;
    const rows: Array<{ did: string; expires_at: Date }> = await this.dataSource.query(
      `SELECT s.did, s.expires_at FROM sessions s JOIN identities i ON i.did = s.did
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND i.deleted_at IS NULL`,
      [hashToken(token), this.clock.now()],
    );
    return rows[0] ? { did: rows[0].did, expiresAt: new Date(rows[0].expires_at) } : null;
  }
}
