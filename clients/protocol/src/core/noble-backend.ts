// @noble/curves 1.x rather than @noble/ed25519 3.x: the latter is ESM-only and our toolchain is CommonJS.
import { ed25519 } from '@noble/curves/ed25519';

import type { CryptoBackend } from './backend';

export const nobleBackend: CryptoBackend = {
  sign: (message, seed) => ed25519.sign(message, seed),
  signer: (seed) => {
    const copy = seed.slice();
    return (message) => ed25519.sign(message, copy);
  },
  verify: (signature, message, publicKey) => {
    try {
      // zip215: false = RFC 8032 strict decoding (canonical encodings, S < L), closest to OpenSSL's
      // behaviour in the node backend, so both accept and reject the same signatures.
      return ed25519.verify(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  },
  publicKeyFromSeed: (seed) => ed25519.getPublicKey(seed),
  randomBytes: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
};
