import * as browser from './browser';
import { ProofError } from './core/errors';

import * as node from './index';

type Api = typeof node;

const seed = (n: number): Uint8Array => new Uint8Array(32).fill(n);
const NOW = new Date('2026-03-01T12:00:00.000Z');
const NONCE = 'AAECAwQFBgcICQoLDA0ODw'; // 16 bytes 0x00..0x0f

function proofCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ProofError);
    return (err as ProofError).code;
  }
  return undefined;
}

describe.each([
  ['node', node],
  ['browser', browser],
] as Array<[string, Api]>)('signPayload/verifyProof (%s)', (_name, api) => {
  const alice = api.keyPairFromSeed(seed(1));
  const mallory = api.keyPairFromSeed(seed(2));
  const fields = { to: 'did:mjn:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG', weight: 0.5, tags: ['x'] };
  const signed = api.signPayload('mjn.trust.vouch', fields, alice, { now: NOW, nonce: NONCE });

  it('round-trips and returns the canonical payload', () => {
    const { payload, canonical } = api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: NOW });
    expect(canonical).toBe(signed.canonical);
    expect(payload).toEqual({
      type: 'mjn.trust.vouch',
      ...fields,
      signer: alice.did,
      createdAt: NOW.toISOString(),
      nonce: NONCE,
    });
    expect(canonical).toBe(
      '{"createdAt":"2026-03-01T12:00:00.000Z","nonce":"AAECAwQFBgcICQoLDA0ODw","signer":"' +
        alice.did +
        '","tags":["x"],"to":"did:mjn:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG","type":"mjn.trust.vouch","weight":0.5}',
    );
  });

  it('generates a fresh 16-byte nonce and the current time by default', () => {
    const a = api.signPayload('t', {}, alice);
    const b = api.signPayload('t', {}, alice);
    expect(a.proof.nonce).not.toBe(b.proof.nonce);
    expect(api.fromBase64Url(a.proof.nonce)).toHaveLength(16);
    expect(Math.abs(Date.parse(a.proof.createdAt) - Date.now())).toBeLessThan(5000);
    expect(() => api.verifyProof('t', {}, a.proof)).not.toThrow();
  });

  it('rejects a tampered field', () => {
    expect(
      proofCode(() =>
        api.verifyProof('mjn.trust.vouch', { ...fields, weight: 1 }, signed.proof, { now: NOW }),
      ),
    ).toBe('BAD_SIGNATURE');
  });

  it('rejects a signature by another key', () => {
    const forged = api.signPayload('mjn.trust.vouch', fields, mallory, { now: NOW, nonce: NONCE });
    const proof = { ...forged.proof, signer: alice.did };
    expect(proofCode(() => api.verifyProof('mjn.trust.vouch', fields, proof, { now: NOW }))).toBe(
      'BAD_SIGNATURE',
    );
  });

  it('rejects a proof made for another type', () => {
    expect(proofCode(() => api.verifyProof('mjn.trust.revoke', fields, signed.proof, { now: NOW }))).toBe(
      'BAD_SIGNATURE',
    );
  });

  it('rejects createdAt outside the window on both sides, saying by how much', () => {
    const late = new Date(NOW.getTime() + 300_001);
    const early = new Date(NOW.getTime() - 300_001);
    expect(proofCode(() => api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: late }))).toBe(
      'STALE',
    );
    expect(proofCode(() => api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: early }))).toBe(
      'STALE',
    );
    expect(() => api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: late })).toThrow(
      /5\.0 min in the past/,
    );
    expect(() => api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: early })).toThrow(
      /in the future/,
    );
    // exactly at the edge is still fresh, and a wider window accepts it
    expect(() =>
      api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: new Date(NOW.getTime() + 300_000) }),
    ).not.toThrow();
    expect(() =>
      api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: late, windowMs: 400_000 }),
    ).not.toThrow();
  });

  it.each([
    ['a missing proof', null],
    ['a bad signature encoding', { signature: 'not base64url!' }],
    ['a padded signature', { signature: `${signed.proof.signature}==` }],
    ['a short signature', { signature: 'AAAA' }],
    ['a bad nonce', { nonce: 'AA' }],
    ['a createdAt without milliseconds', { createdAt: '2026-03-01T12:00:00Z' }],
    ['a non-instant createdAt', { createdAt: '2026-02-30T12:00:00.000Z' }],
    ['a numeric createdAt', { createdAt: NOW.getTime() }],
  ])('rejects %s as MALFORMED', (_what, patch) => {
    const proof = patch === null ? null : { ...signed.proof, ...patch };
    expect(proofCode(() => api.verifyProof('mjn.trust.vouch', fields, proof as never, { now: NOW }))).toBe(
      'MALFORMED',
    );
  });

  it('rejects reserved keys in fields as MALFORMED on verify', () => {
    expect(proofCode(() => api.verifyProof('t', { nonce: 'x' }, signed.proof, { now: NOW }))).toBe(
      'MALFORMED',
    );
  });

  it('rejects an invalid signer and an unexpected signer as BAD_SIGNER', () => {
    const proof = { ...signed.proof, signer: 'did:email:alice_at_example.com' };
    expect(proofCode(() => api.verifyProof('mjn.trust.vouch', fields, proof, { now: NOW }))).toBe(
      'BAD_SIGNER',
    );
    expect(
      proofCode(() =>
        api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: NOW, expectedSigner: mallory.did }),
      ),
    ).toBe('BAD_SIGNER');
    expect(() =>
      api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: NOW, expectedSigner: alice.did }),
    ).not.toThrow();
  });

  it('verifies against an explicit (rotated) public key', () => {
    expect(
      proofCode(() =>
        api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: NOW, publicKey: mallory.publicKey }),
      ),
    ).toBe('BAD_SIGNATURE');
    const rotated = api.signPayload('mjn.trust.vouch', fields, { ...mallory, did: alice.did }, { now: NOW });
    expect(() =>
      api.verifyProof('mjn.trust.vouch', fields, rotated.proof, { now: NOW, publicKey: mallory.publicKey }),
    ).not.toThrow();
  });

  it('normalises null, undefined and Dates identically on both sides', () => {
    const when = new Date('2026-04-01T10:00:00.000Z');
    const signerFields = {
      note: undefined,
      venue: null,
      at: when,
      nested: { a: null, b: 1, c: [{ d: undefined, e: 2 }] },
    };
    const s = api.signPayload('mjn.events.create', signerFields, alice, { now: NOW, nonce: NONCE });
    expect(s.payload).not.toHaveProperty('note');
    expect(s.payload).not.toHaveProperty('venue');
    expect(s.canonical).toContain('"at":"2026-04-01T10:00:00.000Z"');
    expect(s.canonical).toContain('"nested":{"b":1,"c":[{"e":2}]}');
    const serverFields = {
      at: '2026-04-01T10:00:00.000Z',
      venue: undefined,
      nested: { b: 1, c: [{ e: 2, d: null }] },
    };
    expect(api.verifyProof('mjn.events.create', serverFields, s.proof, { now: NOW }).canonical).toBe(
      s.canonical,
    );
  });

  it('refuses reserved keys and non-JSON values when signing', () => {
    for (const key of ['type', 'signer', 'createdAt', 'nonce']) {
      expect(() => api.signPayload('t', { [key]: 'x' }, alice)).toThrow(
        expect.objectContaining({ code: 'RESERVED_KEY' }),
      );
    }
    expect(() => api.signPayload('t', { m: new Map() }, alice)).toThrow(
      expect.objectContaining({ code: 'NOT_CANONICALIZABLE' }),
    );
    expect(() => api.signPayload('t', {}, alice, { nonce: 'short' })).toThrow(
      expect.objectContaining({ code: 'BAD_VALUE' }),
    );
  });
});

describe('signPayload across backends', () => {
  it('gives identical signatures and canonical bytes for the same seed and payload', () => {
    const fields = { amount: 1250, currency: 'CAD', memo: 'café ☕', split: [0.7, 0.3] };
    const opts = { now: NOW, nonce: NONCE };
    const a = node.signPayload('mjn.payments.pay', fields, node.keyPairFromSeed(seed(7)), opts);
    const b = browser.signPayload('mjn.payments.pay', fields, browser.keyPairFromSeed(seed(7)), opts);
    expect(a).toEqual(b);
    expect(() => node.verifyProof('mjn.payments.pay', fields, b.proof, { now: NOW })).not.toThrow();
    expect(() => browser.verifyProof('mjn.payments.pay', fields, a.proof, { now: NOW })).not.toThrow();
  });
});

describe('buildPayload', () => {
  it('orders type, fields, then proof metadata', () => {
    const p = node.buildPayload('t', { z: 1, a: null }, { signer: 's', createdAt: 'c', nonce: 'n' });
    expect(Object.keys(p)).toEqual(['type', 'z', 'signer', 'createdAt', 'nonce']);
  });
});
