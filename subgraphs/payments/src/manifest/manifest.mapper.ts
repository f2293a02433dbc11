import { identityRef } from '../identity/identity.types';

import type { ManifestRow } from './manifest.service';
import type { FairManifest } from './manifest.types';

export function toFairManifest(row: ManifestRow): FairManifest {
  return {
    id: row.id,
    version: row.version,
    terms: row.terms,
    creator: identityRef(row.owner_did),
    signature: row.signature,
    signedPayload: row.signed_payload,
    imported: row.imported,
    createdAt: row.created_at,
    body: row.body,
  };
}
