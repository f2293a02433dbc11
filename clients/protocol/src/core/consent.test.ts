import { checkConsentTerms, evaluateConsent, type ConsentDeclaration } from './consent';
import { didFromPublicKey } from './did.codec';

const grantor = didFromPublicKey(new Uint8Array(32).fill(1));
const friend = didFromPublicKey(new Uint8Array(32).fill(2));
const now = new Date('2030-01-01T00:00:00.000Z');
const ctx = { now, revoked: false };

describe('evaluateConsent', () => {
  const anyone: ConsentDeclaration = { grantor, purposes: ['contact'] };

  it('permits a covered purpose for anyone and names the reason when it refuses', () => {
    expect(evaluateConsent(anyone, { requester: friend, purpose: 'contact' }, ctx)).toEqual({
      permits: true,
    });
    expect(evaluateConsent(anyone, { requester: friend, purpose: 'query' }, ctx)).toMatchObject({
      permits: false,
      reason: 'PURPOSE',
    });
  });

  it('bounds the audience by grantee or by trust distance (unknown distance refuses)', () => {
    const hops = { ...anyone, maxTrustHops: 2 };
    expect(evaluateConsent(hops, { requester: friend, purpose: 'contact' }, ctx)).toMatchObject({
      reason: 'DISTANCE',
    });
    expect(
      evaluateConsent(hops, { requester: friend, purpose: 'contact' }, { ...ctx, trustDistance: 2 }).permits,
    ).toBe(true);
    const named = { ...anyone, grantee: friend };
    expect(evaluateConsent(named, { requester: grantor, purpose: 'contact' }, ctx)).toMatchObject({
      reason: 'AUDIENCE',
    });
  });

  it('checks fee, currency, retention and training when the request states them', () => {
    const paid: ConsentDeclaration = {
      grantor,
      purposes: ['query'],
      maxFee: 500,
      currency: 'EUR',
      retentionDays: 30,
      noTraining: true,
    };
    const ask = { requester: friend, purpose: 'query' };
    expect(evaluateConsent(paid, { ...ask, fee: { amount: 500, currency: 'EUR' } }, ctx).permits).toBe(true);
    expect(evaluateConsent(paid, { ...ask, fee: { amount: 501, currency: 'EUR' } }, ctx)).toMatchObject({
      reason: 'FEE',
    });
    expect(evaluateConsent(paid, { ...ask, fee: { amount: 1, currency: 'USD' } }, ctx)).toMatchObject({
      reason: 'CURRENCY',
    });
    expect(evaluateConsent(paid, { ...ask, retentionDays: 31 }, ctx)).toMatchObject({ reason: 'RETENTION' });
    expect(evaluateConsent(paid, { ...ask, training: true }, ctx)).toMatchObject({ reason: 'TRAINING' });
  });

  it('refuses revoked before expired, and expiry is exclusive', () => {
    const expiring = { ...anyone, expiresAt: now.toISOString() };
    const ask = { requester: friend, purpose: 'contact' };
    expect(evaluateConsent(expiring, ask, ctx)).toMatchObject({ reason: 'EXPIRED' });
    expect(evaluateConsent(expiring, ask, { ...ctx, revoked: true })).toMatchObject({ reason: 'REVOKED' });
  });
});

describe('checkConsentTerms', () => {
  it('accepts well-formed terms and names the first bad field otherwise', () => {
    expect(checkConsentTerms({ purposes: ['contact', 'x.notes'] }, grantor, now)).toBeNull();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ purposes: [] }, 'purposes'],
      [{ purposes: ['Contact'] }, 'purposes'],
      [{ purposes: ['query', 'query'] }, 'purposes'],
      [{ purposes: ['query'], grantee: friend, maxTrustHops: 1 }, 'grantee'],
      [{ purposes: ['query'], grantee: grantor }, 'grantee'],
      [{ purposes: ['query'], grantee: 'did:web:x' }, 'grantee'],
      [{ purposes: ['query'], maxTrustHops: 7 }, 'maxTrustHops'],
      [{ purposes: ['query'], maxFee: 10 }, 'maxFee'],
      [{ purposes: ['query'], maxFee: 1.5, currency: 'EUR' }, 'maxFee'],
      [{ purposes: ['query'], maxFee: 1, currency: 'eur' }, 'currency'],
      [{ purposes: ['query'], expiresAt: '2029-12-31T00:00:00.000Z' }, 'expiresAt'],
      [{ purposes: ['query'], expiresAt: '2031-01-01' }, 'expiresAt'],
      [{ purposes: ['query'], retentionDays: -1 }, 'retentionDays'],
      [{ purposes: ['training'], noTraining: true }, 'noTraining'],
    ];
    for (const [terms, field] of cases)
      expect(checkConsentTerms(terms as never, grantor, now)).toMatchObject({ field });
  });
});
