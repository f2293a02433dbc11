import * as browser from './browser';
import { PayloadError, ProofError } from './core/errors';

import * as node from './index';

type Api = typeof node;

const seed = (n: number): Uint8Array => new Uint8Array(32).fill(n);
const NOW = new Date('2026-03-01T12:00:00.000Z');
const NONCE = 'AAECAwQFBgcICQoLDA0ODw';

describe.each([
  ['node', node],
  ['browser', browser],
] as Array<[string, Api]>)('onBehalfOf proofs (%s)', (_name, api) => {
  const agent = api.keyPairFromSeed(seed(7));
  const person = api.keyPairFromSeed(seed(8));
  const other = api.keyPairFromSeed(seed(9));
  const fields = { to: other.did, weight: 10 };
  const signed = api.signPayload('mjn.trust.vouch', fields, agent, {
    now: NOW,
    nonce: NONCE,
    onBehalfOf: person.did,
  });

  it('signs onBehalfOf between signer and createdAt in the canonical bytes', () => {
    expect(signed.proof.onBehalfOf).toBe(person.did);
    expect(signed.canonical).toBe(
      `{"createdAt":"${NOW.toISOString()}","nonce":"${NONCE}","onBehalfOf":"${person.did}",` +
        `"signer":"${agent.did}","to":"${other.did}","type":"mjn.trust.vouch","weight":10}`,
    );
    expect(() => api.verifyProof('mjn.trust.vouch', fields, signed.proof, { now: NOW })).not.toThrow();
  });

  it('refuses a proof whose onBehalfOf was removed or changed after signing', () => {
    const { onBehalfOf: _dropped, ...stripped } = signed.proof;
    expect(() => api.verifyProof('mjn.trust.vouch', fields, stripped, { now: NOW })).toThrow(ProofError);
    const changed = { ...signed.proof, onBehalfOf: other.did };
    expect(() => api.verifyProof('mjn.trust.vouch', fields, changed, { now: NOW })).toThrow(
      'The signature does not match',
    );
  });

  it('treats a null onBehalfOf as absent, like every optional member', () => {
    const plain = api.signPayload('mjn.trust.vouch', fields, agent, { now: NOW, nonce: NONCE });
    const withNull = { ...plain.proof, onBehalfOf: null };
    expect(() => api.verifyProof('mjn.trust.vouch', fields, withNull, { now: NOW })).not.toThrow();
  });

  it('refuses onBehalfOf naming the signer itself or a non-did:mjn, when signing and verifying', () => {
    expect(() =>
      api.signPayload('mjn.trust.vouch', fields, agent, { now: NOW, onBehalfOf: agent.did }),
    ).toThrow(PayloadError);
    const self = { ...signed.proof, onBehalfOf: agent.did };
    expect(() => api.verifyProof('mjn.trust.vouch', fields, self, { now: NOW })).toThrow(
      expect.objectContaining({ code: 'BAD_SIGNER' }),
    );
    const email = { ...signed.proof, onBehalfOf: 'did:email:bob_at_example.org' };
    expect(() => api.verifyProof('mjn.trust.vouch', fields, email, { now: NOW })).toThrow(
      expect.objectContaining({ code: 'BAD_SIGNER' }),
    );
  });

  it('refuses a field named onBehalfOf inside the input', () => {
    expect(() =>
      api.signPayload('mjn.trust.vouch', { ...fields, onBehalfOf: person.did }, agent, { now: NOW }),
    ).toThrow(expect.objectContaining({ code: 'RESERVED_KEY' }));
  });
});

describe('delegation catalogue', () => {
  it('lists the delegable scopes and recognises only them', () => {
    expect(node.DELEGABLE_SCOPES).toEqual(
      expect.arrayContaining(['mjn.trust.vouch', 'mjn.chat.message', 'mjn.payments.read']),
    );
    expect(node.isDelegableScope('mjn.chat.message')).toBe(true);
    expect(node.isDelegableScope('mjn.identity.deactivate')).toBe(false);
  });
});
