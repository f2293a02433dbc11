import { randomUUID } from 'node:crypto';

import { IsNull, type DataSource, type EntityManager } from 'typeorm';

import {
  buildDidDocument,
  multibaseToPublicKey,
  type KeyPair,
  type Proof,
  MjnActions,
} from '@imajin/protocol';
import {
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
  type VerifiedProof,
  type TrustGraph,
} from '@imajin/subgraph-common';

import type { PaymentsPort } from '../payments/payments-client';
import { affectedCount, updatedRows } from '../ticket/sql';

import type { EventKeys } from './event-keys';
import type { EventRegistrar } from './event-registrar';
import { EventEntity, ScannerEntity, TierEntity } from './event.entity';
import type {
  CancelEventInput,
  CreateEventInput,
  EventFilter,
  ScannerInput,
  UpdateEventInput,
} from './event.inputs';
import { EventVisibility } from './event.types';
import {
  checkVisibility,
  isoTime,
  mjnDid,
  optionalText,
  text,
  timezone,
  validateTiers,
} from './event.validation';

export const EventProofTypes = {
  createEvent: MjnActions.events.createEvent,
  updateEvent: MjnActions.events.updateEvent,
  cancelEvent: MjnActions.events.cancelEvent,
  addScanner: MjnActions.events.addScanner,
  removeScanner: MjnActions.events.removeScanner,
} as const;

type EventCursor = [string, string];
const isEventCursor = (v: unknown): v is EventCursor =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string');

