import { nodeBackend } from '../node-backend';

import { toBase64Url, utf8Decode } from './bytes';
import { buildDidDocument } from './did-document';
import { didFromPublicKey } from './did.codec';
import { nobleBackend } from './noble-backend';
import {
  decodeTicketToken,
  signTicketToken,
  TicketError,
  ticketSigningBytes,
  verifyTicketToken,
  type TicketClaims,
} from './ticket';

const seed = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const otherSeed = Uint8Array.from({ length: 32 }, (_, i) => 200 - i);
const eventDid = didFromPublicKey(nodeBackend.publicKeyFromSeed(seed));
const otherDid = didFromPublicKey(nodeBackend.publicKeyFromSeed(otherSeed));

const claims: TicketClaims = {
  ticketId: 'tkt_2b1f0d9e-5c1a-4c55-9f0e-0a8d3c7b9e11',
  eventDid,
  holderDid: otherDid,
  tier: 'tier_6a0c3a52-2d6c-4f57-8a59-5d2f0b6c1e77',
  issuedAt: '2026-03-01T12:00:00.000Z',
};

const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof TicketError) return error.code;
    throw error;
  }
  return 'OK';
};

describe('ticket tokens', () => {
  it('signs the canonical payload and verifies offline with both backends, byte for byte', () => {
    const token = signTicketToken(claims, seed, nodeBackend);
    expect(signTicketToken(claims, seed, nobleBackend)).toBe(token);
    expect(token).toMatch(/^mjt1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    expect(utf8Decode(decodeTicketToken(token).message)).toBe(
      `{"eventDid":"${eventDid}","holderDid":"${otherDid}","issuedAt":"2026-03-01T12:00:00.000Z",` +
        `"ticketId":"${claims.ticketId}","tier":"${claims.tier}","type":"mjn.events.ticket"}`,
    );
    for (const backend of [nodeBackend, nobleBackend]) {
      expect(verifyTicketToken(token, { backend, eventDid })).toEqual(claims);
      expect(
        verifyTicketToken(token, { backend, eventDid, didDocument: buildDidDocument(eventDid) }),
      ).toEqual(claims);
    }
  });

  it('fits a QR code (byte mode, version 40-L holds 2953 bytes; we stay far below)', () => {
    expect(signTicketToken(claims, seed, nodeBackend).length).toBeLessThan(600);
  });

  it('refuses a forged signature, a tampered payload, another event, a revoked id and garbage', () => {
    const token = signTicketToken(claims, seed, nodeBackend);
    const forged = signTicketToken(claims, otherSeed, nodeBackend);
    const [, , sig] = token.split('.');
    const tampered = `mjt1.${toBase64Url(ticketSigningBytes({ ...claims, holderDid: eventDid }))}.${sig}`;
    const forOther = signTicketToken({ ...claims, eventDid: otherDid }, otherSeed, nodeBackend);
    const verify =
      (t: string, extra = {}) =>
      () =>
        verifyTicketToken(t, { backend: nobleBackend, eventDid, ...extra });
    expect(code(verify(forged))).toBe('BAD_SIGNATURE');
    expect(code(verify(tampered))).toBe('BAD_SIGNATURE');
    expect(code(verify(forOther))).toBe('WRONG_EVENT');
    expect(code(verify(token, { revoked: [claims.ticketId] }))).toBe('REVOKED');
    expect(code(verify(token, { revoked: new Set([claims.ticketId]) }))).toBe('REVOKED');
    expect(code(verify(token, { revoked: new Set(['tkt_other']) }))).toBe('OK');
    expect(code(verify('mjt1.x.y'))).toBe('MALFORMED');
    expect(code(verify('hello'))).toBe('MALFORMED');
    expect(code(verify(`mjt2.${token.slice(5)}`))).toBe('MALFORMED');
    // Non-canonical JSON of the same claims is refused: one ticket, one token.
    const loose = toBase64Url(
      new TextEncoder().encode(JSON.stringify({ type: 'mjn.events.ticket', ...claims })),
    );
    expect(code(verify(`mjt1.${loose}.${sig}`))).toBe('MALFORMED');
    // A DID document of another DID cannot stand in for the event's.
    expect(code(verify(token, { didDocument: buildDidDocument(otherDid) }))).toBe('NO_KEY');
  });

  it('refuses claims that are missing or not strings when signing', () => {
    expect(code(() => signTicketToken({ ...claims, tier: '' }, seed, nodeBackend))).toBe('MALFORMED');
    expect(code(() => signTicketToken({ ...claims, issuedAt: 'yesterday' }, seed, nodeBackend))).toBe(
      'MALFORMED',
    );
  });
});
