import type { DataSource, EntityManager } from 'typeorm';

import type { Proof } from '@imajin/protocol';
import { MjnActions } from '@imajin/protocol';
import {
  alignByKey,
  BadSignatureError,
  BadUserInputError,
  checkPageSize,
  type Clock,
  ConflictError,
  type Connection,
  decodeCursor,
  ForbiddenError,
  type IdentityDirectory,
  type Logger,
  NotFoundError,
  plainFields,
  type ProofVerifier,
  signingKeyFromDirectory,
  toConnection,
  uniqueViolation,
  type VerifiedProof,
} from '@imajin/subgraph-common';

import type { DnsSync } from '../dns/dns-sync';

import { nodeSigningKey, requireRegisteredIdentity } from './directory-keys';
import { deriveStatus, isGone, NodeStatus, REGISTRATION_TTL_MS, statusSql } from './node-status';
import { AttestedBuildEntity, DnsRecordEntity, NodeEntity } from './node.entity';
import type {
  AttestBuildInput,
  HeartbeatInput,
  NodeFilter,
  RegisterNodeInput,
  RenewRegistrationInput,
  RevokeNodeInput,
} from './node.types';
import {
  validateBuildHash,
  validateCapabilities,
  validateHostname,
  validateNodeUrl,
  validateStats,
  validateVersion,
} from './node.validation';

export const ProofTypes = {
  registerNode: MjnActions.registry.registerNode,
  heartbeat: MjnActions.registry.heartbeat,
  renewRegistration: MjnActions.registry.renewRegistration,
  attestBuild: MjnActions.registry.attestBuild,
  revokeNode: MjnActions.registry.revokeNode,
} as const;

type NodeCursor = [string, string];
const isNodeCursor = (v: unknown): v is NodeCursor =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string');

export interface RegistryOptions {
  domain: string;
  adminDids: readonly string[];
}

