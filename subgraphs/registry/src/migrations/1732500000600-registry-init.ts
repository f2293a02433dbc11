import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistryInit1732500000600 implements MigrationInterface {
  name = 'RegistryInit1732500000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attested_builds (
        build_hash text PRIMARY KEY,
        owner_did text NOT NULL,
        version text NOT NULL,
        notes text,
        attested_by text NOT NULL,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE nodes (
        did text PRIMARY KEY,
        owner_did text NOT NULL,
        operator_did text,
        hostname text NOT NULL,
        url text NOT NULL,
        build_hash text NOT NULL,
        version text NOT NULL,
        capabilities text[] NOT NULL DEFAULT '{}',
        status text NOT NULL,
        flagged boolean NOT NULL DEFAULT false,
        flag_reason text,
        registered_at timestamptz NOT NULL,
        registered_until timestamptz NOT NULL,
        last_heartbeat_at timestamptz NOT NULL,
        heartbeat_count integer NOT NULL DEFAULT 0,
        last_stats jsonb,
        revoked_at timestamptz,
        revoked_by text,
        revoke_reason text,
        hostname_released_at timestamptz,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        last_heartbeat_signature text,
        last_heartbeat_payload text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    // One holder per hostname until the registry releases it (the node EXPIRED or was REVOKED): race-safe.
    await q.query(
      'CREATE UNIQUE INDEX nodes_hostname_held ON nodes (hostname) WHERE hostname_released_at IS NULL',
    );
    await q.query('CREATE INDEX nodes_operator ON nodes (operator_did) WHERE operator_did IS NOT NULL');
    await q.query('CREATE INDEX nodes_hostname_did ON nodes (hostname, did)');
    await q.query(`CREATE INDEX nodes_sweep ON nodes (status) WHERE status NOT IN ('EXPIRED', 'REVOKED')`);
    // What DNS should say for each node, and whether the provider has been told yet (retried until done).
    await q.query(`
      CREATE TABLE dns_records (
        node_did text PRIMARY KEY REFERENCES nodes (did),
        owner_did text NOT NULL,
        name text NOT NULL,
        target text NOT NULL,
        desired text NOT NULL CHECK (desired IN ('PRESENT', 'ABSENT')),
        state text NOT NULL CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX dns_records_todo ON dns_records (updated_at) WHERE state <> 'DONE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE dns_records');
    await q.query('DROP TABLE nodes');
    await q.query('DROP TABLE attested_builds');
  }
}
