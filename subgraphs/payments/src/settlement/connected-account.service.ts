import type { DataSource, EntityManager } from 'typeorm';

import type { Proof } from '@imajin/protocol';
import { MjnActions } from '@imajin/protocol';
import {
  BadUserInputError,
  signingKeyFromDirectory,
  type Clock,
  type IdentityDirectory,
  type ProofVerifier,
} from '@imajin/subgraph-common';

export const LINK_STRIPE_ACCOUNT_TYPE = MjnActions.payments.linkStripeAccount;

export interface ConnectedAccountRow {
  did: string;
  stripe_account_id: string;
  updated_at: Date;
}

/** DID → Stripe Connect account, set by the DID itself with a signed request. */
export class ConnectedAccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verifier: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly clock: Clock,
    /** Called in the same transaction, so transfers that waited for the account retry. */
    private readonly onLinked: (manager: EntityManager, did: string) => Promise<void>,
  ) {}

  async link(input: { stripeAccountId: string }, proof: Proof): Promise<ConnectedAccountRow> {
    if (
      typeof input.stripeAccountId !== 'string' ||
      !/^acct_[A-Za-z0-9]{6,64}$/.test(input.stripeAccountId)
    ) {
      throw new BadUserInputError('stripeAccountId must be a Stripe Connect account id such as acct_1Abc…', {
        field: 'input.stripeAccountId',
      });
    }
    const publicKey = await signingKeyFromDirectory(this.directory, proof.signer);
    const verified = this.verifier.verify({
      type: LINK_STRIPE_ACCOUNT_TYPE,
      fields: { stripeAccountId: input.stripeAccountId },
      proof,
      publicKey,
    });
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      await this.verifier.record(tx, verified);
      const [row]: ConnectedAccountRow[] = await tx.query(
        `INSERT INTO connected_accounts (did, owner_did, stripe_account_id, signature, signed_payload, created_at, updated_at)
         VALUES ($1, $1, $2, $3, $4, $5, $5)
         ON CONFLICT (did) DO UPDATE SET stripe_account_id = EXCLUDED.stripe_account_id, signature = EXCLUDED.signature,
           signed_payload = EXCLUDED.signed_payload, updated_at = EXCLUDED.updated_at, deleted_at = NULL
         RETURNING did, stripe_account_id, updated_at`,
        [verified.signer, input.stripeAccountId, verified.signature, verified.canonical, now],
      );
      await this.onLinked(tx, verified.signer);
      return row;
    });
  }

  async accountOf(did: string): Promise<string | null> {
    const rows: ConnectedAccountRow[] = await this.dataSource.query(
      'SELECT stripe_account_id FROM connected_accounts WHERE did = $1 AND deleted_at IS NULL',
      [did],
    );
    return rows[0]?.stripe_account_id ?? null;
  }

  async get(did: string): Promise<ConnectedAccountRow | null> {
    const rows: ConnectedAccountRow[] = await this.dataSource.query(
      'SELECT did, stripe_account_id, updated_at FROM connected_accounts WHERE did = $1 AND deleted_at IS NULL',
      [did],
    );
    return rows[0] ?? null;
  }
}
