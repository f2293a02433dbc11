// Every error carries a machine-readable `code` so servers can map it to a GraphQL extension code
// without parsing messages; messages stay human and actionable.

export type DidErrorCode =
  'WRONG_METHOD' | 'WRONG_PREFIX' | 'WRONG_LENGTH' | 'BAD_BASE58' | 'MALFORMED' | 'BAD_EMAIL';
export type KeyErrorCode = 'WRONG_LENGTH' | 'MALFORMED' | 'KEY_MISMATCH';
export type EncodingErrorCode = 'BAD_BASE64URL' | 'NOT_CANONICALIZABLE';
export type PayloadErrorCode = 'RESERVED_KEY' | 'BAD_VALUE';
export type ProofErrorCode = 'MALFORMED' | 'BAD_SIGNER' | 'STALE' | 'BAD_SIGNATURE' | 'WRONG_TYPE';

export class ProtocolError<C extends string = string> extends Error {
  readonly code: C;

  constructor(code: C, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A DID (or multibase key) that cannot be decoded. */
export class DidError extends ProtocolError<DidErrorCode> {}

/** Key material of the wrong shape, or an exported key pair whose parts disagree. */
export class KeyError extends ProtocolError<KeyErrorCode> {}

/** Bytes or JSON that cannot be encoded/decoded strictly (base64url, JCS). */
export class EncodingError extends ProtocolError<EncodingErrorCode> {}

/** Fields that cannot become a signed payload (reserved keys, unsupported values). */
export class PayloadError extends ProtocolError<PayloadErrorCode> {}

/** A proof, envelope or assertion that must not be trusted. */
export class ProofError extends ProtocolError<ProofErrorCode> {}
