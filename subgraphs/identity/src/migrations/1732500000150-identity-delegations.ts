import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delegations (a person lets an agent act for them on some action types) and their uses, counted per
 * rolling 24 hours for the optional daily limit. `owner_did` is the person who signed the grant.
 */
export class IdentityDelegations1732500000150 implements MigrationInterface {
  name = 'IdentityDelegations1732500000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE delegations (
        id uuid PRIMARY KEY,
        owner_did text NOT NULL,
        agent_did text NOT NULL,
        scopes text[] NOT NULL,
        expires_at timestamptz NOT NULL,
        max_uses_per_day integer CHECK (max_uses_per_day IS NULL OR max_uses_per_day > 0),
        created_at timestamptz NOT NULL,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        revoked_at timestamptz,
        revoked_by text,
        revoke_signature text,
        revoke_signed_payload text,
        deleted_at timestamptz
      )`);
    await q.query('CREATE INDEX delegations_owner_agent ON delegations (owner_did, agent_did)');
    await q.query('CREATE INDEX delegations_agent ON delegations (agent_did)');
    await q.query(`
      CREATE TABLE delegation_uses (
        id bigserial PRIMARY KEY,
        owner_did text NOT NULL,
        delegation_id uuid NOT NULL REFERENCES delegations (id),
        action text NOT NULL,
        used_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX delegation_uses_recent ON delegation_uses (delegation_id, used_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE delegation_uses');
    await q.query('DROP TABLE delegations');
  }
}
