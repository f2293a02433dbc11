import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A message an agent sent for a person under a delegation records the agent beside the sender. */
export class ChatMessageAgent1732500000550 implements MigrationInterface {
  name = 'ChatMessageAgent1732500000550';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE messages ADD COLUMN agent_did text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE messages DROP COLUMN agent_did');
  }
}
