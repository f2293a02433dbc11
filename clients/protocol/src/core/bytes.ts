import { base64urlnopad } from '@scure/base';

import { EncodingError } from './errors';

const BASE64URL_RE = /^[A-Za-z0-9_-]*$/;

/** Unpadded base64url (RFC 4648 §5), the encoding of every signature and nonce on the wire. */
export function toBase64Url(b: Uint8Array): string {
  return base64urlnopad.encode(b);
}

/**
 * Strict decode: no padding, no standard-base64 characters, no non-zero trailing bits, so each byte
 * string has exactly one accepted spelling (a signature cannot be re-spelled to dodge nonce/dup checks).
 */
export function fromBase64Url(s: string): Uint8Array {
  if (typeof s !== 'string' || !BASE64URL_RE.test(s)) {
    throw new EncodingError('BAD_BASE64URL', 'Expected unpadded base64url text (A-Z a-z 0-9 - _ only).');
  }
  try {
    return base64urlnopad.decode(s);
  } catch {
    throw new EncodingError(
      'BAD_BASE64URL',
      'Invalid base64url: wrong length or non-canonical trailing bits.',
    );
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8Encode(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Throws TypeError on invalid UTF-8 (fatal decoder). */
export function utf8Decode(b: Uint8Array): string {
  return decoder.decode(b);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

export function isBytes(v: unknown): v is Uint8Array {
  return v instanceof Uint8Array;
}
