import { IsNull, type DataSource } from 'typeorm';

import {
  buildDidDocument,
  buildDidDocumentMetadata,
  isSoftDid,
  multibaseToPublicKey,
  type DidDocument,
} from '@imajin/protocol';
import { BadUserInputError } from '@imajin/subgraph-common';

import { IdentityEntity } from '../identity/identity.entity';
import { IdentityKeyEntity } from '../key/key.entity';
import { parseMjnDid } from '../key/key.service';

export interface DidResolution {
  didDocument: DidDocument;
  didDocumentMetadata: Record<string, unknown>;
}

/**
 * Resolves did:mjn documents. An unregistered DID resolves from the key it encodes (like did:key); a
 * registered one uses its current key, so a rotation is visible to everyone who resolves it.
 */
export class DidDocumentService {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(did: string): Promise<DidResolution> {
    if (isSoftDid(did)) {
      throw new BadUserInputError(
        'did:email identities have no keys and so no DID document; claim it with a did:mjn',
        {
          field: 'did',
        },
      );
    }
    parseMjnDid(did);
    const identity = await this.dataSource.getRepository(IdentityEntity).findOneBy({ did });
    if (!identity) return { didDocument: buildDidDocument(did), didDocumentMetadata: {} };
    const key = await this.dataSource
      .getRepository(IdentityKeyEntity)
      .findOneBy({ did, validUntil: IsNull() });
    const options = {
      publicKey: key ? multibaseToPublicKey(key.publicKey) : undefined,
      deactivated: identity.deletedAt !== null,
      created: identity.createdAt.toISOString(),
      updated: identity.updatedAt.toISOString(),
    };
    return {
      didDocument: buildDidDocument(did, options),
      didDocumentMetadata: { ...buildDidDocumentMetadata(options) },
    };
  }
}
