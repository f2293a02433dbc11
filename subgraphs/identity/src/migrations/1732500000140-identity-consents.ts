import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Consent declarations: signed by the grantor, revocable, kept after revocation as evidence. */
export class IdentityConsents1732500000140 implements MigrationInterface {
  name = 'IdentityConsents1732500000140';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consent_declarations (
        id uuid PRIMARY KEY,
        owner_did text NOT NULL,
        grantor_did text NOT NULL,
        grantee_did text,
        max_trust_hops int,
        purposes text[] NOT NULL,
        max_fee bigint,
        currency text,
        expires_at timestamptz,
        retention_days int,
        no_training boolean,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        revoke_signature text,
        revoke_signed_payload text
      )`);
    await q.query(
      'CREATE INDEX consent_declarations_grantor ON consent_declarations (grantor_did, created_at DESC, id DESC)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE consent_declarations');
  }
}
