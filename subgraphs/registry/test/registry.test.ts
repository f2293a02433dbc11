import { generateKeyPair, type KeyPair } from '@imajin/protocol';

import { CloudflareDnsProvider, RegistryProofTypes as P } from '../src';

import { FakeCloudflare } from './cloudflare-fake';
import { hash, NODE_FIELDS, startRegistryHarness, type RegistryHarness } from './harness';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const ATTEST = `mutation($input: AttestBuildInput!, $proof: ProofInput!) {
  attestBuild(input: $input, proof: $proof) { hash version notes attestedBy { did } } }`;
const REGISTER = `mutation($input: RegisterNodeInput!, $proof: ProofInput!) {
  registerNode(input: $input, proof: $proof) { ${NODE_FIELDS} } }`;
const HEARTBEAT = `mutation($input: HeartbeatInput!, $proof: ProofInput!) {
  heartbeat(input: $input, proof: $proof) { ${NODE_FIELDS} } }`;
const RENEW = `mutation($input: RenewRegistrationInput!, $proof: ProofInput!) {
  renewRegistration(input: $input, proof: $proof) { ${NODE_FIELDS} } }`;
const REVOKE = `mutation($input: RevokeNodeInput!, $proof: ProofInput!) {
  revokeNode(input: $input, proof: $proof) { ${NODE_FIELDS} } }`;
const NODE = `query($did: String!) { node(did: $did) { ${NODE_FIELDS} } }`;
const BY_HOST = `query($h: String!) { nodeByHostname(hostname: $h) { did status } }`;
const NODES = `query($filter: NodeFilter, $first: Int, $after: String) {
  nodes(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { hostname status version capabilities } } } }`;

type Node = Record<string, unknown> & { status: string; did: string };

