import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Checkouts and payments, receipts, refunds, processed webhooks and the transactional outbox. */
export class PaymentsCheckout1732500000310 implements MigrationInterface {
  name = 'PaymentsCheckout1732500000310';

  async up(q: QueryRunner): Promise<void> {
    // One payment per checkout; status only moves forward (PENDING → COMPLETED → REFUNDED, or PENDING → FAILED).
    await q.query(`
      CREATE TABLE payments (
        id text PRIMARY KEY,
        owner_did text NOT NULL,
        checkout_id text NOT NULL UNIQUE,
        reference text NOT NULL UNIQUE,
        amount bigint NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        manifest_id text NOT NULL REFERENCES fair_manifests (id),
        buyer_did text NOT NULL,
        description text NOT NULL,
        metadata jsonb NOT NULL,
        provider text NOT NULL CHECK (provider IN ('local', 'stripe')),
        status text NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'REFUNDED', 'FAILED')),
        provider_payment_ref text,
        settlement_id uuid,
        signature text,
        signed_payload text,
        created_at timestamptz NOT NULL,
        completed_at timestamptz,
        refunded_at timestamptz,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    await q.query('CREATE INDEX payments_buyer ON payments (buyer_did, created_at DESC)');
    await q.query(`
      CREATE TABLE checkouts (
        id text PRIMARY KEY,
        owner_did text NOT NULL,
        payment_id text NOT NULL UNIQUE REFERENCES payments (id),
        provider text NOT NULL,
        provider_session_id text UNIQUE,
        url text NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'COMPLETED', 'EXPIRED', 'CANCELED')),
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        closed_at timestamptz,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX checkouts_open ON checkouts (expires_at) WHERE status = 'OPEN'`);
    // party_dids = the buyer and every recipient, so Identity.receipts is one index lookup.
    await q.query(`
      CREATE TABLE receipts (
        id text PRIMARY KEY,
        owner_did text NOT NULL,
        payment_id text NOT NULL UNIQUE REFERENCES payments (id),
        party_dids text[] NOT NULL,
        payload jsonb NOT NULL,
        signed_payload text NOT NULL,
        signature text NOT NULL,
        signer_did text NOT NULL,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    await q.query('CREATE INDEX receipts_parties ON receipts USING gin (party_dids)');
    await q.query(`
      CREATE TABLE refunds (
        id text PRIMARY KEY,
        owner_did text NOT NULL,
        payment_id text NOT NULL UNIQUE REFERENCES payments (id),
        reason text NOT NULL,
        requested_by text NOT NULL,
        provider_refund_id text,
        signature text,
        signed_payload text,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    // Written in the same transaction as a webhook's effect: a redelivered event id is a no-op.
    await q.query(`
      CREATE TABLE processed_webhooks (
        event_id text PRIMARY KEY,
        owner_did text NOT NULL,
        type text NOT NULL,
        outcome text NOT NULL,
        parked_key text,
        received_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX processed_webhooks_parked ON processed_webhooks (parked_key) WHERE outcome = 'PARKED'`,
    );
    await q.query(`
      CREATE TABLE outbox (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        owner_did text NOT NULL,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['outbox', 'processed_webhooks', 'refunds', 'receipts', 'checkouts', 'payments']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
