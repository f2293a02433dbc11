import { base58 } from '@scure/base';

import {
  assertMjnDid,
  didFromPublicKey,
  didKeyToMjn,
  emailFromSoftDid,
  isSoftDid,
  isValidMjnDid,
  mjnToDidKey,
  multibaseToPublicKey,
  publicKeyFromDid,
  publicKeyToMultibase,
  softDidFromEmail,
} from './did.codec';
import { DidError } from './errors';

// did:key spec vector for the all-zero seed (w3c-ccg/did-method-key test-vectors/ed25519-x25519.json).
const MB = 'z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp';
const MJN = `did:mjn:${MB}`;
const KEY = `did:key:${MB}`;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DidError);
    expect((err as DidError).message.length).toBeGreaterThan(10);
    return (err as DidError).code;
  }
  return undefined;
}

describe('did.codec', () => {
  const pub = multibaseToPublicKey(MB);

  it('round-trips public key ↔ multibase ↔ did:mjn', () => {
    expect(pub).toHaveLength(32);
    expect(publicKeyToMultibase(pub)).toBe(MB);
    expect(didFromPublicKey(pub)).toBe(MJN);
    expect(publicKeyFromDid(MJN)).toEqual(pub);
    expect(publicKeyFromDid(KEY)).toEqual(pub);
  });

  it('converts did:mjn ↔ did:key', () => {
    expect(mjnToDidKey(MJN)).toBe(KEY);
    expect(didKeyToMjn(KEY)).toBe(MJN);
    expect(didKeyToMjn(mjnToDidKey(MJN))).toBe(MJN);
    expect(() => mjnToDidKey(KEY)).toThrow(DidError);
    expect(() => didKeyToMjn(MJN)).toThrow(DidError);
  });

  it('validates did:mjn only', () => {
    expect(isValidMjnDid(MJN)).toBe(true);
    expect(isValidMjnDid(KEY)).toBe(false);
    expect(isValidMjnDid(`${MJN}x`)).toBe(false);
    expect(() => assertMjnDid(MJN)).not.toThrow();
    expect(codeOf(() => assertMjnDid(KEY))).toBe('WRONG_METHOD');
  });

  it.each([
    ['a different method', `did:web:${MB}`, 'WRONG_METHOD'],
    ['a soft DID', 'did:email:alice_at_example.com', 'WRONG_METHOD'],
    ['a non-base58btc multibase', `did:mjn:f${'00'.repeat(34)}`, 'WRONG_PREFIX'],
    ['an X25519 multicodec', 'did:mjn:z6LShs9GGnqk85isEBzzshkuVWrVKsRp24GnDuHk8QWkARMW', 'WRONG_PREFIX'],
    [
      'a 31-byte key',
      `did:mjn:z${base58.encode(Uint8Array.of(0xed, 0x01, ...new Uint8Array(31)))}`,
      'WRONG_LENGTH',
    ],
    [
      'a 33-byte key',
      `did:mjn:z${base58.encode(Uint8Array.of(0xed, 0x01, ...new Uint8Array(33)))}`,
      'WRONG_LENGTH',
    ],
    ['base58-invalid characters', `did:mjn:${MB.slice(0, -1)}0`, 'BAD_BASE58'],
    ['no DID prefix', MB, 'MALFORMED'],
    ['an empty id', 'did:mjn:', 'MALFORMED'],
    ['a fragment', `${MJN}#${MB}`, 'MALFORMED'],
    ['a non-string', 42, 'MALFORMED'],
  ])('rejects %s', (_what, did, code) => {
    expect(codeOf(() => publicKeyFromDid(did as string))).toBe(code);
  });

  it('rejects multibase keys strictly', () => {
    expect(codeOf(() => multibaseToPublicKey(''))).toBe('MALFORMED');
    expect(codeOf(() => multibaseToPublicKey(`m${MB.slice(1)}`))).toBe('WRONG_PREFIX');
    expect(codeOf(() => multibaseToPublicKey('zIl0O'))).toBe('BAD_BASE58');
    expect(codeOf(() => publicKeyToMultibase(new Uint8Array(31)))).toBe('WRONG_LENGTH');
  });
});

describe('soft DIDs', () => {
  it('maps an e-mail to a lower-cased did:email and back', () => {
    expect(softDidFromEmail('Alice.Smith@Example.COM')).toBe('did:email:alice.smith_at_example.com');
    expect(emailFromSoftDid('did:email:alice.smith_at_example.com')).toBe('alice.smith@example.com');
    expect(isSoftDid('did:email:alice.smith_at_example.com')).toBe(true);
    expect(isSoftDid(MJN)).toBe(false);
  });

  it('splits at the last _at_ so local parts may contain it', () => {
    const did = softDidFromEmail('bob_at_home@mail.example.org');
    expect(did).toBe('did:email:bob_at_home_at_mail.example.org');
    expect(emailFromSoftDid(did)).toBe('bob_at_home@mail.example.org');
  });

  it('percent-encodes local-part characters that DID syntax forbids', () => {
    const did = softDidFromEmail('carol+events@example.com');
    expect(did).toBe('did:email:carol%2Bevents_at_example.com');
    expect(emailFromSoftDid(did)).toBe('carol+events@example.com');
  });

  it.each([
    '',
    'no-at-sign',
    '@example.com',
    'a@',
    'a@localhost',
    'a b@example.com',
    'a..b@example.com',
    'a@exa_mple.com',
  ])('rejects the e-mail %j with BAD_EMAIL', (email) => {
    expect(codeOf(() => softDidFromEmail(email))).toBe('BAD_EMAIL');
  });

  it('rejects non-canonical or foreign soft DIDs', () => {
    expect(codeOf(() => emailFromSoftDid(MJN))).toBe('WRONG_METHOD');
    expect(codeOf(() => emailFromSoftDid('did:email:alice'))).toBe('MALFORMED');
    expect(codeOf(() => emailFromSoftDid('did:email:Alice_at_example.com'))).toBe('MALFORMED');
    expect(isSoftDid('did:email:_at_example.com')).toBe(false);
  });
});
