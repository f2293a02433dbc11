import { base58 } from '@scure/base';

import { concatBytes } from './bytes';
import { DidError } from './errors';

// Multicodec varint prefixes: ed25519-pub 0xed, x25519-pub 0xec, ed25519-priv 0x1300 (varint 0x80 0x26).
export const ED25519_PUB_PREFIX = Uint8Array.of(0xed, 0x01);
export const X25519_PUB_PREFIX = Uint8Array.of(0xec, 0x01);
export const ED25519_PRIV_PREFIX = Uint8Array.of(0x80, 0x26);

const MJN = 'did:mjn:';
const KEY = 'did:key:';
const EMAIL = 'did:email:';

/** 'z' + base58btc(prefix ‖ key): the multibase/multicodec form shared by did:key and did:mjn. */
export function encodeMultibase(prefix: Uint8Array, key: Uint8Array, what: string): string {
  if (!(key instanceof Uint8Array) || key.length !== 32) {
    throw new DidError('WRONG_LENGTH', `${what} must be 32 bytes, got ${describeLength(key)}.`);
  }
  return 'z' + base58.encode(concatBytes(prefix, key));
}

/** Strict inverse of {@link encodeMultibase}. */
export function decodeMultibase(mb: string, prefix: Uint8Array, what: string): Uint8Array {
  if (typeof mb !== 'string' || mb.length === 0) {
    throw new DidError('MALFORMED', `${what} must be a non-empty multibase string.`);
  }
  if (mb[0] !== 'z') {
    throw new DidError(
      'WRONG_PREFIX',
      `${what} must be base58btc multibase (start with 'z'), got '${mb[0]}'.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(mb.slice(1));
  } catch {
    throw new DidError('BAD_BASE58', `${what} contains characters outside the base58btc alphabet.`);
  }
  if (bytes.length < 2 || bytes[0] !== prefix[0] || bytes[1] !== prefix[1]) {
    const hex = Array.from(bytes.slice(0, 2), (b) => b.toString(16).padStart(2, '0')).join('');
    const want = Array.from(prefix, (b) => b.toString(16).padStart(2, '0')).join('');
    throw new DidError('WRONG_PREFIX', `${what} has multicodec 0x${hex || '?'}, expected 0x${want}.`);
  }
  if (bytes.length !== 34) {
    throw new DidError('WRONG_LENGTH', `${what} holds a ${bytes.length - 2}-byte key, expected 32 bytes.`);
  }
  return bytes.slice(2);
}

function describeLength(v: unknown): string {
  return v instanceof Uint8Array ? `${v.length} bytes` : 'a non-Uint8Array value';
}

/** Ed25519 public key → 'z6Mk…'. */
export function publicKeyToMultibase(pub: Uint8Array): string {
  return encodeMultibase(ED25519_PUB_PREFIX, pub, 'Ed25519 public key');
}

/** 'z6Mk…' → 32-byte Ed25519 public key; throws DidError. */
export function multibaseToPublicKey(mb: string): Uint8Array {
  return decodeMultibase(mb, ED25519_PUB_PREFIX, 'Ed25519 multibase key');
}

export function didFromPublicKey(pub: Uint8Array): string {
  return MJN + publicKeyToMultibase(pub);
}

/** Accepts did:mjn and did:key (same method-specific id) and returns the Ed25519 public key. */
export function publicKeyFromDid(did: string): Uint8Array {
  if (typeof did !== 'string') throw new DidError('MALFORMED', 'A DID must be a string.');
  const m = /^did:([a-z0-9]+):(.*)$/.exec(did);
  if (!m) throw new DidError('MALFORMED', `'${truncate(did)}' is not a DID (expected did:<method>:<id>).`);
  const [, method, id] = m;
  if (method !== 'mjn' && method !== 'key') {
    throw new DidError(
      'WRONG_METHOD',
      `DID method '${method}' cannot carry a key; expected did:mjn or did:key.`,
    );
  }
  if (!/^[A-Za-z0-9]+$/.test(id)) {
    throw new DidError(
      id.length === 0 ? 'MALFORMED' : /[#?/:]/.test(id) ? 'MALFORMED' : 'BAD_BASE58',
      `'${truncate(did)}' has an invalid identifier; pass the bare DID without fragment, query or path.`,
    );
  }
  return multibaseToPublicKey(id);
}

export function isValidMjnDid(did: string): boolean {
  try {
    assertMjnDid(did);
    return true;
  } catch {
    return false;
  }
}

export function assertMjnDid(did: string): void {
  if (typeof did === 'string' && !did.startsWith(MJN) && /^did:[a-z0-9]+:/.test(did)) {
    throw new DidError('WRONG_METHOD', `Expected a did:mjn DID, got did:${did.split(':')[1]}.`);
  }
  publicKeyFromDid(did);
}

export function mjnToDidKey(did: string): string {
  assertMjnDid(did);
  return KEY + did.slice(MJN.length);
}

export function didKeyToMjn(did: string): string {
  if (typeof did !== 'string' || !did.startsWith(KEY)) {
    throw new DidError('WRONG_METHOD', `Expected a did:key DID, got '${truncate(String(did))}'.`);
  }
  publicKeyFromDid(did);
  return MJN + did.slice(KEY.length);
}

// Soft DIDs identify people by e-mail before they hold a key. DID syntax allows only
// [A-Za-z0-9._-] and %-escapes in the id, so other local-part characters (e.g. '+') are %XX-encoded.
const LOCAL_RE = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;

function normaliseEmail(email: string): { local: string; domain: string } {
  if (typeof email !== 'string') throw new DidError('BAD_EMAIL', 'E-mail address must be a string.');
  const e = email.trim().toLowerCase();
  const at = e.lastIndexOf('@');
  const local = e.slice(0, at);
  const domain = e.slice(at + 1);
  if (at <= 0 || e.length > 254 || local.length > 64 || !LOCAL_RE.test(local) || !DOMAIN_RE.test(domain)) {
    throw new DidError('BAD_EMAIL', `'${truncate(email)}' is not a valid e-mail address (name@example.com).`);
  }
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    throw new DidError('BAD_EMAIL', `'${truncate(email)}' has misplaced dots in the part before '@'.`);
  }
  return { local, domain };
}

/** 'Alice@Example.com' → 'did:email:alice_at_example.com'. */
export function softDidFromEmail(email: string): string {
  const { local, domain } = normaliseEmail(email);
  const encoded = local.replace(
    /[^a-z0-9._-]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
  return `${EMAIL}${encoded}_at_${domain}`;
}

/** Inverse of {@link softDidFromEmail}; splits at the LAST '_at_' because domains cannot contain '_'. */
export function emailFromSoftDid(did: string): string {
  if (typeof did !== 'string' || !did.startsWith(EMAIL)) {
    throw new DidError('WRONG_METHOD', `Expected a did:email DID, got '${truncate(String(did))}'.`);
  }
  const id = did.slice(EMAIL.length);
  const at = id.lastIndexOf('_at_');
  if (at <= 0) throw new DidError('MALFORMED', `'${truncate(did)}' lacks the '<local>_at_<domain>' form.`);
  let local: string;
  try {
    local = decodeURIComponent(id.slice(0, at));
  } catch {
    throw new DidError('MALFORMED', `'${truncate(did)}' has a broken %-escape.`);
  }
  const email = `${local}@${id.slice(at + 4)}`;
  // Only the canonical spelling is a soft DID, so equal e-mails always compare equal as DIDs.
  if (softDidFromEmail(email) !== did) {
    throw new DidError('MALFORMED', `'${truncate(did)}' is not in canonical form; use softDidFromEmail.`);
  }
  return email;
}

export function isSoftDid(did: string): boolean {
  try {
    emailFromSoftDid(did);
    return true;
  } catch {
    return false;
  }
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
