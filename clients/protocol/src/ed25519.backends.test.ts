import * as browser from './browser';
import { nobleBackend } from './core/noble-backend';
import { nodeBackend } from './node-backend';

import * as node from './index';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

// RFC 8032 §7.1 test vectors: TEST 1, TEST 2, TEST 3 and TEST SHA(abc).
const RFC8032 = [
  {
    name: 'TEST 1',
    secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    name: 'TEST 2',
    secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
  {
    name: 'TEST 3',
    secret: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
    public: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    message: 'af82',
    signature:
      '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
  },
  {
    name: 'TEST SHA(abc)',
    secret: '833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42',
    public: 'ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf',
    message:
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    signature:
      'dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704',
  },
];

const backends = [
  ['node', nodeBackend],
  ['noble', nobleBackend],
] as const;

describe.each(backends)('Ed25519 backend (%s)', (_name, backend) => {
  describe.each(RFC8032)('RFC 8032 $name', (v) => {
    it('derives the public key from the secret key', () => {
      expect(toHex(backend.publicKeyFromSeed(hex(v.secret)))).toBe(v.public);
    });

    it('produces the exact signature bytes', () => {
      expect(toHex(backend.sign(hex(v.message), hex(v.secret)))).toBe(v.signature);
    });

    it('verifies the signature', () => {
      expect(backend.verify(hex(v.signature), hex(v.message), hex(v.public))).toBe(true);
    });

    it('rejects a tampered message', () => {
      const message = Uint8Array.from([...hex(v.message), 0x00]);
      expect(backend.verify(hex(v.signature), message, hex(v.public))).toBe(false);
    });

    it('rejects a tampered signature', () => {
      const signature = hex(v.signature);
      signature[5] ^= 0x01;
      expect(backend.verify(signature, hex(v.message), hex(v.public))).toBe(false);
    });
  });

  it('returns false instead of throwing on malformed keys and signatures', () => {
    const v = RFC8032[0];
    expect(backend.verify(new Uint8Array(10), hex(v.message), hex(v.public))).toBe(false);
    expect(backend.verify(hex(v.signature), hex(v.message), new Uint8Array(5))).toBe(false);
    // y = 2 is not the encoding of a curve point
    expect(backend.verify(hex(v.signature), hex(v.message), Uint8Array.of(2, ...new Uint8Array(31)))).toBe(
      false,
    );
  });

  it('returns the requested number of random bytes', () => {
    const a = backend.randomBytes(32);
    expect(a).toBeInstanceOf(Uint8Array);
    expect(a).toHaveLength(32);
    expect(toHex(a)).not.toBe(toHex(backend.randomBytes(32)));
  });
});

describe('entries', () => {
  it('export identical names from index and browser', () => {
    expect(Object.keys(browser).sort()).toEqual(Object.keys(node).sort());
  });

  it('bind different backends with the same answers', () => {
    expect(node.cryptoBackend).toBe(nodeBackend);
    expect(browser.cryptoBackend).toBe(nobleBackend);
    const seed = hex(RFC8032[2].secret);
    const msg = hex('0011223344');
    expect(toHex(node.sign(msg, seed))).toBe(toHex(browser.sign(msg, seed)));
    expect(node.keyPairFromSeed(seed)).toEqual(browser.keyPairFromSeed(seed));
  });

  it('verify returns false for wrong-length and non-byte inputs on both entries', () => {
    for (const api of [node, browser]) {
      expect(api.verify(new Uint8Array(64), new Uint8Array(0), new Uint8Array(31))).toBe(false);
      expect(api.verify('x' as unknown as Uint8Array, new Uint8Array(0), new Uint8Array(32))).toBe(false);
    }
  });
});
