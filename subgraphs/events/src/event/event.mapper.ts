import { buildDidDocument, multibaseToPublicKey } from '@imajin/protocol';

import { identityRef } from '../identity/identity.types';

import type { EventEntity, TierEntity } from './event.entity';
import { type Event, EventStatus, EventVisibility, type TicketTier } from './event.types';

/** `tiers` is resolved by a field resolver (DataLoader); the rest maps straight from the row. */
export function toEvent(row: EventEntity): Omit<Event, 'tiers'> & { tiers?: TicketTier[] } {
  return {
    id: row.id,
    did: row.did,
    identity: identityRef(row.did),
    host: identityRef(row.hostDid),
    hostDid: row.hostDid,
    title: row.title,
    description: row.description,
    venue: row.venue,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timezone: row.timezone,
    visibility: row.visibility as EventVisibility,
    trustMaxHops: row.trustMaxHops,
    manifestId: row.manifestId,
    status: row.status as EventStatus,
    canceledAt: row.canceledAt,
    cancelReason: row.cancelReason,
    didRegistered: row.didRegisteredAt !== null,
    didDocument: buildDidDocument(row.did, { publicKey: multibaseToPublicKey(row.publicKey) }),
    signature: row.signature,
    signedPayload: row.signedPayload,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toTier(row: TierEntity): TicketTier {
  return {
    id: row.id,
    eventId: row.eventId,
    name: row.name,
    price: String(row.price),
    currency: row.currency,
    capacity: row.capacity,
    reserved: row.reserved,
    available: Math.max(0, row.capacity - row.reserved),
    salesStart: row.salesStart,
    salesEnd: row.salesEnd,
    perBuyerLimit: row.perBuyerLimit,
  };
}
