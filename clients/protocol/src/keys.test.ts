import * as browser from './browser';
import { KeyError } from './core/errors';

import * as node from './index';

type Api = typeof node;

describe.each([
  ['node', node],
  ['browser', browser],
] as Array<[string, Api]>)('keys (%s)', (_name, api) => {
  it('generates distinct valid key pairs', () => {
    const a = api.generateKeyPair();
    const b = api.generateKeyPair();
    expect(a.seed).toHaveLength(32);
    expect(api.isValidMjnDid(a.did)).toBe(true);
    expect(a.did).not.toBe(b.did);
    expect(api.publicKeyFromDid(a.did)).toEqual(a.publicKey);
  });

  it('rejects seeds that are not 32 bytes', () => {
    expect(() => api.keyPairFromSeed(new Uint8Array(31))).toThrow(KeyError);
    expect(() => api.keyPairFromSeed(new Uint8Array(64))).toThrow(
      expect.objectContaining({ code: 'WRONG_LENGTH' }),
    );
    expect(() => api.sign(new Uint8Array(1), new Uint8Array(16))).toThrow(KeyError);
  });

  it('exports to JSON-safe multibase and imports back', () => {
    const kp = api.keyPairFromSeed(new Uint8Array(32));
    const exported = api.exportKeyPair(kp);
    expect(exported).toEqual({
      did: 'did:mjn:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp',
      publicKeyMultibase: 'z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp',
      privateKeyMultibase: expect.stringMatching(/^z3u2/) as unknown as string,
    });
    expect(api.importKeyPair(JSON.parse(JSON.stringify(exported)) as typeof exported)).toEqual(kp);
  });

  it('refuses an exported key pair whose parts disagree', () => {
    const a = api.exportKeyPair(api.keyPairFromSeed(new Uint8Array(32).fill(1)));
    const b = api.exportKeyPair(api.keyPairFromSeed(new Uint8Array(32).fill(2)));
    expect(() => api.importKeyPair({ ...a, did: b.did })).toThrow(
      expect.objectContaining({ code: 'KEY_MISMATCH' }),
    );
    expect(() => api.importKeyPair({ ...a, publicKeyMultibase: b.publicKeyMultibase })).toThrow(
      expect.objectContaining({ code: 'KEY_MISMATCH' }),
    );
    expect(() => api.importKeyPair({ ...a, privateKeyMultibase: a.publicKeyMultibase })).toThrow(
      expect.objectContaining({ code: 'MALFORMED' }),
    );
  });
});

describe.each([
  ['node', node],
  ['browser', browser],
] as Array<[string, Api]>)('sign-in challenge (%s)', (_name, api) => {
  const kp = api.keyPairFromSeed(new Uint8Array(32).fill(5));

  it('signs the canonical sign-in message', () => {
    expect(Buffer.from(api.signInMessage(kp.did, 'c-1')).toString('utf8')).toBe(
      `{"challenge":"c-1","did":"${kp.did}","type":"mjn.auth.signIn"}`,
    );
    const sig = api.signChallenge(kp, 'c-1');
    expect(api.verify(api.fromBase64Url(sig), api.signInMessage(kp.did, 'c-1'), kp.publicKey)).toBe(true);
    expect(api.verifyChallenge(kp.did, 'c-1', sig)).toBe(true);
  });

  it('does not verify for another challenge, DID or garbage', () => {
    const sig = api.signChallenge(kp, 'c-1');
    const other = api.keyPairFromSeed(new Uint8Array(32).fill(6));
    expect(api.verifyChallenge(kp.did, 'c-2', sig)).toBe(false);
    expect(api.verifyChallenge(other.did, 'c-1', sig)).toBe(false);
    expect(api.verifyChallenge(kp.did, 'c-1', 'garbage!')).toBe(false);
    expect(api.verifyChallenge('did:email:a_at_b.com', 'c-1', sig)).toBe(false);
  });
});
