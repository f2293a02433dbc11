import { isValidMjnDid, multibaseToPublicKey } from '@imajin/protocol';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  type IdentityDirectory,
} from '@imajin/subgraph-common';

/**
 * The key that must sign for a node: the DID must be a registered, active, keyed identity of kind NODE.
 * (Operators are people or orgs; the node itself is the identity that signs.)
 */
export async function nodeSigningKey(directory: IdentityDirectory, did: string): Promise<Uint8Array> {
  if (!isValidMjnDid(did)) throw new BadUserInputError(`${did} is not a valid did:mjn`, { field: 'did' });
  const entry = (await directory.lookup([did])).get(did);
  if (!entry || !entry.currentKey)
    throw new NotFoundError(
      `No keyed identity ${did} is registered; register it with identity (kind NODE) first`,
    );
  if (!entry.active) throw new ForbiddenError(`Identity ${did} is deactivated and can no longer sign`);
  if (entry.kind !== 'NODE')
    throw new ForbiddenError(
      `Identity ${did} is of kind ${entry.kind}; only a NODE identity can operate a node`,
    );
  return multibaseToPublicKey(entry.currentKey);
}

export async function requireRegisteredIdentity(directory: IdentityDirectory, did: string): Promise<void> {
  const entry = (await directory.lookup([did])).get(did);
  if (!entry || !entry.active)
    throw new BadUserInputError(`operatorDid ${did} is not an active registered identity`, {
      field: 'operatorDid',
    });
}
