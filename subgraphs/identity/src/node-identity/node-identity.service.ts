import type { DataSource } from 'typeorm';

import { publicKeyToMultibase, signPayload, type KeyPair } from '@imajin/protocol';
import type { Clock, Logger } from '@imajin/subgraph-common';

import { REGISTER } from '../identity/identity.service';

/**
 * The node's own DID (derived from NODE_MASTER_KEY; it signs receipts) is a first-class identity of kind
 * NODE, so `Receipt.signer { kind }` and its DID document resolve like anyone's. Registered at start,
 * idempotently: a restart, or several replicas starting together, leave exactly one identity and one key.
 */
export class NodeIdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async ensure(node: KeyPair): Promise<void> {
    const now = this.clock.now();
    // Self-signed like a register mutation, so the row can be re-verified as everyone else's.
    const { proof, canonical } = signPayload(REGISTER, { did: node.did, kind: 'NODE' }, node, { now });
    const created = await this.dataSource.transaction(async (tx) => {
      const rows: unknown[] = await tx.query(
        `INSERT INTO identities (did, owner_did, kind, soft, signature, signed_payload, created_at, updated_at)
         VALUES ($1, $1, 'NODE', false, $2, $3, $4, $4) ON CONFLICT (did) DO NOTHING RETURNING did`,
        [node.did, proof.signature, canonical, now],
      );
      await tx.query(
        `INSERT INTO identity_keys (did, owner_did, public_key, valid_from, signature, signed_payload, created_at)
         VALUES ($1, $1, $2, $3, $4, $5, $3) ON CONFLICT (did) WHERE valid_until IS NULL DO NOTHING`,
        [node.did, publicKeyToMultibase(node.publicKey), now, proof.signature, canonical],
      );
      return rows.length > 0;
    });
    if (created) this.logger.info({ did: node.did }, 'registered this node’s own identity (kind NODE)');
  }
}
