import { cryptoBackend, verifyTicketToken } from '@imajin/protocol';

import { buy, createEvent, purchase, startEventsHarness, type EventsHarness } from './harness';

const HOLD = `query($id: String!) { ticketHold(id: $id) { id status paymentId ticket { id token paymentId payment { id } } } }`;

interface HoldView {
  id: string;
  status: string;
  paymentId: string | null;
  ticket: { id: string; token: string; paymentId: string; payment: { id: string } } | null;
}

describe('paid tickets through the payments contract (checkout, outbox, refunds)', () => {
  let h: EventsHarness;

  beforeAll(async () => {
    h = await startEventsHarness();
  });
  afterAll(() => h.stop());

  const holdView = async (id: string) =>
    (await h.gql<{ ticketHold: HoldView }>(HOLD, { id })).data!.ticketHold;

  it('holds a seat, opens a checkout, and issues the ticket when payment.completed arrives', async () => {
    const event = await createEvent(h, h.identity(), [{ price: '2500', capacity: 5 }]);
    const buyer = h.identity();
    const hold = await buy(h, event.tiers[0].id, buyer);
    expect(hold).toMatchObject({ status: 'PENDING', ticket: null });
    expect(hold.checkoutUrl).toBe(`${h.payments.url}/checkout/${hold.checkoutId}`);
    const call = h.payments.calls.find((c) => c.path === '/internal/checkouts')!.body as Record<
      string,
      unknown
    >;
    expect(call).toMatchObject({
      reference: `events:hold:${hold.id}`,
      amount: 2500,
      currency: 'usd',
      manifestId: 'fair_test',
      buyerDid: buyer.did,
      description: 'Ticket: Imajin launch night — General',
      metadata: { source: 'events', eventId: event.id, tierId: event.tiers[0].id, holdId: hold.id },
    });
    expect(await h.events.consumer.poll()).toBe(0);
    h.payments.complete(hold.checkoutId!);
    expect(await h.events.consumer.poll()).toBe(1);
    const view = await holdView(hold.id);
    expect(view.status).toBe('ISSUED');
    expect(view.ticket!.paymentId).toBe(hold.paymentId);
    expect(view.ticket!.payment).toEqual({ id: hold.paymentId });
    expect(
      verifyTicketToken(view.ticket!.token, { backend: cryptoBackend, eventDid: event.did }).holderDid,
    ).toBe(buyer.did);
    expect(await h.events.consumer.cursor()).toBe(h.payments.feed.length);
  });

  it('issues one ticket when payment.completed is delivered twice', async () => {
    const event = await createEvent(h, h.identity(), [{ price: '1000' }]);
    const hold = await buy(h, event.tiers[0].id, h.identity());
    const completed = h.payments.complete(hold.checkoutId!);
    // The same event (same id) again, and a second event for the same payment (a re-sent webhook).
    h.payments.redeliver(completed);
    h.payments.emit('payment.completed', { ...completed.payload });
    await h.events.consumer.poll();
    expect(await h.count('tickets', `hold_id = '${hold.id}'`)).toBe(1);
    // A replay of the whole feed from the start changes nothing either.
    await h.sql('UPDATE consumer_cursor SET last_seq = 0');
    await h.events.consumer.poll();
    expect(await h.count('tickets', `hold_id = '${hold.id}'`)).toBe(1);
  });

  it('still issues the ticket after a crash between payment and issuance', async () => {
    const event = await createEvent(h, h.identity(), [{ price: '1500' }]);
    const hold = await buy(h, event.tiers[0].id, h.identity());
    await h.restart({ background: false });
    h.payments.complete(hold.checkoutId!);
    // Down while payments wrote payment.completed; nothing issued yet.
    await h.crash();
    expect(await h.count('tickets', `hold_id = '${hold.id}'`)).toBe(0);
    // Back up with the background consumer on: it polls as it starts.
    await h.restart({ background: true });
    await waitFor(async () => (await h.count('tickets', `hold_id = '${hold.id}'`)) === 1);
    await h.restart({ background: false });
    expect((await holdView(hold.id)).status).toBe('ISSUED');
  });

  it('skips a payment whose amount differs from the hold, and references events did not create', async () => {
    const event = await createEvent(h, h.identity(), [{ price: '2000' }]);
    const hold = await buy(h, event.tiers[0].id, h.identity());
    h.payments.complete(hold.checkoutId!, { amount: 1 });
    h.payments.emit('payment.completed', {
      reference: 'events:hold:hold_00000000-0000-0000-0000-000000000000',
      amount: 1,
      currency: 'usd',
    });
    h.payments.emit('payment.completed', { reference: 'shop:order:1', amount: 1, currency: 'usd' });
    await h.events.consumer.poll();
    expect(await h.count('tickets', `hold_id = '${hold.id}'`)).toBe(0);
    const outcomes = await h.sql<{ outcome: string }>(
      'SELECT outcome FROM consumed_events ORDER BY seq DESC LIMIT 3',
    );
    expect(outcomes.map((o) => o.outcome)).toEqual([
      'skipped: not an events hold',
      'skipped: not an events hold',
      'skipped: amount or currency mismatch',
    ]);
  });

  it('releases the seat when the checkout expires or is canceled, and when the hold lapses', async () => {
    const event = await createEvent(h, h.identity(), [{ price: '500', capacity: 1 }]);
    const tierId = event.tiers[0].id;
    const first = await buy(h, tierId, h.identity());
    expect((await purchase(h, tierId, h.identity())).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    h.payments.close(first.checkoutId!, 'checkout.canceled');
    await h.events.consumer.poll();
    expect((await holdView(first.id)).status).toBe('CANCELED');
    const second = await buy(h, tierId, h.identity());
    h.clock.advance(16 * 60_000);
    expect((await h.events.sweeper.sweep()).expired).toBeGreaterThanOrEqual(1);
    expect((await holdView(second.id)).status).toBe('EXPIRED');
    const third = await buy(h, tierId, h.identity());
    expect(third.status).toBe('PENDING');
    // The second buyer pays after the lapse: no seat left, so the payment is refunded (retried while payments
    // refuses, until it confirms).
    h.payments.failRefunds = true;
    h.payments.complete(second.checkoutId!);
    await h.events.consumer.poll();
    expect((await holdView(second.id)).status).toBe('REFUNDED');
    const confirmed = async () =>
      (
        await h.sql<{ at: Date | null }>('SELECT refund_confirmed_at AS at FROM holds WHERE id = $1', [
          second.id,
        ])
      )[0].at;
    expect(await confirmed()).toBeNull();
    h.payments.failRefunds = false;
    expect((await h.events.sweeper.sweep()).refunded).toBeGreaterThanOrEqual(1);
    expect(await confirmed()).not.toBeNull();
    expect(h.payments.calls.filter((c) => c.path === '/internal/refunds').map((c) => c.body)).toContainEqual({
      paymentId: second.paymentId,
      reason: 'no_seat',
    });
  });

  it('lets unpaid holds lock at most half of a paid tier, saying when to retry', async () => {
    const event = await createEvent(h, h.identity(), [{ price: '700', capacity: 4 }]);
    const tierId = event.tiers[0].id;
    const first = await buy(h, tierId, h.identity());
    h.clock.advance(60_000);
    await buy(h, tierId, h.identity());
    const before = await h.count('holds');
    const third = await purchase(h, tierId, h.identity());
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 840 });
    expect(third.errors?.[0]?.message).toMatch(
      /2 seats of tier "General" are held awaiting payment, .*\(2 of 4\)/,
    );
    expect(await h.count('holds')).toBe(before);
    // A payment frees the unpaid share at once.
    h.payments.complete(first.checkoutId!);
    await h.events.consumer.poll();
    expect((await buy(h, tierId, h.identity())).status).toBe('PENDING');
  });

  it('releases the seat and reports the error when payments refuses the checkout', async () => {
    const event = await createEvent(h, h.identity(), [{ price: '500', capacity: 1 }], {
      manifestId: 'fair_unknown',
    });
    const res = await purchase(h, event.tiers[0].id, h.identity());
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/Unknown manifest/);
    const [tier] = await h.sql<{ reserved: number }>('SELECT reserved FROM ticket_tiers WHERE id = $1', [
      event.tiers[0].id,
    ]);
    expect(tier.reserved).toBe(0);
  });

  it('cancelEvent refunds paid tickets through payments and revokes every ticket', async () => {
    const host = h.identity();
    const event = await createEvent(h, host, [{ price: '900' }, { name: 'Free' }]);
    const paid = await buy(h, event.tiers[0].id, h.identity());
    const free = await buy(h, event.tiers[1].id, h.identity());
    h.payments.complete(paid.checkoutId!);
    await h.events.consumer.poll();
    const pending = await buy(h, event.tiers[0].id, h.identity());
    const input = { eventId: event.id, reason: 'Venue flooded' };
    const CANCEL = `mutation($input: CancelEventInput!, $proof: ProofInput!) { cancelEvent(input: $input, proof: $proof) { status cancelReason } }`;
    const notHost = await h.gql(CANCEL, {
      input,
      proof: h.sign('mjn.events.cancelEvent', input, h.identity()),
    });
    expect(notHost.errors?.[0]?.extensions?.code).toBe('BAD_SIGNATURE');
    const res = await h.gql<{ cancelEvent: object }>(CANCEL, {
      input,
      proof: h.sign('mjn.events.cancelEvent', input, host),
    });
    expect(res.data!.cancelEvent).toEqual({ status: 'CANCELED', cancelReason: 'Venue flooded' });
    expect(h.payments.calls.filter((c) => c.path === '/internal/refunds').map((c) => c.body)).toContainEqual({
      paymentId: paid.paymentId,
      reason: 'event_canceled',
    });
    const tickets = await h.sql<{ status: string; revoke_reason: string }>(
      'SELECT status, revoke_reason FROM tickets WHERE event_id = $1',
      [event.id],
    );
    expect(tickets).toEqual([
      { status: 'REVOKED', revoke_reason: 'event_canceled' },
      { status: 'REVOKED', revoke_reason: 'event_canceled' },
    ]);
    expect(free.status).toBe('ISSUED');
    expect((await holdView(pending.id)).status).toBe('CANCELED');
    // The refund's outbox event arrives later: nothing left to revoke, nothing breaks.
    expect(await h.events.consumer.poll()).toBeGreaterThan(0);
    // Paying the canceled event's stale checkout gets refunded, not a ticket.
    h.payments.complete(pending.checkoutId!);
    await h.events.consumer.poll();
    expect((await holdView(pending.id)).status).toBe('REFUNDED');
  });
});

async function waitFor(check: () => Promise<boolean>, attempts = 100): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not reached');
}
