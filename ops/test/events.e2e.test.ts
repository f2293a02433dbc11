import { start as startEvents, type RunningEvents } from '@imajin/events';
import { generateKeyPair, type KeyPair } from '@imajin/protocol';
import {
  addScanner,
  checkIn,
  createEvent,
  createFairManifest,
  EventIdentityDocument,
  getRevocationList,
  getTicketHold,
  ImajinRequestError,
  purchaseTicket,
  registerIdentity,
  revokeTicket,
  signIn,
  TicketHoldWithPaymentDocument,
  verifyTicketOffline,
  type ImajinClient,
  type TicketHoldResult,
} from '@imajin/sdk';

import { softBuyer } from './soft-buyer';
import { codeOf, startStack, type Stack } from './stack';

const PPM = 1_000_000;

describe('events through the gateway', () => {
  const host = generateKeyPair();
  const scanner = generateKeyPair();
  const buyer = generateKeyPair();
  let stack: Stack;
  let client: ImajinClient;
  /** Signed in as the buyer: payments show a payment to its payer (and a few others) only. */
  let buyerClient: ImajinClient;
  let manifestId: string;
  let restarted: RunningEvents | null = null;

  beforeAll(async () => {
    stack = await startStack({
      env: {
        // The rushes below are 500 buyers from one address at once: hold limits are the hostile suite's.
        events: {
          PAYMENTS_OUTBOX_POLL_MS: '100',
          EVENTS_SWEEP_INTERVAL_MS: '200',
          EVENTS_HOLDS_PER_IP: '100000',
          EVENTS_TIER_UNPAID_SHARE: '1',
        },
      },
    });
    client = stack.client();
    await registerIdentity(client, host, { kind: 'HUMAN', handle: 'events_host' });
    await registerIdentity(client, scanner, { kind: 'HUMAN', handle: 'events_scanner' });
    await registerIdentity(client, buyer, { kind: 'HUMAN', handle: 'events_buyer' });
    buyerClient = stack.client();
    await signIn(buyerClient, buyer);
    manifestId = (
      await createFairManifest(client, host, {
        version: '1.0',
        contributors: [{ did: host.did, role: 'organiser', share: PPM }],
      })
    ).id;
  }, 60_000);
  afterAll(async () => {
    await restarted?.stop();
    await stack.stop();
  });

  const events = () => restarted ?? (stack.subgraphs.events as unknown as RunningEvents);

  // 500 did:email buyers, each signed in with its emailed code (made once, 25 at a time, and shared by the rushes).
  let fans: Array<{ client: ImajinClient; did: string }> | null = null;
  async function softFans(): Promise<Array<{ client: ImajinClient; did: string }>> {
    if (fans) return fans;
    const made: Array<{ client: ImajinClient; did: string }> = [];
    for (let i = 0; i < 500; i += 25)
      made.push(
        ...(await Promise.all(
          Array.from({ length: 25 }, (_, j) => softBuyer(stack, `fan${i + j}@example.com`)),
        )),
      );
    fans = made;
    return made;
  }

  async function untilIssued(holdId: string): Promise<TicketHoldResult> {
    for (let i = 0; i < 200; i++) {
      const hold = await getTicketHold(client, holdId);
      if (hold?.status === 'ISSUED' && hold.ticket) return hold;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`hold ${holdId} was not issued`);
  }

  const newEvent = (tiers: Parameters<typeof createEvent>[2]['tiers'], title = 'Gateway night') =>
    createEvent(client, host, {
      title,
      venue: 'Lisbon',
      startsAt: new Date(Date.now() + 30 * 86_400_000),
      endsAt: new Date(Date.now() + 30 * 86_400_000 + 4 * 3_600_000),
      timezone: 'Europe/Lisbon',
      manifestId,
      tiers,
    });

  it('runs the paid flow: event DID registered, checkout, payment, signed ticket, check-in', async () => {
    const event = await newEvent([{ name: 'Standard', price: 2500, capacity: 10, perBuyerLimit: 2 }]);
    // The event's own DID is an identity of kind EVENT, registered through the gateway with its own key.
    const identity = (await client.request(EventIdentityDocument, { id: event.id })).event!.identity;
    expect(identity).toMatchObject({ did: event.did, kind: 'EVENT', active: true });

    const hold = await purchaseTicket(client, event.tiers[0].id, buyer);
    expect(hold).toMatchObject({ status: 'PENDING', amount: '2500', currency: 'usd', ticket: null });
    expect(hold.checkoutUrl).toMatch(/\/checkout\//);
    const paid = await fetch(`${hold.checkoutUrl}/complete`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    });
    expect(paid.status).toBe(200);
    const issued = await untilIssued(hold.id);
    const claims = verifyTicketOffline(issued.ticket!.token!, event.did);
    expect(claims).toMatchObject({
      holderDid: buyer.did,
      ticketId: issued.ticket!.id,
      tier: event.tiers[0].id,
    });

    // ticket { payment { ... } } resolves through payments.
    const withPayment = await buyerClient.request(TicketHoldWithPaymentDocument, { id: hold.id });
    expect(withPayment.ticketHold!.ticket!.payment).toMatchObject({
      id: hold.paymentId,
      status: 'COMPLETED',
      reference: `events:hold:${hold.id}`,
    });

    // Door: a scanner without delegation is refused, then delegated, admits once; a second scan says who and when.
    expect(await codeOf(checkIn(client, scanner, event.id, issued.ticket!.token!))).toBe('FORBIDDEN');
    await addScanner(client, host, event.id, scanner.did);
    const admitted = await checkIn(client, scanner, event.id, issued.ticket!.token!);
    expect(admitted.scannerDid).toBe(scanner.did);
    const again = checkIn(client, host, event.id, issued.ticket!.token!);
    await expect(again).rejects.toThrow(
      new RegExp(`already checked in at ${admitted.checkedInAt} by ${scanner.did}`),
    );
  });

  it('revoking a paid ticket refunds it through payments and lists it for scanners', async () => {
    const event = await newEvent([{ name: 'Standard', price: 1000, capacity: 5 }], 'Revocable');
    const hold = await purchaseTicket(client, event.tiers[0].id, buyer);
    await fetch(`${hold.checkoutUrl}/complete`, { method: 'POST', headers: { accept: 'application/json' } });
    const issued = await untilIssued(hold.id);
    const revoked = await revokeTicket(client, host, issued.ticket!.id, 'Refund requested');
    expect(revoked.status).toBe('REVOKED');
    const payment = (await buyerClient.request(TicketHoldWithPaymentDocument, { id: hold.id })).ticketHold!
      .ticket!.payment;
    expect(payment!.status).toBe('REFUNDED');
    const list = await getRevocationList(client, event.id);
    expect(list.ticketIds).toEqual([issued.ticket!.id]);
    expect(() => verifyTicketOffline(issued.ticket!.token!, event.did, list.ticketIds)).toThrow(/revoked/);
  });

  it('sells exactly 100 of 100 seats to 500 concurrent buyers through the gateway (free tier)', async () => {
    const event = await newEvent([{ name: 'Free', price: 0, capacity: 100, perBuyerLimit: 1 }], 'Free rush');
    const buyers = await softFans();
    const results = await Promise.allSettled(
      buyers.map((fan) => purchaseTicket(fan.client, event.tiers[0].id, fan.did)),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter(
      (r) => r.status === 'rejected' && (r.reason as ImajinRequestError).code === 'CONFLICT',
    );
    expect(ok).toHaveLength(100);
    expect(refused).toHaveLength(400);
    const [{ n }] = await stack.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM events.tickets WHERE tier_id = $1',
      [event.tiers[0].id],
    );
    expect(n).toBe(100);
  }, 120_000);

  it('sells exactly 20 of 20 paid seats to 500 concurrent buyers, each with a checkout', async () => {
    const event = await newEvent(
      [{ name: 'Paid', price: 1500, capacity: 20, perBuyerLimit: 1 }],
      'Paid rush',
    );
    const buyers = await softFans();
    const results = await Promise.allSettled(
      buyers.map((fan) => purchaseTicket(fan.client, event.tiers[0].id, fan.did)),
    );
    const holds = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(holds).toHaveLength(20);
    expect(new Set(holds.map((h) => h.checkoutId)).size).toBe(20);
    const [{ reserved }] = await stack.sql<{ reserved: number }>(
      'SELECT reserved FROM events.ticket_tiers WHERE id = $1',
      [event.tiers[0].id],
    );
    expect(reserved).toBe(20);
  }, 120_000);

  it('issues exactly one ticket after a crash between payment and issuance, however often it is delivered', async () => {
    const event = await newEvent([{ name: 'Standard', price: 3000, capacity: 5 }], 'Crash test');
    const hold = await purchaseTicket(client, event.tiers[0].id, buyer);
    const running = events();
    const { config, port } = running;
    // Events goes down before payments reports the payment.
    await running.stop();
    const pay = () =>
      fetch(`${hold.checkoutUrl}/complete`, { method: 'POST', headers: { accept: 'application/json' } });
    expect((await pay()).status).toBe(200);
    // The local provider's button pressed twice: completing is idempotent on the payments side.
    expect((await pay()).status).toBe(200);
    const count = async () =>
      (
        await stack.sql<{ n: number }>('SELECT count(*)::int AS n FROM events.tickets WHERE hold_id = $1', [
          hold.id,
        ])
      )[0].n;
    expect(await count()).toBe(0);
    // Back on the same port (the gateway's URL), it catches up from its stored cursor.
    restarted = await startEvents({ ...config, port }, { clock: stack.clock });
    const issued = await untilIssued(hold.id);
    expect(issued.ticket!.holderDid).toBe(buyer.did);
    // Replaying the whole feed (cursor reset) changes nothing.
    await stack.sql(`UPDATE events.consumer_cursor SET last_seq = 0`);
    await restarted.consumer.poll();
    expect(await count()).toBe(1);
  }, 60_000);

  it('refuses bad input with clear errors', async () => {
    const event = await newEvent(
      [{ name: 'Later', price: 0, capacity: 5, salesStart: new Date(Date.now() + 86_400_000) }],
      'Later',
    );
    expect(await codeOf(purchaseTicket(client, event.tiers[0].id, buyer))).toBe('BAD_USER_INPUT');
    const stranger: KeyPair = generateKeyPair();
    expect(await codeOf(purchaseTicket(client, event.tiers[0].id, stranger))).toBe('NOT_FOUND');
  });
});
