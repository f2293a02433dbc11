import type { DataSource, EntityManager } from 'typeorm';

import { InternalServerError, type Clock, type Logger } from '@imajin/subgraph-common';

import { DnsRecordEntity } from '../node/node.entity';

import type { DnsProvider } from './dns-provider';

/**
 * Keeps the provider in step with `dns_records`, one row per node saying what DNS should hold (PRESENT or
 * ABSENT) and whether the provider has confirmed it (DONE). Writes happen in the caller's transaction; the
 * provider is called after commit and again by the sweeper until it succeeds, so nothing is lost or doubled.
 */
export class DnsSync {
  constructor(
    private readonly dataSource: DataSource,
    readonly provider: DnsProvider,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Records that `name` should point at `target` (or be absent); state PENDING until the provider confirms. */
  async want(
    tx: EntityManager,
    nodeDid: string,
    name: string,
    target: string,
    desired: 'PRESENT' | 'ABSENT',
    now: Date,
  ): Promise<void> {
    const existing = await tx.findOneBy(DnsRecordEntity, { nodeDid });
    if (existing && existing.name !== name && !(existing.desired === 'ABSENT' && existing.state === 'DONE')) {
      // Re-registered under a new name while the old one may still resolve: remove it now, or fail and retry.
      try {
        await this.provider.remove(existing.name);
      } catch (error) {
        this.logger.error({ err: error, name: existing.name }, 'dns remove failed');
        throw new InternalServerError('The DNS provider is failing; try again shortly');
      }
    }
    await tx.query(
      `INSERT INTO dns_records (node_did, owner_did, name, target, desired, state, attempts, last_error, updated_at)
       VALUES ($1, $1, $2, $3, $4, 'PENDING', 0, NULL, $5)
       ON CONFLICT (node_did) DO UPDATE SET name = $2, target = $3, desired = $4, state = 'PENDING',
         attempts = 0, last_error = NULL, updated_at = $5`,
      [nodeDid, name, target, desired, now],
    );
  }

  /** The node is EXPIRED or REVOKED: its record should go (once). */
  async release(tx: EntityManager, nodeDid: string, now: Date): Promise<void> {
    await tx.query(
      `UPDATE dns_records SET desired = 'ABSENT', state = 'PENDING', attempts = 0, last_error = NULL, updated_at = $2
       WHERE node_did = $1 AND desired = 'PRESENT'`,
      [nodeDid, now],
    );
  }

  /** Another node took the name over; its upsert replaces this record, so there is nothing to remove. */
  async supersede(tx: EntityManager, nodeDid: string, now: Date): Promise<void> {
    await tx.query(
      `UPDATE dns_records SET desired = 'ABSENT', state = 'DONE', last_error = NULL, updated_at = $2
       WHERE node_did = $1`,
      [nodeDid, now],
    );
  }

  /** Tries one node's record now; failures are recorded for the sweeper, never thrown. */
  async syncNode(nodeDid: string): Promise<boolean> {
    const record = await this.dataSource.getRepository(DnsRecordEntity).findOneBy({ nodeDid });
    return record && record.state !== 'DONE' ? this.apply(record) : true;
  }

  /** Every record not yet DONE, oldest first; returns how many succeeded and failed. */
  async syncPending(limit = 500): Promise<{ done: number; failed: number }> {
    const records = await this.dataSource
      .getRepository(DnsRecordEntity)
      .createQueryBuilder('d')
      .where("d.state <> 'DONE'")
      .orderBy('d.updated_at', 'ASC')
      .take(limit)
      .getMany();
    let done = 0;
    let failed = 0;
    for (const record of records) {
      if (await this.apply(record)) done += 1;
      else failed += 1;
    }
    return { done, failed };
  }

  private async apply(record: DnsRecordEntity): Promise<boolean> {
    try {
      if (record.desired === 'PRESENT') {
        await this.provider.upsert(record.name, record.target);
      } else if (!(await this.heldByAnother(record))) {
        await this.provider.remove(record.name);
      }
    } catch (error) {
      this.logger.warn({ err: error, node: record.nodeDid, name: record.name }, 'dns provider call failed');
      await this.mark(record, 'FAILED', error instanceof Error ? error.message : String(error));
      return false;
    }
    await this.mark(record, 'DONE', null);
    return true;
  }

  private async heldByAnother(record: DnsRecordEntity): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM dns_records WHERE name = $1 AND desired = 'PRESENT' AND node_did <> $2`,
      [record.name, record.nodeDid],
    );
    return rows.length > 0;
  }

  /** Only if nothing changed the row meanwhile (same desired state and name), so a newer intent wins. */
  private async mark(record: DnsRecordEntity, state: 'DONE' | 'FAILED', error: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE dns_records SET state = $4, attempts = attempts + 1, last_error = $5, updated_at = $6
       WHERE node_did = $1 AND desired = $2 AND name = $3 AND state <> 'DONE'`,
      [record.nodeDid, record.desired, record.name, state, error?.slice(0, 500) ?? null, this.clock.now()],
    );
  }
}
