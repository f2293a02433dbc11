import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import type { Proof } from '@imajin/protocol';
import { MjnActions } from '@imajin/protocol';
import {
  BadUserInputError,
  checkPageSize,
  ConflictError,
  decodeCursor,
  ForbiddenError,
  NotFoundError,
  plainFields,
  signingKeyFromDirectory,
  signingKeyOf,
  toConnection,
  type Clock,
  type Connection,
  type IdentityDirectory,
  type ProofVerifier,
  isPairCursor,
} from '@imajin/subgraph-common';

import {
  checkDid,
  checkFutureInstant,
  checkText,
  checkUuid,
  conflictOnUnique,
  requireActiveEntry,
} from '../common';
import { notifyVouchChange, type VouchChangeSink } from '../graph/adjacency-sync';
import { identityRef } from '../identity/identity.types';

import type { VouchInput } from './vouch.inputs';
import type { Vouch } from './vouch.types';

export const VOUCH = MjnActions.trust.vouch;
export const REVOKE_VOUCH = MjnActions.trust.revokeVouch;

export interface VouchRow {
  id: string;
  from_did: string;
  to_did: string;
  weight: number;
  context: string | null;
  expires_at: Date | null;
  created_at: Date;
  revoked_at: Date | null;
  signature: string;
  signed_payload: string;
  revoke_signature: string | null;
  revoke_signed_payload: string | null;
  /** The agent that signed for from_did under a delegation (absent from rows selected without it). */
  agent_did?: string | null;
}

export const VOUCH_COLUMNS =
  'id, from_did, to_did, weight, context, expires_at, created_at, revoked_at, signature, signed_payload, ' +
  'revoke_signature, revoke_signed_payload, agent_did';

export function toVouch(row: VouchRow, now: Date): Vouch {
  return {
    id: row.id,
    from: identityRef(row.from_did),
    agent: row.agent_did ? identityRef(row.agent_did) : null,
    to: identityRef(row.to_did),
    weight: row.weight,
    context: row.context,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    active: row.revoked_at === null && (row.expires_at === null || row.expires_at.getTime() > now.getTime()),
    signature: row.signature,
    signedPayload: row.signed_payload,
    revokeSignature: row.revoke_signature,
    revokeSignedPayload: row.revoke_signed_payload,
  };
}

