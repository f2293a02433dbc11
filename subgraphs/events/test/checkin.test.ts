import { cryptoBackend, generateKeyPair, signTicketToken, verifyTicketToken } from '@imajin/protocol';

import { buy, CHECK_IN, createEvent, startEventsHarness, TICKET_FIELDS, type EventsHarness } from './harness';

const ADD_SCANNER = `mutation($input: ScannerInput!, $proof: ProofInput!) { addScanner(input: $input, proof: $proof) { scannerDid } }`;
const REVOKE = `mutation($input: RevokeTicketInput!, $proof: ProofInput!) { revokeTicket(input: $input, proof: $proof) { ${TICKET_FIELDS} } }`;
const TRANSFER = `mutation($input: TransferTicketInput!, $proof: ProofInput!) { transferTicket(input: $input, proof: $proof) { ${TICKET_FIELDS} } }`;

describe('check-in, scanners, revocation and transfer', () => {
  let h: EventsHarness;

  beforeAll(async () => {
    h = await startEventsHarness();
  });
  afterAll(() => h.stop());

  const checkIn = (eventId: string, token: string, scanner: ReturnType<EventsHarness['identity']>) => {
    const input = { eventId, token };
    return h.gql<{ checkIn: { ticketId: string; scannerDid: string; checkedInAt: string } }>(CHECK_IN, {
      input,
      proof: h.sign('mjn.events.checkIn', input, scanner),
    });
  };

  it('admits once; a second scan is a CONFLICT saying when and by whom', async () => {
    const host = h.identity();
    const event = await createEvent(h, host);
    const hold = await buy(h, event.tiers[0].id, h.identity());
    const first = await checkIn(event.id, hold.ticket!.token, host);
    expect(first.data!.checkIn).toMatchObject({ ticketId: hold.ticket!.id, scannerDid: host.did });
    h.clock.advance(60_000);
    const before = await h.count('check_ins');
    const second = await checkIn(event.id, hold.ticket!.token, host);
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toBe(
      `Ticket ${hold.ticket!.id} was already checked in at ${first.data!.checkIn.checkedInAt} by ${host.did}`,
    );
    expect(await h.count('check_ins')).toBe(before);
  });

  it('accepts a delegated scanner and refuses anyone else, writing nothing', async () => {
    const host = h.identity();
    const scanner = h.identity();
    const stranger = h.identity();
    const event = await createEvent(h, host);
    const a = await buy(h, event.tiers[0].id, h.identity());
    const before = [await h.count('check_ins'), await h.count('proof_log')];
    const refused = await checkIn(event.id, a.ticket!.token, stranger);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/not the host or a delegated scanner/);
    expect([await h.count('check_ins'), await h.count('proof_log')]).toEqual(before);
    // Only the host may delegate.
    const input = { eventId: event.id, scannerDid: scanner.did };
    const byScanner = await h.gql(ADD_SCANNER, {
      input,
      proof: h.sign('mjn.events.addScanner', input, scanner),
    });
    expect(byScanner.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    const added = await h.gql(ADD_SCANNER, { input, proof: h.sign('mjn.events.addScanner', input, host) });
    expect(added.errors).toBeUndefined();
    const ok = await checkIn(event.id, a.ticket!.token, scanner);
    expect(ok.data!.checkIn.scannerDid).toBe(scanner.did);
    const listed = await h.gql<{ event: { scanners: Array<{ scannerDid: string }> } }>(
      'query($id: String!) { event(id: $id) { scanners { scannerDid } } }',
      { id: event.id },
      host.did,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.event.scanners).toEqual([{ scannerDid: scanner.did }]);
  });

  it('refuses a forged ticket, a ticket of another event and a malformed token', async () => {
    const host = h.identity();
    const event = await createEvent(h, host);
    const other = await createEvent(h, h.identity());
    const theirs = await buy(h, other.tiers[0].id, h.identity());
    const forger = generateKeyPair();
    const forged = signTicketToken(
      {
        ticketId: 'tkt_fake',
        eventDid: event.did,
        holderDid: forger.did,
        tier: event.tiers[0].id,
        issuedAt: '2026-03-01T00:00:00.000Z',
      },
      forger.seed,
      cryptoBackend,
    );
    const before = await h.count('check_ins');
    const f = await checkIn(event.id, forged, host);
    expect(f.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    expect(f.errors?.[0]?.message).toMatch(/Forged ticket/);
    const o = await checkIn(event.id, theirs.ticket!.token, host);
    expect(o.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(o.errors?.[0]?.message).toMatch(/another event/);
    const m = await checkIn(event.id, 'not-a-ticket', host);
    expect(m.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.count('check_ins')).toBe(before);
  });

  it('revokes a ticket (host only), publishes it on the signed revocation list, and refuses it at the door', async () => {
    const host = h.identity();
    const event = await createEvent(h, host, [{ capacity: 1 }]);
    const hold = await buy(h, event.tiers[0].id, h.identity());
    const input = { ticketId: hold.ticket!.id, reason: 'Duplicate order' };
    const notHost = await h.gql(REVOKE, {
      input,
      proof: h.sign('mjn.events.revokeTicket', input, h.identity()),
    });
    expect(notHost.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    const res = await h.gql<{ revokeTicket: { status: string; revokeReason: string } }>(REVOKE, {
      input,
      proof: h.sign('mjn.events.revokeTicket', input, host),
    });
    expect(res.data!.revokeTicket).toMatchObject({ status: 'REVOKED', revokeReason: 'Duplicate order' });
    const before = await h.count('check_ins');
    const door = await checkIn(event.id, hold.ticket!.token, host);
    expect(door.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(door.errors?.[0]?.message).toMatch(/revoked at .* \(Duplicate order\)/);
    expect(await h.count('check_ins')).toBe(before);
    // The seat is free again.
    expect((await buy(h, event.tiers[0].id, h.identity())).status).toBe('ISSUED');
    // Scanners fetch the list over HTTP; it is signed by the event DID.
    const http = await fetch(h.events.url.replace(/\/graphql$/, `/events/${event.id}/revocations.json`));
    const list = (await http.json()) as {
      ticketIds: string[];
      eventDid: string;
      generatedAt: string;
      signature: string;
    };
    expect(list.ticketIds).toEqual([hold.ticket!.id]);
    const { canonicalBytes, fromBase64Url, publicKeyFromDid } = await import('@imajin/protocol');
    const bytes = canonicalBytes({
      type: 'mjn.events.revocations',
      eventDid: event.did,
      ticketIds: list.ticketIds,
      generatedAt: list.generatedAt,
    });
    expect(cryptoBackend.verify(fromBase64Url(list.signature), bytes, publicKeyFromDid(event.did))).toBe(
      true,
    );
    expect(() =>
      verifyTicketToken(hold.ticket!.token, {
        backend: cryptoBackend,
        eventDid: event.did,
        revoked: list.ticketIds,
      }),
    ).toThrow(/revoked/);
    expect(
      (await fetch(h.events.url.replace(/\/graphql$/, '/events/evt_nope/revocations.json'))).status,
    ).toBe(404);
  });

  it('revoking a paid ticket refunds it through payments', async () => {
    const host = h.identity();
    const event = await createEvent(h, host, [{ price: '700' }]);
    const hold = await buy(h, event.tiers[0].id, h.identity());
    h.payments.complete(hold.checkoutId!);
    await h.events.consumer.poll();
    const [ticket] = await h.sql<{ id: string }>('SELECT id FROM tickets WHERE hold_id = $1', [hold.id]);
    const input = { ticketId: ticket.id, reason: 'Refund requested' };
    const res = await h.gql(REVOKE, { input, proof: h.sign('mjn.events.revokeTicket', input, host) });
    expect(res.errors).toBeUndefined();
    expect(h.payments.calls.map((c) => c.body)).toContainEqual({
      paymentId: hold.paymentId,
      reason: 'ticket_revoked',
    });
  });

  it('transfers: the new holder gets a fresh token, the old token is refused', async () => {
    const host = h.identity();
    const alice = h.identity();
    const bob = h.identity();
    const event = await createEvent(h, host);
    const hold = await buy(h, event.tiers[0].id, alice);
    const input = { ticketId: hold.ticket!.id, toDid: bob.did };
    const byBob = await h.gql(TRANSFER, { input, proof: h.sign('mjn.events.transferTicket', input, bob) });
    expect(byBob.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    const res = await h.gql<{
      transferTicket: { id: string; token: string; holderDid: string; transferredFrom: string };
    }>(TRANSFER, { input, proof: h.sign('mjn.events.transferTicket', input, alice) });
    const moved = res.data!.transferTicket;
    expect(moved).toMatchObject({ holderDid: bob.did, transferredFrom: hold.ticket!.id });
    expect(verifyTicketToken(moved.token, { backend: cryptoBackend, eventDid: event.did }).holderDid).toBe(
      bob.did,
    );
    const old = await checkIn(event.id, hold.ticket!.token, host);
    expect(old.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(old.errors?.[0]?.message).toMatch(/transferred/);
    expect((await checkIn(event.id, moved.token, host)).errors).toBeUndefined();
    // Used tickets do not move.
    const again = { ticketId: moved.id, toDid: alice.did };
    const used = await h.gql(TRANSFER, {
      input: again,
      proof: h.sign('mjn.events.transferTicket', again, bob),
    });
    expect(used.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
