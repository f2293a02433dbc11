import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Manifests, settlements and the double-entry ledger. Checkout, webhooks and receipts migrate after this. */
export class PaymentsInit1732500000300 implements MigrationInterface {
  name = 'PaymentsInit1732500000300';

  async up(q: QueryRunner): Promise<void> {
    // A manifest's id is the hash of its canonical body, so rows are never updated (only co-signed).
    await q.query(`
      CREATE TABLE fair_manifests (
        id text PRIMARY KEY,
        owner_did text NOT NULL,
        version text NOT NULL,
        body jsonb NOT NULL,
        canonical text NOT NULL,
        terms text,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        signed_at timestamptz NOT NULL,
        imported boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    await q.query('CREATE INDEX fair_manifests_owner ON fair_manifests (owner_did)');
    await q.query(`
      CREATE TABLE fair_contributors (
        manifest_id text NOT NULL REFERENCES fair_manifests (id),
        did text NOT NULL,
        owner_did text NOT NULL,
        position integer NOT NULL,
        role text NOT NULL,
        share integer NOT NULL CHECK (share > 0 AND share <= 1000000),
        PRIMARY KEY (manifest_id, did)
      )`);
    await q.query('CREATE INDEX fair_contributors_did ON fair_contributors (did)');
    await q.query(`
      CREATE TABLE fair_upstreams (
        manifest_id text NOT NULL REFERENCES fair_manifests (id),
        upstream_id text NOT NULL REFERENCES fair_manifests (id),
        owner_did text NOT NULL,
        position integer NOT NULL,
        share integer NOT NULL CHECK (share > 0 AND share <= 1000000),
        PRIMARY KEY (manifest_id, upstream_id)
      )`);
    await q.query('CREATE INDEX fair_upstreams_upstream ON fair_upstreams (upstream_id)');
    // The creator's signature is on fair_manifests; contributors' consents land here.
    await q.query(`
      CREATE TABLE fair_signatures (
        manifest_id text NOT NULL REFERENCES fair_manifests (id),
        signer_did text NOT NULL,
        owner_did text NOT NULL,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        signed_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz,
        PRIMARY KEY (manifest_id, signer_did)
      )`);
    // Accounts hold no balance column: a balance is the sum of its entries (view ledger_accounts), so
    // concurrent settlements to the same recipients never queue on a hot row.
    await q.query(`
      CREATE TABLE ledger_account (
        id bigserial PRIMARY KEY,
        owner_did text NOT NULL,
        did text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('USER', 'CLEARING')),
        currency text NOT NULL,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz,
        UNIQUE (did, kind, currency)
      )`);
    await q.query(`
      CREATE TABLE settlements (
        id uuid PRIMARY KEY,
        owner_did text NOT NULL,
        payment_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SETTLEMENT', 'REVERSAL')),
        reverses_id uuid REFERENCES settlements (id),
        manifest_id text NOT NULL REFERENCES fair_manifests (id),
        amount bigint NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        payer_did text NOT NULL,
        backend text NOT NULL,
        status text NOT NULL CHECK (status IN ('SETTLED', 'REVERSED')),
        created_at timestamptz NOT NULL,
        reversed_at timestamptz,
        deleted_at timestamptz
      )`);
    // One settlement and at most one reversal per payment, whatever retries happen.
    await q.query('CREATE UNIQUE INDEX settlements_payment_kind ON settlements (payment_id, kind)');
    await q.query(`
      CREATE TABLE settlement_lines (
        settlement_id uuid NOT NULL REFERENCES settlements (id),
        recipient_did text NOT NULL,
        owner_did text NOT NULL,
        position integer NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        paths jsonb NOT NULL,
        transfer_status text NOT NULL CHECK (transfer_status IN ('PENDING', 'DONE', 'FAILED', 'NOT_NEEDED')),
        transfer_ref text,
        transfer_error text,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (settlement_id, recipient_did)
      )`);
    await q.query(`
      CREATE TABLE ledger_entries (
        id bigserial PRIMARY KEY,
        owner_did text NOT NULL,
        account_id bigint NOT NULL REFERENCES ledger_account (id),
        settlement_id uuid NOT NULL REFERENCES settlements (id),
        currency text NOT NULL,
        debit bigint NOT NULL DEFAULT 0 CHECK (debit >= 0),
        credit bigint NOT NULL DEFAULT 0 CHECK (credit >= 0),
        memo text NOT NULL,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz,
        CHECK ((debit = 0) <> (credit = 0))
      )`);
    await q.query('CREATE INDEX ledger_entries_account ON ledger_entries (account_id, id DESC)');
    await q.query(
      'CREATE INDEX ledger_entries_account_sums ON ledger_entries (account_id) INCLUDE (debit, credit) WHERE deleted_at IS NULL',
    );
    await q.query(`
      CREATE VIEW ledger_accounts AS
      SELECT a.id, a.owner_did, a.did, a.kind, a.currency, a.created_at, a.deleted_at,
             COALESCE(b.balance, 0)::bigint AS balance
        FROM ledger_account a
        LEFT JOIN LATERAL (
          SELECT sum(e.credit) - sum(e.debit) AS balance FROM ledger_entries e
           WHERE e.account_id = a.id AND e.deleted_at IS NULL
        ) b ON true`);
    await q.query('CREATE INDEX ledger_entries_settlement ON ledger_entries (settlement_id)');
    await q.query(`
      CREATE TABLE connected_accounts (
        did text PRIMARY KEY,
        owner_did text NOT NULL,
        stripe_account_id text NOT NULL,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW ledger_accounts');
    for (const t of [
      'connected_accounts',
      'ledger_entries',
      'settlement_lines',
      'settlements',
      'ledger_account',
      'fair_signatures',
      'fair_upstreams',
      'fair_contributors',
      'fair_manifests',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
