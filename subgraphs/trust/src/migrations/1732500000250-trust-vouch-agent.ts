import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A vouch an agent signed for a person under a delegation records the agent beside `from_did`. */
export class TrustVouchAgent1732500000250 implements MigrationInterface {
  name = 'TrustVouchAgent1732500000250';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE vouches ADD COLUMN agent_did text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE vouches DROP COLUMN agent_did');
  }
}
