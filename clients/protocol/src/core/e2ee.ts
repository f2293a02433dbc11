// End-to-end encryption of chat messages between DIDs, isomorphic (Node 20+ and browsers).
// X25519 keys come from each DID's Ed25519 key (the DID document's keyAgreement); HKDF-SHA-256 and
// AES-256-GCM come from WebCrypto (globalThis.crypto.subtle), so the package needs no extra dependency.
import { x25519 } from '@noble/curves/ed25519';

import { fromBase64Url, toBase64Url, utf8Decode, utf8Encode } from './bytes';
import { ed25519SeedToX25519PrivateKey, ed25519ToX25519PublicKey } from './did-document';
import { ProtocolError } from './errors';

export const CHAT_E2EE_VERSION = 1;
export const CHAT_E2EE_ALG = 'X25519-HKDF-SHA256-A256GCM';
const HKDF_SALT = 'mjn.chat.e2ee.v1';
const MAX_RECIPIENTS = 5000;

export type E2eeErrorCode = 'MALFORMED' | 'NOT_A_RECIPIENT' | 'DECRYPT_FAILED';

/** An envelope that is not well formed, not addressed to you, or fails authentication. */
export class E2eeError extends ProtocolError<E2eeErrorCode> {}

/** A message key wrapped for one recipient under the sender–recipient X25519 key. */
export interface WrappedKey {
  did: string;
  iv: string;
  key: string;
}

/**
 * What the server stores as the body of an encrypted message (JSON). The content is encrypted once with a
 * random 256-bit message key; that key is wrapped for every recipient (the sender included, for their
 * other devices). Both layers bind the conversation and the sender as associated data, so an envelope
 * cannot be replayed into another conversation or passed off as someone else's.
 */
export interface ChatEnvelope {
  v: typeof CHAT_E2EE_VERSION;
  alg: typeof CHAT_E2EE_ALG;
  sender: string;
  iv: string;
  ct: string;
  keys: WrappedKey[];
}

export interface E2eeParty {
  did: string;
  /** Ed25519 public key (32 bytes), e.g. from the identity directory or publicKeyFromDid. */
  publicKey: Uint8Array;
}

export interface E2eeSecret {
  did: string;
  publicKey: Uint8Array;
  /** Ed25519 seed (32 bytes). */
  seed: Uint8Array;
}

function subtle(): SubtleCrypto {
  const s = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!s) throw new E2eeError('MALFORMED', 'WebCrypto (globalThis.crypto.subtle) is not available here');
  return s;
}

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

// WebCrypto wants ArrayBuffer-backed views; copying also detaches us from caller-owned buffers.
const buf = (b: Uint8Array): ArrayBuffer => b.slice().buffer as ArrayBuffer;

function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * The AES-256-GCM key two parties share: X25519(mine, theirs) → HKDF-SHA-256 with both X25519 public keys
 * (sorted, so both sides derive the same key) as info. Exported for tests and other e2ee uses.
 */
export async function deriveSharedKey(
  mySeed: Uint8Array,
  theirEd25519PublicKey: Uint8Array,
): Promise<CryptoKey> {
  const myPrivate = ed25519SeedToX25519PrivateKey(mySeed);
  const myPublic = x25519.getPublicKey(myPrivate);
  const theirPublic = ed25519ToX25519PublicKey(theirEd25519PublicKey);
  const shared = x25519.getSharedSecret(myPrivate, theirPublic);
  if (shared.every((b) => b === 0))
    throw new E2eeError('MALFORMED', 'The peer key is a low-order point; refusing to derive a key');
  const [first, second] = [myPublic, theirPublic].sort(compare);
  const info = new Uint8Array(64);
  info.set(first, 0);
  info.set(second, 32);
  const ikm = await subtle().importKey('raw', buf(shared), 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: buf(utf8Encode(HKDF_SALT)), info: buf(info) },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const contentAad = (conversationId: string, sender: string) =>
  utf8Encode(`${HKDF_SALT}|content|${conversationId}|${sender}`);
const wrapAad = (conversationId: string, sender: string, recipient: string) =>
  utf8Encode(`${HKDF_SALT}|key|${conversationId}|${sender}|${recipient}`);

async function seal(key: CryptoKey, plaintext: Uint8Array, aad: Uint8Array) {
  const iv = randomBytes(12);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad) },
    key,
    buf(plaintext),
  );
  return { iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) };
}

