import { cryptoBackend, softDidFromEmail, verifyTicketToken } from '@imajin/protocol';

import { buy, createEvent, purchase, PURCHASE, startEventsHarness, type EventsHarness } from './harness';

describe('purchaseTicket (free tiers, limits, concurrency)', () => {
  let h: EventsHarness;

  beforeAll(async () => {
    h = await startEventsHarness();
  });
  afterAll(() => h.stop());

  it('issues a free ticket at once, signed by the event DID, verifiable offline', async () => {
    const event = await createEvent(h, h.identity());
    const buyer = h.identity();
    const hold = await buy(h, event.tiers[0].id, buyer);
    expect(hold.status).toBe('ISSUED');
    expect(hold.checkoutUrl).toBeNull();
    const claims = verifyTicketToken(hold.ticket!.token, { backend: cryptoBackend, eventDid: event.did });
    expect(claims).toMatchObject({
      ticketId: hold.ticket!.id,
      holderDid: buyer.did,
      tier: event.tiers[0].id,
    });
    const [tier] = await h.sql<{ reserved: number }>('SELECT reserved FROM ticket_tiers WHERE id = $1', [
      event.tiers[0].id,
    ]);
    expect(tier.reserved).toBe(1);
    // The holder sees the token on Identity.tickets; others see nothing.
    const Q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Identity { tickets { id token } } } }`;
    const mine = await h.gql<{ _entities: Array<{ tickets: Array<{ token: string }> }> }>(
      Q,
      { r: [{ __typename: 'Identity', did: buyer.did }] },
      buyer.did,
    );
    expect(mine.data!._entities[0].tickets[0].token).toBe(hold.ticket!.token);
    const theirs = await h.gql<{ _entities: Array<{ tickets: unknown[] }> }>(Q, {
      r: [{ __typename: 'Identity', did: buyer.did }],
    });
    expect(theirs.data!._entities[0].tickets).toEqual([]);
  });

  it('refuses bad purchases with clear errors and writes nothing', async () => {
    const host = h.identity();
    const event = await createEvent(h, host, [
      { name: 'Later', salesStart: '2026-04-01T00:00:00.000Z' },
      { name: 'Over', salesEnd: '2026-02-01T00:00:00.000Z' },
      { name: 'One each', perBuyerLimit: 1 },
      { name: 'Tiny', capacity: 1 },
    ]);
    const [later, over, oneEach, tiny] = event.tiers;
    const buyer = h.identity();
    await buy(h, oneEach.id, buyer);
    await buy(h, tiny.id, h.identity());
    const snapshot = async () => [
      await h.count('holds'),
      await h.count('tickets'),
      await h.count('proof_log'),
      (await h.sql<{ s: number }>('SELECT sum(reserved)::int AS s FROM ticket_tiers'))[0].s,
    ];
    const before = await snapshot();
    const expectError = async (
      res: Promise<{ errors?: Array<{ message: string; extensions?: { code?: string } }> }>,
      code: string,
      message: RegExp,
    ) => {
      const { errors } = await res;
      expect(errors?.[0]?.extensions?.code).toBe(code);
      expect(errors?.[0]?.message).toMatch(message);
    };
    await expectError(
      purchase(h, later.id, h.identity()),
      'BAD_USER_INPUT',
      /not on sale yet: sales open at 2026-04-01/,
    );
    await expectError(purchase(h, over.id, h.identity()), 'BAD_USER_INPUT', /no longer on sale/);
    await expectError(purchase(h, oneEach.id, buyer), 'BAD_USER_INPUT', /already has 1 of at most 1/);
    await expectError(purchase(h, tiny.id, h.identity()), 'CONFLICT', /sold out; join its waitlist/);
    await expectError(purchase(h, 'tier_nope', h.identity()), 'NOT_FOUND', /No ticket tier/);
    const input = { tierId: oneEach.id, buyerDid: h.identity().did };
    // Unsigned did:mjn buyer, a signature by someone else, a tampered tier.
    await expectError(h.gql(PURCHASE, { input }), 'BAD_SIGNATURE', /must sign/);
    await expectError(
      h.gql(PURCHASE, { input, proof: h.sign('mjn.events.purchaseTicket', input, h.identity()) }),
      'BAD_SIGNATURE',
      /wrong DID/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a replayed purchase proof is refused', async () => {
    const event = await createEvent(h, h.identity());
    const buyer = h.identity();
    const input = { tierId: event.tiers[0].id, buyerDid: buyer.did };
    const proof = h.sign('mjn.events.purchaseTicket', input, buyer);
    expect((await h.gql(PURCHASE, { input, proof })).errors).toBeUndefined();
    const before = await h.count('tickets');
    const again = await h.gql(PURCHASE, { input, proof });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    expect(await h.count('tickets')).toBe(before);
  });

  it('lets a did:email buyer signed in as itself buy without a proof, capped per event', async () => {
    const event = await createEvent(h, h.identity(), [{ perBuyerLimit: 10 }]);
    const buyerDid = softDidFromEmail('ada@example.com');
    const input = { tierId: event.tiers[0].id, buyerDid };
    const first = await h.gql<{ purchaseTicket: { status: string } }>(PURCHASE, { input }, buyerDid);
    expect(first.data!.purchaseTicket.status).toBe('ISSUED');
    await h.gql(PURCHASE, { input }, buyerDid);
    const third = await h.gql(PURCHASE, { input }, buyerDid);
    expect(third.errors?.[0]?.message).toMatch(/did:email buyer may hold at most 2/);
    const signed = await h.gql(
      PURCHASE,
      { input, proof: h.sign('mjn.events.purchaseTicket', input, h.identity()) },
      buyerDid,
    );
    expect(signed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.count('tickets', `holder_did = '${buyerDid}'`)).toBe(2);
  });

  it('refuses a did:email buyer that has not proved the email, or someone else buying as it', async () => {
    const event = await createEvent(h, h.identity());
    const buyerDid = softDidFromEmail('mallory@example.com');
    const input = { tierId: event.tiers[0].id, buyerDid };
    const before = [await h.count('holds'), await h.count('tickets')];
    const anonymous = await h.gql(PURCHASE, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.message).toMatch(/Verify mallory@example.com first: .*signInSoft/);
    const other = await h.gql(PURCHASE, { input }, softDidFromEmail('eve@example.com'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const WAIT = `mutation($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { id } }`;
    expect((await h.gql(WAIT, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect([await h.count('holds'), await h.count('tickets')]).toEqual(before);
  });

  it('limits holds one did:email buyer starts per hour, saying when to retry', async () => {
    const buyerDid = softDidFromEmail('hoarder@example.com');
    const host = h.identity();
    const events = await Promise.all([1, 2, 3].map(() => createEvent(h, host)));
    for (const event of events.slice(0, 2)) {
      for (let i = 0; i < 2; i += 1) {
        const ok = await h.gql(PURCHASE, { input: { tierId: event.tiers[0].id, buyerDid } }, buyerDid);
        expect(ok.errors).toBeUndefined();
      }
    }
    const fifth = await h.gql(PURCHASE, { input: { tierId: events[2].tiers[0].id, buyerDid } }, buyerDid);
    expect(fifth.errors).toBeUndefined();
    const before = await h.count('holds');
    h.clock.advance(60_000);
    const sixth = await h.gql<unknown>(
      PURCHASE,
      { input: { tierId: events[2].tiers[0].id, buyerDid } },
      buyerDid,
    );
    expect(sixth.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3540 });
    expect(sixth.errors?.[0]?.message).toMatch(
      /hoarder@example.com started 5 seat holds .* try again in 3540 s/,
    );
    expect(await h.count('holds')).toBe(before);
    h.clock.advance(3540_000);
    const later = await h.gql(PURCHASE, { input: { tierId: events[2].tiers[0].id, buyerDid } }, buyerDid);
    expect(later.errors).toBeUndefined();
  });

  it('moves did:email tickets to the did:mjn that claimed the email', async () => {
    const event = await createEvent(h, h.identity());
    const emailDid = softDidFromEmail('grace@example.com');
    const bought = await h.gql<{ purchaseTicket: { ticket: { id: string } } }>(
      PURCHASE,
      { input: { tierId: event.tiers[0].id, buyerDid: emailDid } },
      emailDid,
    );
    const oldId = bought.data!.purchaseTicket.ticket.id;
    const owner = h.identity();
    const CLAIM = `mutation($input: ClaimTicketsInput!, $proof: ProofInput!) {
      claimTickets(input: $input, proof: $proof) { id holderDid token transferredFrom } }`;
    const input = { emailDid, did: owner.did };
    const before = await h.count('tickets');
    const unclaimed = await h.gql(CLAIM, { input, proof: h.sign('mjn.events.claimTickets', input, owner) });
    expect(unclaimed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await h.count('tickets')).toBe(before);
    h.softClaims.claims.set(emailDid, owner.did);
    const res = await h.gql<{
      claimTickets: Array<{ holderDid: string; token: string; transferredFrom: string }>;
    }>(CLAIM, { input, proof: h.sign('mjn.events.claimTickets', input, owner) });
    expect(res.data!.claimTickets).toHaveLength(1);
    const [moved] = res.data!.claimTickets;
    expect(moved).toMatchObject({ holderDid: owner.did, transferredFrom: oldId });
    expect(verifyTicketToken(moved.token, { backend: cryptoBackend, eventDid: event.did }).holderDid).toBe(
      owner.did,
    );
    const [old] = await h.sql<{ status: string; revoke_reason: string }>(
      'SELECT status, revoke_reason FROM tickets WHERE id = $1',
      [oldId],
    );
    expect(old).toEqual({ status: 'REVOKED', revoke_reason: 'claimed' });
  });

  it('sells exactly 100 of 100 seats to 500 concurrent buyers', async () => {
    const event = await createEvent(h, h.identity(), [{ capacity: 100, perBuyerLimit: 1 }]);
    const tierId = event.tiers[0].id;
    const buyers = Array.from({ length: 500 }, () => h.identity());
    const results = await Promise.all(buyers.map((b) => purchase(h, tierId, b)));
    const ok = results.filter((r) => r.data?.purchaseTicket.status === 'ISSUED');
    const soldOut = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(ok).toHaveLength(100);
    expect(soldOut).toHaveLength(400);
    expect(await h.count('tickets', `tier_id = '${tierId}'`)).toBe(100);
    const [tier] = await h.sql<{ reserved: number }>('SELECT reserved FROM ticket_tiers WHERE id = $1', [
      tierId,
    ]);
    expect(tier.reserved).toBe(100);
    expect(new Set(ok.map((r) => r.data!.purchaseTicket.ticket!.holderDid)).size).toBe(100);
  });

  it('never lets one buyer exceed the per-buyer limit with concurrent requests', async () => {
    const event = await createEvent(h, h.identity(), [{ capacity: 50, perBuyerLimit: 3 }]);
    const buyer = h.identity();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => purchase(h, event.tiers[0].id, buyer)),
    );
    expect(results.filter((r) => r.data)).toHaveLength(3);
    expect(await h.count('tickets', `holder_did = '${buyer.did}'`)).toBe(3);
  });
});
