import { buildDidDocument, buildDidDocumentMetadata, ed25519ToX25519PublicKey } from './did-document';
import { multibaseToPublicKey } from './did.codec';
import { DidError, KeyError } from './errors';

// did:key spec vectors for seeds 0 and 1 (w3c-ccg/did-method-key test-vectors/ed25519-x25519.json).
const MB0 = 'z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp';
const X0 = 'z6LShs9GGnqk85isEBzzshkuVWrVKsRp24GnDuHk8QWkARMW';
const MB1 = 'z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG';
const X1 = 'z6LSrHyXiPBhUbvPUtyUCdf32sniiMGPTAesgHrtEa4FePtr';

describe('buildDidDocument', () => {
  it('builds a DID Core document with Multikey methods and X25519 keyAgreement', () => {
    const did = `did:mjn:${MB0}`;
    const vm = `${did}#${MB0}`;
    const ka = `${did}#${X0}`;
    expect(buildDidDocument(did)).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [
        { id: vm, type: 'Multikey', controller: did, publicKeyMultibase: MB0 },
        { id: ka, type: 'Multikey', controller: did, publicKeyMultibase: X0 },
      ],
      authentication: [vm],
      assertionMethod: [vm],
      capabilityInvocation: [vm],
      capabilityDelegation: [vm],
      keyAgreement: [ka],
    });
  });

  it('uses the rotated key when given and keeps metadata out of the document', () => {
    const did = `did:mjn:${MB0}`;
    const doc = buildDidDocument(did, {
      publicKey: multibaseToPublicKey(MB1),
      deactivated: true,
      created: 'x',
    });
    expect(doc.verificationMethod.map((m) => m.publicKeyMultibase)).toEqual([MB1, X1]);
    expect(doc.authentication).toEqual([`${did}#${MB1}`]);
    expect(Object.keys(doc)).not.toContain('deactivated');
    expect(buildDidDocumentMetadata({ deactivated: true, created: 'c' })).toEqual({
      deactivated: true,
      created: 'c',
    });
  });

  it('rejects an undecodable DID and wrong-length keys', () => {
    expect(() => buildDidDocument('did:web:example.com')).toThrow(DidError);
    expect(() => ed25519ToX25519PublicKey(new Uint8Array(31))).toThrow(KeyError);
  });
});
