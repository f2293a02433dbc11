import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Remembers whether payments confirmed the refund of a seatless payment, so the sweeper can retry it. */
export class EventsRefundRetry1732500000410 implements MigrationInterface {
  name = 'EventsRefundRetry1732500000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE holds ADD COLUMN refund_confirmed_at timestamptz');
    await q.query(
      `CREATE INDEX holds_refund_todo ON holds (updated_at) WHERE status = 'REFUNDED' AND refund_confirmed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX holds_refund_todo');
    await q.query('ALTER TABLE holds DROP COLUMN refund_confirmed_at');
  }
}
