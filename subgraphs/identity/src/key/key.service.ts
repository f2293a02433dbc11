import { IsNull, type DataSource, type EntityManager } from 'typeorm';

import {
  assertMjnDid,
  DidError,
  multibaseToPublicKey,
  publicKeyFromDid,
  publicKeyToMultibase,
  type Proof,
  MjnActions,
} from '@imajin/protocol';
import {
  BadSignatureError,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ProofVerifier,
  plainFields,
  type Clock,
} from '@imajin/subgraph-common';

import { IdentityEntity } from '../identity/identity.entity';
import type { RotateKeyInput } from '../identity/identity.inputs';

import { IdentityKeyEntity } from './key.entity';

export const ROTATE_KEY = MjnActions.identity.rotateKey;

/** Parses a DID from user input, turning codec errors into a clear BAD_USER_INPUT. */
export function parseMjnDid(did: string, field = 'did'): Uint8Array {
  try {
    assertMjnDid(did);
    return publicKeyFromDid(did);
  } catch (error) {
    if (error instanceof DidError) throw new BadUserInputError(`Malformed DID: ${error.message}`, { field });
    throw error;
  }
}

/**
 * The key registry: which Ed25519 key speaks for a DID now, and which did at any past moment. The DID
 * is derived from the first key and never changes; rotation moves the current key forward.
 */
export class KeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly clock: Clock,
  ) {}

  /** The key that must sign a new proof by `did`; refuses unknown or deactivated identities. */
  async signingKey(did: string, manager: EntityManager = this.dataSource.manager): Promise<Uint8Array> {
    parseMjnDid(did, 'signer');
    const identity = await manager.findOneBy(IdentityEntity, { did });
    if (!identity) throw new NotFoundError(`No identity ${did} is registered; register it first`);
    if (identity.deletedAt) throw new ForbiddenError(`Identity ${did} is deactivated and can no longer sign`);
    const key = await manager.findOneBy(IdentityKeyEntity, { did, validUntil: IsNull() });
    if (!key) throw new NotFoundError(`Identity ${did} has no current key`);
    return multibaseToPublicKey(key.publicKey);
  }

  /** Current keys for many DIDs at once (unregistered DIDs are absent from the map). */
  async currentKeys(dids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.dataSource
      .getRepository(IdentityKeyEntity)
      .createQueryBuilder('k')
      .where('k.did = ANY(:dids) AND k.valid_until IS NULL', { dids })
      .getMany();
    return new Map(rows.map((r) => [r.did, r.publicKey]));
  }

  async history(did: string): Promise<IdentityKeyEntity[]> {
    return this.dataSource
      .getRepository(IdentityKeyEntity)
      .find({ where: { did }, order: { validFrom: 'ASC', id: 'ASC' } });
  }

  async rotate(input: RotateKeyInput, proof: Proof, newKeyProof: Proof): Promise<IdentityKeyEntity> {
    parseMjnDid(input.did);
    let newKey: Uint8Array;
    try {
      newKey = multibaseToPublicKey(input.newPublicKey);
    } catch (error) {
      throw new BadUserInputError(
        `newPublicKey is not a multibase Ed25519 key: ${(error as Error).message}`,
        {
          field: 'newPublicKey',
        },
      );
    }
    const fields = plainFields(input);
    return this.dataSource.transaction(async (tx) => {
      // Lock the identity row so two concurrent rotations cannot both succeed from the same current key.
      await tx.query('SELECT 1 FROM identities WHERE did = $1 FOR UPDATE', [input.did]);
      const currentKey = await this.signingKey(input.did, tx);
      const byCurrent = this.proofs.verify({
        type: ROTATE_KEY,
        fields,
        proof,
        publicKey: currentKey,
        expectedSigner: input.did,
      });
      const byNew = this.proofs.verify({
        type: ROTATE_KEY,
        fields,
        proof: newKeyProof,
        publicKey: newKey,
        expectedSigner: input.did,
      });
      if (byCurrent.nonce === byNew.nonce) {
        throw new BadSignatureError('proof and newKeyProof must use different nonces', {
          reason: 'REPLAYED',
        });
      }
      const newMultibase = publicKeyToMultibase(newKey);
      const used = await tx.findOneBy(IdentityKeyEntity, { did: input.did, publicKey: newMultibase });
      if (used) throw new ConflictError('That key was already used by this identity; generate a new one');
      await this.proofs.record(tx, byCurrent);
      await this.proofs.record(tx, byNew);
      const now = this.clock.now();
      await tx.update(IdentityKeyEntity, { did: input.did, validUntil: IsNull() }, { validUntil: now });
      return tx.save(
        tx.create(IdentityKeyEntity, {
          did: input.did,
          ownerDid: input.did,
          publicKey: newMultibase,
          validFrom: now,
          validUntil: null,
          signature: byCurrent.signature,
          signedPayload: byCurrent.canonical,
          newKeySignature: byNew.signature,
          createdAt: now,
        }),
      );
    });
  }
}
