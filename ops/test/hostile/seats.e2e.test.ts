import { generateKeyPair, softDidFromEmail } from '@imajin/protocol';
import {
  createEvent,
  createFairManifest,
  ImajinRequestError,
  purchaseTicket,
  registerIdentity,
  type ImajinClient,
} from '@imajin/sdk';

import { softBuyer } from '../soft-buyer';
import { startStack, type Stack } from '../stack';

import { attack, HostileTable, rowCounts } from './hostile';

const WRITE_TABLES = ['events.holds', 'events.tickets', 'events.waitlist_entries'];
const PPM = 1_000_000;

/** The error code and retry time of a purchase ('OK' when it went through). */
async function outcomeOf(
  promise: Promise<unknown>,
): Promise<{ code: string; retryAfter?: number; message?: string }> {
  try {
    await promise;
    return { code: 'OK' };
  } catch (error) {
    if (!(error instanceof ImajinRequestError)) throw error;
    const retryAfter = error.errors[0]?.extensions?.retryAfterSeconds;
    return {
      code: error.code ?? 'NO_CODE',
      retryAfter: typeof retryAfter === 'number' ? retryAfter : undefined,
      message: error.message,
    };
  }
}

const codes = (outcomes: Array<{ code: string }>) =>
  Object.entries(
    outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.code]: (acc[o.code] ?? 0) + 1 }), {}),
  )
    .map(([code, n]) => `${n}× ${code}`)
    .join(', ');

