import { base58 } from '@scure/base';

import * as browser from './browser';

import * as node from './index';

// From w3c-ccg/did-method-key test-vectors/ed25519-x25519.json: seed → did:key, and the X25519
// keyAgreement key (multibase id, publicKeyBase58, privateKeyBase58) derived from the Ed25519 key.
const VECTORS = [
  {
    seed: '0000000000000000000000000000000000000000000000000000000000000000',
    didKey: 'did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp',
    publicKeyBase58: '4zvwRjXUKGfvwnParsHAS3HuSVzV5cA4McphgmoCtajS',
    x25519Multibase: 'z6LShs9GGnqk85isEBzzshkuVWrVKsRp24GnDuHk8QWkARMW',
    x25519PublicBase58: '7By6kV2t2d188odEM4ExAve1UithKT6dLva4dwsDT3ak',
    x25519PrivateBase58: '6QN8DfuN9hjgHgPvLXqgzqYE3jRRGRrmJQZkd5tL8paR',
  },
  {
    seed: '0000000000000000000000000000000000000000000000000000000000000001',
    didKey: 'did:key:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG',
    publicKeyBase58: '6ASf5EcmmEHTgDJ4X4ZT5vT6iHVJBXPg5AN5YoTCpGWt',
    x25519Multibase: 'z6LSrHyXiPBhUbvPUtyUCdf32sniiMGPTAesgHrtEa4FePtr',
    x25519PublicBase58: 'FcoNC5NqP9CePWbhfz95iHaEsCjGkZUioK9Ck7Qiw286',
    x25519PrivateBase58: 'HBTcN2MrXNRj9xF9oi8QqYyuEPv3JLLjQKuEgW9oxVKP',
  },
  {
    seed: '0000000000000000000000000000000000000000000000000000000000000002',
    didKey: 'did:key:z6MknGc3ocHs3zdPiJbnaaqDi58NGb4pk1Sp9WxWufuXSdxf',
    publicKeyBase58: '8pM1DN3RiT8vbom5u1sNryaNT1nyL8CTTW3b5PwWXRBH',
    x25519Multibase: 'z6LSkkqoZRC34AEpbkhZCqLDcHQVAxuLpQ7kC8XCXMVUfvjE',
    x25519PublicBase58: 'A5fe37PAxhX5WNKngBpGHhC1KpNE7nwbK9oX2tqwxYxU',
    x25519PrivateBase58: 'ACa4PPJ1LnPNq1iwS33V3Akh7WtnC71WkKFZ9ccM6sX2',
  },
  {
    seed: '0000000000000000000000000000000000000000000000000000000000000003',
    didKey: 'did:key:z6MkvqoYXQfDDJRv8L4wKzxYeuKyVZBfi9Qo6Ro8MiLH3kDQ',
    publicKeyBase58: 'HPYVwAQmskwT1qEEeRzhoomyfyupJGASQQtCXSNG8XS2',
    x25519Multibase: 'z6LSiUo6AEDat8Ze4nQzDo67SGuHLLwsUGkxndHGUjsywHow',
    x25519PublicBase58: '7ocvdvQinfqtyQ3Dh9aA7ggoVCQkmfaoueZazHETDv3B',
    x25519PrivateBase58: 'FZrzd1osCnbK6y6MJzMBW1RcVfL524sNKhSbqRwMuwHT',
  },
  {
    seed: '0000000000000000000000000000000000000000000000000000000000000004',
    didKey: 'did:key:z6MkwW6aqMnjgrhJXFUko3NnZPGzVpkNzhYK7yEhnsibmLwL',
    publicKeyBase58: 'J3qYF7YJMKCqQke47UQwiHizgFUXapHxRxKmxbkar89x',
    x25519Multibase: 'z6LSrGb3qm4xMCEBjvwkLb2WEcXfTM94Tu1RyGCbT5wbg8i9',
    x25519PublicBase58: 'FbQtKTG6FjWSeYZyowWYv2KBcCbwmHqH6HUuxdJ4xkwP',
    x25519PrivateBase58: '8Zybi2bqQ8YB4uPm3iy2rkDCmbB4wkG2Y2ig5YAkgNdg',
  },
];

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));

describe.each([
  ['node', node],
  ['browser', browser],
] as const)('did:key Ed25519 vectors (%s entry)', (_name, api) => {
  describe.each(VECTORS)('$didKey', (v) => {
    const kp = api.keyPairFromSeed(hex(v.seed));

    it('derives the did:key from the seed and the same id under did:mjn', () => {
      expect(base58.encode(kp.publicKey)).toBe(v.publicKeyBase58);
      expect(api.mjnToDidKey(kp.did)).toBe(v.didKey);
      expect(kp.did).toBe(v.didKey.replace('did:key:', 'did:mjn:'));
      expect(api.publicKeyFromDid(v.didKey)).toEqual(kp.publicKey);
    });

    it('derives the X25519 keyAgreement keys', () => {
      const xpub = api.ed25519ToX25519PublicKey(kp.publicKey);
      expect(base58.encode(xpub)).toBe(v.x25519PublicBase58);
      expect(api.x25519PublicKeyToMultibase(xpub)).toBe(v.x25519Multibase);
      expect(base58.encode(api.ed25519SeedToX25519PrivateKey(kp.seed))).toBe(v.x25519PrivateBase58);
    });

    it('puts both keys into the DID document', () => {
      const doc = api.buildDidDocument(v.didKey);
      const mb = v.didKey.slice('did:key:'.length);
      expect(doc.verificationMethod.map((m) => m.id)).toEqual([
        `${v.didKey}#${mb}`,
        `${v.didKey}#${v.x25519Multibase}`,
      ]);
      expect(doc.keyAgreement).toEqual([`${v.didKey}#${v.x25519Multibase}`]);
    });
  });
});
