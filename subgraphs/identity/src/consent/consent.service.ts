import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import {
  checkConsentTerms,
  CONSENT_DECLARE_TYPE,
  CONSENT_REVOKE_TYPE,
  type ConsentTerms,
  type Proof,
} from '@imajin/protocol';
import {
  BadUserInputError,
  checkPageSize,
  ConflictError,
  decodeCursor,
  ForbiddenError,
  NotFoundError,
  plainFields,
  RateLimitedError,
  toConnection,
  type Clock,
  type Connection,
  type ProofVerifier,
  isPairCursor,
} from '@imajin/subgraph-common';

import type { KeyService } from '../key/key.service';

import type { DeclareConsentInput } from './consent.inputs';
import type { ConsentDeclaration } from './consent.types';

/** Live declarations one DID may hold: enough for every purpose and audience, too few to bloat lookups. */
export const DEFAULT_MAX_LIVE_CONSENTS = 100;
/** Declarations one DID may make per rolling day: revoked rows stay as evidence, so churn must be bounded. */
export const MAX_DECLARATIONS_PER_DAY = 200;
const DAY_MS = 86_400_000;

interface ConsentRow {
  id: string;
  grantor_did: string;
  grantee_did: string | null;
  max_trust_hops: number | null;
  purposes: string[];
  max_fee: string | null;
  currency: string | null;
  expires_at: Date | null;
  retention_days: number | null;
  no_training: boolean | null;
  created_at: Date;
  revoked_at: Date | null;
  signature: string;
  signed_payload: string;
  revoke_signature: string | null;
  revoke_signed_payload: string | null;
}

const COLUMNS =
  'id, grantor_did, grantee_did, max_trust_hops, purposes, max_fee, currency, expires_at, retention_days, ' +
  'no_training, created_at, revoked_at, signature, signed_payload, revoke_signature, revoke_signed_payload';

const LIVE_SQL = 'revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toConsent(row: ConsentRow, now: Date): ConsentDeclaration {
  return {
    id: row.id,
    grantorDid: row.grantor_did,
    granteeDid: row.grantee_did,
    maxTrustHops: row.max_trust_hops,
    anyone: row.grantee_did === null && row.max_trust_hops === null,
    purposes: row.purposes,
    maxFee: row.max_fee === null ? null : Number(row.max_fee),
    currency: row.currency,
    expiresAt: row.expires_at,
    retentionDays: row.retention_days,
    noTraining: row.no_training === true,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    live: row.revoked_at === null && (row.expires_at === null || row.expires_at.getTime() > now.getTime()),
    signature: row.signature,
    signedPayload: row.signed_payload,
    revokeSignature: row.revoke_signature,
    revokeSignedPayload: row.revoke_signed_payload,
  };
}

