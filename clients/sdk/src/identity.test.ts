import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

import {
  generateKeyPair,
  publicKeyToMultibase,
  verifyChallenge,
  verifyProof,
  type Proof,
} from '@imajin/protocol';

import { ImajinClient, ImajinRequestError } from './client';
import { ViewerDocument } from './generated/graphql';
import {
  actingAs,
  claimSoftIdentity,
  deactivateIdentity,
  delegate,
  onBehalfOf,
  proofFor,
  ProofTypes,
  registerIdentity,
  rotateKey,
  signIn,
  signOut,
  updateProfile,
} from './identity';

type Body = { query: string; variables: Record<string, unknown>; operationName?: string };
interface Recorded {
  headers: IncomingHttpHeaders;
  body: Body;
}

// Canned replies keyed by operation name: the SDK is checked on what it sends, not on server logic.
type Handler = (variables: Record<string, unknown>) => { status?: number; json: unknown };

async function startFakeGateway(handlers: Record<string, Handler>) {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body;
      requests.push({ headers: req.headers, body });
      const handler = handlers[body.operationName ?? ''];
      const reply = handler
        ? handler(body.variables)
        : { status: 400, json: { errors: [{ message: 'unexpected', extensions: { code: 'TEST' } }] } };
      res.statusCode = reply.status ?? 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(reply.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    lastVariables: (operationName: string) =>
      requests.filter((r) => r.body.operationName === operationName).at(-1)!.body.variables,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function identityJson(did: string, extra: Record<string, unknown> = {}) {
  return {
    did,
    kind: 'HUMAN',
    soft: false,
    active: true,
    deactivatedAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    currentKey: null,
    profile: { handle: 'alice', displayName: null, bio: null, avatarUrl: null },
    keys: [],
    claimedBy: null,
    ...extra,
  };
}

const identityReply =
  (field: string): Handler =>
  (v) => ({ json: { data: { [field]: identityJson((v.input as { did: string }).did) } } });

describe('identity helpers', () => {
  let gateway: Awaited<ReturnType<typeof startFakeGateway>>;
  let client: ImajinClient;

  beforeEach(async () => {
    gateway = await startFakeGateway({
      Register: identityReply('register'),
      UpdateProfile: identityReply('updateProfile'),
      Deactivate: identityReply('deactivate'),
      ClaimSoftIdentity: () => ({
        json: { data: { claimSoftIdentity: identityJson('did:email:a_at_b.c') } },
      }),
      CreateChallenge: (v) => ({
        json: {
          data: { createChallenge: { challenge: 'chal-123', did: v.did, expiresAt: '2030-01-01T00:00:00Z' } },
        },
      }),
      SignIn: (v) => ({
        json: {
          data: {
            signIn: {
              token: 'session-token',
              expiresAt: '2030-01-01T00:00:00Z',
              identity: identityJson(v.did as string),
            },
          },
        },
      }),
      SignOut: () => ({ json: { data: { signOut: 1 } } }),
      RotateKey: (v) => ({
        json: {
          data: {
            rotateKey: {
              publicKeyMultibase: (v.input as { newPublicKey: string }).newPublicKey,
              validFrom: '2025-01-02T00:00:00.000Z',
              validUntil: null,
              current: true,
              rotationSignature: (v.proof as Proof).signature,
            },
          },
        },
      }),
      Viewer: () => ({ json: { data: { viewer: null } } }),
      Delegate: (v) => ({
        json: {
          data: {
            delegate: {
              id: 'd1',
              ...(v.input as object),
              maxUsesPerDay: null,
              usesLast24h: 0,
              active: true,
              createdAt: '2030-01-01T00:00:00.000Z',
              revokedAt: null,
              signature: (v.proof as Proof).signature,
              signedPayload: '{}',
              person: { did: (v.proof as Proof).signer },
              agent: { did: (v.input as { agent: string }).agent },
            },
          },
        },
      }),
    });
    client = new ImajinClient({ url: gateway.url });
  });
  afterEach(() => gateway.close());

  it('registerIdentity sends the input and a proof that verifies over exactly that input', async () => {
    const kp = generateKeyPair();

    const identity = await registerIdentity(client, kp, { kind: 'HUMAN', handle: 'alice', bio: undefined });

    expect(identity.did).toBe(kp.did);
    const { input, proof } = gateway.lastVariables('Register') as {
      input: Record<string, unknown>;
      proof: Proof;
    };
    // Unset optional fields are not sent at all, so the sent input is the signed object.
    expect(input).toEqual({ did: kp.did, kind: 'HUMAN', handle: 'alice' });
    expect(proof.signer).toBe(kp.did);
    expect(() => verifyProof(ProofTypes.register, input, proof)).not.toThrow();

    expect(() => verifyProof(ProofTypes.register, { ...input, handle: 'mallory' }, proof)).toThrow();
    expect(() => verifyProof(ProofTypes.updateProfile, input, proof)).toThrow();
  });

  it('proofFor returns exactly the ProofInput fields', () => {
    const kp = generateKeyPair();
    const proof = proofFor(ProofTypes.deactivate, { did: kp.did }, kp);
    expect(Object.keys(proof).sort()).toEqual(['createdAt', 'nonce', 'signature', 'signer']);
    expect(() => verifyProof(ProofTypes.deactivate, { did: kp.did }, proof)).not.toThrow();
  });

  it('onBehalfOf makes proofFor name the person in a signed onBehalfOf, signed by the agent', () => {
    const agent = generateKeyPair();
    const person = generateKeyPair();
    const input = { to: generateKeyPair().did, weight: 10 };
    const proof = proofFor('mjn.trust.vouch', input, onBehalfOf(agent, person.did));
    expect(proof).toMatchObject({ signer: agent.did, onBehalfOf: person.did });
    expect(() => verifyProof('mjn.trust.vouch', input, proof)).not.toThrow();
    expect(() => verifyProof('mjn.trust.vouch', input, { ...proof, onBehalfOf: undefined })).toThrow();
  });

  it('delegate signs the grant as the person, with expiresAt as toISOString', async () => {
    const person = generateKeyPair();
    const agent = generateKeyPair();
    const expiresAt = new Date('2030-02-01T00:00:00Z');
    const grant = await delegate(client, person, agent.did, { scopes: ['mjn.trust.vouch'], expiresAt });
    expect(grant.agent?.did).toBe(agent.did);
    const { input, proof } = gateway.lastVariables('Delegate') as {
      input: Record<string, unknown>;
      proof: Proof;
    };
    expect(input).toEqual({
      agent: agent.did,
      scopes: ['mjn.trust.vouch'],
      expiresAt: expiresAt.toISOString(),
    });
    expect(() => verifyProof(ProofTypes.delegate, input, proof)).not.toThrow();
  });

  it('signIn signs the challenge and sends the bearer token afterwards', async () => {
    const kp = generateKeyPair();

    const session = await signIn(client, kp);
    await client.request(ViewerDocument, {});

    expect(session.token).toBe('session-token');
    expect(client.token).toBe('session-token');
    const signInVars = gateway.lastVariables('SignIn') as {
      did: string;
      challenge: string;
      signature: string;
    };
    expect(signInVars.did).toBe(kp.did);
    expect(signInVars.challenge).toBe('chal-123');
    expect(verifyChallenge(kp.did, 'chal-123', signInVars.signature)).toBe(true);
    expect(gateway.requests.map((r) => [r.body.operationName, r.headers.authorization])).toEqual([
      ['CreateChallenge', undefined],
      ['SignIn', undefined],
      ['Viewer', 'Bearer session-token'],
    ]);
  });

  it('signOut ends the current session and clears the token', async () => {
    client.setToken('session-token');
    await expect(signOut(client)).resolves.toBe(1);
    expect(gateway.lastVariables('SignOut')).toEqual({});
    expect(gateway.requests.at(-1)!.headers.authorization).toBe('Bearer session-token');
    expect(client.token).toBeNull();

    client.setToken('mine');
    await signOut(client, 'someone-elses');
    expect(gateway.lastVariables('SignOut')).toEqual({ token: 'someone-elses' });
    expect(client.token).toBe('mine');
  });

  it('updateProfile omits null fields, keeps "" (clear) and signs what it sends', async () => {
    const kp = generateKeyPair();

    await updateProfile(client, kp, { displayName: 'Alice', bio: '', handle: null });

    const { input, proof } = gateway.lastVariables('UpdateProfile') as {
      input: Record<string, unknown>;
      proof: Proof;
    };
    expect(input).toEqual({ did: kp.did, displayName: 'Alice', bio: '' });
    expect(() => verifyProof(ProofTypes.updateProfile, input, proof)).not.toThrow();
    expect(() => verifyProof(ProofTypes.updateProfile, { ...input, bio: 'x' }, proof)).toThrow();
  });

  it('deactivateIdentity signs {did}', async () => {
    const kp = generateKeyPair();
    await deactivateIdentity(client, kp);
    const { input, proof } = gateway.lastVariables('Deactivate') as { input: { did: string }; proof: Proof };
    expect(input).toEqual({ did: kp.did });
    expect(() => verifyProof(ProofTypes.deactivate, input, proof)).not.toThrow();
  });

  it('rotateKey sends two proofs by the old and the new key, both with signer = the DID', async () => {
    const oldKp = generateKeyPair();
    const newKp = generateKeyPair();

    const key = await rotateKey(client, oldKp.did, oldKp, newKp);

    const { input, proof, newKeyProof } = gateway.lastVariables('RotateKey') as {
      input: Record<string, unknown>;
      proof: Proof;
      newKeyProof: Proof;
    };
    expect(input).toEqual({ did: oldKp.did, newPublicKey: publicKeyToMultibase(newKp.publicKey) });
    expect(key.publicKeyMultibase).toBe(input.newPublicKey);
    expect(proof.signer).toBe(oldKp.did);
    expect(newKeyProof.signer).toBe(oldKp.did);
    expect(proof.nonce).not.toBe(newKeyProof.nonce);

    expect(() =>
      verifyProof(ProofTypes.rotateKey, input, proof, { publicKey: oldKp.publicKey }),
    ).not.toThrow();
    expect(() =>
      verifyProof(ProofTypes.rotateKey, input, newKeyProof, { publicKey: newKp.publicKey }),
    ).not.toThrow();
    // Each proof is bound to its own key: swapping them must fail.
    expect(() => verifyProof(ProofTypes.rotateKey, input, proof, { publicKey: newKp.publicKey })).toThrow();
    expect(() =>
      verifyProof(ProofTypes.rotateKey, input, newKeyProof, { publicKey: oldKp.publicKey }),
    ).toThrow();
  });

  it('rotateKey after an earlier rotation still names the original DID as signer', async () => {
    const original = generateKeyPair();
    const second = generateKeyPair();
    const third = generateKeyPair();

    await rotateKey(client, original.did, second, third);

    const { input, proof, newKeyProof } = gateway.lastVariables('RotateKey') as {
      input: Record<string, unknown>;
      proof: Proof;
      newKeyProof: Proof;
    };
    expect(input.did).toBe(original.did);
    expect(proof.signer).toBe(original.did);
    expect(newKeyProof.signer).toBe(original.did);
    expect(() =>
      verifyProof(ProofTypes.rotateKey, input, proof, { publicKey: second.publicKey }),
    ).not.toThrow();
    expect(() =>
      verifyProof(ProofTypes.rotateKey, input, newKeyProof, { publicKey: third.publicKey }),
    ).not.toThrow();
  });

  it('actingAs lets a rotated key sign for its identity', async () => {
    const original = generateKeyPair();
    const rotated = generateKeyPair();

    await updateProfile(client, actingAs(rotated, original.did), { bio: 'rotated' });

    const { input, proof } = gateway.lastVariables('UpdateProfile') as {
      input: Record<string, unknown>;
      proof: Proof;
    };
    expect(input.did).toBe(original.did);
    expect(proof.signer).toBe(original.did);
    expect(() =>
      verifyProof(ProofTypes.updateProfile, input, proof, { publicKey: rotated.publicKey }),
    ).not.toThrow();
  });

  it('claimSoftIdentity signs {emailDid} with the keyed DID and sends the code separately', async () => {
    const kp = generateKeyPair();

    await claimSoftIdentity(client, kp, 'did:email:a_at_b.c', '123456');

    const { input, proof, code } = gateway.lastVariables('ClaimSoftIdentity') as {
      input: Record<string, unknown>;
      proof: Proof;
      code: string;
    };
    expect(input).toEqual({ emailDid: 'did:email:a_at_b.c' });
    expect(code).toBe('123456');
    expect(proof.signer).toBe(kp.did);
    expect(() => verifyProof(ProofTypes.claimSoft, input, proof)).not.toThrow();
  });

  it('surfaces a rejected mutation as ImajinRequestError with its code', async () => {
    await gateway.close();
    gateway = await startFakeGateway({
      Register: () => ({
        json: { data: null, errors: [{ message: 'Handle taken', extensions: { code: 'CONFLICT' } }] },
      }),
    });
    client = new ImajinClient({ url: gateway.url });

    const err = await registerIdentity(client, generateKeyPair(), { kind: 'AGENT', handle: 'taken' }).catch(
      (e: unknown) => e,
    );

    expect(err).toBeInstanceOf(ImajinRequestError);
    expect((err as ImajinRequestError).code).toBe('CONFLICT');
  });
});
