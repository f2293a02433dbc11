import type { Command } from 'commander';
import { parse } from 'graphql';

import {
  canonicalBytes,
  cryptoBackend,
  decodeTicketToken,
  fromBase64Url,
  multibaseToPublicKey,
  publicKeyFromDid,
  verifyTicketToken,
  type DidDocument,
  MjnActions,
} from '@imajin/protocol';
import {
  EventIdentityDocument,
  getDidDocument,
  getRevocationList,
  purchaseTicket,
  TicketWithPaymentDocument,
  type EventTicket,
  type ImajinClient,
} from '@imajin/sdk';

import { CliError, CliErrorCodes, ExitCodes, verificationError } from '../errors';
import { isRecord, readJsonFile } from '../files';
import { fields } from '../format';
import { ActingIdentity } from '../mcp/acting-identity';
import { result } from '../output';
import { handler, type CliApp, type Runtime } from '../runtime';

import { verifying } from './verify';

const REVOCATIONS_TYPE = MjnActions.events.revocations;

// Which event a ticket belongs to, when only the event's DID is known (revocation lists are per event id).
const TicketEventDocument = parse('query TicketEvent($id: String!) { ticket(id: $id) { eventId } }');

/** The published revocation list: ticket ids signed by the event DID. */
export interface RevocationList {
  eventDid: string;
  ticketIds: string[];
  generatedAt: string;
  signature: string;
}

/** The event's current assertion key: from its DID document when given (a rotated key), else its DID. */
function eventKey(eventDid: string, didDocument?: DidDocument): Uint8Array {
  const method = didDocument?.verificationMethod.find((m) => m.id === didDocument.assertionMethod[0]);
  return method ? multibaseToPublicKey(method.publicKeyMultibase) : publicKeyFromDid(eventDid);
}

/** Checks the list's signature by the event, so a tampered list cannot hide a revocation. */
export function checkRevocationList(
  list: unknown,
  eventDid: string,
  didDocument?: DidDocument,
): RevocationList {
  if (
    !isRecord(list) ||
    typeof list.eventDid !== 'string' ||
    !Array.isArray(list.ticketIds) ||
    !list.ticketIds.every((t) => typeof t === 'string') ||
    typeof list.generatedAt !== 'string' ||
    typeof list.signature !== 'string'
  ) {
    throw verificationError(
      'MALFORMED',
      'The revocation list must be { eventDid, ticketIds, generatedAt, signature }.',
    );
  }
  const typed = list as unknown as RevocationList;
  if (typed.eventDid !== eventDid) {
    throw verificationError('WRONG_EVENT', `The revocation list is for another event (${typed.eventDid}).`);
  }
  const message = canonicalBytes({
    type: REVOCATIONS_TYPE,
    eventDid: typed.eventDid,
    ticketIds: typed.ticketIds,
    generatedAt: typed.generatedAt,
  });
  let ok: boolean;
  try {
    ok = cryptoBackend.verify(fromBase64Url(typed.signature), message, eventKey(eventDid, didDocument));
  } catch {
    ok = false;
  }
  if (!ok) throw verificationError('BAD_SIGNATURE', "The revocation list's signature is not the event's.");
  return typed;
}

/** Resolves `--event` (a DID or an event id) to the event DID and, if it can be found, the event id. */
async function findEvent(client: ImajinClient, event: string, ticketId: string) {
  if (!event.startsWith('did:')) {
    const { event: found } = await client.request(EventIdentityDocument, { id: event });
    if (!found) throw new CliError(CliErrorCodes.notFound, `No event ${event}.`, ExitCodes.api);
    return { eventDid: found.did, eventId: found.id };
  }
  const res = await client.rawRequest(TicketEventDocument, { id: ticketId });
  const data = res.data as { ticket?: { eventId?: string } | null } | null;
  return { eventDid: event, eventId: data?.ticket?.eventId };
}

export interface TicketVerifyOptions {
  event: string;
  revocations?: string;
  offline?: boolean;
}

