import { randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import { DELEGATE_TYPE, isDelegableScope, REVOKE_DELEGATION_TYPE, type Proof } from '@imajin/protocol';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  plainFields,
  RateLimitedError,
  type Clock,
  type DelegationGrant,
  type ProofVerifier,
} from '@imajin/subgraph-common';

import { IdentityEntity } from '../identity/identity.entity';
import { parseMjnDid, type KeyService } from '../key/key.service';

import type { DelegateInput } from './delegation.inputs';
import type { Delegation } from './delegation.types';

const DAY_MS = 24 * 60 * 60_000;
const MAX_AHEAD_MS = 365 * DAY_MS;
const MAX_SCOPES = 8;
/** Live delegations one person may hold at once, so one key cannot fill the table. */
export const MAX_LIVE_DELEGATIONS = 50;
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DelegationRow {
  id: string;
  owner_did: string;
  agent_did: string;
  scopes: string[];
  expires_at: Date;
  max_uses_per_day: number | null;
  created_at: Date;
  signature: string;
  signed_payload: string;
  revoked_at: Date | null;
  uses: number;
}

const COLUMNS =
  'd.id, d.owner_did, d.agent_did, d.scopes, d.expires_at, d.max_uses_per_day, d.created_at, d.signature, ' +
  'd.signed_payload, d.revoked_at, ' +
  '(SELECT count(*)::int FROM delegation_uses u WHERE u.delegation_id = d.id AND u.used_at > $2) AS uses';

export function toDelegation(row: DelegationRow, now: Date): Delegation {
  return {
    id: row.id,
    personDid: row.owner_did,
    agentDid: row.agent_did,
    scopes: row.scopes,
    expiresAt: row.expires_at,
    maxUsesPerDay: row.max_uses_per_day,
    usesLast24h: row.uses,
    active: row.revoked_at === null && row.expires_at.getTime() > now.getTime(),
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    signature: row.signature,
    signedPayload: row.signed_payload,
  };
}

/**
 * Delegations: a person (any active keyed identity but an agent) lets an agent act for them on a few action
 * types until an expiry, optionally at most N times a day. Other subgraphs ask `authorise` on every delegated
 * request (no caching), so a revocation takes effect on the next one.
 */
