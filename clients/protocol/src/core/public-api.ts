// Everything that does not depend on the crypto backend; index.ts and browser.ts both re-export this
// and then bind createProtocol to their backend, so the two entries expose identical names and types.
export type { CryptoBackend } from './backend';
export { fromBase64Url, toBase64Url } from './bytes';
export { canonicalBytes, canonicalize } from './canonical-json';
export {
  buildDidDocument,
  buildDidDocumentMetadata,
  ed25519SeedToX25519PrivateKey,
  ed25519ToX25519PublicKey,
  x25519PublicKeyToMultibase,
} from './did-document';
export type {
  DidDocument,
  DidDocumentMetadata,
  DidDocumentOptions,
  VerificationMethod,
} from './did-document';
export {
  assertMjnDid,
  didFromPublicKey,
  didKeyToMjn,
  emailFromSoftDid,
  isSoftDid,
  isValidMjnDid,
  mjnToDidKey,
  multibaseToPublicKey,
  publicKeyFromDid,
  publicKeyToMultibase,
  softDidFromEmail,
} from './did.codec';
export { DidError, EncodingError, KeyError, PayloadError, ProofError, ProtocolError } from './errors';
export type {
  DidErrorCode,
  EncodingErrorCode,
  KeyErrorCode,
  PayloadErrorCode,
  ProofErrorCode,
} from './errors';
export { nobleBackend } from './noble-backend';
export { buildPayload } from './payload';
export type { Fields, PayloadMeta } from './payload';
export {
  createProtocol,
  DEFAULT_VIEWER_CLOCK_SKEW_MS,
  DEFAULT_VIEWER_MAX_AGE_MS,
  DEFAULT_WINDOW_MS,
  SIGN_IN_TYPE,
  VIEWER_ASSERTION_TYPE,
} from './protocol';
export type {
  ExportedKeyPair,
  KeyPair,
  Proof,
  Protocol,
  SignedEnvelope,
  SignedPayload,
  SignOptions,
  VerifiedPayload,
  VerifyEnvelopeOptions,
  VerifyOptions,
  VerifiedViewerAssertion,
  VerifyViewerAssertionOptions,
  ViewerAssertion,
} from './protocol';
// Domain modules: pure functions; those that sign or verify take the CryptoBackend as a parameter
// (pass `cryptoBackend` from this package's entry) so the bound-function lists stay as they are.
export * from './actions';
export * from './currency';
export * from './fair';
export * from './ticket';
export * from './e2ee';
export * from './receipt';
export * from './consent';
export * from './delegation';
