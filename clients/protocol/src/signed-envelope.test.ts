import { runInNewContext } from 'node:vm';

import * as browser from './browser';
import { ProofError } from './core/errors';

import * as node from './index';

type Api = typeof node;
const NOW = new Date('2026-03-01T12:00:00.000Z');

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
] as Array<[string, Api]>)('signEnvelope/verifyEnvelope (%s)', (_name, api) => {
  const org = api.keyPairFromSeed(new Uint8Array(32).fill(3));
  const other = api.keyPairFromSeed(new Uint8Array(32).fill(4));
  const env = api.signEnvelope('mjn.events.ticket', { eventId: 'e1', tier: 'GA', holder: null }, org, {
    now: NOW,
  });

  it('verifies an envelope parsed in another realm (a fetch response, an iframe)', () => {
    const foreign = runInNewContext(`JSON.parse(${JSON.stringify(JSON.stringify(env))})`) as typeof env;
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    expect(api.verifyEnvelope(foreign, { expectedType: 'mjn.events.ticket' })).toMatchObject({
      eventId: 'e1',
    });
  });

  it('refuses a class instance where a plain payload is expected', () => {
    class Payload {
      constructor(readonly eventId: string) {}
    }
    expect(
      proofCode(() => api.verifyEnvelope({ payload: new Payload('e1') as never, signature: env.signature })),
    ).toBe('MALFORMED');
  });

  it('round-trips through JSON and returns the payload', () => {
    const travelled = JSON.parse(JSON.stringify(env)) as typeof env;
    const payload = api.verifyEnvelope(travelled, { expectedType: 'mjn.events.ticket' });
    expect(payload).toEqual({
      type: 'mjn.events.ticket',
      eventId: 'e1',
      tier: 'GA',
      signer: org.did,
      createdAt: NOW.toISOString(),
      nonce: env.payload.nonce,
    });
  });

  it('does no freshness check unless windowMs is given', () => {
    const later = new Date(NOW.getTime() + 86_400_000);
    expect(() => api.verifyEnvelope(env, { now: later })).not.toThrow();
    expect(proofCode(() => api.verifyEnvelope(env, { now: later, windowMs: 60_000 }))).toBe('STALE');
  });

  it('rejects a tampered payload, a foreign key and an unexpected type', () => {
    expect(proofCode(() => api.verifyEnvelope({ ...env, payload: { ...env.payload, tier: 'VIP' } }))).toBe(
      'BAD_SIGNATURE',
    );
    expect(proofCode(() => api.verifyEnvelope(env, { publicKey: other.publicKey }))).toBe('BAD_SIGNATURE');
    expect(proofCode(() => api.verifyEnvelope(env, { expectedType: 'mjn.payments.receipt' }))).toBe(
      'WRONG_TYPE',
    );
  });

  it('rejects malformed envelopes and bad signers', () => {
    expect(proofCode(() => api.verifyEnvelope(null as never))).toBe('MALFORMED');
    expect(proofCode(() => api.verifyEnvelope({ payload: env.payload, signature: 'x' }))).toBe('MALFORMED');
    expect(
      proofCode(() => api.verifyEnvelope({ ...env, payload: { ...env.payload, createdAt: 'yesterday' } })),
    ).toBe('MALFORMED');
    expect(
      proofCode(() => api.verifyEnvelope({ ...env, payload: { ...env.payload, signer: 'did:web:x.org' } })),
    ).toBe('BAD_SIGNER');
  });
});
