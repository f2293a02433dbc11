import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityInit1732500000100 implements MigrationInterface {
  name = 'IdentityInit1732500000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE identities (
        did text PRIMARY KEY,
        owner_did text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('HUMAN', 'AGENT', 'ORG', 'EVENT', 'NODE')),
        soft boolean NOT NULL DEFAULT false,
        handle text,
        display_name text,
        bio text,
        avatar_url text,
        claimed_by text,
        signature text,
        signed_payload text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    // Handles stay reserved after deactivation so nobody can take over a known name.
    await q.query('CREATE UNIQUE INDEX identities_handle ON identities (handle) WHERE handle IS NOT NULL');
    await q.query(
      'CREATE INDEX identities_handle_prefix ON identities (handle text_pattern_ops) WHERE deleted_at IS NULL',
    );
    await q.query(`
      CREATE TABLE identity_keys (
        id bigserial PRIMARY KEY,
        did text NOT NULL REFERENCES identities (did),
        owner_did text NOT NULL,
        public_key text NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_until timestamptz,
        signature text,
        signed_payload text,
        new_key_signature text,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(
      'CREATE UNIQUE INDEX identity_keys_current ON identity_keys (did) WHERE valid_until IS NULL',
    );
    await q.query('CREATE INDEX identity_keys_did ON identity_keys (did, valid_from)');
    await q.query(`
      CREATE TABLE challenges (
        challenge text PRIMARY KEY,
        did text NOT NULL,
        owner_did text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        did text NOT NULL REFERENCES identities (did),
        owner_did text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        signature text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query('CREATE INDEX sessions_did ON sessions (did) WHERE revoked_at IS NULL');
    await q.query(`
      CREATE TABLE claim_codes (
        id bigserial PRIMARY KEY,
        email_did text NOT NULL REFERENCES identities (did),
        owner_did text NOT NULL,
        code_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query('CREATE INDEX claim_codes_email ON claim_codes (email_did, created_at)');
    await q.query(`
      CREATE TABLE mail_outbox (
        id bigserial PRIMARY KEY,
        owner_did text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query('CREATE INDEX mail_outbox_pending ON mail_outbox (id) WHERE sent_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'mail_outbox',
      'claim_codes',
      'sessions',
      'challenges',
      'identity_keys',
      'identities',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
