import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChatInit1732500000500 implements MigrationInterface {
  name = 'ChatInit1732500000500';

  async up(q: QueryRunner): Promise<void> {
    // last_seq is bumped under the row lock of the sending transaction: it serialises sends per
    // conversation, so sequence numbers commit in order and history has no gaps.
    await q.query(`
      CREATE TABLE conversations (
        id uuid PRIMARY KEY,
        owner_did text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DIRECT', 'GROUP')),
        title text,
        encrypted boolean NOT NULL,
        direct_key text,
        last_seq bigint NOT NULL DEFAULT 0,
        last_message_id uuid,
        last_message_at timestamptz,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    // One direct conversation per DID pair (direct_key = the two DIDs sorted and joined).
    await q.query(
      'CREATE UNIQUE INDEX conversations_direct_pair ON conversations (direct_key) WHERE direct_key IS NOT NULL',
    );
    await q.query(`
      CREATE TABLE conversation_members (
        conversation_id uuid NOT NULL REFERENCES conversations (id),
        member_did text NOT NULL,
        owner_did text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
        added_by text NOT NULL,
        joined_at timestamptz NOT NULL,
        last_read_seq bigint NOT NULL DEFAULT 0,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        deleted_at timestamptz,
        removed_by text,
        removed_signature text,
        removed_signed_payload text,
        PRIMARY KEY (conversation_id, member_did)
      )`);
    await q.query(
      'CREATE INDEX conversation_members_by_did ON conversation_members (member_did, conversation_id) WHERE deleted_at IS NULL',
    );
    await q.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES conversations (id),
        seq bigint NOT NULL,
        owner_did text NOT NULL,
        sender_did text NOT NULL,
        client_id text NOT NULL,
        body text NOT NULL,
        reply_to uuid REFERENCES messages (id),
        attachments jsonb NOT NULL DEFAULT '[]',
        revision integer NOT NULL DEFAULT 1,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        created_at timestamptz NOT NULL,
        edited_at timestamptz,
        deleted_at timestamptz,
        UNIQUE (conversation_id, seq),
        UNIQUE (conversation_id, sender_did, client_id)
      )`);
    // Every version of a message, each with the proof that made it: edits and deletes keep history.
    await q.query(`
      CREATE TABLE message_revisions (
        message_id uuid NOT NULL REFERENCES messages (id),
        revision integer NOT NULL,
        owner_did text NOT NULL,
        action text NOT NULL CHECK (action IN ('SEND', 'EDIT', 'DELETE')),
        body text,
        attachments jsonb,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz,
        PRIMARY KEY (message_id, revision)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE message_revisions');
    await q.query('DROP TABLE messages');
    await q.query('DROP TABLE conversation_members');
    await q.query('DROP TABLE conversations');
  }
}
