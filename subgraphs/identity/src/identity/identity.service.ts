import type { DataSource, EntityManager } from 'typeorm';

import { publicKeyToMultibase, type Proof, MjnActions } from '@imajin/protocol';
import {
  alignByKey,
  BadUserInputError,
  checkPageSize,
  type Clock,
  ConflictError,
  type Connection,
  decodeCursor,
  plainFields,
  ProofVerifier,
  toConnection,
  uniqueViolation,
} from '@imajin/subgraph-common';

import { IdentityKeyEntity } from '../key/key.entity';
import { parseMjnDid, type KeyService } from '../key/key.service';

import { IdentityEntity, IdentityKinds } from './identity.entity';
import type { DeactivateInput, RegisterInput, UpdateProfileInput } from './identity.inputs';
import { HANDLE_PATTERN, validateProfile } from './profile.validation';

export const REGISTER = MjnActions.identity.register;
export const UPDATE_PROFILE = MjnActions.identity.updateProfile;
export const DEACTIVATE = MjnActions.identity.deactivate;

const isHandleCursor = (v: unknown): v is string => typeof v === 'string';

export class IdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly keys: KeyService,
    private readonly clock: Clock,
  ) {}

  /** Self-certifying: the proof must be signed by the key the DID encodes. */
  async register(input: RegisterInput, proof: Proof): Promise<IdentityEntity> {
    const publicKey = parseMjnDid(input.did);
    if (!IdentityKinds.includes(input.kind))
      throw new BadUserInputError(`Unknown kind ${String(input.kind)}`);
    const profile = validateProfile(input);
    const verified = this.proofs.verify({
      type: REGISTER,
      fields: plainFields(input),
      proof,
      publicKey,
      expectedSigner: input.did,
    });
    return this.writeUnique(async (tx) => {
      if (await tx.findOneBy(IdentityEntity, { did: input.did })) {
        throw new ConflictError(`${input.did} is already registered`);
      }
      await this.proofs.record(tx, verified);
      const now = this.clock.now();
      const identity = await tx.save(
        tx.create(IdentityEntity, {
          did: input.did,
          ownerDid: input.did,
          kind: input.kind,
          soft: false,
          handle: profile.handle ?? null,
          displayName: profile.displayName ?? null,
          bio: profile.bio ?? null,
          avatarUrl: profile.avatarUrl ?? null,
          signature: verified.signature,
          signedPayload: verified.canonical,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await tx.save(
        tx.create(IdentityKeyEntity, {
          did: input.did,
          ownerDid: input.did,
          publicKey: publicKeyToMultibase(publicKey),
          validFrom: now,
          signature: verified.signature,
          signedPayload: verified.canonical,
          createdAt: now,
        }),
      );
      return identity;
    });
  }

  async updateProfile(input: UpdateProfileInput, proof: Proof): Promise<IdentityEntity> {
    parseMjnDid(input.did);
    const changes = validateProfile(input);
    if (Object.keys(changes).length === 0)
      throw new BadUserInputError('Nothing to update: send at least one field');
    return this.writeUnique(async (tx) => {
      const verified = await this.proofs.verifyAndRecord(tx, {
        type: UPDATE_PROFILE,
        fields: plainFields(input),
        proof,
        publicKey: await this.keys.signingKey(input.did, tx),
        expectedSigner: input.did,
      });
      await tx.update(
        IdentityEntity,
        { did: input.did },
        {
          ...changes,
          signature: verified.signature,
          signedPayload: verified.canonical,
          updatedAt: this.clock.now(),
        },
      );
      return tx.findOneByOrFail(IdentityEntity, { did: input.did });
    });
  }

  /** Soft delete: the row, keys and signatures stay for audit; sessions end and the DID stops signing. */
  async deactivate(input: DeactivateInput, proof: Proof): Promise<IdentityEntity> {
    parseMjnDid(input.did);
    return this.dataSource.transaction(async (tx) => {
      const verified = await this.proofs.verifyAndRecord(tx, {
        type: DEACTIVATE,
        fields: plainFields(input),
        proof,
        publicKey: await this.keys.signingKey(input.did, tx),
        expectedSigner: input.did,
      });
      const now = this.clock.now();
      await tx.update(
        IdentityEntity,
        { did: input.did },
        { deletedAt: now, updatedAt: now, signature: verified.signature, signedPayload: verified.canonical },
      );
      await tx.query('UPDATE sessions SET revoked_at = $2 WHERE did = $1 AND revoked_at IS NULL', [
        input.did,
        now,
      ]);
      return tx.findOneByOrFail(IdentityEntity, { did: input.did });
    });
  }

  async get(did: string): Promise<IdentityEntity | null> {
    return this.dataSource.getRepository(IdentityEntity).findOneBy({ did });
  }

  /** For DataLoader: results in the order of `dids`, null where unknown. */
  async getMany(dids: readonly string[]): Promise<Array<IdentityEntity | null>> {
    const rows = await this.dataSource
      .getRepository(IdentityEntity)
      .createQueryBuilder('i')
      .where('i.did = ANY(:dids)', { dids })
      .getMany();
    return alignByKey(dids, rows, (r) => r.did);
  }

  async byHandle(handle: string): Promise<IdentityEntity | null> {
    return this.dataSource
      .getRepository(IdentityEntity)
      .createQueryBuilder('i')
      .where('i.handle = :handle AND i.deleted_at IS NULL', { handle: handle.toLowerCase() })
      .getOne();
  }

  /** Active identities whose handle starts with `prefix`, in handle order. */
  async searchByHandle(
    prefix: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<IdentityEntity>> {
    checkPageSize(first);
    const normalised = prefix.toLowerCase();
    if (normalised !== '' && !/^[a-z0-9_]{1,30}$/.test(normalised)) {
      throw new BadUserInputError('handlePrefix may only contain a-z, 0-9 and _', { field: 'handlePrefix' });
    }
    const afterHandle = decodeCursor(after, isHandleCursor);
    if (afterHandle !== null && !HANDLE_PATTERN.test(afterHandle))
      throw new BadUserInputError('Bad cursor', { field: 'after' });
    const base = this.dataSource
      .getRepository(IdentityEntity)
      .createQueryBuilder('i')
      .where('i.deleted_at IS NULL AND i.handle LIKE :pattern', { pattern: `${normalised}%` });
    const total = await base.clone().getCount();
    const page = base
      .clone()
      .orderBy('i.handle', 'ASC')
      .take(first + 1);
    if (afterHandle !== null) page.andWhere('i.handle > :after', { after: afterHandle });
    return toConnection(await page.getMany(), first, total, (row) => row.handle);
  }

  /** Maps a unique-index race (two writers, one handle) to the same CONFLICT the pre-check gives. */
  private async writeUnique<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint?.includes('handle'))
        throw new ConflictError('That handle is taken; choose another', { field: 'handle' });
      if (constraint === 'identities_pkey') throw new ConflictError('That DID is already registered');
      throw error;
    }
  }
}
