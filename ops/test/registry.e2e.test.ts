import { generateKeyPair, signPayload, type KeyPair } from '@imajin/protocol';
import type { RunningRegistry } from '@imajin/registry';
import {
  attestBuild,
  getIdentityNodes,
  getNode,
  getNodeByHostname,
  HeartbeatDocument,
  listNodes,
  NodeOperatorDocument,
  proofFor,
  RegisterNodeDocument,
  registerIdentity,
  registerNode,
  RegistryProofTypes,
  renewRegistration,
  revokeNode,
  sendHeartbeat,
  type HeartbeatInput,
  type ImajinClient,
} from '@imajin/sdk';

import { codeOf, startStack, type Stack } from './stack';

const DAY = 86_400_000;
const BUILD = `sha256:${'ab'.repeat(32)}`;
const OTHER_BUILD = `sha256:${'cd'.repeat(32)}`;

describe('registry through the gateway', () => {
  const admin = generateKeyPair();
  let stack: Stack;
  let client: ImajinClient;

  beforeAll(async () => {
    stack = await startStack({
      env: { registry: { REGISTRY_ADMIN_DIDS: admin.did, REGISTRY_DOMAIN: 'nodes.test' } },
    });
    client = stack.client();
    await registerIdentity(client, admin, { kind: 'HUMAN', handle: 'registry_admin' });
  });
  afterAll(() => stack.stop());

  const count = async (table: string) =>
    Number((await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM registry.${table}`))[0].n);
  const writes = async () => ({ nodes: await count('nodes'), proofs: await count('proof_log') });

  /** A heartbeat signed at the stack's (shifted) clock, as a node whose clock is right would sign it. */
  function heartbeatAt(node: KeyPair, buildHash = BUILD) {
    const input: HeartbeatInput = {
      did: node.did,
      buildHash,
      version: '1.0.0',
      stats: { uptimeSeconds: 60 },
    };
    const { proof } = signPayload(RegistryProofTypes.heartbeat, input, node, { now: stack.clock.now() });
    return client.request(HeartbeatDocument, { input, proof });
  }

  it('registers a node run by a person, heartbeats, and walks the graph both ways', async () => {
    const alice = generateKeyPair();
    const node = generateKeyPair();
    await registerIdentity(client, alice, { kind: 'HUMAN', handle: 'alice_ops' });
    await registerIdentity(client, node, { kind: 'NODE' });
    expect(
      await attestBuild(client, admin, { hash: BUILD, version: '1.0.0', notes: 'first release' }),
    ).toMatchObject({ hash: BUILD, attestedBy: { did: admin.did } });

    const registered = await registerNode(client, node, {
      hostname: 'alices-pi',
      url: 'https://pi.alice.example',
      buildHash: BUILD,
      version: '1.0.0',
      capabilities: ['events', 'chat'],
      operatorDid: alice.did,
    });
    expect(registered).toMatchObject({
      status: 'ACTIVE',
      fqdn: 'alices-pi.nodes.test',
      operator: { did: alice.did },
      dns: { name: 'alices-pi.nodes.test', target: 'pi.alice.example', state: 'DONE' },
    });

    const beat = await sendHeartbeat(client, node, {
      buildHash: BUILD,
      version: '1.0.0',
      stats: { load: 0.1 },
    });
    expect(beat).toMatchObject({ status: 'ACTIVE', heartbeatCount: 1, lastStats: { load: 0.1 } });
    expect((await renewRegistration(client, node)).registeredUntil > registered.registeredUntil).toBe(true);

    // registry → identity: the operator's profile; identity → registry: the nodes it operates.
    const walked = await client.request(NodeOperatorDocument, { did: node.did });
    expect(walked.node).toMatchObject({
      identity: { did: node.did, kind: 'NODE' },
      operator: {
        did: alice.did,
        kind: 'HUMAN',
        profile: { handle: 'alice_ops' },
        nodes: [{ hostname: 'alices-pi' }],
      },
    });
    expect((await getIdentityNodes(client, node.did))?.map((n) => n.hostname)).toEqual(['alices-pi']);
    expect((await getNodeByHostname(client, 'alices-pi'))?.did).toBe(node.did);
    const directory = await listNodes(client, { filter: { capability: 'chat' } });
    expect(directory.edges.map((e) => e.node.hostname)).toContain('alices-pi');
  });

  it('refuses bad input with clear errors and writes nothing', async () => {
    const node = generateKeyPair();
    const human = generateKeyPair();
    await registerIdentity(client, node, { kind: 'NODE' });
    await registerIdentity(client, human, { kind: 'HUMAN' });
    const base = { hostname: 'fresh-node', url: 'https://fresh.example', buildHash: BUILD, version: '1.0.0' };
    const before = await writes();
    expect(await codeOf(registerNode(client, node, { ...base, buildHash: OTHER_BUILD }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf(registerNode(client, node, { ...base, hostname: '-bad-' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(registerNode(client, node, { ...base, hostname: 'alices-pi' }))).toBe('CONFLICT');
    expect(await codeOf(registerNode(client, human, base))).toBe('FORBIDDEN');
    expect(await codeOf(registerNode(client, generateKeyPair(), base))).toBe('NOT_FOUND');
    expect(await codeOf(sendHeartbeat(client, node, { buildHash: BUILD, version: '1.0.0' }))).toBe(
      'NOT_FOUND',
    );
    const input = { did: node.did, ...base, capabilities: [] };
    const wrongSigner = { ...proofFor(RegistryProofTypes.registerNode, input, human), signer: node.did };
    expect(await codeOf(client.request(RegisterNodeDocument, { input, proof: wrongSigner }))).toBe(
      'BAD_SIGNATURE',
    );
    expect(await codeOf(attestBuild(client, node, { hash: OTHER_BUILD, version: '2.0.0' }))).toBe(
      'FORBIDDEN',
    );
    expect(await writes()).toEqual(before);

    await registerNode(client, node, base);
    const hb: HeartbeatInput = { did: node.did, buildHash: BUILD, version: '1.0.0' };
    const proof = proofFor(RegistryProofTypes.heartbeat, hb, node);
    await client.request(HeartbeatDocument, { input: hb, proof });
    const afterFirst = await writes();
    expect(await codeOf(client.request(HeartbeatDocument, { input: hb, proof }))).toBe('BAD_SIGNATURE');
    expect(await writes()).toEqual(afterFirst);

    expect((await revokeNode(client, admin, node.did, 'test revoke')).status).toBe('REVOKED');
    const revoked = await writes();
    expect(await codeOf(sendHeartbeat(client, node, { buildHash: BUILD, version: '1.0.0' }))).toBe(
      'FORBIDDEN',
    );
    expect(await writes()).toEqual(revoked);
  });

  it('ages a node through STALE, GRACE and EXPIRED as the clock moves, and the sweeper deprovisions it', async () => {
    const node = generateKeyPair();
    await registerIdentity(client, node, { kind: 'NODE' });
    await registerNode(client, node, {
      hostname: 'aging-node',
      url: 'https://203.0.113.9',
      buildHash: BUILD,
      version: '1.0.0',
    });
    const registry = stack.subgraphs.registry as unknown as RunningRegistry;
    const status = async () => (await getNode(client, node.did))?.status;

    stack.clock.offsetMs = DAY - 60_000;
    expect(await status()).toBe('ACTIVE');
    stack.clock.offsetMs = 3 * DAY;
    expect(await status()).toBe('STALE');
    expect(
      (await listNodes(client, { filter: { status: 'STALE' } })).edges.map((e) => e.node.hostname),
    ).toContain('aging-node');
    expect((await heartbeatAt(node)).heartbeat.status).toBe('ACTIVE');
    stack.clock.offsetMs = 30 * DAY;
    expect(await status()).toBe('GRACE');
    stack.clock.offsetMs = 37 * DAY;
    expect(await status()).toBe('EXPIRED');
    expect(await codeOf(heartbeatAt(node))).toBe('FORBIDDEN');

    const swept = await registry.sweeper.sweep();
    expect(swept.transitions).toContainEqual({ did: node.did, status: 'EXPIRED' });
    expect((await getNode(client, node.did))?.dns).toMatchObject({ desired: 'ABSENT', state: 'DONE' });
    expect(await getNodeByHostname(client, 'aging-node')).toBeNull();
    stack.clock.offsetMs = 0;
  });
});
