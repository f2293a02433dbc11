import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProofLog1732500000000 implements MigrationInterface {
  name = 'CreateProofLog1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proof_log (
        id bigserial PRIMARY KEY,
        owner_did text NOT NULL,
        signer text NOT NULL,
        nonce text NOT NULL,
        type text NOT NULL,
        signed_at timestamptz NOT NULL,
        public_key text NOT NULL,
        payload text NOT NULL,
        signature text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX proof_log_signer_nonce ON proof_log (signer, nonce)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE proof_log');
  }
}
