import { softDidFromEmail } from '@imajin/protocol';

import { checkCheckoutRequest, checkMetadata, checkReference } from './checkout.validation';

const now = new Date('2026-03-01T00:00:00.000Z');
const manifestId = `fair_${'a'.repeat(64)}`;
const base = {
  reference: 'events:hold:1',
  amount: 2500,
  currency: 'USD',
  manifestId,
  buyerDid: softDidFromEmail('a@example.com'),
  description: 'Ticket',
  metadata: { holdId: '1' },
};

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
};

describe('checkCheckoutRequest', () => {
  it('normalises the currency and keeps an expiry within 24 hours', () => {
    const expiresAt = new Date(now.getTime() + 60_000).toISOString();
    expect(checkCheckoutRequest({ ...base, expiresAt }, true, now)).toMatchObject({
      currency: 'usd',
      expiresAt: new Date(expiresAt),
    });
  });

  it('names the field of each mistake', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ amount: 0 }, 'amount'],
      [{ amount: 1.5 }, 'amount'],
      [{ amount: '100' }, 'amount'],
      [{ amount: 100_000_000 }, 'amount'],
      [{ currency: 'us' }, 'currency'],
      [{ manifestId: 'fair_x' }, 'manifestId'],
      [{ buyerDid: 'did:web:x' }, 'buyerDid'],
      [{ description: ' ' }, 'description'],
      [{ description: 'x'.repeat(501) }, 'description'],
      [{ expiresAt: 'soon' }, 'expiresAt'],
      [{ expiresAt: now.toISOString() }, 'expiresAt'],
      [{ expiresAt: new Date(now.getTime() + 25 * 3_600_000).toISOString() }, 'expiresAt'],
      [{ metadata: { a: 1 } }, 'metadata'],
      [{ metadata: [] }, 'metadata'],
    ];
    for (const [patch, field] of cases) {
      expect([patch, fieldOf(() => checkCheckoutRequest({ ...base, ...patch }, true, now))]).toEqual([
        patch,
        field,
      ]);
    }
    expect(fieldOf(() => checkCheckoutRequest(null, true, now))).toBe('input');
  });

  it('keeps public and internal references apart', () => {
    expect(fieldOf(() => checkReference('events:hold:1', false))).toBe('reference');
    expect(fieldOf(() => checkReference('order-1', true))).toBe('reference');
    expect(checkReference('order-1', false)).toBe('order-1');
    expect(fieldOf(() => checkReference('', false))).toBe('reference');
  });

  it('bounds metadata as Stripe does', () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v']));
    expect(fieldOf(() => checkMetadata(many))).toBe('metadata');
    expect(fieldOf(() => checkMetadata({ ['k'.repeat(41)]: 'v' }))).toBe('metadata');
    expect(fieldOf(() => checkMetadata({ k: 'v'.repeat(501) }))).toBe('metadata');
    expect(checkMetadata(undefined)).toEqual({});
  });
});