describe('registry subgraph', () => {
  let h: RegistryHarness;
  let hashes = 0;

  beforeAll(async () => {
    h = await startRegistryHarness();
  });
  afterAll(() => h.stop());

  async function attest(version = '1.0.0', by: KeyPair = h.admin) {
    const input = { hash: hash(++hashes), version, notes: 'release' };
    const res = await h.gql(ATTEST, { input, proof: h.sign(P.attestBuild, input, by) });
    return { input, res };
  }

  function registerInput(
    node: KeyPair,
    hostname: string,
    buildHash: string,
    extra: Record<string, unknown> = {},
  ) {
    return {
      did: node.did,
      hostname,
      url: `https://${hostname}.example.net`,
      buildHash,
      version: '1.0.0',
      capabilities: ['events', 'chat'],
      ...extra,
    };
  }

  async function register(
    node: KeyPair,
    hostname: string,
    buildHash: string,
    extra: Record<string, unknown> = {},
  ) {
    const input = registerInput(node, hostname, buildHash, extra);
    return h.gql<{ registerNode: Node }>(REGISTER, { input, proof: h.sign(P.registerNode, input, node) });
  }

  async function heartbeat(node: KeyPair, buildHash: string, stats: unknown = { uptime: 1 }) {
    const input = { did: node.did, buildHash, version: '1.0.0', stats };
    return h.gql<{ heartbeat: Node }>(HEARTBEAT, { input, proof: h.sign(P.heartbeat, input, node) });
  }

  const getNode = async (did: string) => (await h.gql<{ node: Node }>(NODE, { did })).data!.node;
  const writes = async () => ({
    nodes: await h.count('nodes'),
    proofs: await h.count('proof_log'),
    dns: await h.count('dns_records'),
    builds: await h.count('attested_builds'),
    beats: Number(
      (await h.sql<{ n: number }>('SELECT coalesce(sum(heartbeat_count), 0)::int AS n FROM nodes'))[0].n,
    ),
  });

  it('only admins attest builds', async () => {
    const { res } = await attest();
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ attestBuild: { version: '1.0.0', attestedBy: { did: h.admin.did } } });
    const outsider = h.identity('HUMAN');
    expect((await attest('1.0.1', outsider)).res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('walks a node through every status at its boundary: 23h59m, 3 days, 30 days, 37 days', async () => {
    const { input: build } = await attest();
    const node = h.identity();
    const operator = h.identity('HUMAN');
    const t0 = h.clock.now().getTime();
    const at = (ms: number) => h.clock.set(new Date(t0 + ms));

    const reg = await register(node, 'pi-node', build.hash, { operatorDid: operator.did });
    expect(reg.errors).toBeUndefined();
    expect(reg.data!.registerNode).toMatchObject({
      status: 'ACTIVE',
      fqdn: 'pi-node.imajin.test',
      operator: { did: operator.did },
      identity: { did: node.did },
      registeredUntil: new Date(t0 + 30 * DAY).toISOString(),
      nextHeartbeatDue: new Date(t0 + DAY).toISOString(),
      dns: { name: 'pi-node.imajin.test', target: 'pi-node.example.net', desired: 'PRESENT', state: 'DONE' },
    });

    at(23 * HOUR + 59 * MIN);
    expect(await getNode(node.did)).toMatchObject({ status: 'ACTIVE', heartbeatOverdue: false });
    at(DAY + 1);
    expect(await getNode(node.did)).toMatchObject({ status: 'ACTIVE', heartbeatOverdue: true });
    at(3 * DAY - 1);
    expect((await getNode(node.did)).status).toBe('ACTIVE');
    expect((await h.registry.sweeper.sweep()).transitions).toEqual([]);

    at(3 * DAY);
    expect((await getNode(node.did)).status).toBe('STALE');
    expect((await h.registry.sweeper.sweep()).transitions).toEqual([{ did: node.did, status: 'STALE' }]);
    expect((await h.registry.sweeper.sweep()).transitions).toEqual([]); // idempotent
    const staleList = await h.gql<{ nodes: { edges: Array<{ node: { hostname: string } }> } }>(NODES, {
      filter: { status: 'STALE' },
    });
    expect(staleList.data!.nodes.edges.map((e) => e.node.hostname)).toContain('pi-node');

    at(3 * DAY + HOUR);
    const beat = await heartbeat(node, build.hash);
    expect(beat.errors).toBeUndefined();
    expect(beat.data!.heartbeat).toMatchObject({
      status: 'ACTIVE',
      heartbeatCount: 1,
      lastStats: { uptime: 1 },
    });
    expect((await h.sql('SELECT status FROM nodes WHERE did = $1', [node.did]))[0]).toEqual({
      status: 'ACTIVE',
    });

    at(30 * DAY - 1);
    expect((await getNode(node.did)).status).toBe('STALE');
    at(30 * DAY);
    expect((await getNode(node.did)).status).toBe('GRACE');
    // A heartbeat in GRACE is accepted but does not renew the registration.
    expect((await heartbeat(node, build.hash)).data!.heartbeat.status).toBe('GRACE');
    expect((await h.sql('SELECT status FROM nodes WHERE did = $1', [node.did]))[0]).toEqual({
      status: 'GRACE',
    });

    at(37 * DAY - 1);
    expect((await getNode(node.did)).status).toBe('GRACE');
    await h.registry.sweeper.sweep();
    expect((await h.gql<{ nodeByHostname: Node }>(BY_HOST, { h: 'pi-node' })).data!.nodeByHostname.did).toBe(
      node.did,
    );

    at(37 * DAY);
    expect((await getNode(node.did)).status).toBe('EXPIRED');
    const before = await writes();
    const late = await heartbeat(node, build.hash);
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(late.errors?.[0].message).toMatch(/expired/);
    const lateRenew = { did: node.did };
    expect(
      (await h.gql(RENEW, { input: lateRenew, proof: h.sign(P.renewRegistration, lateRenew, node) }))
        .errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await writes()).toEqual(before);

    const swept = await h.registry.sweeper.sweep();
    expect(swept.transitions).toEqual([{ did: node.did, status: 'EXPIRED' }]);
    expect(swept.dnsDone).toBe(1);
    expect(await getNode(node.did)).toMatchObject({
      status: 'EXPIRED',
      dns: { desired: 'ABSENT', state: 'DONE' },
    });
    expect((await h.registry.sweeper.sweep()).transitions).toEqual([]);
    expect(
      (await h.gql<{ nodeByHostname: Node | null }>(BY_HOST, { h: 'pi-node' })).data!.nodeByHostname,
    ).toBeNull();

    // The hostname is free again, and the expired node may register afresh.
    const again = await register(node, 'pi-node', build.hash);
    expect(again.data!.registerNode).toMatchObject({ status: 'ACTIVE', heartbeatCount: 0 });
  });

  it('renewRegistration extends max(now, registeredUntil) + 30 days', async () => {
    const { input: build } = await attest();
    const node = h.identity();
    const t0 = h.clock.now().getTime();
    await register(node, 'renew-me', build.hash);
    h.clock.set(new Date(t0 + 10 * DAY));
    const input = { did: node.did };
    const early = await h.gql<{ renewRegistration: Node }>(RENEW, {
      input,
      proof: h.sign(P.renewRegistration, input, node),
    });
    expect(early.data!.renewRegistration.registeredUntil).toBe(new Date(t0 + 60 * DAY).toISOString());
    h.clock.set(new Date(t0 + 62 * DAY)); // in GRACE
    expect((await getNode(node.did)).status).toBe('GRACE');
    const late = await h.gql<{ renewRegistration: Node }>(RENEW, {
      input,
      proof: h.sign(P.renewRegistration, input, node),
    });
    expect(late.data!.renewRegistration).toMatchObject({
      registeredUntil: new Date(t0 + 92 * DAY).toISOString(),
      status: 'STALE', // renewed, but it still has not heartbeated for 62 days
    });
  });

  describe('bad input gets a clear error and writes nothing', () => {
    let build: string;
    let live: KeyPair;
    let revoked: KeyPair;

    beforeAll(async () => {
      build = (await attest()).input.hash;
      live = h.identity();
      revoked = h.identity();
      expect((await register(live, 'taken-name', build)).errors).toBeUndefined();
      expect((await register(revoked, 'revoked-one', build)).errors).toBeUndefined();
      const input = { did: revoked.did, reason: 'ran a tampered build' };
      expect(
        (await h.gql(REVOKE, { input, proof: h.sign(P.revokeNode, input, h.admin) })).errors,
      ).toBeUndefined();
    });

    const cases: Array<
      [
        string,
        () => Promise<{ errors?: Array<{ message: string; extensions?: { code?: string } }> }>,
        string,
        RegExp,
      ]
    > = [
      [
        'unattested build',
        async () => register(h.identity(), 'fresh-a', hash(999_999)),
        'BAD_USER_INPUT',
        /not attested/,
      ],
      ['bad hostname', async () => register(h.identity(), 'Bad_Host', build), 'BAD_USER_INPUT', /hostname/],
      [
        'reserved hostname',
        async () => register(h.identity(), 'registry', build),
        'BAD_USER_INPUT',
        /reserved/,
      ],
      ['hostname taken', async () => register(h.identity(), 'taken-name', build), 'CONFLICT', /taken/],
      [
        'node registering twice',
        async () => register(live, 'other-name', build),
        'CONFLICT',
        /already registered/,
      ],
      [
        'a HUMAN identity as node',
        async () => register(h.identity('HUMAN'), 'human-node', build),
        'FORBIDDEN',
        /NODE/,
      ],
      [
        'an unregistered DID',
        async () => {
          const { generateKeyPair } = await import('@imajin/protocol');
          return register(generateKeyPair(), 'ghost-node', build);
        },
        'NOT_FOUND',
        /register it/,
      ],
      [
        'heartbeat from an unregistered node',
        async () => heartbeat(h.identity(), build),
        'NOT_FOUND',
        /registerNode first/,
      ],
      ['heartbeat from a revoked node', async () => heartbeat(revoked, build), 'FORBIDDEN', /revoked/],
      [
        'wrong signer',
        async () => {
          const input = { did: live.did, buildHash: build, version: '1.0.0' };
          return h.gql(HEARTBEAT, { input, proof: h.sign(P.heartbeat, input, h.identity()) });
        },
        'BAD_SIGNATURE',
        /wrong DID/,
      ],
      [
        'tampered input',
        async () => {
          const input = { did: live.did, buildHash: build, version: '1.0.0' };
          return h.gql(HEARTBEAT, {
            input: { ...input, version: '9.9.9' },
            proof: h.sign(P.heartbeat, input, live),
          });
        },
        'BAD_SIGNATURE',
        /does not match/,
      ],
      [
        'revoke by a non-admin',
        async () => {
          const input = { did: live.did, reason: 'spite' };
          return h.gql(REVOKE, { input, proof: h.sign(P.revokeNode, input, live) });
        },
        'FORBIDDEN',
        /admins/,
      ],
      [
        'oversized stats',
        async () => heartbeat(live, build, { blob: 'x'.repeat(5000) }),
        'BAD_USER_INPUT',
        /4 KB/,
      ],
      [
        'an operator that is not a registered identity',
        async () => register(h.identity(), 'op-node', build, { operatorDid: generateKeyPair().did }),
        'BAD_USER_INPUT',
        /operatorDid/,
      ],
      [
        'attesting a malformed hash',
        async () => {
          const input = { hash: 'md5:abc', version: '1.0.0' };
          return h.gql(ATTEST, { input, proof: h.sign(P.attestBuild, input, h.admin) });
        },
        'BAD_USER_INPUT',
        /sha256/,
      ],
      [
        'attesting a hash twice',
        async () => {
          const input = { hash: build, version: '1.0.0' };
          return h.gql(ATTEST, { input, proof: h.sign(P.attestBuild, input, h.admin) });
        },
        'CONFLICT',
        /already attested/,
      ],
      [
        'renewal signed by another node',
        async () => {
          const input = { did: live.did };
          return h.gql(RENEW, { input, proof: h.sign(P.renewRegistration, input, h.identity()) });
        },
        'BAD_SIGNATURE',
        /wrong DID/,
      ],
      [
        'renewal of an unregistered node',
        async () => {
          const stranger = h.identity();
          const input = { did: stranger.did };
          return h.gql(RENEW, { input, proof: h.sign(P.renewRegistration, input, stranger) });
        },
        'NOT_FOUND',
        /registerNode first/,
      ],
      [
        'revoking an unknown node',
        async () => {
          const input = { did: generateKeyPair().did, reason: 'nobody' };
          return h.gql(REVOKE, { input, proof: h.sign(P.revokeNode, input, h.admin) });
        },
        'NOT_FOUND',
        /No node/,
      ],
    ];

    it.each(cases)('%s', async (_name, run, code, message) => {
      const before = await writes();
      const res = await run();
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(res.errors?.[0].message).toMatch(message);
      expect(await writes()).toEqual(before);
    });

    it('a replayed heartbeat is refused and writes nothing', async () => {
      const input = { did: live.did, buildHash: build, version: '1.0.0', stats: { load: 0.5 } };
      const proof = h.sign(P.heartbeat, input, live);
      expect((await h.gql(HEARTBEAT, { input, proof })).errors).toBeUndefined();
      const before = await writes();
      const replay = await h.gql(HEARTBEAT, { input, proof });
      expect(replay.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_SIGNATURE', reason: 'REPLAYED' } });
      expect(await writes()).toEqual(before);
    });

    it('a heartbeat with a changed, unattested build flags the node; an attested one clears the flag', async () => {
      const flagged = await heartbeat(live, hash(777_777));
      expect(flagged.data!.heartbeat).toMatchObject({ flagged: true, buildHash: hash(777_777) });
      expect(flagged.data!.heartbeat.flagReason).toMatch(/unattested/);
      const cleared = await heartbeat(live, build);
      expect(cleared.data!.heartbeat).toMatchObject({ flagged: false, flagReason: null });
    });
  });

  it('revokeNode releases the hostname and removes DNS; the sweeper leaves it alone', async () => {
    const { input: build } = await attest();
    const node = h.identity();
    await register(node, 'to-revoke', build.hash);
    const input = { did: node.did, reason: 'abuse' };
    const res = await h.gql<{ revokeNode: Node }>(REVOKE, {
      input,
      proof: h.sign(P.revokeNode, input, h.admin),
    });
    expect(res.data!.revokeNode).toMatchObject({
      status: 'REVOKED',
      revokeReason: 'abuse',
      dns: { desired: 'ABSENT', state: 'DONE' },
    });
    expect((await h.registry.sweeper.sweep()).transitions.filter((t) => t.did === node.did)).toEqual([]);
    const again = { did: node.did, reason: 'twice' };
    expect(
      (await h.gql(REVOKE, { input: again, proof: h.sign(P.revokeNode, again, h.admin) })).errors?.[0]
        .extensions?.code,
    ).toBe('CONFLICT');
    expect((await register(h.identity(), 'to-revoke', build.hash)).errors).toBeUndefined();
  });

  it('the public directory filters by status, version and capability and pages', async () => {
    const { input: build } = await attest('2.0.0');
    for (const [i, caps] of [['events'], ['chat'], ['events', 'chat']].entries()) {
      const node = h.identity();
      const input = { ...registerInput(node, `dir-${i}`, build.hash), version: '2.0.0', capabilities: caps };
      expect(
        (await h.gql(REGISTER, { input, proof: h.sign(P.registerNode, input, node) })).errors,
      ).toBeUndefined();
    }
    type Page = {
      nodes: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { hostname: string } }>;
      };
    };
    const page1 = await h.gql<Page>(NODES, { filter: { version: '2.0.0', capability: 'events' }, first: 1 });
    expect(page1.data!.nodes).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(page1.data!.nodes.edges[0].node.hostname).toBe('dir-0');
    const page2 = await h.gql<Page>(NODES, {
      filter: { version: '2.0.0', capability: 'events' },
      first: 1,
      after: page1.data!.nodes.pageInfo.endCursor,
    });
    expect(page2.data!.nodes.edges[0].node.hostname).toBe('dir-2');
    expect(page2.data!.nodes.pageInfo.hasNextPage).toBe(false);
    const expired = await h.gql<Page>(NODES, { filter: { status: 'EXPIRED' } });
    expect(expired.data!.nodes.edges.every((e) => e.node.hostname !== 'dir-0')).toBe(true);
    const all = await h.gql<Page>(NODES, { first: 100 });
    expect(all.data!.nodes.edges.map((e) => e.node.hostname)).not.toContain('revoked-one');
  });

  it('resolves Node entities and extends Identity with the nodes it is or operates', async () => {
    const { input: build } = await attest();
    const node = h.identity();
    const operator = h.identity('HUMAN');
    await register(node, 'entity-node', build.hash, { operatorDid: operator.did });
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Node { did hostname status }
        ... on Identity { did nodes { hostname } } } }`,
      {
        r: [
          { __typename: 'Node', did: node.did },
          { __typename: 'Node', did: 'did:mjn:nope' },
          { __typename: 'Identity', did: operator.did },
          { __typename: 'Identity', did: node.did },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      _entities: [
        { did: node.did, hostname: 'entity-node', status: 'ACTIVE' },
        null,
        { did: operator.did, nodes: [{ hostname: 'entity-node' }] },
        { did: node.did, nodes: [{ hostname: 'entity-node' }] },
      ],
    });
  });
});

describe('registry with the Cloudflare provider', () => {
  const cf = new FakeCloudflare('tok', 'zone-9');
  let h: RegistryHarness;

  beforeAll(async () => {
    const base = await cf.start();
    h = await startRegistryHarness({ dnsProvider: new CloudflareDnsProvider(base, 'tok', 'zone-9') });
  });
  afterAll(async () => {
    await h.stop();
    await cf.stop();
  });

  it('provisions on registration, retries a failed call from the sweeper, and deprovisions once on expiry', async () => {
    const build = { hash: hash(4242), version: '1.0.0' };
    await h.gql(ATTEST, { input: build, proof: h.sign(P.attestBuild, build, h.admin) });
    const node = h.identity();
    const input = {
      did: node.did,
      hostname: 'cf-node',
      url: 'https://cf-node.example.net',
      buildHash: build.hash,
      version: '1.0.0',
      capabilities: [],
    };
    cf.failNext = 1; // the provider is down during registration
    const reg = await h.gql<{ registerNode: Node }>(REGISTER, {
      input,
      proof: h.sign(P.registerNode, input, node),
    });
    expect(reg.data!.registerNode).toMatchObject({ status: 'ACTIVE', dns: { state: 'FAILED' } });
    expect(cf.byName('cf-node.imajin.test')).toEqual([]);

    expect(await h.registry.sweeper.sweep()).toMatchObject({ dnsDone: 1, dnsFailed: 0 });
    expect(cf.byName('cf-node.imajin.test')).toEqual([
      expect.objectContaining({ type: 'CNAME', content: 'cf-node.example.net' }),
    ]);

    h.clock.advance(37 * DAY);
    cf.failNext = 1;
    expect(await h.registry.sweeper.sweep()).toMatchObject({
      transitions: [{ did: node.did, status: 'EXPIRED' }],
      dnsFailed: 1,
    });
    expect(cf.byName('cf-node.imajin.test')).toHaveLength(1);
    expect(await h.registry.sweeper.sweep()).toMatchObject({ transitions: [], dnsDone: 1 });
    expect(cf.byName('cf-node.imajin.test')).toEqual([]);
    const deletes = cf.requests.filter((r) => r.method === 'DELETE').length;
    expect(await h.registry.sweeper.sweep()).toEqual({ transitions: [], dnsDone: 0, dnsFailed: 0 });
    expect(cf.requests.filter((r) => r.method === 'DELETE')).toHaveLength(deletes);
  });
});
