import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import {
  cryptoBackend,
  isSoftDid,
  isValidMjnDid,
  TicketError,
  verifyTicketToken,
  type Proof,
  MjnActions,
} from '@imajin/protocol';
import {
  BadSignatureError,
  BadUserInputError,
  type Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  uniqueViolation,
} from '@imajin/subgraph-common';

import type { EventKeys } from '../event/event-keys';
import type { EventService } from '../event/event.service';
import type { SoftClaims } from '../identity/soft-claims';
import type { PaymentsPort } from '../payments/payments-client';

import type { PurchaseService } from './purchase.service';
import { updatedRows } from './sql';
import { CheckInEntity, TicketEntity } from './ticket.entity';
import type {
  CheckInInput,
  ClaimTicketsInput,
  RevokeTicketInput,
  TransferTicketInput,
} from './ticket.inputs';
import type { RevocationList } from './ticket.types';

export const TicketProofTypes = {
  checkIn: MjnActions.events.checkIn,
  revokeTicket: MjnActions.events.revokeTicket,
  transferTicket: MjnActions.events.transferTicket,
  claimTickets: MjnActions.events.claimTickets,
} as const;

export const REVOCATIONS_TYPE = MjnActions.events.revocations;

export class TicketService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventService,
    private readonly purchases: PurchaseService,
    private readonly keys: EventKeys,
    private readonly payments: PaymentsPort,
    private readonly clock: Clock,
    private readonly softClaims: SoftClaims,
  ) {}

  async requireTicket(id: string): Promise<TicketEntity> {
    const ticket =
      typeof id === 'string' && id.length <= 100
        ? await this.dataSource.getRepository(TicketEntity).findOneBy({ id })
        : null;
    if (!ticket || ticket.deletedAt) throw new NotFoundError(`No ticket ${id}`);
    return ticket;
  }

  /**
   * Admits a ticket: the token must be this event's (signed by its DID, naming it), not revoked, and the
   * signer the host or a delegated scanner. The first scan wins; a second is a CONFLICT naming the first.
   */
  async checkIn(input: CheckInInput, proof: Proof): Promise<CheckInEntity> {
    const event = await this.events.requireEvent(input.eventId);
    let claims;
    try {
      claims = verifyTicketToken(input.token, {
        backend: cryptoBackend,
        eventDid: event.did,
        didDocument: this.events.didDocument(event),
      });
    } catch (error) {
      if (!(error instanceof TicketError)) throw error;
      if (error.code === 'BAD_SIGNATURE')
        throw new BadSignatureError(`Forged ticket: ${error.message}`, { reason: 'FORGED_TICKET' });
      throw new BadUserInputError(`Not a ticket for this event: ${error.message}`, {
        field: 'token',
        reason: error.code,
      });
    }
    const signer = proof.signer;
    const verified = await this.events.verifySignedBy(TicketProofTypes.checkIn, input, proof, signer);
    if (signer !== event.hostDid && !(await this.events.isScanner(event.id, signer)))
      throw new ForbiddenError(
        `${signer} is not the host or a delegated scanner of this event; the host must add them`,
      );
    if (event.status !== 'ACTIVE') throw new ForbiddenError('This event is canceled; no one is admitted');
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      await this.events.record(tx, verified, event.hostDid);
      const [ticket] = (await tx.query('SELECT * FROM tickets WHERE id = $1 FOR UPDATE', [
        claims.ticketId,
      ])) as Array<{
        id: string;
        event_id: string;
        holder_did: string;
        status: string;
        revoked_at: Date | null;
        revoke_reason: string | null;
      }>;
      if (!ticket || ticket.event_id !== event.id)
        throw new NotFoundError(`Ticket ${claims.ticketId} was not issued by this event`);
      if (ticket.status !== 'VALID')
        throw new ForbiddenError(
          `Ticket ${ticket.id} was revoked at ${ticket.revoked_at?.toISOString()} (${ticket.revoke_reason}); do not admit`,
        );
      if (ticket.holder_did !== claims.holderDid)
        throw new ForbiddenError('This token was re-issued to another holder; do not admit');
      const id = `chk_${randomUUID()}`;
      const inserted = (await tx.query(
        `INSERT INTO check_ins (id, ticket_id, event_id, owner_did, scanner_did, checked_in_at, signature, signed_payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (ticket_id) DO NOTHING RETURNING id`,
        [id, ticket.id, event.id, event.hostDid, signer, now, verified.signature, verified.canonical],
      )) as unknown[];
      if (inserted.length === 0) {
        const first = await tx.findOneByOrFail(CheckInEntity, { ticketId: ticket.id });
        throw new ConflictError(
          `Ticket ${ticket.id} was already checked in at ${first.checkedInAt.toISOString()} by ${first.scannerDid}`,
          { checkedInAt: first.checkedInAt.toISOString(), scannerDid: first.scannerDid },
        );
      }
      return tx.findOneByOrFail(CheckInEntity, { id });
    });
  }

  /** The host revokes a ticket: a paid one is refunded first (idempotent), then it is revoked and its seat freed. */
  async revoke(input: RevokeTicketInput, proof: Proof): Promise<TicketEntity> {
    const ticket = await this.requireTicket(input.ticketId);
    const reason = input.reason;
    if (typeof reason !== 'string' || reason.trim().length === 0 || reason.length > 200)
      throw new BadUserInputError('reason must be 1–200 characters', { field: 'reason' });
    const event = await this.events.requireEvent(ticket.eventId);
    const verified = await this.events.verifySignedBy(
      TicketProofTypes.revokeTicket,
      input,
      proof,
      event.hostDid,
    );
    if (ticket.status !== 'VALID') throw new ConflictError(`Ticket ${ticket.id} is already revoked`);
    await this.events.assertFreshNonce(verified);
    if (ticket.paymentId) await this.payments.refund(ticket.paymentId, 'ticket_revoked');
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      await this.events.record(tx, verified);
      const rows = updatedRows(
        await tx.query(
          `UPDATE tickets SET status = 'REVOKED', revoked_at = $2, revoke_reason = $3, revoked_by = $4
           WHERE id = $1 AND status = 'VALID' RETURNING id`,
          [ticket.id, now, reason, event.hostDid],
        ),
      );
      if (rows.length === 0) throw new ConflictError(`Ticket ${ticket.id} is already revoked`);
      if (event.status === 'ACTIVE') await this.purchases.releaseSeat(tx, ticket.tierId, now);
    });
    return this.requireTicket(ticket.id);
  }

  /** The holder gives the ticket away: a new token for the new holder; the old one is revoked. */
  async transfer(input: TransferTicketInput, proof: Proof): Promise<TicketEntity> {
    if (!isValidMjnDid(input.toDid) && !isSoftDid(input.toDid))
      throw new BadUserInputError('toDid must be a did:mjn or a did:email', { field: 'toDid' });
    const ticket = await this.requireTicket(input.ticketId);
    if (!isValidMjnDid(ticket.holderDid))
      throw new ForbiddenError('A did:email holder cannot sign a transfer; claim the identity first');
    const verified = await this.events.verifySignedBy(
      TicketProofTypes.transferTicket,
      input,
      proof,
      ticket.holderDid,
    );
    if (input.toDid === ticket.holderDid)
      throw new BadUserInputError('The ticket already belongs to toDid', { field: 'toDid' });
    const event = await this.events.requireEvent(ticket.eventId);
    if (event.status !== 'ACTIVE') throw new ConflictError('This event is canceled; its tickets cannot move');
    await this.events.requireVisible(event, input.toDid, 'hold its tickets');
    const now = this.clock.now();
    const newId = `tkt_${randomUUID()}`;
    const key = await this.events.signingKey(event.id);
    const token = this.keys.signTicket(key, {
      ticketId: newId,
      eventDid: event.did,
      holderDid: input.toDid,
      tier: ticket.tierId,
      issuedAt: now.toISOString(),
    });
    try {
      await this.dataSource.transaction(async (tx) => {
        await this.events.record(tx, verified);
        const rows = updatedRows(
          await tx.query(
            `UPDATE tickets SET status = 'REVOKED', revoked_at = $2, revoke_reason = 'transferred', revoked_by = $3,
               transferred_to = $4
             WHERE id = $1 AND status = 'VALID' AND holder_did = $3
               AND NOT EXISTS (SELECT 1 FROM check_ins c WHERE c.ticket_id = tickets.id) RETURNING id`,
            [ticket.id, now, ticket.holderDid, newId],
          ),
        );
        if (rows.length === 0)
          throw new ConflictError(
            `Ticket ${ticket.id} cannot be transferred: it is revoked, moved or already used`,
          );
        await tx.insert(TicketEntity, {
          id: newId,
          eventId: ticket.eventId,
          tierId: ticket.tierId,
          holdId: null,
          ownerDid: input.toDid,
          holderDid: input.toDid,
          paymentId: ticket.paymentId,
          token,
          issuedAt: now,
          status: 'VALID',
          transferredFrom: ticket.id,
          signature: verified.signature,
          signedPayload: verified.canonical,
          createdAt: now,
        });
      });
    } catch (error) {
      if (uniqueViolation(error) !== null) throw new ConflictError('The ticket was transferred concurrently');
      throw error;
    }
    return this.requireTicket(newId);
  }

  /**
   * Moves the valid tickets of a did:email to the did:mjn that claimed it with identity: each is re-issued to
   * the keyed DID (new token, signed by its event) and the email-bound token revoked, in one transaction.
   */
  async claim(input: ClaimTicketsInput, proof: Proof): Promise<TicketEntity[]> {
    if (!isSoftDid(input.emailDid))
      throw new BadUserInputError('emailDid must be a did:email', { field: 'emailDid' });
    if (!isValidMjnDid(input.did)) throw new BadUserInputError('did must be a did:mjn', { field: 'did' });
    const verified = await this.events.verifySignedBy(TicketProofTypes.claimTickets, input, proof, input.did);
    if ((await this.softClaims.claimedBy(input.emailDid)) !== input.did)
      throw new ForbiddenError(
        `${input.emailDid} is not claimed by ${input.did}; claim it with identity first`,
      );
    const now = this.clock.now();
    const moved: string[] = [];
    await this.dataSource.transaction(async (tx) => {
      await this.events.record(tx, verified);
      const rows = (await tx.query(
        `SELECT t.id, t.event_id, t.tier_id, t.payment_id, e.did AS event_did FROM tickets t
         JOIN events e ON e.id = t.event_id
         WHERE t.holder_did = $1 AND t.status = 'VALID' FOR UPDATE OF t`,
        [input.emailDid],
      )) as Array<{
        id: string;
        event_id: string;
        tier_id: string;
        payment_id: string | null;
        event_did: string;
      }>;
      for (const old of rows) {
        const id = `tkt_${randomUUID()}`;
        const key = await this.events.signingKey(old.event_id, tx);
        const token = this.keys.signTicket(key, {
          ticketId: id,
          eventDid: old.event_did,
          holderDid: input.did,
          tier: old.tier_id,
          issuedAt: now.toISOString(),
        });
        await tx.query(
          `UPDATE tickets SET status = 'REVOKED', revoked_at = $2, revoke_reason = 'claimed', revoked_by = $3,
             transferred_to = $4 WHERE id = $1`,
          [old.id, now, input.did, id],
        );
        await tx.insert(TicketEntity, {
          id,
          eventId: old.event_id,
          tierId: old.tier_id,
          holdId: null,
          ownerDid: input.did,
          holderDid: input.did,
          paymentId: old.payment_id,
          token,
          issuedAt: now,
          status: 'VALID',
          transferredFrom: old.id,
          signature: verified.signature,
          signedPayload: verified.canonical,
          createdAt: now,
        });
        moved.push(id);
      }
    });
    return (await this.getMany(moved)).filter((t): t is TicketEntity => t !== null);
  }

  /** The event's revoked tickets, signed by the event DID so scanners can cache and trust it offline. */
  async revocationList(eventId: string): Promise<RevocationList> {
    const event = await this.events.requireEvent(eventId);
    const rows = (await this.dataSource.query(
      `SELECT id, revoked_at, revoke_reason FROM tickets WHERE event_id = $1 AND status = 'REVOKED' ORDER BY id`,
      [event.id],
    )) as Array<{ id: string; revoked_at: Date; revoke_reason: string }>;
    const ticketIds = rows.map((r) => r.id);
    const generatedAt = this.clock.now().toISOString();
    const key = await this.events.signingKey(event.id);
    return {
      eventId: event.id,
      eventDid: event.did,
      ticketIds,
      entries: rows.map((r) => ({ ticketId: r.id, revokedAt: r.revoked_at, reason: r.revoke_reason })),
      generatedAt,
      signature: this.keys.signJson(key, {
        type: REVOCATIONS_TYPE,
        eventDid: event.did,
        ticketIds,
        generatedAt,
      }),
    };
  }

  async getMany(ids: readonly string[]): Promise<Array<TicketEntity | null>> {
    const rows = await this.dataSource
      .getRepository(TicketEntity)
      .createQueryBuilder('t')
      .where('t.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async byHolds(holdIds: readonly string[]): Promise<Array<TicketEntity | null>> {
    const rows = await this.dataSource
      .getRepository(TicketEntity)
      .createQueryBuilder('t')
      .where('t.hold_id = ANY(:ids)', { ids: [...holdIds] })
      .getMany();
    const byHold = new Map(rows.map((r) => [r.holdId, r]));
    return holdIds.map((id) => byHold.get(id) ?? null);
  }

  async checkIns(ticketIds: readonly string[]): Promise<Array<CheckInEntity | null>> {
    const rows = await this.dataSource
      .getRepository(CheckInEntity)
      .createQueryBuilder('c')
      .where('c.ticket_id = ANY(:ids)', { ids: [...ticketIds] })
      .getMany();
    const byTicket = new Map(rows.map((r) => [r.ticketId, r]));
    return ticketIds.map((id) => byTicket.get(id) ?? null);
  }

  /** Tickets of a holder, newest first (valid and revoked), up to 200. */
  async ofHolder(did: string): Promise<TicketEntity[]> {
    return this.dataSource.getRepository(TicketEntity).find({
      where: { holderDid: did },
      order: { issuedAt: 'DESC', id: 'ASC' },
      take: 200,
    });
  }

  async ofEvent(eventId: string): Promise<TicketEntity[]> {
    return this.dataSource.getRepository(TicketEntity).find({
      where: { eventId },
      order: { issuedAt: 'ASC', id: 'ASC' },
      take: 1000,
    });
  }
}
