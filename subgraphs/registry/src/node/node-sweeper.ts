import type { DataSource } from 'typeorm';

import { PeriodicTask, type Logger } from '@imajin/subgraph-common';

import type { DnsSync } from '../dns/dns-sync';

import { statusSql } from './node-status';

export interface SweepResult {
  /** Nodes whose stored status changed, with the new status. */
  transitions: Array<{ did: string; status: string }>;
  dnsDone: number;
  dnsFailed: number;
}

/**
 * Moves the stored `status` column to the derived status (one statement, computed from the row it updates,
 * so a heartbeat committed meanwhile is never overwritten), releases hostnames and queues DNS removal for
 * nodes that became EXPIRED or REVOKED, then pushes every pending DNS record to the provider. Idempotent:
 * a second sweep at the same instant changes nothing.
 */
export class NodeSweeper {
  private readonly task: PeriodicTask;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dns: DnsSync,
    private readonly now: () => Date,
    intervalMs: number,
    private readonly logger: Logger,
  ) {
    this.task = new PeriodicTask({
      name: 'node sweep',
      intervalMs,
      logger,
      failureLevel: 'error',
      run: () => this.sweep(),
    });
  }

  async sweep(now: Date = this.now()): Promise<SweepResult> {
    const status = statusSql('n', '$1');
    const transitions: Array<{ did: string; status: string }> = await this.dataSource.query(
      `WITH moved AS (
         UPDATE nodes n SET status = ${status}, updated_at = $1,
           hostname_released_at = CASE WHEN ${status} IN ('EXPIRED', 'REVOKED')
             THEN COALESCE(n.hostname_released_at, $1) ELSE n.hostname_released_at END
         WHERE (n.status NOT IN ('EXPIRED', 'REVOKED') OR (n.revoked_at IS NOT NULL AND n.status <> 'REVOKED'))
           AND n.status <> ${status}
         RETURNING n.did, n.status),
       released AS (
         UPDATE dns_records d SET desired = 'ABSENT', state = 'PENDING', attempts = 0, last_error = NULL,
           updated_at = $1
         FROM moved m WHERE d.node_did = m.did AND m.status IN ('EXPIRED', 'REVOKED') AND d.desired = 'PRESENT'
         RETURNING d.node_did)
       SELECT did, status FROM moved ORDER BY did`,
      [now],
    );
    const { done, failed } = await this.dns.syncPending();
    if (transitions.length > 0 || done > 0 || failed > 0)
      this.logger.info({ transitions: transitions.length, dnsDone: done, dnsFailed: failed }, 'sweep');
    return { transitions, dnsDone: done, dnsFailed: failed };
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }
}