export class ConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly keys: KeyService,
    private readonly clock: Clock,
    private readonly maxLive = DEFAULT_MAX_LIVE_CONSENTS,
  ) {}

  async declare(input: DeclareConsentInput, proof: Proof): Promise<ConsentDeclaration> {
    const now = this.clock.now();
    const terms = plainFields(input) as unknown as ConsentTerms;
    const problem = checkConsentTerms(terms, proof.signer, now);
    if (problem) throw new BadUserInputError(problem.message, { field: problem.field });
    const verified = this.proofs.verify({
      type: CONSENT_DECLARE_TYPE,
      fields: plainFields(input),
      proof,
      publicKey: await this.keys.signingKey(proof.signer),
    });
    const row = await this.dataSource.transaction(async (tx) => {
      // Serialises one grantor's declarations so concurrent requests cannot pass the limit together.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`consent:${verified.signer}`]);
      const [{ n }]: Array<{ n: number }> = await tx.query(
        `SELECT count(*)::int AS n FROM consent_declarations WHERE grantor_did = $1 AND ${LIVE_SQL}`,
        [verified.signer, now],
      );
      const [{ today, oldest }]: Array<{ today: number; oldest: Date | null }> = await tx.query(
        `SELECT count(*)::int AS today, min(created_at) AS oldest FROM consent_declarations
         WHERE grantor_did = $1 AND created_at > $2`,
        [verified.signer, new Date(now.getTime() - DAY_MS)],
      );
      if (today >= MAX_DECLARATIONS_PER_DAY) {
        const waitMs = (oldest?.getTime() ?? now.getTime()) + DAY_MS - now.getTime();
        throw new RateLimitedError(
          `You made ${MAX_DECLARATIONS_PER_DAY} consent declarations in the last 24 hours; try again later`,
          Math.max(1, Math.ceil(waitMs / 1000)),
        );
      }
      if (n >= this.maxLive)
        throw new ConflictError(
          `You already hold ${this.maxLive} live consent declarations; revoke one you no longer need first`,
        );
      await this.proofs.record(tx, verified);
      const rows: ConsentRow[] = await tx.query(
        `INSERT INTO consent_declarations (id, owner_did, grantor_did, grantee_did, max_trust_hops, purposes,
           max_fee, currency, expires_at, retention_days, no_training, created_at, signature, signed_payload)
         VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING ${COLUMNS}`,
        [
          randomUUID(),
          verified.signer,
          input.grantee ?? null,
          input.maxTrustHops ?? null,
          input.purposes,
          input.maxFee ?? null,
          input.currency ?? null,
          input.expiresAt ?? null,
          input.retentionDays ?? null,
          input.noTraining ?? null,
          now,
          verified.signature,
          verified.canonical,
        ],
      );
      return rows[0];
    });
    return toConsent(row, now);
  }

  async revoke(id: string, proof: Proof): Promise<ConsentDeclaration> {
    const now = this.clock.now();
    if (typeof id !== 'string' || !UUID.test(id))
      throw new BadUserInputError('id must be a UUID', { field: 'id' });
    const verified = this.proofs.verify({
      type: CONSENT_REVOKE_TYPE,
      fields: { id },
      proof,
      publicKey: await this.keys.signingKey(proof.signer),
    });
    const row = await this.dataSource.transaction(async (tx) => {
      const found: ConsentRow[] = await tx.query(
        `SELECT ${COLUMNS} FROM consent_declarations WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (found.length === 0) throw new NotFoundError(`No consent declaration ${id}`);
      if (found[0].grantor_did !== verified.signer)
        throw new ForbiddenError('Only the identity that declared a consent can revoke it');
      if (found[0].revoked_at) throw new ConflictError(`Consent declaration ${id} is already revoked`);
      await this.proofs.record(tx, verified);
      const [rows]: [ConsentRow[], number] = await tx.query(
        `UPDATE consent_declarations SET revoked_at = $2, revoke_signature = $3, revoke_signed_payload = $4
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, now, verified.signature, verified.canonical],
      );
      return rows[0];
    });
    return toConsent(row, now);
  }

  /** For DataLoader: results in the order of `ids`, null where unknown or not a UUID. */
  async getMany(ids: readonly string[]): Promise<Array<ConsentDeclaration | null>> {
    const now = this.clock.now();
    const valid = ids.filter((id) => UUID.test(id));
    const rows: ConsentRow[] = valid.length
      ? await this.dataSource.query(
          `SELECT ${COLUMNS} FROM consent_declarations WHERE id = ANY($1::uuid[])`,
          [valid],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const row = byId.get(id.toLowerCase());
      return row ? toConsent(row, now) : null;
    });
  }

  /** A grantor's declarations, newest first; live only unless `includeInactive`. */
  async page(
    grantor: string,
    options: { first: number; after?: string | null; includeInactive: boolean; purpose?: string | null },
  ): Promise<Connection<ConsentDeclaration>> {
    checkPageSize(options.first);
    const now = this.clock.now();
    const cursor = decodeCursor(options.after, isPairCursor);
    const params: unknown[] = [grantor, now];
    let where = `grantor_did = $1 AND $2::timestamptz IS NOT NULL`;
    if (!options.includeInactive) where += ` AND ${LIVE_SQL}`;
    if (options.purpose != null) {
      params.push(options.purpose);
      where += ` AND $${params.length} = ANY(purposes)`;
    }
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM consent_declarations WHERE ${where}`,
      params,
    );
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where += ` AND (created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(options.first + 1);
    const rows: ConsentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM consent_declarations WHERE ${where}
       ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const connection = toConnection(rows, options.first, n, (r) => [r.created_at.toISOString(), r.id]);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toConsent(e.node, now) })),
    };
  }
}