/** The whole ticket check, shared with the MCP server's verify_ticket tool. */
export async function verifyTicket(rt: Runtime, [token]: string[], options: TicketVerifyOptions) {
  const { claims } = verifying('The ticket', () => decodeTicketToken(token));
  let eventDid = options.event;
  let didDocument: DidDocument | undefined;
  let list: unknown;
  if (!options.offline) {
    // Fetched once; the check itself is offline, as a scanner at the door would do it with cached data.
    const client = rt.client();
    rt.progress("Fetching the event's DID document and revocation list…");
    const found = await findEvent(client, options.event, claims.ticketId);
    eventDid = found.eventDid;
    didDocument = await getDidDocument(client, eventDid);
    if (options.revocations === undefined && found.eventId)
      list = await getRevocationList(client, found.eventId);
  } else if (!eventDid.startsWith('did:')) {
    throw new CliError(
      CliErrorCodes.badInput,
      '--offline needs --event to be the event DID.',
      ExitCodes.usage,
    );
  }
  if (options.revocations !== undefined) list = readJsonFile(options.revocations);
  const revocations = list === undefined ? undefined : checkRevocationList(list, eventDid, didDocument);
  const verified = verifying('The ticket', () =>
    verifyTicketToken(token, {
      backend: cryptoBackend,
      eventDid,
      didDocument,
      revoked: revocations?.ticketIds,
    }),
  );
  const checked = revocations
    ? `revocation list of ${revocations.generatedAt} checked (${revocations.ticketIds.length} revoked)`
    : 'no revocation list checked';
  return result({ valid: true, claims: verified, revocationsCheckedAt: revocations?.generatedAt ?? null }, [
    `Valid ticket ${verified.ticketId}: signed by event ${verified.eventDid}; ${checked}.`,
    ...fields([
      ['holder', verified.holderDid],
      ['tier', verified.tier],
      ['issued', verified.issuedAt],
    ]),
  ]);
}

function ticketLines(t: Pick<EventTicket, 'id' | 'eventId' | 'tierId' | 'holderDid' | 'status' | 'token'>) {
  return fields([
    ['ticket', t.id],
    ['event', t.eventId],
    ['tier', t.tierId],
    ['holder', t.holderDid],
    ['status', t.status],
    ['token', t.token],
  ]);
}

async function buy(rt: Runtime, [tierId]: string[]) {
  const keyPair = rt.signer();
  rt.progress(`Buying a ticket for tier ${tierId} as ${keyPair.did}…`);
  const hold = await purchaseTicket(rt.client(), tierId, keyPair);
  if (hold.ticket) {
    return result(hold, [`Ticket ${hold.ticket.id} issued.`, ...ticketLines(hold.ticket)]);
  }
  // A paid tier: the ticket is issued once the checkout is paid; the hold id is the buyer's receipt.
  return result(hold, [
    `Ticket held (${hold.status}): pay at ${hold.checkoutUrl ?? '(no payer link)'} before ${String(hold.expiresAt)}.`,
    ...fields([
      ['hold', hold.id],
      ['amount', `${String(hold.amount)} ${hold.currency} (minor units)`],
    ]),
  ]);
}

async function showTicket(rt: Runtime, [id]: string[]) {
  // The token is shown to the holder and the host only: read as the key's identity.
  const { client } = await new ActingIdentity(rt).sessionClient();
  const { ticket } = await client.request(TicketWithPaymentDocument, { id });
  if (!ticket) throw new CliError(CliErrorCodes.notFound, `No ticket ${id}.`, ExitCodes.api);
  return result(ticket, [
    ...ticketLines(ticket),
    ...(ticket.token ? [] : ['(the token is shown to the holder and the host only)']),
  ]);
}

export function registerTicketCommands(program: Command, app: CliApp): void {
  const ticket = program.command('ticket').description('Event tickets');
  ticket
    .command('buy')
    .description(
      'Buy a ticket of a tier, signed with your key: a free tier issues it at once, a paid one prints the payer link',
    )
    .argument('<tierId>', 'the ticket tier id')
    .action(handler(app, buy));
  ticket
    .command('show')
    .description("Show one of your tickets with its token (the holder's or the host's key signs in)")
    .argument('<ticketId>', 'the ticket id')
    .action(handler(app, showTicket, true));
  ticket
    .command('verify')
    .description(
      "Check a ticket token against the event's key and revocation list (fetched once, then checked offline)",
    )
    .argument('<token>', 'the mjt1.… token')
    .requiredOption('--event <did>', 'the event being admitted to: its DID (or its id)')
    .option('--revocations <file>', 'a saved revocation list (JSON) instead of fetching one')
    .option('--offline', "no network at all: the key encoded in the event's DID, and --revocations if given")
    .action(handler(app, verifyTicket));
}