describe('seat holds (hostile)', () => {
  let stack: Stack;
  let anonymous: ImajinClient;
  const host = generateKeyPair();
  let manifestId: string;
  const table = new HostileTable('seats');

  beforeAll(async () => {
    // Small limits so each bound is reached in a few requests; every request here comes from one address.
    stack = await startStack({
      env: {
        events: {
          EVENTS_HOLDS_PER_IP: '5',
          EVENTS_HOLDS_PER_IP_WINDOW_S: '600',
          EVENTS_HOLDS_PER_EMAIL_BUYER: '2',
          EVENTS_HOLDS_PER_EMAIL_BUYER_WINDOW_S: '3600',
          EVENTS_TIER_UNPAID_SHARE: '0.5',
        },
      },
    });
    anonymous = stack.client();
    await registerIdentity(anonymous, host, { kind: 'HUMAN', handle: 'seat_host' });
    manifestId = (
      await createFairManifest(anonymous, host, {
        version: '1.0',
        contributors: [{ did: host.did, role: 'organiser', share: PPM }],
      })
    ).id;
  }, 60_000);
  afterAll(async () => {
    table.print();
    await stack.stop();
  });

  const newTier = async (tier: { price: number; capacity: number }, title = 'Seat night') => {
    const event = await createEvent(anonymous, host, {
      title,
      startsAt: new Date(Date.now() + 30 * 86_400_000),
      endsAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000),
      timezone: 'UTC',
      manifestId,
      tiers: [{ name: 'General', perBuyerLimit: 1, ...tier }],
    });
    return event.tiers[0].id;
  };

  it('50 made-up emails on a 50-seat free tier take nothing', async () => {
    const tierId = await newTier({ price: 0, capacity: 50 });
    const before = await rowCounts(stack, WRITE_TABLES);
    const outcomes = await attack(
      stack,
      table,
      '50 unverified did:email buyers, free tier',
      () =>
        Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            outcomeOf(purchaseTicket(anonymous, tierId, softDidFromEmail(`madeup${i}@example.com`))),
          ),
        ),
      codes,
    );
    expect(outcomes.every((o) => o.code === 'UNAUTHENTICATED')).toBe(true);
    expect(outcomes[0].message).toMatch(/Verify madeup0@example.com first: .*signInSoft/);
    expect(await rowCounts(stack, WRITE_TABLES)).toEqual(before);
  });

  it('refuses anonymous holds on a paid tier, and a session buying as another email', async () => {
    const tierId = await newTier({ price: 9900, capacity: 10 });
    const someoneElse = await softBuyer(stack, 'someone@example.com');
    const before = await rowCounts(stack, WRITE_TABLES);
    const outcomes = await attack(
      stack,
      table,
      '10 anonymous did:email holds + 1 as another email, paid tier',
      () =>
        Promise.all([
          ...Array.from({ length: 10 }, (_, i) =>
            outcomeOf(purchaseTicket(anonymous, tierId, softDidFromEmail(`locker${i}@example.com`))),
          ),
          outcomeOf(purchaseTicket(someoneElse.client, tierId, softDidFromEmail('victim@example.com'))),
        ]),
      codes,
    );
    expect(outcomes.slice(0, 10).every((o) => o.code === 'UNAUTHENTICATED')).toBe(true);
    expect(outcomes[10].code).toBe('FORBIDDEN');
    expect(await rowCounts(stack, WRITE_TABLES)).toEqual(before);
  });

  // The cases below share one client address: 1 + 1 + 1 + 2 holds reach the per-IP limit of 5.
  it('lets a verified soft buyer buy', async () => {
    const tierId = await newTier({ price: 0, capacity: 5 });
    const ada = await softBuyer(stack, 'ada@example.com');
    const hold = await attack(
      stack,
      table,
      'verified did:email buyer, free tier',
      () => purchaseTicket(ada.client, tierId, ada.did),
      (h) => h.status,
    );
    expect(hold.status).toBe('ISSUED');
    expect(hold.ticket?.holderDid).toBe(ada.did);
  });

  it('bounds the holds one soft identity starts, with a retry time', async () => {
    const [first, second, third] = [
      await newTier({ price: 0, capacity: 5 }, 'First'),
      await newTier({ price: 0, capacity: 5 }, 'Second'),
      await newTier({ price: 0, capacity: 5 }, 'Third'),
    ];
    const bea = await softBuyer(stack, 'bea@example.com');
    await purchaseTicket(bea.client, first, bea.did);
    await purchaseTicket(bea.client, second, bea.did);
    const before = await rowCounts(stack, WRITE_TABLES);
    const outcome = await attack(
      stack,
      table,
      'third hold by one did:email (limit 2 per hour)',
      () => outcomeOf(purchaseTicket(bea.client, third, bea.did)),
      (o) => `${o.code} retry ${o.retryAfter} s`,
    );
    expect(outcome.code).toBe('RATE_LIMITED');
    expect(outcome.message).toMatch(/bea@example.com started 2 seat holds .* try again in \d+ s/);
    expect(outcome.retryAfter).toBeGreaterThan(3500);
    expect(outcome.retryAfter).toBeLessThanOrEqual(3600);
    expect(await rowCounts(stack, WRITE_TABLES)).toEqual(before);
  });

  it('bounds unpaid holds per tier, with a retry time', async () => {
    const tierId = await newTier({ price: 1500, capacity: 2 });
    const cid = await softBuyer(stack, 'cid@example.com');
    const dee = await softBuyer(stack, 'dee@example.com');
    expect((await purchaseTicket(cid.client, tierId, cid.did)).status).toBe('PENDING');
    const before = await rowCounts(stack, WRITE_TABLES);
    const outcome = await attack(
      stack,
      table,
      'second unpaid hold on a 2-seat paid tier (half may wait for payment)',
      () => outcomeOf(purchaseTicket(dee.client, tierId, dee.did)),
      (o) => `${o.code} retry ${o.retryAfter} s`,
    );
    expect(outcome.code).toBe('RATE_LIMITED');
    expect(outcome.message).toMatch(/held awaiting payment.*\(1 of 2\); try again in \d+ s/);
    expect(outcome.retryAfter).toBeGreaterThan(800);
    expect(await rowCounts(stack, WRITE_TABLES)).toEqual(before);
  });

  it('bounds the holds one client address starts, with a retry time', async () => {
    const tierId = await newTier({ price: 0, capacity: 20 });
    const buyers = await Promise.all(['eve', 'fay', 'gus'].map((n) => softBuyer(stack, `${n}@example.com`)));
    // Holds so far from this address: ada, bea ×2, cid = 4 of 5.
    await purchaseTicket(buyers[0].client, tierId, buyers[0].did);
    const before = await rowCounts(stack, WRITE_TABLES);
    const outcomes = await attack(
      stack,
      table,
      'sixth and seventh hold from one address (limit 5 per 10 min)',
      () => Promise.all(buyers.slice(1).map((b) => outcomeOf(purchaseTicket(b.client, tierId, b.did)))),
      codes,
    );
    expect(outcomes.map((o) => o.code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(outcomes[0].message).toMatch(/Too many seat holds from your network .* try again in \d+ s/);
    expect(outcomes[0].retryAfter).toBeGreaterThan(0);
    expect(outcomes[0].retryAfter).toBeLessThanOrEqual(600);
    expect(await rowCounts(stack, WRITE_TABLES)).toEqual(before);
  });
});