export class DelegationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly keys: KeyService,
    private readonly clock: Clock,
  ) {}

  async delegate(input: DelegateInput, proof: Proof): Promise<Delegation> {
    const now = this.clock.now();
    parseMjnDid(input.agent, 'agent');
    const scopes = checkScopes(input.scopes);
    const expiresAt = checkExpiry(input.expiresAt, now);
    const max = input.maxUsesPerDay ?? null;
    if (max !== null && (!Number.isInteger(max) || max < 1 || max > 100_000))
      throw new BadUserInputError('maxUsesPerDay must be an integer from 1 to 100000', {
        field: 'maxUsesPerDay',
      });
    if (input.agent === proof.signer)
      throw new BadUserInputError('You cannot delegate to yourself; name an agent DID', { field: 'agent' });

    return this.dataSource.transaction(async (tx) => {
      const verified = await this.proofs.verifyAndRecord(tx, {
        type: DELEGATE_TYPE,
        fields: plainFields(input),
        proof,
        publicKey: await this.keys.signingKey(proof.signer, tx),
      });
      const person = await tx.findOneBy(IdentityEntity, { did: verified.signer });
      if (person?.kind === 'AGENT')
        throw new ForbiddenError(
          'An agent cannot delegate: only the person it acts for can grant delegations',
        );
      const agent = await tx.findOneBy(IdentityEntity, { did: input.agent });
      if (!agent || agent.deletedAt)
        throw new NotFoundError(
          `No active identity ${input.agent} is registered; the agent must register first`,
        );
      if (agent.kind !== 'AGENT')
        throw new BadUserInputError(
          `${input.agent} is a ${agent.kind}, not an AGENT; delegate only to agents`,
          {
            field: 'agent',
          },
        );
      // Serialises one person's grants, so two concurrent requests cannot both pass the live-count check.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`delegations:${verified.signer}`]);
      const [{ n }]: Array<{ n: number }> = await tx.query(
        `SELECT count(*)::int AS n FROM delegations
         WHERE owner_did = $1 AND revoked_at IS NULL AND deleted_at IS NULL AND expires_at > $2`,
        [verified.signer, now],
      );
      if (n >= MAX_LIVE_DELEGATIONS)
        throw new ConflictError(
          `You already hold ${MAX_LIVE_DELEGATIONS} live delegations; revoke one before granting another`,
        );
      const id = randomUUID();
      await tx.query(
        `INSERT INTO delegations (id, owner_did, agent_did, scopes, expires_at, max_uses_per_day, created_at,
           signature, signed_payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          verified.signer,
          input.agent,
          scopes,
          expiresAt,
          max,
          now,
          verified.signature,
          verified.canonical,
        ],
      );
      return toDelegation(await this.row(tx, id, now), now);
    });
  }

  async revoke(id: string, proof: Proof): Promise<Delegation> {
    const now = this.clock.now();
    if (!UUID.test(id)) throw new BadUserInputError('id must be a delegation id (a UUID)', { field: 'id' });
    return this.dataSource.transaction(async (tx) => {
      const verified = this.proofs.verify({
        type: REVOKE_DELEGATION_TYPE,
        fields: { id },
        proof,
        publicKey: await this.keys.signingKey(proof.signer, tx),
      });
      const found: Array<{ owner_did: string; agent_did: string; revoked_at: Date | null }> = await tx.query(
        'SELECT owner_did, agent_did, revoked_at FROM delegations WHERE id = $1 AND deleted_at IS NULL FOR UPDATE',
        [id],
      );
      if (found.length === 0) throw new NotFoundError(`No delegation ${id}`);
      const { owner_did: owner, agent_did: agent } = found[0];
      if (verified.signer !== owner && verified.signer !== agent)
        throw new ForbiddenError('Only the person who granted a delegation, or its agent, can revoke it');
      // Nonce first, so replaying the proof that revoked it is REPLAYED rather than "already revoked".
      await this.proofs.record(tx, verified, owner);
      if (found[0].revoked_at) throw new ConflictError(`Delegation ${id} is already revoked`);
      await tx.query(
        `UPDATE delegations SET revoked_at = $2, revoked_by = $3, revoke_signature = $4, revoke_signed_payload = $5
         WHERE id = $1`,
        [id, now, verified.signer, verified.signature, verified.canonical],
      );
      return toDelegation(await this.row(tx, id, now), now);
    });
  }

  /**
   * Identity's answer to another subgraph: the live delegation from `person` to `agent` that covers `action`,
   * counting one use; FORBIDDEN naming the action when there is none (never granted, scope missing, expired,
   * revoked), RATE_LIMITED when every covering delegation has used up its daily limit.
   */
  async authorise(body: unknown): Promise<DelegationGrant> {
    const { person, agent, action } = checkRequest(body);
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const who = await tx.findOneBy(IdentityEntity, { did: person });
      if (!who || who.deletedAt)
        throw new ForbiddenError(`${person} is not an active identity, so no agent can ${action} for it`);
      const rows: DelegationRow[] = await tx.query(
        `SELECT ${COLUMNS} FROM delegations d
         WHERE d.owner_did = $1 AND d.agent_did = $3 AND d.deleted_at IS NULL
         ORDER BY d.created_at DESC, d.id FOR UPDATE`,
        [person, new Date(now.getTime() - DAY_MS), agent],
      );
      const refusal = (why: string) =>
        new ForbiddenError(
          `${agent} may not sign ${action} for ${person}: ${why}; ask ${person} to delegate ${action}`,
        );
      if (rows.length === 0) throw refusal(`there is no delegation from ${person} to this agent`);
      const live = rows.filter((r) => r.revoked_at === null && r.expires_at.getTime() > now.getTime());
      if (live.length === 0) {
        const last = rows[0];
        throw refusal(
          last.revoked_at
            ? `its delegation was revoked at ${last.revoked_at.toISOString()}`
            : `its delegation expired at ${last.expires_at.toISOString()}`,
        );
      }
      const covering = live.filter((r) => r.scopes.includes(action));
      if (covering.length === 0)
        throw refusal(
          `its live delegations cover only ${[...new Set(live.flatMap((r) => r.scopes))].join(', ')}`,
        );
      const usable = covering.find((r) => r.max_uses_per_day === null || r.uses < r.max_uses_per_day);
      if (!usable)
        throw new RateLimitedError(
          `The delegation from ${person} has used its ${covering[0].max_uses_per_day} uses of the last 24 hours; ` +
            'try again later or ask for a higher limit',
        );
      await tx.query(
        'INSERT INTO delegation_uses (owner_did, delegation_id, action, used_at) VALUES ($1, $2, $3, $4)',
        [person, usable.id, action, now],
      );
      return { delegationId: usable.id };
    });
  }

  /** Delegations `did` granted or received that `viewer` is a party to, newest first. */
  async listFor(did: string, viewer: string, includeInactive: boolean): Promise<Delegation[]> {
    const now = this.clock.now();
    const rows: DelegationRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM delegations d
       WHERE (d.owner_did = $1 OR d.agent_did = $1) AND (d.owner_did = $3 OR d.agent_did = $3)
         AND d.deleted_at IS NULL
         AND ($4 OR (d.revoked_at IS NULL AND d.expires_at > $5))
       ORDER BY d.created_at DESC, d.id LIMIT 200`,
      [did, new Date(now.getTime() - DAY_MS), viewer, includeInactive, now],
    );
    return rows.map((r) => toDelegation(r, now));
  }

  /** One delegation by id for a federation reference: null unless `viewer` is one of its two parties. */
  async getFor(id: string, viewer: string | null): Promise<Delegation | null> {
    if (!viewer || !UUID.test(id)) return null;
    const now = this.clock.now();
    const rows: DelegationRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM delegations d
       WHERE d.id = $1 AND d.deleted_at IS NULL AND (d.owner_did = $3 OR d.agent_did = $3)`,
      [id, new Date(now.getTime() - DAY_MS), viewer],
    );
    return rows.length ? toDelegation(rows[0], now) : null;
  }

  private async row(tx: EntityManager, id: string, now: Date): Promise<DelegationRow> {
    const rows: DelegationRow[] = await tx.query(`SELECT ${COLUMNS} FROM delegations d WHERE d.id = $1`, [
      id,
      new Date(now.getTime() - DAY_MS),
    ]);
    return rows[0];
  }
}

function checkScopes(scopes: string[]): string[] {
  if (scopes.length === 0 || scopes.length > MAX_SCOPES)
    throw new BadUserInputError(`Grant 1 to ${MAX_SCOPES} scopes`, { field: 'scopes' });
  if (new Set(scopes).size !== scopes.length)
    throw new BadUserInputError('Each scope may appear once', { field: 'scopes' });
  const unknown = scopes.find((s) => !isDelegableScope(s));
  if (unknown !== undefined)
    throw new BadUserInputError(
      `'${unknown.slice(0, 80)}' cannot be delegated; use mjn.trust.vouch, mjn.trust.revokeVouch, ` +
        'mjn.chat.message or mjn.payments.read',
      { field: 'scopes' },
    );
  return scopes;
}

function checkExpiry(value: string, now: Date): Date {
  const at = ISO_MS.test(value) ? new Date(value) : null;
  if (!at || Number.isNaN(at.getTime()) || at.toISOString() !== value)
    throw new BadUserInputError('expiresAt must be an ISO 8601 instant as toISOString() writes it', {
      field: 'expiresAt',
    });
  if (at.getTime() <= now.getTime())
    throw new BadUserInputError('expiresAt is in the past; choose a future instant', { field: 'expiresAt' });
  if (at.getTime() - now.getTime() > MAX_AHEAD_MS)
    throw new BadUserInputError('A delegation may last at most 365 days; choose an earlier expiresAt', {
      field: 'expiresAt',
    });
  return at;
}

function checkRequest(body: unknown): { person: string; agent: string; action: string } {
  const b = (body ?? {}) as Record<string, unknown>;
  const ok = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  if (!ok(b.person) || !ok(b.agent) || !ok(b.action))
    throw new BadUserInputError('Send { person, agent, action } as strings');
  return { person: b.person as string, agent: b.agent as string, action: b.action as string };
}
