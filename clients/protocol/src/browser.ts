// Browser entry ("browser" field): the API bound to pure-JS noble. Must export exactly what index.ts does.
import { nobleBackend } from './core/noble-backend';
import { createProtocol } from './core/protocol';

export * from './core/public-api';

export const cryptoBackend = nobleBackend;

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
} = createProtocol(nobleBackend);