export class NodeService {
  private readonly admins: Set<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly dns: DnsSync,
    private readonly clock: Clock,
    private readonly options: RegistryOptions,
    private readonly logger: Logger,
  ) {
    this.admins = new Set(options.adminDids);
  }

  get domain(): string {
    return this.options.domain;
  }

  fqdn(hostname: string): string {
    return `${hostname}.${this.options.domain}`;
  }

  isAdmin(did: string): boolean {
    return this.admins.has(did);
  }

  /** An admin vouches for a build hash; attesting the same hash twice is a CONFLICT. */
  async attestBuild(input: AttestBuildInput, proof: Proof): Promise<AttestedBuildEntity> {
    validateBuildHash(input.hash, 'hash');
    validateVersion(input.version);
    if (input.notes && input.notes.length > 1000)
      throw new BadUserInputError('notes must be at most 1000 characters', { field: 'notes' });
    const signer = await this.requireAdmin(proof, 'attest builds');
    const verified = this.proofs.verify({
      type: ProofTypes.attestBuild,
      fields: plainFields(input),
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, signer),
    });
    return this.dataSource.transaction(async (tx) => {
      await this.proofs.record(tx, verified);
      const rows: unknown[] = await tx.query(
        `INSERT INTO attested_builds (build_hash, owner_did, version, notes, attested_by, signature, signed_payload, created_at)
         VALUES ($1, $2, $3, $4, $2, $5, $6, $7) ON CONFLICT (build_hash) DO NOTHING RETURNING build_hash`,
        [
          input.hash,
          signer,
          input.version,
          input.notes ?? null,
          verified.signature,
          verified.canonical,
          this.clock.now(),
        ],
      );
      if (rows.length === 0) throw new ConflictError(`Build ${input.hash} is already attested`);
      return tx.findOneByOrFail(AttestedBuildEntity, { buildHash: input.hash });
    });
  }

  /**
   * Registers (or re-registers after EXPIRED) the node that signs, checks its build against the attested
   * builds, claims the hostname and queues its DNS record, then tries the provider once (the sweeper retries).
   */
  async registerNode(input: RegisterNodeInput, proof: Proof): Promise<NodeEntity> {
    const hostname = validateHostname(input.hostname);
    const target = validateNodeUrl(input.url);
    validateBuildHash(input.buildHash);
    validateVersion(input.version);
    validateCapabilities(input.capabilities);
    const publicKey = await nodeSigningKey(this.directory, input.did);
    const verified = this.proofs.verify({
      type: ProofTypes.registerNode,
      fields: plainFields(input),
      proof,
      publicKey,
      expectedSigner: input.did,
    });
    if (input.operatorDid) {
      if (input.operatorDid === input.did)
        throw new BadUserInputError('operatorDid is the node itself; omit it or name who runs the node', {
          field: 'operatorDid',
        });
      await requireRegisteredIdentity(this.directory, input.operatorDid);
    }
    const fqdn = this.fqdn(hostname);
    const row = await this.writeUnique(async (tx) => {
      await this.requireAttested(tx, input.buildHash);
      const now = this.clock.now();
      const existing = await this.lockNode(tx, input.did);
      if (existing) {
        const status = deriveStatus(existing, now);
        if (status === NodeStatus.REVOKED)
          throw new ForbiddenError(`Node ${input.did} was revoked and cannot register again`);
        if (status !== NodeStatus.EXPIRED)
          throw new ConflictError(
            `Node ${input.did} is already registered (${status}); use renewRegistration to extend it`,
          );
      }
      await this.claimHostname(tx, hostname, input.did, now);
      await this.proofs.record(tx, verified);
      const values = {
        operatorDid: input.operatorDid ?? null,
        hostname,
        url: input.url,
        buildHash: input.buildHash,
        version: input.version,
        capabilities: input.capabilities,
        status: NodeStatus.ACTIVE,
        flagged: false,
        flagReason: null,
        registeredAt: now,
        registeredUntil: new Date(now.getTime() + REGISTRATION_TTL_MS),
        lastHeartbeatAt: now,
        heartbeatCount: 0,
        lastStats: null,
        hostnameReleasedAt: null,
        signature: verified.signature,
        signedPayload: verified.canonical,
        lastHeartbeatSignature: null,
        lastHeartbeatPayload: null,
        updatedAt: now,
      };
      if (existing) {
        await tx.update(NodeEntity, { did: input.did }, values);
      } else {
        await tx.insert(NodeEntity, { did: input.did, ownerDid: input.did, createdAt: now, ...values });
      }
      await this.dns.want(tx, input.did, fqdn, target, 'PRESENT', now);
      return tx.findOneByOrFail(NodeEntity, { did: input.did });
    });
    await this.dns.syncNode(input.did);
    return row;
  }

  /** The daily signed heartbeat: refreshes lastHeartbeatAt (STALE → ACTIVE) and flags unattested builds. */
  async heartbeat(input: HeartbeatInput, proof: Proof): Promise<NodeEntity> {
    validateBuildHash(input.buildHash);
    validateVersion(input.version);
    const stats = validateStats(input.stats);
    const verified = this.proofs.verify({
      type: ProofTypes.heartbeat,
      fields: plainFields(input),
      proof,
      publicKey: await nodeSigningKey(this.directory, input.did),
      expectedSigner: input.did,
    });
    const fast = await this.heartbeatFastPath(input, stats, verified);
    if (fast) return fast;
    return this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const node = await this.requireLiveNode(tx, input.did, now, 'send heartbeats');
      await this.proofs.record(tx, verified);
      let { flagged, flagReason } = node;
      if (input.buildHash !== node.buildHash) {
        const attested = await this.isAttested(tx, input.buildHash);
        flagged = !attested;
        flagReason = attested
          ? null
          : `Heartbeat reported unattested build ${input.buildHash} (${input.version})`;
        if (!attested) this.logger.warn({ node: input.did, buildHash: input.buildHash }, 'node flagged');
      }
      const status = deriveStatus({ ...node, lastHeartbeatAt: now }, now);
      await tx.query(
        `UPDATE nodes SET last_heartbeat_at = $2, heartbeat_count = heartbeat_count + 1, build_hash = $3,
           version = $4, last_stats = $5, flagged = $6, flag_reason = $7, status = $8,
           last_heartbeat_signature = $9, last_heartbeat_payload = $10, updated_at = $2
         WHERE did = $1`,
        [
          input.did,
          now,
          input.buildHash,
          input.version,
          stats === null ? null : JSON.stringify(stats),
          flagged,
          flagReason,
          status,
          verified.signature,
          verified.canonical,
        ],
      );
      return {
        ...node,
        lastHeartbeatAt: now,
        heartbeatCount: node.heartbeatCount + 1,
        buildHash: input.buildHash,
        version: input.version,
        lastStats: stats,
        flagged,
        flagReason,
        status,
        lastHeartbeatSignature: verified.signature,
        lastHeartbeatPayload: verified.canonical,
        updatedAt: now,
      };
    });
  }

  /**
   * The common heartbeat (live node, same build) in one statement, so one round trip instead of five: lock the
   * row, claim the nonce and update only if the node is neither REVOKED nor EXPIRED and the build is unchanged.
   * Anything else writes nothing here and returns null, and the transactional path above decides (errors,
   * flagging). The status written is deriveStatus with lastHeartbeatAt = now: GRACE once lapsed, else ACTIVE.
   */
  private async heartbeatFastPath(
    input: HeartbeatInput,
    stats: Record<string, unknown> | null,
    verified: VerifiedProof,
  ): Promise<NodeEntity | null> {
    const now = this.clock.now();
    const rows: Array<Record<string, unknown> & { eligible: number; recorded: number }> =
      await this.dataSource.query(
        `WITH cur AS (
         SELECT did FROM nodes
         WHERE did = $1 AND deleted_at IS NULL AND revoked_at IS NULL AND build_hash = $3
           AND $2::timestamptz < registered_until + interval '7 days'
         FOR UPDATE),
       p AS (
         INSERT INTO proof_log (owner_did, signer, nonce, type, signed_at, public_key, payload, signature)
         SELECT $1, $4, $5, $6, $7, $8, $9, $10 FROM cur
         ON CONFLICT (signer, nonce) DO NOTHING RETURNING id),
       u AS (
         UPDATE nodes n SET last_heartbeat_at = $2, heartbeat_count = n.heartbeat_count + 1, version = $11,
           last_stats = $12, status = CASE WHEN $2::timestamptz >= n.registered_until THEN 'GRACE' ELSE 'ACTIVE' END,
           last_heartbeat_signature = $10, last_heartbeat_payload = $9, updated_at = $2
         FROM p WHERE n.did = $1 RETURNING n.*)
       SELECT (SELECT count(*) FROM cur)::int AS eligible, (SELECT count(*) FROM p)::int AS recorded, u.*
       FROM (SELECT 1) one LEFT JOIN u ON true`,
        [
          input.did,
          now,
          input.buildHash,
          verified.signer,
          verified.nonce,
          verified.type,
          verified.createdAt,
          verified.publicKeyMultibase,
          verified.canonical,
          verified.signature,
          input.version,
          stats === null ? null : JSON.stringify(stats),
        ],
      );
    const row = rows[0];
    if (row.eligible === 0) return null;
    if (row.recorded === 0)
      throw new BadSignatureError('This proof was already used (replayed nonce); sign the request again', {
        reason: 'REPLAYED',
      });
    return nodeFromRow(row);
  }

  /** registeredUntil = max(now, registeredUntil) + 30 days, unless EXPIRED or REVOKED. */
  async renewRegistration(input: RenewRegistrationInput, proof: Proof): Promise<NodeEntity> {
    const verified = this.proofs.verify({
      type: ProofTypes.renewRegistration,
      fields: plainFields(input),
      proof,
      publicKey: await nodeSigningKey(this.directory, input.did),
      expectedSigner: input.did,
    });
    return this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const node = await this.requireLiveNode(tx, input.did, now, 'renew');
      await this.proofs.record(tx, verified);
      const until = new Date(Math.max(now.getTime(), node.registeredUntil.getTime()) + REGISTRATION_TTL_MS);
      const status = deriveStatus({ ...node, registeredUntil: until }, now);
      await tx.update(NodeEntity, { did: input.did }, { registeredUntil: until, status, updatedAt: now });
      return { ...node, registeredUntil: until, status, updatedAt: now };
    });
  }

  /** An admin revokes a node: it stops heartbeating, its hostname is released and its DNS record removed. */
  async revokeNode(input: RevokeNodeInput, proof: Proof): Promise<NodeEntity> {
    const reason = input.reason.trim();
    if (reason.length < 1 || reason.length > 500)
      throw new BadUserInputError('reason must be 1–500 characters', { field: 'reason' });
    const signer = await this.requireAdmin(proof, 'revoke nodes');
    const verified = this.proofs.verify({
      type: ProofTypes.revokeNode,
      fields: plainFields(input),
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, signer),
    });
    const row = await this.dataSource.transaction(async (tx) => {
      const node = await this.lockNode(tx, input.did);
      if (!node) throw new NotFoundError(`No node ${input.did} is registered`);
      if (node.revokedAt) throw new ConflictError(`Node ${input.did} is already revoked`);
      await this.proofs.record(tx, verified, input.did);
      const now = this.clock.now();
      await tx.update(
        NodeEntity,
        { did: input.did },
        {
          revokedAt: now,
          revokedBy: signer,
          revokeReason: reason,
          status: NodeStatus.REVOKED,
          hostnameReleasedAt: node.hostnameReleasedAt ?? now,
          updatedAt: now,
        },
      );
      await this.dns.release(tx, input.did, now);
      return tx.findOneByOrFail(NodeEntity, { did: input.did });
    });
    await this.dns.syncNode(input.did);
    return row;
  }

  async getMany(dids: readonly string[]): Promise<Array<NodeEntity | null>> {
    const rows = await this.dataSource
      .getRepository(NodeEntity)
      .createQueryBuilder('n')
      .where('n.did = ANY(:dids) AND n.deleted_at IS NULL', { dids })
      .getMany();
    return alignByKey(dids, rows, (r) => r.did);
  }

  async dnsRecords(dids: readonly string[]): Promise<Array<DnsRecordEntity | null>> {
    const rows = await this.dataSource
      .getRepository(DnsRecordEntity)
      .createQueryBuilder('d')
      .where('d.node_did = ANY(:dids)', { dids })
      .getMany();
    return alignByKey(dids, rows, (r) => r.nodeDid);
  }

  /** The node holding `hostname` now (EXPIRED and REVOKED nodes have released theirs). */
  async byHostname(hostname: string): Promise<NodeEntity | null> {
    const node = await this.dataSource
      .getRepository(NodeEntity)
      .createQueryBuilder('n')
      .where('n.hostname = :hostname AND n.hostname_released_at IS NULL AND n.deleted_at IS NULL', {
        hostname: hostname.toLowerCase(),
      })
      .getOne();
    // Released lazily by the sweeper; a lapsed holder is not shown between its expiry and the next sweep.
    return node && !isGone(deriveStatus(node, this.clock.now())) ? node : null;
  }

  /** Nodes the identity runs: those it is, or names as operator. */
  async forIdentities(dids: readonly string[]): Promise<NodeEntity[][]> {
    const rows = await this.dataSource
      .getRepository(NodeEntity)
      .createQueryBuilder('n')
      .where('(n.did = ANY(:dids) OR n.operator_did = ANY(:dids)) AND n.deleted_at IS NULL', { dids })
      .orderBy('n.registered_at', 'ASC')
      .getMany();
    return dids.map((did) => rows.filter((r) => r.did === did || r.operatorDid === did));
  }

  /** The public directory, in hostname order, filtered by live status (computed in SQL at `now`). */
  async list(
    filter: NodeFilter | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<NodeEntity>> {
    checkPageSize(first);
    const cursor = decodeCursor(after, isNodeCursor);
    const now = this.clock.now();
    const status = statusSql('n', ':now');
    const base = this.dataSource
      .getRepository(NodeEntity)
      .createQueryBuilder('n')
      .where('n.deleted_at IS NULL')
      .setParameter('now', now);
    if (filter?.status) base.andWhere(`${status} = :status`, { status: filter.status });
    else base.andWhere(`${status} NOT IN ('EXPIRED', 'REVOKED')`);
    if (filter?.version) base.andWhere('n.version = :version', { version: filter.version });
    if (filter?.capability)
      base.andWhere(':capability = ANY(n.capabilities)', { capability: filter.capability });
    const total = await base.clone().getCount();
    const page = base
      .clone()
      .orderBy('n.hostname', 'ASC')
      .addOrderBy('n.did', 'ASC')
      .take(first + 1);
    if (cursor) page.andWhere('(n.hostname, n.did) > (:h, :d)', { h: cursor[0], d: cursor[1] });
    return toConnection(await page.getMany(), first, total, (r) => [r.hostname, r.did]);
  }

  async attestedBuild(hash: string): Promise<AttestedBuildEntity | null> {
    return this.dataSource.getRepository(AttestedBuildEntity).findOneBy({ buildHash: hash });
  }

  async attestedBuilds(): Promise<AttestedBuildEntity[]> {
    return this.dataSource
      .getRepository(AttestedBuildEntity)
      .createQueryBuilder('b')
      .where('b.deleted_at IS NULL')
      .orderBy('b.created_at', 'DESC')
      .take(500)
      .getMany();
  }

  private async requireAdmin(proof: Proof, what: string): Promise<string> {
    if (!this.isAdmin(proof.signer))
      throw new ForbiddenError(`Only registry admins can ${what}; ${proof.signer} is not one`);
    return proof.signer;
  }

  private async isAttested(tx: EntityManager, hash: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      'SELECT 1 FROM attested_builds WHERE build_hash = $1 AND deleted_at IS NULL',
      [hash],
    );
    return rows.length > 0;
  }

  private async requireAttested(tx: EntityManager, hash: string): Promise<void> {
    if (!(await this.isAttested(tx, hash)))
      throw new BadUserInputError(
        `Build ${hash} is not attested by the registry; run an attested build or ask an admin to attest it`,
        { field: 'buildHash' },
      );
  }

  private lockNode(tx: EntityManager, did: string): Promise<NodeEntity | null> {
    return tx
      .getRepository(NodeEntity)
      .createQueryBuilder('n')
      .setLock('pessimistic_write')
      .where('n.did = :did AND n.deleted_at IS NULL', { did })
      .getOne();
  }

  private async requireLiveNode(
    tx: EntityManager,
    did: string,
    now: Date,
    what: string,
  ): Promise<NodeEntity> {
    const node = await this.lockNode(tx, did);
    if (!node) throw new NotFoundError(`No node ${did} is registered; call registerNode first`);
    const status = deriveStatus(node, now);
    if (status === NodeStatus.REVOKED)
      throw new ForbiddenError(
        `Node ${did} was revoked (${node.revokeReason ?? 'no reason'}) and cannot ${what}`,
      );
    if (status === NodeStatus.EXPIRED)
      throw new ForbiddenError(`Node ${did}'s registration expired; register it again to ${what}`);
    return node;
  }

  /**
   * Takes the hostname, releasing it first from a holder that is EXPIRED or REVOKED by now (the sweeper may
   * not have run yet). A live holder makes it a CONFLICT; the partial unique index settles races.
   */
  private async claimHostname(tx: EntityManager, hostname: string, did: string, now: Date): Promise<void> {
    const holder = await tx
      .getRepository(NodeEntity)
      .createQueryBuilder('n')
      .setLock('pessimistic_write')
      .where('n.hostname = :hostname AND n.hostname_released_at IS NULL', { hostname })
      .getOne();
    if (!holder || holder.did === did) return;
    const status = deriveStatus(holder, now);
    if (!isGone(status)) throw hostnameTaken(hostname);
    await tx.update(NodeEntity, { did: holder.did }, { hostnameReleasedAt: now, status, updatedAt: now });
    // The new holder's record overwrites the same name, so the old one's removal is moot.
    await this.dns.supersede(tx, holder.did, now);
  }

  private async writeUnique<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === 'nodes_hostname_held') throw hostnameTaken();
      if (constraint === 'nodes_pkey') throw new ConflictError('That node is already registered');
      throw error;
    }
  }
}

