import {
  canonicalBytes,
  cryptoBackend,
  generateKeyPair,
  nobleBackend,
  signPayload,
  verifyProof,
} from '@imajin/protocol';
import { ProofVerifier } from '@imajin/subgraph-common';

import { measure, printTable, type Measurement } from './stats';

/** Signature verification on the server path (node:crypto) against the pure-JS noble backend. */
export function benchSignatures(): Measurement[] {
  const kp = generateKeyPair();
  const input = { did: kp.did, displayName: 'Bench Mark', bio: 'x'.repeat(200), handle: 'bench_mark' };
  const { proof, payload } = signPayload('mjn.identity.updateProfile', input, kp);
  const message = canonicalBytes(payload);
  const signature = Buffer.from(proof.signature, 'base64url');
  const verifier = new ProofVerifier();

  const rows = [
    measure(
      'raw Ed25519 verify, noble (pure JS)',
      () => nobleBackend.verify(signature, message, kp.publicKey),
      10,
      300,
    ),
    measure('raw Ed25519 verify, node:crypto', () => cryptoBackend.verify(signature, message, kp.publicKey)),
    measure('verifyProof (JCS rebuild + verify + window)', () =>
      verifyProof('mjn.identity.updateProfile', input, proof, { publicKey: kp.publicKey }),
    ),
    measure('ProofVerifier.verify (server path)', () =>
      verifier.verify({ type: 'mjn.identity.updateProfile', fields: input, proof, publicKey: kp.publicKey }),
    ),
  ];
  printTable('Signature verification (one process, one core)', rows, 'raw Ed25519 verify, noble (pure JS)');
  return rows;
}
