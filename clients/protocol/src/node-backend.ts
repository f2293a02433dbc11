// Server-side backend on Node's native Ed25519 (OpenSSL), much faster than pure JS for verification.
import { createPrivateKey, createPublicKey, type KeyObject, randomBytes, sign, verify } from 'node:crypto';

import type { CryptoBackend } from './core/backend';

// DER headers that wrap a raw 32-byte key as PKCS#8 / SPKI for the Ed25519 OID 1.3.101.112.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const CACHE_SIZE = 1024;

// Verification of the same signer repeats (a chat, a ticket scan), and building a KeyObject costs
// about as much as verifying, so recent public keys are kept in an insertion-ordered Map used as an LRU.
const publicKeys = new Map<string, KeyObject>();

function publicKeyObject(raw: Uint8Array): KeyObject {
  const id = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('hex');
  const hit = publicKeys.get(id);
  if (hit) {
    publicKeys.delete(id);
    publicKeys.set(id, hit);
    return hit;
  }
  const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
  publicKeys.set(id, key);
  if (publicKeys.size > CACHE_SIZE) publicKeys.delete(publicKeys.keys().next().value as string);
  return key;
}

function privateKeyObject(seed: Uint8Array): KeyObject {
  // Not cached: seeds are secrets and should not linger in a process-wide map.
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export const nodeBackend: CryptoBackend = {
  sign: (message, seed) => new Uint8Array(sign(null, message, privateKeyObject(seed))),
  signer: (seed) => {
    // Held by the caller's closure only, not in a process-wide cache.
    const key = privateKeyObject(seed);
    return (message) => new Uint8Array(sign(null, message, key));
  },
  verify: (signature, message, publicKey) => {
    try {
      return verify(null, message, publicKeyObject(publicKey), signature);
    } catch {
      return false;
    }
  },
  publicKeyFromSeed: (seed) => {
    const spki = createPublicKey(privateKeyObject(seed)).export({ format: 'der', type: 'spki' });
    return new Uint8Array(spki.subarray(SPKI_PREFIX.length));
  },
  randomBytes: (n) => new Uint8Array(randomBytes(n)),
};
