// Ticket tokens: a compact assertion signed by an event's DID that its holder belongs in the room.
// Scanners verify them offline: a did:mjn carries its own public key, so the event DID alone (or its DID
// document, if the key was rotated) is enough, plus a cached revocation list.
import type { CryptoBackend } from './backend';
import { fromBase64Url, toBase64Url, utf8Decode } from './bytes';
import { canonicalBytes, canonicalize } from './canonical-json';
import type { DidDocument } from './did-document';
import { multibaseToPublicKey, publicKeyFromDid } from './did.codec';
import { ProtocolError } from './errors';

/** The `type` inside every ticket payload, so a ticket signature can never pass as another signed action. */
export const TICKET_TOKEN_TYPE = 'mjn.events.ticket';
/** Version marker of the compact form `mjt1.<payload>.<signature>`. */
export const TICKET_TOKEN_PREFIX = 'mjt1';

export type TicketErrorCode = 'MALFORMED' | 'BAD_SIGNATURE' | 'WRONG_EVENT' | 'REVOKED' | 'NO_KEY';

/** A ticket token that must not let anyone in; `code` says why. */
export class TicketError extends ProtocolError<TicketErrorCode> {}

/** What a ticket asserts: the canonical payload is `{type, ticketId, eventDid, holderDid, tier, issuedAt}`. */
export interface TicketClaims {
  ticketId: string;
  eventDid: string;
  holderDid: string;
  /** The ticket tier id. */
  tier: string;
  /** ISO 8601 UTC. */
  issuedAt: string;
}

const CLAIM_KEYS = ['ticketId', 'eventDid', 'holderDid', 'tier', 'issuedAt'] as const;

/** The exact bytes an event signs for a ticket (RFC 8785 JSON). */
export function ticketSigningBytes(claims: TicketClaims): Uint8Array {
  return canonicalBytes({ type: TICKET_TOKEN_TYPE, ...pickClaims(claims) });
}

function pickClaims(claims: TicketClaims): TicketClaims {
  for (const key of CLAIM_KEYS) {
    if (typeof claims[key] !== 'string' || claims[key].length === 0 || claims[key].length > 200)
      throw new TicketError(
        'MALFORMED',
        `Ticket claim ${key} must be a non-empty string (≤ 200 characters).`,
      );
  }
  if (Number.isNaN(Date.parse(claims.issuedAt)))
    throw new TicketError('MALFORMED', 'Ticket claim issuedAt must be an ISO 8601 time.');
  return {
    ticketId: claims.ticketId,
    eventDid: claims.eventDid,
    holderDid: claims.holderDid,
    tier: claims.tier,
    issuedAt: claims.issuedAt,
  };
}

/** Signs `claims` with the event's Ed25519 seed: `mjt1.<base64url canonical JSON>.<base64url signature>`. */
export function signTicketToken(claims: TicketClaims, eventSeed: Uint8Array, backend: CryptoBackend): string {
  const bytes = ticketSigningBytes(claims);
  const signature = backend.sign(bytes, eventSeed);
  return `${TICKET_TOKEN_PREFIX}.${toBase64Url(bytes)}.${toBase64Url(signature)}`;
}

export interface DecodedTicketToken {
  claims: TicketClaims;
  /** The signed bytes, exactly as carried by the token. */
  message: Uint8Array;
  signature: Uint8Array;
}