export class VouchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly clock: Clock,
    private readonly changes: VouchChangeSink | null = null,
  ) {}

  async vouch(input: VouchInput, proof: Proof): Promise<Vouch> {
    const now = this.clock.now();
    checkDid(input.to, 'to');
    if (!Number.isInteger(input.weight) || input.weight < 1 || input.weight > 100)
      throw new BadUserInputError('weight must be an integer from 1 to 100', { field: 'weight' });
    const context = checkText(input.context, 200, 'context');
    const expiresAt = checkFutureInstant(input.expiresAt, now, 'expiresAt');
    // An agent signing under a delegation vouches as the person it names (onBehalfOf).
    if ((proof.onBehalfOf ?? proof.signer) === input.to)
      throw new BadUserInputError('You cannot vouch for yourself', { field: 'to' });

    // One directory call for both: under load every extra round trip through the gateway queues.
    const entries = await this.directory.lookup([proof.signer, input.to]);
    const verified = this.proofs.verify({
      type: VOUCH,
      fields: plainFields(input),
      proof,
      publicKey: signingKeyOf(entries, proof.signer),
      delegable: true,
    });
    const agent = verified.onBehalfOf ? verified.signer : null;
    requireActiveEntry(entries, input.to, 'the vouched-for identity');

    const row = await this.dataSource
      .transaction(async (tx) => {
        await this.proofs.record(tx, verified);
        // An expired vouch no longer blocks a new one for the same pair; it stays in history.
        await tx.query(
          `UPDATE vouches SET closed_at = $3
           WHERE from_did = $1 AND to_did = $2 AND closed_at IS NULL AND expires_at IS NOT NULL AND expires_at <= $3`,
          [verified.actor, input.to, now],
        );
        const open: Array<{ id: string }> = await tx.query(
          'SELECT id FROM vouches WHERE from_did = $1 AND to_did = $2 AND closed_at IS NULL',
          [verified.actor, input.to],
        );
        if (open.length > 0)
          throw new ConflictError(`You already have an active vouch for ${input.to}; revoke it first`, {
            vouchId: open[0].id,
          });
        const rows: VouchRow[] = await tx.query(
          `INSERT INTO vouches (id, owner_did, from_did, to_did, weight, context, expires_at, created_at,
             signature, signed_payload, agent_did)
           VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${VOUCH_COLUMNS}`,
          [
            randomUUID(),
            verified.actor,
            input.to,
            input.weight,
            context,
            expiresAt,
            now,
            verified.signature,
            verified.canonical,
            agent,
          ],
        );
        await notifyVouchChange(tx, 'insert', rows[0].id);
        return rows[0];
      })
      .catch(conflictOnUnique<VouchRow>(`You already have an active vouch for ${input.to}; revoke it first`));
    // Apply locally before answering, so this instance reads its own write; others follow the NOTIFY.
    await this.changes?.applied([row.id]);
    return toVouch(row, now);
  }

  async revoke(id: string, proof: Proof): Promise<Vouch> {
    const now = this.clock.now();
    checkUuid(id);
    const verified = this.proofs.verify({
      type: REVOKE_VOUCH,
      fields: { id },
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, proof.signer),
      delegable: true,
    });
    const row = await this.dataSource.transaction(async (tx) => {
      const found: VouchRow[] = await tx.query(
        `SELECT ${VOUCH_COLUMNS} FROM vouches WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (found.length === 0) throw new NotFoundError(`No vouch ${id}`);
      if (found[0].from_did !== verified.actor)
        throw new ForbiddenError('Only the identity that gave a vouch can revoke it');
      if (found[0].revoked_at) throw new ConflictError(`Vouch ${id} is already revoked`);
      await this.proofs.record(tx, verified);
      // TypeORM returns [rows, affected] for an UPDATE … RETURNING on Postgres.
      const [rows]: [VouchRow[], number] = await tx.query(
        `UPDATE vouches SET revoked_at = $2, closed_at = COALESCE(closed_at, $2), revoke_signature = $3,
           revoke_signed_payload = $4
         WHERE id = $1 RETURNING ${VOUCH_COLUMNS}`,
        [id, now, verified.signature, verified.canonical],
      );
      await notifyVouchChange(tx, 'revoke', id);
      return rows[0];
    });
    await this.changes?.applied([row.id]);
    return toVouch(row, now);
  }

  async getMany(ids: readonly string[]): Promise<Array<Vouch | null>> {
    const now = this.clock.now();
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const rows: VouchRow[] = valid.length
      ? await this.dataSource.query(`SELECT ${VOUCH_COLUMNS} FROM vouches WHERE id = ANY($1::uuid[])`, [
          valid,
        ])
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const row = byId.get(id.toLowerCase());
      return row ? toVouch(row, now) : null;
    });
  }

  /** Vouches given (`side` = from_did) or received (to_did) by `did`, newest first. */
  async page(
    side: 'from_did' | 'to_did',
    did: string,
    first: number,
    after: string | null | undefined,
    includeInactive: boolean,
  ): Promise<Connection<Vouch>> {
    checkPageSize(first);
    const now = this.clock.now();
    const cursor = decodeCursor(after, isPairCursor);
    const activeSql = includeInactive
      ? ''
      : 'AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)';
    const params: unknown[] = [did, now];
    let cursorSql = '';
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      cursorSql = 'AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    params.push(first + 1);
    const rows: VouchRow[] = await this.dataSource.query(
      `SELECT ${VOUCH_COLUMNS} FROM vouches WHERE ${side} = $1 AND $2::timestamptz IS NOT NULL ${activeSql} ${cursorSql}
       ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM vouches WHERE ${side} = $1 AND $2::timestamptz IS NOT NULL ${activeSql}`,
      [did, now],
    );
    const connection = toConnection(rows, first, n, (r) => [r.created_at.toISOString(), r.id]);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toVouch(e.node, now) })),
    };
  }

  /** Identities that both `a` and `b` actively vouch for. */
  async mutuals(a: string, b: string, limit = 100): Promise<string[]> {
    const rows: Array<{ did: string }> = await this.dataSource.query(
      `SELECT x.to_did AS did FROM vouches x JOIN vouches y ON y.to_did = x.to_did
       WHERE x.from_did = $1 AND y.from_did = $2
         AND x.revoked_at IS NULL AND (x.expires_at IS NULL OR x.expires_at > $3)
         AND y.revoked_at IS NULL AND (y.expires_at IS NULL OR y.expires_at > $3)
       ORDER BY x.to_did LIMIT $4`,
      [a, b, this.clock.now(), limit],
    );
    return rows.map((r) => r.did);
  }
}
