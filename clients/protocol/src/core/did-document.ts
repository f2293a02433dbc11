import { ed25519 } from '@noble/curves/ed25519';

import { encodeMultibase, publicKeyFromDid, publicKeyToMultibase, X25519_PUB_PREFIX } from './did.codec';
import { KeyError } from './errors';

export interface VerificationMethod {
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  authentication: string[];
  assertionMethod: string[];
  capabilityInvocation: string[];
  capabilityDelegation: string[];
  keyAgreement: string[];
}

export interface DidDocumentOptions {
  /** Current key if the DID's key was rotated; defaults to the key encoded in the DID. */
  publicKey?: Uint8Array;
  deactivated?: boolean;
  created?: string;
  updated?: string;
}

/** DID Core resolution metadata: kept apart from the document so the document stays pure key material. */
export interface DidDocumentMetadata {
  deactivated?: boolean;
  created?: string;
  updated?: string;
}

function assert32(b: Uint8Array, what: string): void {
  if (!(b instanceof Uint8Array) || b.length !== 32)
    throw new KeyError('WRONG_LENGTH', `${what} must be 32 bytes.`);
}

// Birational map Edwards → Montgomery (RFC 7748 §4.1), the same derivation did:key uses for keyAgreement.
// Uses utils.toMontgomery, the non-deprecated name of edwardsToMontgomeryPub in @noble/curves 1.9.
export function ed25519ToX25519PublicKey(pub: Uint8Array): Uint8Array {
  assert32(pub, 'Ed25519 public key');
  return ed25519.utils.toMontgomery(pub);
}

/** X25519 private scalar from an Ed25519 seed (first half of SHA-512(seed), as libsodium does). */
export function ed25519SeedToX25519PrivateKey(seed: Uint8Array): Uint8Array {
  assert32(seed, 'Ed25519 seed');
  return ed25519.utils.toMontgomerySecret(seed);
}

/** X25519 public key → 'z6LS…'. */
export function x25519PublicKeyToMultibase(pub: Uint8Array): string {
  return encodeMultibase(X25519_PUB_PREFIX, pub, 'X25519 public key');
}

export function buildDidDocument(did: string, opts: DidDocumentOptions = {}): DidDocument {
  const publicKey = opts.publicKey ?? publicKeyFromDid(did);
  const mb = publicKeyToMultibase(publicKey);
  const xmb = x25519PublicKeyToMultibase(ed25519ToX25519PublicKey(publicKey));
  const vmId = `${did}#${mb}`;
  const kaId = `${did}#${xmb}`;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [
      { id: vmId, type: 'Multikey', controller: did, publicKeyMultibase: mb },
      { id: kaId, type: 'Multikey', controller: did, publicKeyMultibase: xmb },
    ],
    authentication: [vmId],
    assertionMethod: [vmId],
    capabilityInvocation: [vmId],
    capabilityDelegation: [vmId],
    keyAgreement: [kaId],
  };
}

/** The created/updated/deactivated options of {@link buildDidDocument}, as DID Core resolution metadata. */
export function buildDidDocumentMetadata(opts: DidDocumentOptions = {}): DidDocumentMetadata {
  const meta: DidDocumentMetadata = {};
  if (opts.created !== undefined) meta.created = opts.created;
  if (opts.updated !== undefined) meta.updated = opts.updated;
  if (opts.deactivated !== undefined) meta.deactivated = opts.deactivated;
  return meta;
}