/** Parses a token without checking its signature (to find which event it names). Throws TicketError. */
export function decodeTicketToken(token: string): DecodedTicketToken {
  if (typeof token !== 'string' || token.length > 2048)
    throw new TicketError('MALFORMED', 'A ticket token must be a string of at most 2048 characters.');
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== TICKET_TOKEN_PREFIX)
    throw new TicketError(
      'MALFORMED',
      `This is not an Imajin ticket (expected ${TICKET_TOKEN_PREFIX}.<payload>.<signature>).`,
    );
  let message: Uint8Array;
  let signature: Uint8Array;
  let parsed: unknown;
  try {
    message = fromBase64Url(parts[1]);
    signature = fromBase64Url(parts[2]);
    parsed = JSON.parse(utf8Decode(message));
  } catch {
    throw new TicketError('MALFORMED', 'The ticket token is not valid base64url JSON.');
  }
  if (signature.length !== 64) throw new TicketError('MALFORMED', 'The ticket signature must be 64 bytes.');
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new TicketError('MALFORMED', 'The ticket payload must be a JSON object.');
  const payload = parsed as Record<string, unknown>;
  if (payload.type !== TICKET_TOKEN_TYPE)
    throw new TicketError('MALFORMED', `The ticket payload type must be ${TICKET_TOKEN_TYPE}.`);
  const extra = Object.keys(payload).filter(
    (k) => k !== 'type' && !(CLAIM_KEYS as readonly string[]).includes(k),
  );
  if (extra.length > 0) throw new TicketError('MALFORMED', `Unexpected ticket fields: ${extra.join(', ')}.`);
  const claims = pickClaims(payload as unknown as TicketClaims);
  // Only the canonical encoding is accepted, so one ticket has exactly one valid token.
  if (canonicalize({ type: TICKET_TOKEN_TYPE, ...claims }) !== utf8Decode(message))
    throw new TicketError('MALFORMED', 'The ticket payload is not in canonical form.');
  return { claims, message, signature };
}

export interface VerifyTicketOptions {
  /** Pass `cryptoBackend` from '@imajin/protocol'. */
  backend: CryptoBackend;
  /** The event the scanner is admitting to; a ticket of another event is refused (WRONG_EVENT). */
  eventDid: string;
  /** The event's DID document, when its key may have been rotated; else the key encoded in the DID is used. */
  didDocument?: DidDocument;
  /** Revoked ticket ids (the event's published revocation list, cached by the scanner). */
  revoked?: ReadonlySet<string> | readonly string[];
}

function eventKey(opts: VerifyTicketOptions): Uint8Array {
  try {
    if (!opts.didDocument) return publicKeyFromDid(opts.eventDid);
    if (opts.didDocument.id !== opts.eventDid)
      throw new TicketError('NO_KEY', 'The DID document is not the event DID.');
    const ref = opts.didDocument.assertionMethod[0];
    const method = opts.didDocument.verificationMethod.find((m) => m.id === ref);
    if (!method) throw new TicketError('NO_KEY', 'The event DID document has no assertion key.');
    return multibaseToPublicKey(method.publicKeyMultibase);
  } catch (error) {
    if (error instanceof TicketError) throw error;
    throw new TicketError('NO_KEY', `The event DID carries no usable key: ${(error as Error).message}`);
  }
}

/**
 * Verifies a ticket offline: well-formed, for `eventDid`, signed by that event's key and not revoked.
 * Returns the claims; throws TicketError (MALFORMED, WRONG_EVENT, BAD_SIGNATURE, REVOKED, NO_KEY).
 */
export function verifyTicketToken(token: string, opts: VerifyTicketOptions): TicketClaims {
  const { claims, message, signature } = decodeTicketToken(token);
  if (claims.eventDid !== opts.eventDid)
    throw new TicketError('WRONG_EVENT', `This ticket is for another event (${claims.eventDid}).`);
  if (!opts.backend.verify(signature, message, eventKey(opts)))
    throw new TicketError(
      'BAD_SIGNATURE',
      "The ticket's signature does not match the event's key: it is forged or altered.",
    );
  const revoked = opts.revoked;
  const isRevoked = revoked
    ? Array.isArray(revoked)
      ? revoked.includes(claims.ticketId)
      : (revoked as ReadonlySet<string>).has(claims.ticketId)
    : false;
  if (isRevoked) throw new TicketError('REVOKED', `Ticket ${claims.ticketId} has been revoked.`);
  return claims;
}
