import {
  cryptoBackend,
  verifyTicketToken,
  type KeyPair,
  type TicketClaims,
  MjnActions,
} from '@imajin/protocol';

import { present, type ImajinClient } from './client';
import {
  AddScannerDocument,
  CancelEventDocument,
  CheckInDocument,
  ClaimTicketsDocument,
  CreateEventDocument,
  EventDocument,
  EventsDocument,
  JoinWaitlistDocument,
  PurchaseTicketDocument,
  RemoveScannerDocument,
  RevocationListDocument,
  RevokeTicketDocument,
  TicketHoldDocument,
  TransferTicketDocument,
  UpdateEventDocument,
  type CancelEventInput,
  type CheckInInput,
  type ClaimTicketsInput,
  type CreateEventInput,
  type EventFieldsFragment,
  type EventFilter,
  type EventsQuery,
  type EventVisibility,
  type JoinWaitlistInput,
  type PurchaseTicketInput,
  type RevocationListQuery,
  type RevokeTicketInput,
  type ScannerInput,
  type TicketFieldsFragment,
  type TicketHoldFieldsFragment,
  type TierInput,
  type TransferTicketInput,
  type UpdateEventInput,
} from './generated/graphql';
import { compactInput, proofFor } from './identity';

/** Proof `type` per events mutation; the server rebuilds the payload with these. */
export const EventsProofTypes = {
  createEvent: MjnActions.events.createEvent,
  updateEvent: MjnActions.events.updateEvent,
  cancelEvent: MjnActions.events.cancelEvent,
  addScanner: MjnActions.events.addScanner,
  removeScanner: MjnActions.events.removeScanner,
  purchaseTicket: MjnActions.events.purchaseTicket,
  joinWaitlist: MjnActions.events.joinWaitlist,
  checkIn: MjnActions.events.checkIn,
  revokeTicket: MjnActions.events.revokeTicket,
  transferTicket: MjnActions.events.transferTicket,
  claimTickets: MjnActions.events.claimTickets,
} as const;

export type ImajinEvent = EventFieldsFragment;
export type TicketHoldResult = TicketHoldFieldsFragment;
export type EventTicket = TicketFieldsFragment;
export type EventPage = NonNullable<EventsQuery['events']>;
export type RevocationListResult = NonNullable<RevocationListQuery['revocationList']>;

export interface TierOptions {
  name: string;
  /** Integer minor units ("2500" = 25.00); 0 or "0" is free. */
  price: number | string;
  currency?: string;
  capacity: number;
  perBuyerLimit?: number;
  salesStart?: Date | string;
  salesEnd?: Date | string;
}

export interface CreateEventOptions {
  title: string;
  description?: string;
  venue?: string;
  startsAt: Date | string;
  endsAt: Date | string;
  timezone: string;
  visibility?: EventVisibility;
  trustMaxHops?: number;
  /** The .fair manifest paid tiers settle along (required when a tier is paid). */
  manifestId?: string;
  tiers: TierOptions[];
}

const iso = (v: Date | string | undefined) => (v instanceof Date ? v.toISOString() : v);

/** Creates an event hosted (and signed) by `host`; it gets its own DID. */
export async function createEvent(
  client: ImajinClient,
  host: KeyPair,
  options: CreateEventOptions,
): Promise<ImajinEvent> {
  const input = compactInput<CreateEventInput>({
    hostDid: host.did,
    title: options.title,
    description: options.description,
    venue: options.venue,
    startsAt: iso(options.startsAt)!,
    endsAt: iso(options.endsAt)!,
    timezone: options.timezone,
    visibility: options.visibility ?? 'PUBLIC',
    trustMaxHops: options.trustMaxHops,
    manifestId: options.manifestId,
    tiers: options.tiers.map((t) =>
      compactInput<TierInput>({
        name: t.name,
        price: String(t.price),
        currency: t.currency ?? 'usd',
        capacity: t.capacity,
        perBuyerLimit: t.perBuyerLimit ?? 10,
        salesStart: iso(t.salesStart),
        salesEnd: iso(t.salesEnd),
      }),
    ),
  });
  const proof = proofFor(EventsProofTypes.createEvent, input, host);
  return (await client.request(CreateEventDocument, { input, proof })).createEvent;
}

/** Edits event details; fields left out stay as they are. */
export async function updateEvent(
  client: ImajinClient,
  host: KeyPair,
  changes: UpdateEventInput,
): Promise<ImajinEvent> {
  const input = compactInput<UpdateEventInput>({ ...changes });
  const proof = proofFor(EventsProofTypes.updateEvent, input, host);
  return (await client.request(UpdateEventDocument, { input, proof })).updateEvent;
}

/** Cancels the event: paid tickets are refunded and every ticket revoked. */
export async function cancelEvent(
  client: ImajinClient,
  host: KeyPair,
  eventId: string,
  reason: string,
): Promise<ImajinEvent> {
  const input: CancelEventInput = { eventId, reason };
  const proof = proofFor(EventsProofTypes.cancelEvent, input, host);
  return (await client.request(CancelEventDocument, { input, proof })).cancelEvent;
}

