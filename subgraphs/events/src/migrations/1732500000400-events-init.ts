import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventsInit1732500000400 implements MigrationInterface {
  name = 'EventsInit1732500000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        id text PRIMARY KEY,
        did text NOT NULL UNIQUE,
        owner_did text NOT NULL,
        host_did text NOT NULL,
        title text NOT NULL,
        description text,
        venue text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        timezone text NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'UNLISTED', 'TRUST_GATED')),
        trust_max_hops integer,
        manifest_id text,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'CANCELED')),
        public_key text NOT NULL,
        sealed_seed text NOT NULL,
        did_registered_at timestamptz,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        canceled_at timestamptz,
        cancel_reason text,
        deleted_at timestamptz
      )`);
    await q.query('CREATE INDEX events_host ON events (host_did, starts_at, id)');
    await q.query(`CREATE INDEX events_public ON events (starts_at, id) WHERE visibility = 'PUBLIC'`);
    await q.query(`
      CREATE TABLE ticket_tiers (
        id text PRIMARY KEY,
        event_id text NOT NULL REFERENCES events (id),
        owner_did text NOT NULL,
        name text NOT NULL,
        price bigint NOT NULL CHECK (price >= 0),
        currency text NOT NULL,
        capacity integer NOT NULL CHECK (capacity >= 0),
        -- Seats taken: unpaid holds, waitlist offers and issued tickets. The CHECK is the last line against overselling.
        reserved integer NOT NULL DEFAULT 0,
        sales_start timestamptz,
        sales_end timestamptz,
        per_buyer_limit integer NOT NULL CHECK (per_buyer_limit >= 1),
        position integer NOT NULL,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz,
        CHECK (reserved >= 0 AND reserved <= capacity)
      )`);
    await q.query('CREATE INDEX ticket_tiers_event ON ticket_tiers (event_id, position)');
    await q.query(`
      CREATE TABLE holds (
        id text PRIMARY KEY,
        tier_id text NOT NULL REFERENCES ticket_tiers (id),
        event_id text NOT NULL REFERENCES events (id),
        owner_did text NOT NULL,
        buyer_did text NOT NULL,
        status text NOT NULL CHECK (status IN ('OFFERED', 'PENDING', 'ISSUED', 'EXPIRED', 'CANCELED', 'REFUNDED')),
        amount bigint NOT NULL,
        currency text NOT NULL,
        expires_at timestamptz NOT NULL,
        checkout_id text,
        checkout_url text,
        payment_id text,
        waitlist_entry_id text,
        signature text,
        signed_payload text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX holds_buyer ON holds (tier_id, buyer_did)');
    await q.query(`CREATE INDEX holds_open ON holds (expires_at) WHERE status IN ('OFFERED', 'PENDING')`);
    await q.query('CREATE UNIQUE INDEX holds_payment ON holds (payment_id) WHERE payment_id IS NOT NULL');
    await q.query(`
      CREATE TABLE tickets (
        id text PRIMARY KEY,
        event_id text NOT NULL REFERENCES events (id),
        tier_id text NOT NULL REFERENCES ticket_tiers (id),
        hold_id text REFERENCES holds (id),
        owner_did text NOT NULL,
        holder_did text NOT NULL,
        payment_id text,
        token text NOT NULL,
        issued_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('VALID', 'REVOKED')),
        revoked_at timestamptz,
        revoke_reason text,
        revoked_by text,
        transferred_from text REFERENCES tickets (id),
        transferred_to text,
        signature text,
        signed_payload text,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    // One ticket per hold: a payment.completed delivered twice cannot issue two.
    await q.query('CREATE UNIQUE INDEX tickets_hold ON tickets (hold_id) WHERE hold_id IS NOT NULL');
    await q.query('CREATE INDEX tickets_holder ON tickets (holder_did, issued_at, id)');
    await q.query('CREATE INDEX tickets_event ON tickets (event_id, id)');
    await q.query(`CREATE INDEX tickets_revoked ON tickets (event_id, revoked_at) WHERE status = 'REVOKED'`);
    await q.query(`
      CREATE TABLE check_ins (
        id text PRIMARY KEY,
        ticket_id text NOT NULL UNIQUE REFERENCES tickets (id),
        event_id text NOT NULL REFERENCES events (id),
        owner_did text NOT NULL,
        scanner_did text NOT NULL,
        checked_in_at timestamptz NOT NULL,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        deleted_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE scanners (
        event_id text NOT NULL REFERENCES events (id),
        scanner_did text NOT NULL,
        owner_did text NOT NULL,
        granted_at timestamptz NOT NULL,
        signature text NOT NULL,
        signed_payload text NOT NULL,
        deleted_at timestamptz,
        PRIMARY KEY (event_id, scanner_did)
      )`);
    await q.query(`
      CREATE TABLE waitlist_entries (
        id text PRIMARY KEY,
        seq bigserial NOT NULL,
        tier_id text NOT NULL REFERENCES ticket_tiers (id),
        event_id text NOT NULL REFERENCES events (id),
        owner_did text NOT NULL,
        buyer_did text NOT NULL,
        status text NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'CLAIMED', 'EXPIRED', 'LEFT')),
        hold_id text REFERENCES holds (id),
        signature text,
        signed_payload text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX waitlist_one_per_buyer ON waitlist_entries (tier_id, buyer_did) WHERE status IN ('WAITING', 'OFFERED')`,
    );
    await q.query(`CREATE INDEX waitlist_next ON waitlist_entries (tier_id, seq) WHERE status = 'WAITING'`);
    // Where the payments outbox consumer is, moved in the same transaction as each effect.
    await q.query(`
      CREATE TABLE consumer_cursor (
        name text PRIMARY KEY,
        owner_did text NOT NULL,
        last_seq bigint NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Every feed event handled, by its id: a redelivery is recognised even if the cursor was reset.
    await q.query(`
      CREATE TABLE consumed_events (
        id text PRIMARY KEY,
        owner_did text NOT NULL,
        seq bigint NOT NULL,
        topic text NOT NULL,
        outcome text NOT NULL,
        consumed_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'consumed_events',
      'consumer_cursor',
      'waitlist_entries',
      'scanners',
      'check_ins',
      'tickets',
      'holds',
      'ticket_tiers',
      'events',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
