import type { CryptoBackend } from './backend';
import { fromBase64Url, toBase64Url, utf8Decode, utf8Encode } from './bytes';
import { canonicalBytes, canonicalize, isPlainObject } from './canonical-json';
import {
  decodeMultibase,
  didFromPublicKey,
  ED25519_PRIV_PREFIX,
  encodeMultibase,
  isValidMjnDid,
  publicKeyFromDid,
  publicKeyToMultibase,
} from './did.codec';
import { KeyError, PayloadError, ProofError, ProtocolError } from './errors';
import { buildPayload, type Fields } from './payload';

export interface KeyPair {
  did: string;
  publicKey: Uint8Array;
  /** 32-byte Ed25519 private seed. */
  seed: Uint8Array;
}

/** JSON-safe key pair; the private key is multibase ed25519-priv ('z' + base58btc(0x80 0x26 ‖ seed)). */
export interface ExportedKeyPair {
  did: string;
  publicKeyMultibase: string;
  privateKeyMultibase: string;
}

export interface Proof {
  signer: string;
  /** ISO 8601 with milliseconds, as Date#toISOString. */
  createdAt: string;
  /** base64url of 16 random bytes. */
  nonce: string;
  /** base64url Ed25519 signature over the canonical payload. */
  signature: string;
  /**
   * An agent acting for a person names the person here (a did:mjn, not the signer); it is part of the
   * signed payload, and the server accepts it only under a live delegation covering the action.
   */
  onBehalfOf?: string | null;
}

export interface SignOptions {
  now?: Date;
  nonce?: string;
  /** Sign as an agent acting for this person (see {@link Proof.onBehalfOf}). */
  onBehalfOf?: string;
}

export interface VerifyOptions {
  /** Key to verify against (e.g. the current key after rotation); default derived from proof.signer. */
  publicKey?: Uint8Array;
  now?: Date;
  /** Allowed |createdAt - now|; default 300_000 (±5 minutes). */
  windowMs?: number;
  expectedSigner?: string;
}

export interface SignedPayload {
  proof: Proof;
  payload: Record<string, unknown>;
  canonical: string;
}

export interface VerifiedPayload {
  payload: Record<string, unknown>;
  canonical: string;
}

/** A signed object that travels on its own (tickets, manifests, receipts). */
export interface SignedEnvelope {
  /** Includes type, signer, createdAt and nonce. */
  payload: Record<string, unknown>;
  signature: string;
}

export interface VerifyEnvelopeOptions {
  publicKey?: Uint8Array;
  expectedType?: string;
  now?: Date;
  /** No freshness check when undefined: envelopes are meant to be re-verified long after signing. */
  windowMs?: number;
}

export interface ViewerAssertion {
  did: string | null;
  requestId: string;
  /** The one service this assertion is for (a subgraph's name): any other service refuses it. */
  aud: string;
  /** The client's address as the gateway saw it; null (or absent when signing) when there is none. */
  clientIp?: string | null;
}

/** A verified assertion: `clientIp` is always present, null when the signer named none. */
export interface VerifiedViewerAssertion extends ViewerAssertion {
  clientIp: string | null;
}

export interface VerifyViewerAssertionOptions {
  /** The verifier's own service name; an assertion for another audience is refused. */
  audience: string;
  now?: Date;
  /** How long after signing it is accepted; default {@link DEFAULT_VIEWER_MAX_AGE_MS}. */
  maxAgeMs?: number;
  /** How far in the future `iat` may be (the signer's clock ahead); default {@link DEFAULT_VIEWER_CLOCK_SKEW_MS}. */
  clockSkewMs?: number;
}

export const DEFAULT_WINDOW_MS = 300_000;
// An assertion is signed just before each call, so seconds cover latency and clock skew; a captured one
// is useless to an attacker soon after.
export const DEFAULT_VIEWER_MAX_AGE_MS = 10_000;
export const DEFAULT_VIEWER_CLOCK_SKEW_MS = 2_000;
export const SIGN_IN_TYPE = 'mjn.auth.signIn';
export const VIEWER_ASSERTION_TYPE = 'mjn.internal.viewer';

