import fc from 'fast-check';

import {
  consentPermits,
  evaluateConsent,
  type ConsentContext,
  type ConsentDeclaration,
  type ConsentRequest,
} from './consent';
import { didFromPublicKey } from './did.codec';

const dids = Array.from({ length: 4 }, (_, n) => didFromPublicKey(new Uint8Array(32).fill(n + 1)));
const GRANTOR = dids[0];
const BASE = Date.parse('2030-01-01T00:00:00.000Z');
const purposes = ['query', 'contact', 'training', 'resale', 'x.notes'];

const instant = fc.integer({ min: -10, max: 10 }).map((d) => new Date(BASE + d * 3_600_000).toISOString());
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const declarationArb: fc.Arbitrary<ConsentDeclaration> = fc
  .record({
    audience: fc.oneof(
      fc.constant({}),
      fc.constantFrom(...dids.slice(1)).map((grantee) => ({ grantee })),
      fc.integer({ min: 1, max: 6 }).map((maxTrustHops) => ({ maxTrustHops })),
    ),
    purposes: fc.subarray(purposes, { minLength: 1 }),
    fee: maybe(
      fc.record({ maxFee: fc.integer({ min: 0, max: 1000 }), currency: fc.constantFrom('EUR', 'USD') }),
    ),
    expiresAt: maybe(instant),
    retentionDays: maybe(fc.integer({ min: 0, max: 60 })),
    noTraining: maybe(fc.boolean()),
  })
  .map(({ audience, fee, ...rest }) => ({ grantor: GRANTOR, ...audience, ...fee, ...rest }));

const requestArb: fc.Arbitrary<ConsentRequest> = fc.record({
  requester: fc.constantFrom(...dids),
  purpose: fc.constantFrom(...purposes, 'other'),
  fee: maybe(
    fc.record({ amount: fc.integer({ min: 0, max: 1200 }), currency: fc.constantFrom('EUR', 'USD') }),
  ),
  retentionDays: maybe(fc.integer({ min: 0, max: 90 })),
  training: maybe(fc.boolean()),
});

const contextArb: fc.Arbitrary<ConsentContext> = fc.record({
  now: instant.map((s) => new Date(s)),
  trustDistance: maybe(fc.integer({ min: 0, max: 8 })),
  revoked: fc.boolean(),
});

/** The listed terms of `d` as they are (absent stays absent). */
const keep = (d: ConsentDeclaration, keys: Array<keyof ConsentDeclaration>) =>
  fc.constant(
    Object.fromEntries(keys.filter((k) => d[k] != null).map((k) => [k, d[k]])) as Partial<ConsentDeclaration>,
  );

/** A declaration that permits no more than `d`: each term kept or tightened in one of the allowed ways. */
function narrowArb(d: ConsentDeclaration): fc.Arbitrary<ConsentDeclaration> {
  const audience: fc.Arbitrary<Partial<ConsentDeclaration>> =
    d.grantee != null
      ? fc.constant({ grantee: d.grantee })
      : d.maxTrustHops != null
        ? fc.integer({ min: 1, max: d.maxTrustHops }).map((maxTrustHops) => ({ maxTrustHops }))
        : fc.oneof(
            fc.constant({}),
            fc.constantFrom(...dids.slice(1)).map((grantee) => ({ grantee })),
            fc.integer({ min: 1, max: 6 }).map((maxTrustHops) => ({ maxTrustHops })),
          );
  const fee: fc.Arbitrary<Partial<ConsentDeclaration>> =
    d.maxFee != null
      ? fc.integer({ min: 0, max: d.maxFee }).map((maxFee) => ({ maxFee, currency: d.currency }))
      : fc.oneof(
          fc.constant({}),
          fc.record({ maxFee: fc.integer({ min: 0, max: 1000 }), currency: fc.constantFrom('EUR', 'USD') }),
        );
  const expiry: fc.Arbitrary<Partial<ConsentDeclaration>> = instant.map((s) => ({
    expiresAt: d.expiresAt != null && Date.parse(s) > Date.parse(d.expiresAt) ? d.expiresAt : s,
  }));
  const retention: fc.Arbitrary<Partial<ConsentDeclaration>> = fc
    .integer({ min: 0, max: d.retentionDays ?? 60 })
    .map((retentionDays) => ({ retentionDays }));
  return fc
    .record({
      audience: fc.oneof(
        { arbitrary: keep(d, ['grantee', 'maxTrustHops']), weight: 2 },
        { arbitrary: audience, weight: 1 },
      ),
      fee: fc.oneof({ arbitrary: keep(d, ['maxFee', 'currency']), weight: 2 }, { arbitrary: fee, weight: 1 }),
      purposes: fc.subarray([...d.purposes], { minLength: 1 }),
      expiry: fc.oneof(fc.constant(d.expiresAt != null ? { expiresAt: d.expiresAt } : {}), expiry),
      retention: fc.oneof(
        fc.constant(d.retentionDays != null ? { retentionDays: d.retentionDays } : {}),
        retention,
      ),
      noTraining: d.noTraining ? fc.constant(true) : maybe(fc.boolean()),
    })
    .map(({ audience: a, fee: f, expiry: e, retention: r, purposes: p, noTraining }) => ({
      grantor: d.grantor,
      ...a,
      ...f,
      ...e,
      ...r,
      purposes: p,
      noTraining,
    }));
}