async function open(key: CryptoKey, iv: string, ct: string, aad: Uint8Array): Promise<Uint8Array> {
  try {
    const pt = await subtle().decrypt(
      { name: 'AES-GCM', iv: buf(fromBase64Url(iv)), additionalData: buf(aad) },
      key,
      buf(fromBase64Url(ct)),
    );
    return new Uint8Array(pt);
  } catch {
    throw new E2eeError(
      'DECRYPT_FAILED',
      'The message cannot be decrypted: wrong key, or it was tampered with',
    );
  }
}

/**
 * Encrypts `plaintext` for `recipients` (list every member; the sender is added if missing) in
 * `conversationId`. Returns the envelope JSON to send as the message body.
 */
export async function encryptChatMessage(
  plaintext: string,
  sender: E2eeSecret,
  recipients: readonly E2eeParty[],
  conversationId: string,
): Promise<string> {
  const all = new Map<string, Uint8Array>();
  all.set(sender.did, sender.publicKey);
  for (const r of recipients) all.set(r.did, r.publicKey);
  if (all.size > MAX_RECIPIENTS) throw new E2eeError('MALFORMED', `At most ${MAX_RECIPIENTS} recipients`);
  const messageKeyBytes = randomBytes(32);
  const messageKey = await subtle().importKey('raw', buf(messageKeyBytes), 'AES-GCM', false, ['encrypt']);
  const content = await seal(messageKey, utf8Encode(plaintext), contentAad(conversationId, sender.did));
  const keys: WrappedKey[] = [];
  for (const [did, publicKey] of all) {
    const kek = await deriveSharedKey(sender.seed, publicKey);
    const wrapped = await seal(kek, messageKeyBytes, wrapAad(conversationId, sender.did, did));
    keys.push({ did, iv: wrapped.iv, key: wrapped.ct });
  }
  messageKeyBytes.fill(0);
  const envelope: ChatEnvelope = {
    v: CHAT_E2EE_VERSION,
    alg: CHAT_E2EE_ALG,
    sender: sender.did,
    iv: content.iv,
    ct: content.ct,
    keys,
  };
  return JSON.stringify(envelope);
}

const B64URL = /^[A-Za-z0-9_-]+$/;
const isB64 = (v: unknown, max = 1 << 24): v is string =>
  typeof v === 'string' && v.length <= max && B64URL.test(v);

/** Checks an envelope's shape (what a server can check without the keys); throws E2eeError('MALFORMED'). */
export function parseChatEnvelope(body: string): ChatEnvelope {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new E2eeError('MALFORMED', 'The encrypted body is not JSON');
  }
  const e = value as Partial<ChatEnvelope> | null;
  const ok =
    e !== null &&
    typeof e === 'object' &&
    e.v === CHAT_E2EE_VERSION &&
    e.alg === CHAT_E2EE_ALG &&
    typeof e.sender === 'string' &&
    isB64(e.iv, 16) &&
    isB64(e.ct) &&
    Array.isArray(e.keys) &&
    e.keys.length > 0 &&
    e.keys.length <= MAX_RECIPIENTS &&
    e.keys.every((k) => k && typeof k.did === 'string' && isB64(k.iv, 16) && isB64(k.key, 128));
  if (!ok) throw new E2eeError('MALFORMED', `The body is not a ${CHAT_E2EE_ALG} chat envelope`);
  return e as ChatEnvelope;
}

/**
 * Decrypts an envelope addressed to `recipient`. `senderPublicKey` is the Ed25519 key of envelope.sender
 * (the message's signer); a wrong key, another conversation or any tampering fails with DECRYPT_FAILED.
 */
export async function decryptChatMessage(
  body: string,
  recipient: E2eeSecret,
  senderPublicKey: Uint8Array,
  conversationId: string,
): Promise<string> {
  const envelope = parseChatEnvelope(body);
  const entry = envelope.keys.find((k) => k.did === recipient.did);
  if (!entry) throw new E2eeError('NOT_A_RECIPIENT', `This message was not encrypted for ${recipient.did}`);
  const kek = await deriveSharedKey(recipient.seed, senderPublicKey);
  const messageKeyBytes = await open(
    kek,
    entry.iv,
    entry.key,
    wrapAad(conversationId, envelope.sender, recipient.did),
  );
  const messageKey = await subtle().importKey('raw', buf(messageKeyBytes), 'AES-GCM', false, ['decrypt']);
  messageKeyBytes.fill(0);
  return utf8Decode(
    await open(messageKey, envelope.iv, envelope.ct, contentAad(conversationId, envelope.sender)),
  );
}
