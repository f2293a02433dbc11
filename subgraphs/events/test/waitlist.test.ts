import { buy, createEvent, purchase, startEventsHarness, type EventsHarness } from './harness';

const JOIN = `mutation($input: JoinWaitlistInput!, $proof: ProofInput) {
  joinWaitlist(input: $input, proof: $proof) { id status ahead hold { id status expiresAt } } }`;
const REVOKE = `mutation($input: RevokeTicketInput!, $proof: ProofInput!) { revokeTicket(input: $input, proof: $proof) { id } }`;
const ENTRY_HOLD = `query($id: String!) { ticketHold(id: $id) { id status } }`;

describe('waitlist', () => {
  let h: EventsHarness;

  beforeAll(async () => {
    h = await startEventsHarness();
  });
  afterAll(() => h.stop());

  const join = (tierId: string, buyer: ReturnType<EventsHarness['identity']>) => {
    const input = { tierId, buyerDid: buyer.did };
    return h.gql<{ joinWaitlist: { id: string; status: string; ahead: number | null } }>(JOIN, {
      input,
      proof: h.sign('mjn.events.joinWaitlist', input, buyer),
    });
  };

  it('offers a released seat to the next in line with a time-limited hold', async () => {
    const host = h.identity();
    const event = await createEvent(h, host, [{ price: '1200', capacity: 1 }]);
    const tierId = event.tiers[0].id;
    const early = h.identity();
    const second = h.identity();
    const third = h.identity();
    const first = await buy(h, tierId, early);
    // Seats left: joining is refused.
    const open = await createEvent(h, host);
    expect((await join(open.tiers[0].id, second)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const a = await join(tierId, second);
    expect(a.data!.joinWaitlist).toMatchObject({ status: 'WAITING', ahead: 0 });
    const b = await join(tierId, third);
    expect(b.data!.joinWaitlist).toMatchObject({ status: 'WAITING', ahead: 1 });
    expect((await join(tierId, third)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The first buyer's hold lapses: the seat goes to `second` as an OFFERED hold, not back on sale.
    h.clock.advance(16 * 60_000);
    await h.events.sweeper.sweep();
    expect(
      (await h.gql<{ ticketHold: { status: string } }>(ENTRY_HOLD, { id: first.id })).data!.ticketHold.status,
    ).toBe('EXPIRED');
    const outsider = await purchase(h, tierId, h.identity());
    expect(outsider.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [offer] = await h.sql<{ id: string; status: string }>(
      `SELECT id, status FROM holds WHERE buyer_did = $1 AND tier_id = $2`,
      [second.did, tierId],
    );
    expect(offer.status).toBe('OFFERED');
    // `second` claims it by purchasing; it becomes a normal pending paid hold.
    const claimed = await buy(h, tierId, second);
    expect(claimed).toMatchObject({ id: offer.id, status: 'PENDING' });
    h.payments.complete(claimed.checkoutId!);
    await h.events.consumer.poll();
    expect(await h.count('tickets', `holder_did = '${second.did}'`)).toBe(1);
    const [tier] = await h.sql<{ reserved: number }>('SELECT reserved FROM ticket_tiers WHERE id = $1', [
      tierId,
    ]);
    expect(tier.reserved).toBe(1);
  });

  it('passes an unclaimed offer on to the next in line when it expires', async () => {
    const host = h.identity();
    const event = await createEvent(h, host, [{ capacity: 1 }]);
    const tierId = event.tiers[0].id;
    const holder = await buy(h, tierId, h.identity());
    expect(holder.status).toBe('ISSUED');
    const idle = h.identity();
    const keen = h.identity();
    await join(tierId, idle);
    await join(tierId, keen);
    // A seat comes free: the host revokes the only ticket.
    const input = { ticketId: holder.ticket!.id, reason: 'Asked to leave' };
    const revoked = await h.gql(REVOKE, { input, proof: h.sign('mjn.events.revokeTicket', input, host) });
    expect(revoked.errors).toBeUndefined();
    const offers = async () =>
      h.sql<{ buyer_did: string; status: string }>(
        `SELECT buyer_did, status FROM holds WHERE tier_id = $1 AND waitlist_entry_id IS NOT NULL ORDER BY created_at`,
        [tierId],
      );
    expect(await offers()).toEqual([{ buyer_did: idle.did, status: 'OFFERED' }]);
    h.clock.advance(11 * 60_000);
    await h.events.sweeper.sweep();
    expect(await offers()).toEqual([
      { buyer_did: idle.did, status: 'EXPIRED' },
      { buyer_did: keen.did, status: 'OFFERED' },
    ]);
    const got = await buy(h, tierId, keen);
    expect(got.status).toBe('ISSUED');
    expect((await purchase(h, tierId, idle)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
