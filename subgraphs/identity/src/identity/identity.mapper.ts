import type { IdentityEntity } from './identity.entity';
import { Identity, IdentityKindEnum } from './identity.types';

/** Row → GraphQL shape; a deactivated identity keeps its DID and history but shows no profile. */
export function toIdentity(row: IdentityEntity): Identity {
  const identity = new Identity();
  identity.did = row.did;
  identity.kind = row.kind as IdentityKindEnum;
  identity.soft = row.soft;
  identity.active = row.deletedAt === null;
  identity.deactivatedAt = row.deletedAt;
  identity.profile =
    row.deletedAt === null
      ? { handle: row.handle, displayName: row.displayName, bio: row.bio, avatarUrl: row.avatarUrl }
      : null;
  identity.claimedByDid = row.claimedBy;
  identity.createdAt = row.createdAt;
  identity.updatedAt = row.updatedAt;
  return identity;
}
