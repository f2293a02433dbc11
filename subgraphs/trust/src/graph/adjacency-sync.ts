import { performance } from 'node:perf_hooks';

import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

import type { Logger } from '@imajin/subgraph-common';

import { TrustAdjacency, type AdjacencyEdge } from './adjacency';

export const VOUCH_CHANNEL = 'trust_vouches';
const LOAD_BATCH = 50_000;
const RECONNECT_MS = 1_000;

interface EdgeRow {
  id: string;
  from_did: string;
  to_did: string;
  weight: number;
  exp: number | null;
}

/**
 * Tells every instance that vouch `id` changed. Runs inside the writing transaction: Postgres delivers a NOTIFY
 * only on commit, so a rolled-back write is never announced.
 */
export async function notifyVouchChange(tx: EntityManager, op: 'insert' | 'revoke', id: string) {
  await tx.query(
    `SELECT pg_notify('${VOUCH_CHANNEL}', json_build_object('op', $1::text, 'id', $2::text)::text)`,
    [op, id],
  );
}

/** Applies committed vouch changes to this process's adjacency right away (read-your-writes locally). */
export interface VouchChangeSink {
  applied(ids: string[]): Promise<void>;
}

const toEdge = (r: EdgeRow): AdjacencyEdge => ({
  id: r.id,
  from: r.from_did,
  to: r.to_did,
  weight: r.weight,
  expiresAtMs: r.exp === null ? Infinity : Number(r.exp),
});

/**
 * Keeps a TrustAdjacency equal to the committed active vouches: a full load at start, then LISTEN on a
 * dedicated connection and re-read each announced vouch by id. Every change is applied through one queue, and
 * each apply reads the row's current state, so applies are idempotent and the last one wins. If the LISTEN
 * connection drops, notifications may have been missed, so the instance falls back to SQL until a full reload.
 */
export class AdjacencySync implements VouchChangeSink {
  private graph: TrustAdjacency | null = null;
  private client: Client | null = null;
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  /** Notifications applied since the last full load; reset by every reload. */
  appliedChanges = 0;
  lastLoad = { ms: 0, bytes: 0, edges: 0, nodes: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  /** The adjacency when it is known to be current; null while loading or after a lost LISTEN connection. */
  get current(): TrustAdjacency | null {
    return this.graph;
  }

  async start(): Promise<void> {
    // LISTEN before loading, so nothing committed during the load is missed (applies are idempotent).
    await this.connect();
    await this.reload();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.queue.catch(() => undefined);
  }

  /** Replaces the adjacency with a fresh full load (also after a LISTEN reconnect). */
  reload(): Promise<void> {
    return this.enqueue(async () => {
      this.graph = null;
      const t = performance.now();
      const edges: AdjacencyEdge[] = [];
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows: EdgeRow[] = await this.dataSource.query(
          `SELECT id, from_did, to_did, weight, EXTRACT(EPOCH FROM expires_at)::float8 * 1000 AS exp FROM vouches
           WHERE revoked_at IS NULL AND id > $1 ORDER BY id LIMIT ${LOAD_BATCH}`,
          [after],
        );
        for (const r of rows) edges.push(toEdge(r));
        if (rows.length < LOAD_BATCH) break;
        after = rows[rows.length - 1].id;
      }
      const graph = TrustAdjacency.build(edges);
      this.appliedChanges = 0;
      this.lastLoad = {
        ms: performance.now() - t,
        bytes: graph.byteSize(),
        edges: graph.edgeCount,
        nodes: graph.nodeCount,
      };
      this.graph = graph;
      this.logger.info(this.lastLoad, 'trust adjacency loaded');
    });
  }

  applied(ids: string[]): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    return this.enqueue(() => this.apply(ids));
  }

  private async apply(ids: string[]): Promise<void> {
    const graph = this.graph;
    if (!graph) return; // a reload is pending or failed; it will read the committed state anyway
    const rows: Array<EdgeRow & { revoked: boolean }> = await this.dataSource.query(
      `SELECT id, from_did, to_did, weight, EXTRACT(EPOCH FROM expires_at)::float8 * 1000 AS exp,
         revoked_at IS NOT NULL AS revoked FROM vouches WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const r of rows) {
      if (r.revoked) graph.remove(r.id, r.from_did, r.to_did);
      else graph.upsert(toEdge(r));
      this.appliedChanges += 1;
    }
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch((error: unknown) => {
      this.logger.error({ err: error }, 'trust adjacency update failed; reloading');
      this.graph = null;
      if (!this.stopped) this.scheduleReconnect();
    });
    return run;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('notification', (msg) => {
      if (msg.channel !== VOUCH_CHANNEL || !msg.payload) return;
      try {
        const { id } = JSON.parse(msg.payload) as { id: string };
        void this.applied([id]).catch(() => undefined);
      } catch {
        this.logger.warn({ payload: msg.payload }, 'ignoring malformed trust_vouches notification');
      }
    });
    const lost = (error?: unknown) => {
      if (this.stopped || this.client !== client) return;
      this.logger.warn(
        { err: error },
        'trust adjacency LISTEN connection lost; answering from SQL until reload',
      );
      this.client = null;
      this.graph = null;
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    await client.query(`LISTEN ${VOUCH_CHANNEL}`);
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.reconnectTimer || this.stopped) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stopped) return;
      const ready = this.client ? Promise.resolve() : this.connect();
      ready
        .then(
          () => this.reload(),
          () => this.scheduleReconnect(),
        )
        .catch(() => undefined); // a failed reload already scheduled the next attempt
    }, RECONNECT_MS);
  }
}
