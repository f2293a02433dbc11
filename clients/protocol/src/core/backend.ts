/**
 * The only crypto the protocol needs. Core code takes it as a parameter so the same logic runs on
 * Node's native Ed25519 (fast, server) and on pure-JS noble (browsers), with byte-identical results.
 */
export interface CryptoBackend {
  /** Ed25519 signature (64 bytes) of `message` with the 32-byte private `seed`. */
  sign(message: Uint8Array, seed: Uint8Array): Uint8Array;
  /** `sign` bound to one seed, with whatever key preparation it needs done once (hot signers). */
  signer(seed: Uint8Array): (message: Uint8Array) => Uint8Array;
  /** Must return false (never throw) for malformed input. */
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
  publicKeyFromSeed(seed: Uint8Array): Uint8Array;
  randomBytes(n: number): Uint8Array;
}
