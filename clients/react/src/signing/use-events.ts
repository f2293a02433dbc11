import { MjnActions } from '@imajin/protocol/browser';

import {
  CheckInDocument,
  CreateEventDocument,
  PurchaseTicketDocument,
  type CreateEventInput,
} from '../generated/graphql';

import { useSignedMutation } from './use-signed-mutation';

/** Proof types the events subgraph rebuilds for these mutations. */
const CREATE_EVENT = MjnActions.events.createEvent;
const PURCHASE_TICKET = MjnActions.events.purchaseTicket;
const CHECK_IN = MjnActions.events.checkIn;

// The protocol omits null and undefined before signing, nested tiers included; sending the same keeps them equal.
function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}

/** `create(input)` hosted and signed by the signed-in identity (`hostDid` is filled in). */
export function useCreateEvent() {
  const [run, result] = useSignedMutation(CreateEventDocument, CREATE_EVENT);
  const create = (input: Omit<CreateEventInput, 'hostDid'>, hostDid: string) =>
    run({
      input: withoutEmpty({ ...input, hostDid, tiers: input.tiers.map((t) => withoutEmpty(t)) }),
    }).then((data) => data.createEvent);
  return [create, result] as const;
}

/**
 * `purchase(tierId, buyerDid)` for a did:mjn buyer: free tiers come back ISSUED with the ticket, paid ones
 * PENDING with the checkout link. (A did:email buyer signs in with signInSoft and sends no proof instead.)
 */
export function usePurchaseTicket() {
  const [run, result] = useSignedMutation(PurchaseTicketDocument, PURCHASE_TICKET);
  const purchase = (tierId: string, buyerDid: string) =>
    run({ input: { tierId, buyerDid } }).then((data) => data.purchaseTicket);
  return [purchase, result] as const;
}

/** `checkIn(eventId, token)` signed by the host or a delegated scanner; a second scan is a CONFLICT. */
export function useCheckIn() {
  const [run, result] = useSignedMutation(CheckInDocument, CHECK_IN);
  const checkIn = (eventId: string, token: string) =>
    run({ input: { eventId, token: token.trim() } }).then((data) => data.checkIn);
  return [checkIn, result] as const;
}