const NONCE_BYTES = 16;
const ISO_MS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function assertSeed(seed: Uint8Array): void {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) {
    const got = seed instanceof Uint8Array ? `${seed.length} bytes` : 'a non-Uint8Array value';
    throw new KeyError('WRONG_LENGTH', `An Ed25519 seed must be 32 bytes, got ${got}.`);
  }
}

function malformed(message: string): never {
  throw new ProofError('MALFORMED', message);
}

/** Accepts only the exact Date#toISOString form so one instant has one spelling in signed bytes. */
function parseCreatedAt(createdAt: unknown): number {
  if (typeof createdAt !== 'string' || !ISO_MS_RE.test(createdAt)) {
    malformed('createdAt must be an ISO 8601 UTC timestamp with milliseconds (Date#toISOString).');
  }
  const t = Date.parse(createdAt);
  if (Number.isNaN(t) || new Date(t).toISOString() !== createdAt)
    malformed(`createdAt '${createdAt}' is not a real instant.`);
  return t;
}

function decodeField(value: unknown, name: string, length: number): Uint8Array {
  if (typeof value !== 'string') malformed(`${name} must be a base64url string.`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(value);
  } catch {
    return malformed(`${name} is not valid unpadded base64url.`);
  }
  if (bytes.length !== length) malformed(`${name} must encode ${length} bytes, got ${bytes.length}.`);
  return bytes;
}

function describeDuration(ms: number): string {
  const s = ms / 1000;
  return s < 120 ? `${s.toFixed(1)} s` : `${(s / 60).toFixed(1)} min`;
}

function checkWindow(createdAtMs: number, now: Date, windowMs: number): void {
  const skew = createdAtMs - now.getTime();
  if (Math.abs(skew) > windowMs) {
    const side = skew > 0 ? 'in the future' : 'in the past';
    throw new ProofError(
      'STALE',
      `createdAt is ${describeDuration(Math.abs(skew))} ${side}, outside the ±${describeDuration(windowMs)} window; ` +
        'check the device clock and sign again.',
    );
  }
}

function signerKey(
  signer: unknown,
  publicKey: Uint8Array | undefined,
  expectedSigner: string | undefined,
): Uint8Array {
  if (typeof signer !== 'string' || !isValidMjnDid(signer)) {
    throw new ProofError('BAD_SIGNER', `signer '${String(signer).slice(0, 80)}' is not a valid did:mjn DID.`);
  }
  if (expectedSigner !== undefined && signer !== expectedSigner) {
    throw new ProofError('BAD_SIGNER', `Signed by ${signer}, but ${expectedSigner} was expected.`);
  }
  return publicKey ?? publicKeyFromDid(signer);
}

/** `onBehalfOf` names another keyed person: a did:mjn that is not the signer itself. */
function checkOnBehalfOf(onBehalfOf: unknown, signer: string, fail: (message: string) => Error): void {
  if (typeof onBehalfOf !== 'string' || !isValidMjnDid(onBehalfOf)) {
    throw fail(`onBehalfOf '${String(onBehalfOf).slice(0, 80)}' is not a valid did:mjn DID.`);
  }
  if (onBehalfOf === signer) throw fail('onBehalfOf names the signer itself; omit it to act as yourself.');
}