/** A raw `nodes` row (snake_case, as RETURNING n.* gives it) as the entity. */
function nodeFromRow(r: Record<string, unknown>): NodeEntity {
  return Object.assign(new NodeEntity(), {
    did: r.did,
    ownerDid: r.owner_did,
    operatorDid: r.operator_did,
    hostname: r.hostname,
    url: r.url,
    buildHash: r.build_hash,
    version: r.version,
    capabilities: r.capabilities,
    status: r.status,
    flagged: r.flagged,
    flagReason: r.flag_reason,
    registeredAt: r.registered_at,
    registeredUntil: r.registered_until,
    lastHeartbeatAt: r.last_heartbeat_at,
    heartbeatCount: r.heartbeat_count,
    lastStats: r.last_stats,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
    revokeReason: r.revoke_reason,
    hostnameReleasedAt: r.hostname_released_at,
    signature: r.signature,
    signedPayload: r.signed_payload,
    lastHeartbeatSignature: r.last_heartbeat_signature,
    lastHeartbeatPayload: r.last_heartbeat_payload,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  } as Partial<NodeEntity>);
}

function hostnameTaken(hostname?: string): ConflictError {
  return new ConflictError(`The hostname ${hostname ? `"${hostname}" ` : ''}is taken; choose another`, {
    field: 'hostname',
  });
}
