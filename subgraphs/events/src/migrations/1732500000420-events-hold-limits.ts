import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seat-hold limits count recent holds per client IP, per buyer and per tier straight from `holds`, so
 * every events instance sees the same counts; these indexes keep those counts cheap.
 */
export class EventsHoldLimits1732500000420 implements MigrationInterface {
  name = 'EventsHoldLimits1732500000420';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE holds ADD COLUMN client_ip text');
    await q.query(
      'CREATE INDEX holds_client_ip_recent ON holds (client_ip, created_at) WHERE client_ip IS NOT NULL',
    );
    await q.query('CREATE INDEX holds_buyer_recent ON holds (buyer_did, created_at)');
    await q.query(`CREATE INDEX holds_tier_unpaid ON holds (tier_id, expires_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX holds_tier_unpaid');
    await q.query('DROP INDEX holds_buyer_recent');
    await q.query('DROP INDEX holds_client_ip_recent');
    await q.query('ALTER TABLE holds DROP COLUMN client_ip');
  }
}
