import { generateKeyPair, verifyProof, type Proof } from '@imajin/protocol';

import type { ImajinClient } from './client';
import { ConsentProofTypes, declareConsent, revokeConsent } from './consent';

// A stand-in client that records what would be sent: the helpers are checked on what they sign and send.
function recordingClient(reply: Record<string, unknown>) {
  const sent: Array<Record<string, unknown>> = [];
  const client = {
    request: async (_doc: unknown, variables: Record<string, unknown>) => {
      sent.push(variables);
      return reply;
    },
  } as unknown as ImajinClient;
  return { client, sent };
}

describe('consent helpers', () => {
  it('declareConsent signs exactly the input it sends, with expiresAt as an ISO string and no empty terms', async () => {
    const kp = generateKeyPair();
    const { client, sent } = recordingClient({ declareConsent: { id: 'c1' } });
    const expiresAt = new Date('2031-05-01T12:00:00Z');
    await declareConsent(client, kp, { purposes: ['contact'], maxTrustHops: 2, expiresAt, grantee: null });
    const { input, proof } = sent[0] as { input: Record<string, unknown>; proof: Proof };
    expect(input).toEqual({ purposes: ['contact'], maxTrustHops: 2, expiresAt: '2031-05-01T12:00:00.000Z' });
    expect(verifyProof(ConsentProofTypes.declare, input, proof).payload).toMatchObject({
      type: 'mjn.consent.declare',
      signer: kp.did,
    });
    expect(() => verifyProof(ConsentProofTypes.declare, { ...input, maxTrustHops: 6 }, proof)).toThrow();
  });

  it('revokeConsent signs { id } as mjn.consent.revoke', async () => {
    const kp = generateKeyPair();
    const { client, sent } = recordingClient({ revokeConsent: { id: 'c1' } });
    await revokeConsent(client, kp, 'c1');
    const { id, proof } = sent[0] as { id: string; proof: Proof };
    expect(id).toBe('c1');
    expect(() => verifyProof(ConsentProofTypes.revoke, { id }, proof)).not.toThrow();
    expect(() => verifyProof(ConsentProofTypes.declare, { id }, proof)).toThrow();
  });
});