/** Requests mostly inside `d`'s terms, so narrowing is exercised where it matters (near every boundary). */
function requestNear(d: ConsentDeclaration): fc.Arbitrary<ConsentRequest> {
  return fc.record({
    requester:
      d.grantee != null
        ? fc.oneof(fc.constant(d.grantee), fc.constantFrom(...dids))
        : fc.constantFrom(...dids),
    purpose: fc.oneof(fc.constantFrom(...d.purposes), fc.constantFrom(...purposes)),
    fee: maybe(
      fc.record({
        amount: fc.integer({ min: 0, max: (d.maxFee ?? 1000) + 5 }),
        currency:
          d.currency != null ? fc.oneof(fc.constant(d.currency), fc.constant('USD')) : fc.constant('EUR'),
      }),
    ),
    retentionDays: maybe(fc.integer({ min: 0, max: (d.retentionDays ?? 60) + 5 })),
    training: maybe(fc.boolean()),
  });
}

function liveContextNear(d: ConsentDeclaration): fc.Arbitrary<ConsentContext> {
  const limit = d.expiresAt != null ? Date.parse(d.expiresAt) : BASE + 10 * 3_600_000;
  return fc.record({
    now: fc.integer({ min: -12, max: 0 }).map((h) => new Date(limit + h * 3_600_000 - 1)),
    trustDistance: maybe(fc.integer({ min: 0, max: 7 })),
    revoked: fc.constant(false),
  });
}

describe('consentPermits (properties)', () => {
  it('never permits a revoked declaration', () => {
    fc.assert(
      fc.property(declarationArb, requestArb, contextArb, (d, r, c) => {
        expect(consentPermits(d, r, { ...c, revoked: true })).toBe(false);
      }),
    );
  });

  it('never permits at or after the expiry', () => {
    fc.assert(
      fc.property(declarationArb, requestArb, contextArb, instant, fc.nat(48), (d, r, c, exp, later) => {
        const at = new Date(Date.parse(exp) + later * 1_800_000);
        expect(consentPermits({ ...d, expiresAt: exp }, r, { ...c, now: at })).toBe(false);
      }),
    );
  });

  it('a narrowed declaration never permits what the original refuses', () => {
    let permitted = 0;
    const runs = 3000;
    fc.assert(
      fc.property(
        declarationArb.chain((d) =>
          fc.tuple(fc.constant(d), narrowArb(d), requestNear(d), liveContextNear(d)),
        ),
        ([wide, narrow, r, c]) => {
          if (!consentPermits(narrow, r, c)) return;
          permitted += 1;
          expect(consentPermits(wide, r, c)).toBe(true);
        },
      ),
      { numRuns: runs },
    );
    // Guards against a vacuous property: requests are drawn near the declaration so many are permitted.
    expect(permitted).toBeGreaterThan(runs / 50);
  });

  it('is deterministic and leaves its arguments untouched', () => {
    fc.assert(
      fc.property(declarationArb, requestArb, contextArb, (d, r, c) => {
        const before = JSON.stringify([d, r, c]);
        const first = evaluateConsent(d, r, c);
        expect(
          evaluateConsent(structuredClone(d), structuredClone(r), { ...c, now: new Date(c.now) }),
        ).toEqual(first);
        expect(JSON.stringify([d, r, c])).toBe(before);
      }),
    );
  });
});