/** Lets `scannerDid` check tickets in at the door. */
export async function addScanner(client: ImajinClient, host: KeyPair, eventId: string, scannerDid: string) {
  const input: ScannerInput = { eventId, scannerDid };
  const proof = proofFor(EventsProofTypes.addScanner, input, host);
  return (await client.request(AddScannerDocument, { input, proof })).addScanner;
}

export async function removeScanner(
  client: ImajinClient,
  host: KeyPair,
  eventId: string,
  scannerDid: string,
): Promise<boolean> {
  const input: ScannerInput = { eventId, scannerDid };
  const proof = proofFor(EventsProofTypes.removeScanner, input, host);
  return (await client.request(RemoveScannerDocument, { input, proof })).removeScanner;
}

/**
 * Buys one ticket. `buyer` is a key pair (did:mjn, signs) or a did:email string (no signature: `client` must
 * be signed in as that did:email, see `signInSoft`). Free tiers return ISSUED with the ticket; paid ones
 * PENDING with `checkoutUrl`. Too many new holds is RATE_LIMITED with `retryAfterSeconds`.
 */
export async function purchaseTicket(
  client: ImajinClient,
  tierId: string,
  buyer: KeyPair | string,
): Promise<TicketHoldResult> {
  const input: PurchaseTicketInput = { tierId, buyerDid: typeof buyer === 'string' ? buyer : buyer.did };
  const proof = typeof buyer === 'string' ? null : proofFor(EventsProofTypes.purchaseTicket, input, buyer);
  return (await client.request(PurchaseTicketDocument, { input, proof })).purchaseTicket;
}

/** Joins a sold-out tier's waitlist; a did:email `buyer` needs `client` signed in as it (`signInSoft`). */
export async function joinWaitlist(client: ImajinClient, tierId: string, buyer: KeyPair | string) {
  const input: JoinWaitlistInput = { tierId, buyerDid: typeof buyer === 'string' ? buyer : buyer.did };
  const proof = typeof buyer === 'string' ? null : proofFor(EventsProofTypes.joinWaitlist, input, buyer);
  return (await client.request(JoinWaitlistDocument, { input, proof })).joinWaitlist;
}

/** The hold a purchase returned: poll it for the ticket once the payment completes. */
export async function getTicketHold(client: ImajinClient, id: string): Promise<TicketHoldResult | null> {
  return (await client.request(TicketHoldDocument, { id })).ticketHold;
}

/** Admits a ticket at the door, signed by the host or a delegated scanner. */
export async function checkIn(client: ImajinClient, scanner: KeyPair, eventId: string, token: string) {
  const input: CheckInInput = { eventId, token };
  const proof = proofFor(EventsProofTypes.checkIn, input, scanner);
  return (await client.request(CheckInDocument, { input, proof })).checkIn;
}

export async function revokeTicket(
  client: ImajinClient,
  host: KeyPair,
  ticketId: string,
  reason: string,
): Promise<EventTicket> {
  const input: RevokeTicketInput = { ticketId, reason };
  const proof = proofFor(EventsProofTypes.revokeTicket, input, host);
  return (await client.request(RevokeTicketDocument, { input, proof })).revokeTicket;
}

/** Gives the ticket to `toDid`; returns the re-issued ticket with its new token. */
export async function transferTicket(
  client: ImajinClient,
  holder: KeyPair,
  ticketId: string,
  toDid: string,
): Promise<EventTicket> {
  const input: TransferTicketInput = { ticketId, toDid };
  const proof = proofFor(EventsProofTypes.transferTicket, input, holder);
  return (await client.request(TransferTicketDocument, { input, proof })).transferTicket;
}

/** After claiming `emailDid` with identity, moves its tickets to `owner` (re-issued with new tokens). */
export async function claimTickets(
  client: ImajinClient,
  owner: KeyPair,
  emailDid: string,
): Promise<EventTicket[]> {
  const input: ClaimTicketsInput = { emailDid, did: owner.did };
  const proof = proofFor(EventsProofTypes.claimTickets, input, owner);
  return (await client.request(ClaimTicketsDocument, { input, proof })).claimTickets;
}

export async function getEvent(client: ImajinClient, id: string) {
  return (await client.request(EventDocument, { id })).event;
}

export async function listEvents(
  client: ImajinClient,
  filter: EventFilter | null = null,
  first = 20,
  after: string | null = null,
): Promise<EventPage> {
  return present((await client.request(EventsDocument, { filter, first, after })).events, 'events');
}

export async function getRevocationList(
  client: ImajinClient,
  eventId: string,
): Promise<RevocationListResult> {
  return present(
    (await client.request(RevocationListDocument, { eventId })).revocationList,
    'revocationList',
  );
}

/**
 * Offline door check: verifies a scanned token against the event's DID (and a cached revocation list) with
 * no network. Throws @imajin/protocol's TicketError (MALFORMED, WRONG_EVENT, BAD_SIGNATURE, REVOKED).
 */
export function verifyTicketOffline(
  token: string,
  eventDid: string,
  revokedTicketIds: readonly string[] = [],
): TicketClaims {
  return verifyTicketToken(token, { backend: cryptoBackend, eventDid, revoked: new Set(revokedTicketIds) });
}
