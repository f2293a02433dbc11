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
] as Array<[string, Api]>)('viewer assertion (%s)', (_name, api) => {
  const gateway = api.keyPairFromSeed(new Uint8Array(32).fill(9));
  const impostor = api.keyPairFromSeed(new Uint8Array(32).fill(10));
  const viewer = {
    did: 'did:mjn:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp',
    requestId: 'req-1',
    aud: 'trust',
    clientIp: '203.0.113.7',
  };
  const opts = { audience: 'trust', now: NOW };

  it('round-trips a viewer and an anonymous request', () => {
    const header = api.signViewerAssertion(viewer, gateway.seed, NOW);
    expect(api.verifyViewerAssertion(header, gateway.publicKey, opts)).toEqual(viewer);
    const anon = api.signViewerAssertion({ did: null, requestId: 'req-2', aud: 'trust' }, gateway.seed, NOW);
    expect(api.verifyViewerAssertion(anon, gateway.publicKey, opts)).toEqual({
      did: null,
      requestId: 'req-2',
      aud: 'trust',
      clientIp: null,
    });
  });

  it('encodes the JCS body with an epoch-ms iat', () => {
    const [body] = api.signViewerAssertion(viewer, gateway.seed, NOW).split('.');
    expect(Buffer.from(api.fromBase64Url(body)).toString('utf8')).toBe(
      `{"aud":"trust","clientIp":"203.0.113.7","did":"${viewer.did}","iat":${NOW.getTime()},` +
        `"requestId":"req-1","type":"mjn.internal.viewer"}`,
    );
  });

  it('rejects a forged assertion', () => {
    const forged = api.signViewerAssertion(viewer, impostor.seed, NOW);
    expect(proofCode(() => api.verifyViewerAssertion(forged, gateway.publicKey, opts))).toBe('BAD_SIGNATURE');
    // a genuine signature with a swapped body
    const [, sig] = api.signViewerAssertion(viewer, gateway.seed, NOW).split('.');
    const [otherBody] = api.signViewerAssertion({ ...viewer, did: null }, impostor.seed, NOW).split('.');
    expect(proofCode(() => api.verifyViewerAssertion(`${otherBody}.${sig}`, gateway.publicKey, opts))).toBe(
      'BAD_SIGNATURE',
    );
  });

  it('rejects an assertion for another audience, so a captured header cannot be replayed elsewhere', () => {
    const header = api.signViewerAssertion(viewer, gateway.seed, NOW);
    expect(
      proofCode(() => api.verifyViewerAssertion(header, gateway.publicKey, { ...opts, audience: 'chat' })),
    ).toBe('BAD_SIGNER');
  });

  it('accepts an assertion for 10 seconds and 2 seconds of clock skew ahead, no longer', () => {
    const header = api.signViewerAssertion(viewer, gateway.seed, NOW);
    const at = (ms: number) => ({ ...opts, now: new Date(NOW.getTime() + ms) });
    expect(api.verifyViewerAssertion(header, gateway.publicKey, at(10_000))).toEqual(viewer);
    expect(proofCode(() => api.verifyViewerAssertion(header, gateway.publicKey, at(10_001)))).toBe('STALE');
    expect(api.verifyViewerAssertion(header, gateway.publicKey, at(-2_000))).toEqual(viewer);
    expect(proofCode(() => api.verifyViewerAssertion(header, gateway.publicKey, at(-2_001)))).toBe('STALE');
    expect(
      api.verifyViewerAssertion(header, gateway.publicKey, { ...at(60_000), maxAgeMs: 120_000 }),
    ).toEqual(viewer);
  });

  it('signs identical assertions with a prepared signer', () => {
    const signer = api.viewerAssertionSigner(gateway.seed);
    expect(signer(viewer, NOW)).toBe(api.signViewerAssertion(viewer, gateway.seed, NOW));
  });

  it.each(['', 'abc', 'a.b.c', 'a=.b', '!!.??'])('rejects the malformed header %j', (header) => {
    expect(proofCode(() => api.verifyViewerAssertion(header, gateway.publicKey, opts))).toBe('MALFORMED');
  });

  it('rejects a correctly signed body of the wrong shape as MALFORMED', () => {
    const body = api.canonicalBytes({
      type: 'mjn.internal.other',
      did: null,
      requestId: 'r',
      aud: 'trust',
      iat: NOW.getTime(),
    });
    const header = `${api.toBase64Url(body)}.${api.toBase64Url(api.sign(body, gateway.seed))}`;
    expect(proofCode(() => api.verifyViewerAssertion(header, gateway.publicKey, opts))).toBe('MALFORMED');
  });
});
