import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Soft identities sign in with their emailed code (no signature), and mail bodies are sealed with the
 * node key so the outbox never holds a code in plain text. Bodies already sent are cleared.
 */
export class IdentitySoftSessions1732500000110 implements MigrationInterface {
  name = 'IdentitySoftSessions1732500000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE sessions ALTER COLUMN signature DROP NOT NULL');
    await q.query(
      `ALTER TABLE sessions ADD COLUMN method text NOT NULL DEFAULT 'SIGNATURE'
         CHECK (method IN ('SIGNATURE', 'EMAIL_CODE'))`,
    );
    await q.query('ALTER TABLE mail_outbox ALTER COLUMN body DROP NOT NULL');
    await q.query('ALTER TABLE mail_outbox ADD COLUMN sealed boolean NOT NULL DEFAULT false');
    await q.query('UPDATE mail_outbox SET body = NULL WHERE sent_at IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE mail_outbox DROP COLUMN sealed');
    await q.query(`UPDATE mail_outbox SET body = '' WHERE body IS NULL`);
    await q.query('ALTER TABLE mail_outbox ALTER COLUMN body SET NOT NULL');
    await q.query(`DELETE FROM sessions WHERE method = 'EMAIL_CODE'`);
    await q.query('ALTER TABLE sessions DROP COLUMN method');
    await q.query('ALTER TABLE sessions ALTER COLUMN signature SET NOT NULL');
  }
}