/** Everything that needs a signature primitive, bound to one backend. */
export function createProtocol(backend: CryptoBackend) {
  function sign(message: Uint8Array, seed: Uint8Array): Uint8Array {
    assertSeed(seed);
    return backend.sign(message, seed);
  }

  function verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
    if (
      !(signature instanceof Uint8Array) ||
      !(message instanceof Uint8Array) ||
      !(publicKey instanceof Uint8Array)
    ) {
      return false;
    }
    if (signature.length !== 64 || publicKey.length !== 32) return false;
    try {
      return backend.verify(signature, message, publicKey);
    } catch {
      return false;
    }
  }

  function randomNonce(): string {
    return toBase64Url(backend.randomBytes(NONCE_BYTES));
  }

  function keyPairFromSeed(seed: Uint8Array): KeyPair {
    assertSeed(seed);
    const publicKey = backend.publicKeyFromSeed(seed);
    return { did: didFromPublicKey(publicKey), publicKey, seed: seed.slice() };
  }

  function generateKeyPair(): KeyPair {
    return keyPairFromSeed(backend.randomBytes(32));
  }

  function exportKeyPair(kp: KeyPair): ExportedKeyPair {
    return {
      did: kp.did,
      publicKeyMultibase: publicKeyToMultibase(kp.publicKey),
      privateKeyMultibase: encodeMultibase(ED25519_PRIV_PREFIX, kp.seed, 'Ed25519 seed'),
    };
  }

  function importKeyPair(e: ExportedKeyPair): KeyPair {
    if (!isPlainObject(e) || typeof e.privateKeyMultibase !== 'string') {
      throw new KeyError('MALFORMED', 'Expected { did, publicKeyMultibase, privateKeyMultibase }.');
    }
    let seed: Uint8Array;
    try {
      seed = decodeMultibase(e.privateKeyMultibase, ED25519_PRIV_PREFIX, 'privateKeyMultibase');
    } catch (err) {
      throw new KeyError('MALFORMED', err instanceof Error ? err.message : 'privateKeyMultibase is invalid.');
    }
    const kp = keyPairFromSeed(seed);
    if (kp.did !== e.did) {
      throw new KeyError('KEY_MISMATCH', `The private key belongs to ${kp.did}, not ${String(e.did)}.`);
    }
    if (publicKeyToMultibase(kp.publicKey) !== e.publicKeyMultibase) {
      throw new KeyError('KEY_MISMATCH', 'publicKeyMultibase does not match the private key.');
    }
    return kp;
  }

  function signPayload(type: string, fields: Fields, signer: KeyPair, opts: SignOptions = {}): SignedPayload {
    const createdAt = (opts.now ?? new Date()).toISOString();
    const nonce = opts.nonce ?? randomNonce();
    if (opts.nonce !== undefined) {
      try {
        decodeField(nonce, 'nonce', NONCE_BYTES);
      } catch (err) {
        throw new PayloadError('BAD_VALUE', (err as Error).message);
      }
    }
    const { onBehalfOf } = opts;
    if (onBehalfOf !== undefined)
      checkOnBehalfOf(onBehalfOf, signer.did, (m) => new PayloadError('BAD_VALUE', m));
    const payload = buildPayload(type, fields, { signer: signer.did, onBehalfOf, createdAt, nonce });
    const canonical = canonicalize(payload);
    const signature = toBase64Url(sign(utf8Encode(canonical), signer.seed));
    const proof: Proof = { signer: signer.did, createdAt, nonce, signature };
    if (onBehalfOf !== undefined) proof.onBehalfOf = onBehalfOf;
    return { proof, payload, canonical };
  }

  function verifyProof(
    type: string,
    fields: Fields,
    proof: Proof,
    opts: VerifyOptions = {},
  ): VerifiedPayload {
    if (!isPlainObject(proof)) malformed('proof must be an object { signer, createdAt, nonce, signature }.');
    const signature = decodeField(proof.signature, 'signature', 64);
    decodeField(proof.nonce, 'nonce', NONCE_BYTES);
    const createdAtMs = parseCreatedAt(proof.createdAt);
    const publicKey = signerKey(proof.signer, opts.publicKey, opts.expectedSigner);
    const onBehalfOf = proof.onBehalfOf ?? undefined;
    if (onBehalfOf !== undefined) {
      checkOnBehalfOf(onBehalfOf, proof.signer, (m) => new ProofError('BAD_SIGNER', m));
    }
    checkWindow(createdAtMs, opts.now ?? new Date(), opts.windowMs ?? DEFAULT_WINDOW_MS);
    let payload: Record<string, unknown>;
    let canonical: string;
    try {
      // Rebuilt with the type the verifier expects, so a proof made for another action cannot verify.
      payload = buildPayload(type, fields, {
        signer: proof.signer,
        onBehalfOf,
        createdAt: proof.createdAt,
        nonce: proof.nonce,
      });
      canonical = canonicalize(payload);
    } catch (err) {
      if (err instanceof ProtocolError) malformed(`Cannot rebuild the signed payload: ${err.message}`);
      throw err;
    }
    if (!verify(signature, utf8Encode(canonical), publicKey)) {
      throw new ProofError('BAD_SIGNATURE', `The signature does not match this ${type} by ${proof.signer}.`);
    }
    return { payload, canonical };
  }

  function signEnvelope(
    type: string,
    fields: Fields,
    signer: KeyPair,
    opts: SignOptions = {},
  ): SignedEnvelope {
    const { payload, proof } = signPayload(type, fields, signer, opts);
    return { payload, signature: proof.signature };
  }

  function verifyEnvelope(env: SignedEnvelope, opts: VerifyEnvelopeOptions = {}): Record<string, unknown> {
    if (!isPlainObject(env) || !isPlainObject(env.payload))
      malformed('Envelope must be { payload, signature }.');
    const { payload } = env;
    const signature = decodeField(env.signature, 'signature', 64);
    if (typeof payload.type !== 'string') malformed('Envelope payload lacks a string type.');
    decodeField(payload.nonce, 'nonce', NONCE_BYTES);
    const createdAtMs = parseCreatedAt(payload.createdAt);
    if (opts.expectedType !== undefined && payload.type !== opts.expectedType) {
      throw new ProofError('WRONG_TYPE', `Expected a ${opts.expectedType} envelope, got ${payload.type}.`);
    }
    const publicKey = signerKey(payload.signer, opts.publicKey, undefined);
    if (opts.windowMs !== undefined) checkWindow(createdAtMs, opts.now ?? new Date(), opts.windowMs);
    let bytes: Uint8Array;
    try {
      bytes = canonicalBytes(payload);
    } catch (err) {
      return malformed(`Envelope payload is not plain JSON: ${(err as Error).message}`);
    }
    if (!verify(signature, bytes, publicKey)) {
      throw new ProofError('BAD_SIGNATURE', `The envelope signature does not match its payload.`);
    }
    return payload;
  }

  function signInMessage(did: string, challenge: string): Uint8Array {
    return canonicalBytes({ type: SIGN_IN_TYPE, did, challenge });
  }

  function signChallenge(kp: KeyPair, challenge: string): string {
    return toBase64Url(sign(signInMessage(kp.did, challenge), kp.seed));
  }

  /** Server side of {@link signChallenge}; false (never throws) for a bad DID or signature. */
  function verifyChallenge(did: string, challenge: string, signature: string): boolean {
    try {
      if (!isValidMjnDid(did)) return false;
      return verify(fromBase64Url(signature), signInMessage(did, challenge), publicKeyFromDid(did));
    } catch {
      return false;
    }
  }

  function viewerAssertionBody(viewer: ViewerAssertion, now: Date): Uint8Array {
    return canonicalBytes({
      type: VIEWER_ASSERTION_TYPE,
      did: viewer.did,
      requestId: viewer.requestId,
      aud: viewer.aud,
      clientIp: viewer.clientIp ?? null,
      iat: now.getTime(),
    });
  }

  function signViewerAssertion(
    viewer: ViewerAssertion,
    gatewaySeed: Uint8Array,
    now: Date = new Date(),
  ): string {
    const body = viewerAssertionBody(viewer, now);
    return `${toBase64Url(body)}.${toBase64Url(sign(body, gatewaySeed))}`;
  }

  /**
   * {@link signViewerAssertion} with the key prepared once: a gateway signs one assertion per subgraph
   * call, and re-importing the private key each time was a fifth of its CPU.
   */
  function viewerAssertionSigner(gatewaySeed: Uint8Array): (viewer: ViewerAssertion, now?: Date) => string {
    assertSeed(gatewaySeed);
    const signBytes = backend.signer(gatewaySeed);
    return (viewer, now = new Date()) => {
      const body = viewerAssertionBody(viewer, now);
      return `${toBase64Url(body)}.${toBase64Url(signBytes(body))}`;
    };
  }

  function verifyViewerAssertion(
    header: string,
    gatewayPublicKey: Uint8Array,
    opts: VerifyViewerAssertionOptions,
  ): VerifiedViewerAssertion {
    if (typeof header !== 'string') malformed('Viewer assertion must be a string.');
    const parts = header.split('.');
    if (parts.length !== 2) malformed('Viewer assertion must be <payload>.<signature>.');
    let body: Uint8Array;
    let signature: Uint8Array;
    try {
      body = fromBase64Url(parts[0]);
      signature = fromBase64Url(parts[1]);
    } catch {
      return malformed('Viewer assertion parts must be unpadded base64url.');
    }
    // Signature first: nothing in an unauthenticated body is worth parsing.
    if (!verify(signature, body, gatewayPublicKey)) {
      throw new ProofError('BAD_SIGNATURE', 'Viewer assertion is not signed by the gateway key.');
    }
    let claims: unknown;
    try {
      claims = JSON.parse(utf8Decode(body));
    } catch {
      return malformed('Viewer assertion payload is not JSON.');
    }
    if (
      !isPlainObject(claims) ||
      claims.type !== VIEWER_ASSERTION_TYPE ||
      !(claims.did === null || typeof claims.did === 'string') ||
      typeof claims.requestId !== 'string' ||
      typeof claims.aud !== 'string' ||
      !(claims.clientIp === undefined || claims.clientIp === null || typeof claims.clientIp === 'string') ||
      typeof claims.iat !== 'number' ||
      !Number.isSafeInteger(claims.iat)
    ) {
      return malformed('Viewer assertion payload has the wrong shape.');
    }
    if (claims.aud !== opts.audience) {
      throw new ProofError(
        'BAD_SIGNER',
        `Viewer assertion is for '${claims.aud}', not '${opts.audience}'; it cannot be replayed elsewhere.`,
      );
    }
    const maxAgeMs = opts.maxAgeMs ?? DEFAULT_VIEWER_MAX_AGE_MS;
    const skewMs = opts.clockSkewMs ?? DEFAULT_VIEWER_CLOCK_SKEW_MS;
    const age = (opts.now ?? new Date()).getTime() - claims.iat;
    if (age > maxAgeMs || age < -skewMs) {
      const side = age > 0 ? 'old' : 'in the future';
      throw new ProofError(
        'STALE',
        `Viewer assertion is ${describeDuration(Math.abs(age))} ${side}; limit ${describeDuration(age > 0 ? maxAgeMs : skewMs)}.`,
      );
    }
    return {
      did: claims.did,
      requestId: claims.requestId,
      aud: claims.aud,
      clientIp: (claims.clientIp as string | null | undefined) ?? null,
    };
  }

  return {
    sign,
    verify,
    randomNonce,
    generateKeyPair,
    keyPairFromSeed,
    exportKeyPair,
    importKeyPair,
    signPayload,
    verifyProof,
    signEnvelope,
    verifyEnvelope,
    signInMessage,
    signChallenge,
    verifyChallenge,
    signViewerAssertion,
    viewerAssertionSigner,
    verifyViewerAssertion,
  };
}

export type Protocol = ReturnType<typeof createProtocol>;
