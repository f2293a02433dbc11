// Node entry ("main"): the API bound to node:crypto's native Ed25519. Must export exactly what browser.ts does.
import { createProtocol } from './core/protocol';
import { nodeBackend } from './node-backend';

export * from './core/public-api';

export const cryptoBackend = nodeBackend;

export const {
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
} = createProtocol(nodeBackend);