export class EventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proofs: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly keys: EventKeys,
    private readonly registrar: EventRegistrar,
    private readonly trust: TrustGraph,
    private readonly payments: PaymentsPort,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Verifies a proof signed by `did` against identity's current key for it. */
  async verifySignedBy(type: string, input: object, proof: Proof, did: string): Promise<VerifiedProof> {
    return this.proofs.verify({
      type,
      fields: plainFields(input),
      proof,
      publicKey: await signingKeyFromDirectory(this.directory, did),
      expectedSigner: did,
    });
  }

  record(tx: EntityManager, proof: VerifiedProof, ownerDid?: string): Promise<void> {
    return this.proofs.record(tx, proof, ownerDid);
  }

  async create(input: CreateEventInput, proof: Proof): Promise<EventEntity> {
    mjnDid(input.hostDid, 'hostDid');
    const title = text(input.title, 'title', 200);
    const description = optionalText(input.description, 'description', 5000);
    const venue = optionalText(input.venue, 'venue', 500);
    const startsAt = isoTime(input.startsAt, 'startsAt');
    const endsAt = isoTime(input.endsAt, 'endsAt');
    if (endsAt <= startsAt) throw new BadUserInputError('endsAt must be after startsAt', { field: 'endsAt' });
    timezone(input.timezone);
    const hops = checkVisibility(input.visibility, input.trustMaxHops);
    const manifestId = optionalText(input.manifestId, 'manifestId', 200);
    const tiers = validateTiers(input.tiers, manifestId, startsAt);
    const verified = await this.verifySignedBy(EventProofTypes.createEvent, input, proof, input.hostDid);

    const key = this.keys.create();
    const id = `evt_${randomUUID()}`;
    const now = this.clock.now();
    const row = await this.dataSource.transaction(async (tx) => {
      await this.proofs.record(tx, verified);
      await tx.insert(EventEntity, {
        id,
        did: key.did,
        ownerDid: input.hostDid,
        hostDid: input.hostDid,
        title,
        description,
        venue,
        startsAt,
        endsAt,
        timezone: input.timezone,
        visibility: input.visibility,
        trustMaxHops: hops,
        manifestId,
        status: 'ACTIVE',
        publicKey: key.publicKeyMultibase,
        sealedSeed: key.sealedSeed,
        didRegisteredAt: null,
        signature: verified.signature,
        signedPayload: verified.canonical,
        createdAt: now,
        updatedAt: now,
      });
      await tx.insert(
        TierEntity,
        tiers.map((t, position) => ({
          id: `tier_${randomUUID()}`,
          eventId: id,
          ownerDid: input.hostDid,
          name: t.name,
          price: String(t.price),
          currency: t.currency,
          capacity: t.capacity,
          reserved: 0,
          salesStart: t.salesStart,
          salesEnd: t.salesEnd,
          perBuyerLimit: t.perBuyerLimit,
          position,
          createdAt: now,
        })),
      );
      return tx.findOneByOrFail(EventEntity, { id });
    });
    // Outside the transaction: identity may be slow or down; the sweeper retries until it is registered.
    await this.registerDid(row.id, key.keyPair, title);
    return (await this.get(row.id))!;
  }

  /** Registers the event's DID with identity (kind EVENT); failures are logged and retried by the sweeper. */
  async registerDid(eventId: string, key: KeyPair, title: string): Promise<boolean> {
    try {
      await this.registrar.register(key, title);
      await this.dataSource.query('UPDATE events SET did_registered_at = $2 WHERE id = $1', [
        eventId,
        this.clock.now(),
      ]);
      return true;
    } catch (error) {
      this.logger.warn({ err: error, eventId }, 'event DID not registered yet; will retry');
      return false;
    }
  }

  /** Retries registration of event DIDs identity does not know yet. */
  async registerPendingDids(limit = 20): Promise<number> {
    const rows: Array<{ id: string; did: string; sealed_seed: string; title: string }> =
      await this.dataSource.query(
        `SELECT id, did, sealed_seed, title FROM events WHERE did_registered_at IS NULL AND deleted_at IS NULL
       ORDER BY created_at LIMIT $1`,
        [limit],
      );
    let done = 0;
    for (const r of rows) {
      if (await this.registerDid(r.id, this.keys.open(r.did, r.sealed_seed), r.title)) done += 1;
    }
    return done;
  }

  async update(input: UpdateEventInput, proof: Proof): Promise<EventEntity> {
    const event = await this.requireEvent(input.eventId);
    const verified = await this.verifySignedBy(EventProofTypes.updateEvent, input, proof, event.hostDid);
    if (event.status === 'CANCELED')
      throw new ConflictError('This event is canceled and can no longer change');
    const patch: Partial<EventEntity> = {};
    if (input.title !== undefined && input.title !== null) patch.title = text(input.title, 'title', 200);
    if (input.description !== undefined)
      patch.description = optionalText(input.description, 'description', 5000);
    if (input.venue !== undefined) patch.venue = optionalText(input.venue, 'venue', 500);
    if (input.startsAt) patch.startsAt = isoTime(input.startsAt, 'startsAt');
    if (input.endsAt) patch.endsAt = isoTime(input.endsAt, 'endsAt');
    if (input.timezone) patch.timezone = timezone(input.timezone);
    const visibility = input.visibility ?? event.visibility;
    const hops =
      input.visibility !== undefined && input.visibility !== null
        ? input.trustMaxHops
        : (input.trustMaxHops ?? event.trustMaxHops);
    patch.visibility = visibility;
    patch.trustMaxHops = checkVisibility(visibility as EventVisibility, hops);
    if ((patch.endsAt ?? event.endsAt) <= (patch.startsAt ?? event.startsAt))
      throw new BadUserInputError('endsAt must be after startsAt', { field: 'endsAt' });
    await this.dataSource.transaction(async (tx) => {
      await this.proofs.record(tx, verified);
      await tx.update(EventEntity, { id: event.id }, { ...patch, updatedAt: this.clock.now() });
    });
    return (await this.get(event.id))!;
  }

  /**
   * Cancels: refunds every paid valid ticket through payments first (idempotent by payment), then in one
   * transaction marks the event canceled, revokes its tickets and releases open holds.
   */
  async cancel(input: CancelEventInput, proof: Proof): Promise<EventEntity> {
    const event = await this.requireEvent(input.eventId);
    const reason = text(input.reason, 'reason', 500);
    const verified = await this.verifySignedBy(EventProofTypes.cancelEvent, input, proof, event.hostDid);
    if (event.status === 'CANCELED') throw new ConflictError(`Event ${event.id} is already canceled`);
    await this.assertFreshNonce(verified);
    const paid: Array<{ payment_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT payment_id FROM tickets WHERE event_id = $1 AND status = 'VALID' AND payment_id IS NOT NULL`,
      [event.id],
    );
    for (const { payment_id } of paid) await this.payments.refund(payment_id, 'event_canceled');
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      await this.proofs.record(tx, verified);
      const updated = await tx.query(
        `UPDATE events SET status = 'CANCELED', canceled_at = $2, cancel_reason = $3, updated_at = $2
         WHERE id = $1 AND status = 'ACTIVE' RETURNING id`,
        [event.id, now, reason],
      );
      if (updatedRows(updated).length === 0) throw new ConflictError(`Event ${event.id} is already canceled`);
      await tx.query(
        `UPDATE tickets SET status = 'REVOKED', revoked_at = $2, revoke_reason = 'event_canceled', revoked_by = $3
         WHERE event_id = $1 AND status = 'VALID'`,
        [event.id, now, event.hostDid],
      );
      await tx.query(
        `UPDATE holds SET status = 'CANCELED', updated_at = $2 WHERE event_id = $1 AND status IN ('OFFERED', 'PENDING')`,
        [event.id, now],
      );
      await tx.query(
        `UPDATE waitlist_entries SET status = 'LEFT', updated_at = $2 WHERE event_id = $1 AND status IN ('WAITING', 'OFFERED')`,
        [event.id, now],
      );
      await tx.query('UPDATE ticket_tiers SET reserved = 0 WHERE event_id = $1', [event.id]);
    });
    return (await this.get(event.id))!;
  }

  /** A replayed nonce must fail before side effects outside the database (refunds) run. */
  async assertFreshNonce(proof: VerifiedProof): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM proof_log WHERE signer = $1 AND nonce = $2',
      [proof.signer, proof.nonce],
    );
    if (rows.length > 0) await this.dataSource.transaction((tx) => this.proofs.record(tx, proof)); // throws the REPLAYED error
  }

  async addScanner(input: ScannerInput, proof: Proof): Promise<ScannerEntity> {
    const event = await this.requireEvent(input.eventId);
    mjnDid(input.scannerDid, 'scannerDid');
    const verified = await this.verifySignedBy(EventProofTypes.addScanner, input, proof, event.hostDid);
    if (input.scannerDid === event.hostDid)
      throw new BadUserInputError('The host can always check tickets in; delegate to someone else', {
        field: 'scannerDid',
      });
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      await this.proofs.record(tx, verified);
      await tx.query(
        `INSERT INTO scanners (event_id, scanner_did, owner_did, granted_at, signature, signed_payload)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (event_id, scanner_did) DO UPDATE SET deleted_at = NULL, granted_at = $4, signature = $5,
           signed_payload = $6`,
        [event.id, input.scannerDid, event.hostDid, now, verified.signature, verified.canonical],
      );
      return tx.findOneByOrFail(ScannerEntity, { eventId: event.id, scannerDid: input.scannerDid });
    });
  }

  async removeScanner(input: ScannerInput, proof: Proof): Promise<boolean> {
    const event = await this.requireEvent(input.eventId);
    const verified = await this.verifySignedBy(EventProofTypes.removeScanner, input, proof, event.hostDid);
    return this.dataSource.transaction(async (tx) => {
      await this.proofs.record(tx, verified);
      const count = affectedCount(
        await tx.query(
          `UPDATE scanners SET deleted_at = $3 WHERE event_id = $1 AND scanner_did = $2 AND deleted_at IS NULL`,
          [event.id, input.scannerDid, this.clock.now()],
        ),
      );
      if (count === 0) throw new NotFoundError(`${input.scannerDid} is not a scanner of this event`);
      return true;
    });
  }

  async scanners(eventId: string): Promise<ScannerEntity[]> {
    return this.dataSource.getRepository(ScannerEntity).find({
      where: { eventId, deletedAt: IsNull() },
      order: { grantedAt: 'ASC' },
    });
  }

  async isScanner(eventId: string, did: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM scanners WHERE event_id = $1 AND scanner_did = $2 AND deleted_at IS NULL',
      [eventId, did],
    );
    return rows.length > 0;
  }

  async get(id: string): Promise<EventEntity | null> {
    return this.dataSource.getRepository(EventEntity).findOneBy({ id });
  }

  async requireEvent(id: string): Promise<EventEntity> {
    const event = typeof id === 'string' && id.length <= 100 ? await this.get(id) : null;
    if (!event || event.deletedAt) throw new NotFoundError(`No event ${id}`);
    return event;
  }

  /** The event row with its sealed seed (for signing). */
  async signingKey(eventId: string, manager: EntityManager = this.dataSource.manager): Promise<KeyPair> {
    const cached = this.keys.cached(eventId);
    if (cached) return cached;
    const rows: Array<{ did: string; sealed_seed: string }> = await manager.query(
      'SELECT did, sealed_seed FROM events WHERE id = $1',
      [eventId],
    );
    if (rows.length === 0) throw new NotFoundError(`No event ${eventId}`);
    return this.keys.open(rows[0].did, rows[0].sealed_seed, eventId);
  }

  async getMany(ids: readonly string[]): Promise<Array<EventEntity | null>> {
    const rows = await this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async tiersOf(eventIds: readonly string[]): Promise<TierEntity[][]> {
    const rows = await this.dataSource
      .getRepository(TierEntity)
      .createQueryBuilder('t')
      .where('t.event_id = ANY(:ids) AND t.deleted_at IS NULL', { ids: [...eventIds] })
      .orderBy('t.position', 'ASC')
      .getMany();
    return eventIds.map((id) => rows.filter((r) => r.eventId === id));
  }

  async tiersMany(ids: readonly string[]): Promise<Array<TierEntity | null>> {
    const rows = await this.dataSource
      .getRepository(TierEntity)
      .createQueryBuilder('t')
      .where('t.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Whether `viewer` may see (and buy for) the event: PUBLIC and UNLISTED to anyone who has the id;
   * TRUST_GATED to the host and identities within trustMaxHops of the host.
   */
  async canSee(event: EventEntity, viewer: string | null): Promise<boolean> {
    if (event.visibility !== 'TRUST_GATED' || viewer === event.hostDid) return true;
    if (!viewer || !viewer.startsWith('did:mjn:')) return false;
    return this.trust.isTrusted(event.hostDid, viewer, event.trustMaxHops ?? 1);
  }

  async requireVisible(event: EventEntity, viewer: string | null, action: string): Promise<void> {
    if (!(await this.canSee(event, viewer)))
      throw new ForbiddenError(
        `This event is trust-gated: only identities within ${event.trustMaxHops} vouch hop(s) of the host can ${action}`,
      );
  }

  /**
   * Discovery: PUBLIC events by start time (UNLISTED and TRUST_GATED ones are reached by id), or every event of
   * `hostDid` when the viewer is that host.
   */
  async list(
    filter: EventFilter | null,
    first: number,
    after: string | null | undefined,
    viewer: string | null,
  ): Promise<Connection<EventEntity>> {
    checkPageSize(first);
    const cursor = decodeCursor(after, isEventCursor);
    const qb = this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.deleted_at IS NULL');
    if (filter?.hostDid) qb.andWhere('e.host_did = :host', { host: filter.hostDid });
    if (!filter?.hostDid || filter.hostDid !== viewer) qb.andWhere(`e.visibility = 'PUBLIC'`);
    if (!filter?.includeCanceled) qb.andWhere(`e.status = 'ACTIVE'`);
    if (filter?.startsAfter) qb.andWhere('e.starts_at >= :sa', { sa: filter.startsAfter });
    if (filter?.startsBefore) qb.andWhere('e.starts_at < :sb', { sb: filter.startsBefore });
    const total = await qb.getCount();
    if (cursor)
      qb.andWhere('(e.starts_at, e.id) > (:cs::timestamptz, :ci)', { cs: cursor[0], ci: cursor[1] });
    const rows = await qb
      .orderBy('e.starts_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, total, (r) => [r.startsAt.toISOString(), r.id]);
  }

  didDocument(event: EventEntity) {
    return buildDidDocument(event.did, { publicKey: multibaseToPublicKey(event.publicKey) });
  }
}
