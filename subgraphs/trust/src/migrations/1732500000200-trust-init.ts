import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrustInit1732500000200 implements MigrationInterface {
  name = 'TrustInit1732500000200';

  async up(q: QueryRunner): Promise<void> {
    // closed_at is set on revocation, or when a new vouch replaces an expired one: the partial unique
    // index below then allows exactly one open vouch per (from, to), so concurrent vouches cannot double it.
    await q.query(`
      CREATE TABLE vouches (
        id uuid PRIMARY KEY,
        owner_did text NOT NULL,
        from_did text NOT NULL,
        to_did text NOT NULL,
        weight integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
        context text,
        expires_at timestamptz,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        closed_at timestamptz,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        revoke_signature text,
        revoke_signed_payload text,
        deleted_at timestamptz,
        CHECK (from_did <> to_did)
      )`);
    await q.query(
      'CREATE UNIQUE INDEX vouches_open_pair ON vouches (from_did, to_did) WHERE closed_at IS NULL',
    );
    // Covering indexes for graph walks: one index-only probe per frontier level, in either direction.
    await q.query(
      'CREATE INDEX vouches_out ON vouches (from_did) INCLUDE (to_did, weight, expires_at, id) WHERE revoked_at IS NULL',
    );
    await q.query(
      'CREATE INDEX vouches_in ON vouches (to_did) INCLUDE (from_did, weight, expires_at, id) WHERE revoked_at IS NULL',
    );
    // History pages (vouchesGiven / vouchesReceived), newest first.
    await q.query('CREATE INDEX vouches_given ON vouches (from_did, created_at DESC, id DESC)');
    await q.query('CREATE INDEX vouches_received ON vouches (to_did, created_at DESC, id DESC)');

    await q.query(`
      CREATE TABLE invites (
        id uuid PRIMARY KEY,
        owner_did text NOT NULL,
        inviter_did text NOT NULL,
        code_hash text NOT NULL UNIQUE,
        to_email text,
        to_did text,
        max_uses integer NOT NULL CHECK (max_uses BETWEEN 1 AND 1000),
        uses integer NOT NULL DEFAULT 0 CHECK (uses <= max_uses),
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        deleted_at timestamptz
      )`);
    await q.query('CREATE INDEX invites_inviter ON invites (inviter_did, expires_at)');
    await q.query(`
      CREATE TABLE invite_acceptances (
        id bigserial PRIMARY KEY,
        owner_did text NOT NULL,
        invite_id uuid NOT NULL REFERENCES invites (id),
        accepter_did text NOT NULL,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz,
        UNIQUE (invite_id, accepter_did)
      )`);

    await q.query(`
      CREATE TABLE attestations (
        id uuid PRIMARY KEY,
        owner_did text NOT NULL,
        issuer_did text NOT NULL,
        subject_did text NOT NULL,
        type text NOT NULL,
        claim text,
        expires_at timestamptz,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        revoke_signature text,
        revoke_signed_payload text,
        deleted_at timestamptz
      )`);
    await q.query(
      'CREATE INDEX attestations_subject ON attestations (subject_did, type, created_at DESC, id DESC)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['attestations', 'invite_acceptances', 'invites', 'vouches']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
