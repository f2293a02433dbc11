import { identityRef } from '../identity/identity.types';

import type { CheckInEntity, HoldEntity, TicketEntity, WaitlistEntryEntity } from './ticket.entity';
import {
  type CheckIn,
  HoldState,
  type Ticket,
  type TicketHold,
  TicketStatus,
  type WaitlistEntry,
  WaitlistStatus,
} from './ticket.types';

export type TicketOut = Omit<Ticket, 'event' | 'tier' | 'checkIn'>;

/** `token` only when the caller may see it (holder, host, or whoever holds the purchase hold's id). */
export function toTicket(row: TicketEntity, showToken: boolean): TicketOut {
  return {
    id: row.id,
    eventId: row.eventId,
    tierId: row.tierId,
    holderDid: row.holderDid,
    holder: identityRef(row.holderDid),
    status: row.status as TicketStatus,
    issuedAt: row.issuedAt,
    token: showToken ? row.token : null,
    paymentId: row.paymentId,
    payment: row.paymentId ? { id: row.paymentId } : null,
    revokedAt: row.revokedAt,
    revokeReason: row.revokeReason,
    transferredTo: row.transferredTo,
    transferredFrom: row.transferredFrom,
  };
}

export function toCheckIn(row: CheckInEntity): CheckIn {
  return {
    ticketId: row.ticketId,
    scannerDid: row.scannerDid,
    scanner: identityRef(row.scannerDid),
    checkedInAt: row.checkedInAt,
  };
}

export type HoldOut = Omit<TicketHold, 'tier' | 'ticket'>;

export function toHold(row: HoldEntity): HoldOut {
  return {
    id: row.id,
    status: row.status as HoldState,
    tierId: row.tierId,
    eventId: row.eventId,
    buyerDid: row.buyerDid,
    amount: String(row.amount),
    currency: row.currency,
    expiresAt: row.expiresAt,
    checkoutId: row.checkoutId,
    checkoutUrl: row.checkoutUrl,
    paymentId: row.paymentId,
  };
}

export type WaitlistOut = Omit<WaitlistEntry, 'ahead' | 'hold'> & { holdId: string | null; seq: string };

export function toWaitlistEntry(row: WaitlistEntryEntity): WaitlistOut {
  return {
    id: row.id,
    tierId: row.tierId,
    buyerDid: row.buyerDid,
    status: row.status as WaitlistStatus,
    holdId: row.holdId,
    seq: row.seq,
    createdAt: row.createdAt,
  };
}
