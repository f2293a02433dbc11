import { randomUUID } from 'node:crypto';

import { postGraphQL } from '@imajin/subgraph-common/testing';

import { start, type RunningTrust } from '../src';

import { REVOKE_MUTATION, startTrustHarness, vouch, type TrustHarness } from './harness';

/** Polls `check` until it holds or `ms` pass; returns whether it held. */
async function eventually(check: () => Promise<boolean>, ms = 2000): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('in-memory adjacency across two trust instances on one database', () => {
  let h: TrustHarness;
  let b: RunningTrust;
  beforeAll(async () => {
    h = await startTrustHarness();
    b = await start(
      {
        port: 0,
        host: '127.0.0.1',
        databaseUrl: h.db.url,
        gatewayPublicKey: h.gateway.publicKeyBase64Url,
        gatewayUrl: 'http://127.0.0.1:9/graphql',
        production: false,
        logLevel: 'silent',
        inviteLimit: 3,
        inviteWeight: 50,
        graphCache: 'memory',
      },
      { clock: h.clock, directory: h.directory },
    );
  });
  afterAll(async () => {
    await b.stop();
    await h.stop();
  });

  const found = async (t: RunningTrust, from: string, to: string) =>
    (await t.services.graph.shortestPath(from, to, 6)).found;

  it('a vouch written on A reaches B, and a revoke on B reaches A', async () => {
    expect(h.trust.services.graph.adjacencyStats()?.current).toBe(true);
    expect(b.services.graph.adjacencyStats()?.current).toBe(true);
    const [x, y, z] = [h.person(), h.person(), h.person()];
    await vouch(h, x, y);
    const id = await vouch(h, y, z);
    // A reads its own writes at once; B follows the NOTIFY within a bounded wait.
    expect(await found(h.trust, x.did, z.did)).toBe(true);
    expect(await eventually(() => found(b, x.did, z.did))).toBe(true);
    // Still answering from memory (not the SQL fallback), so the edge really arrived through LISTEN.
    expect(b.services.graph.adjacencyStats()).toMatchObject({ current: true, liveEdges: 2 });
    const viaB = await b.services.graph.shortestPath(x.did, z.did, 6);
    expect(viaB.hops.map((hop) => hop.vouch.id)[1]).toBe(id);
    expect(viaB.hops[1].vouch.signature).toEqual(expect.any(String));

    const revoked = await postGraphQL(
      b.url,
      REVOKE_MUTATION,
      { id, proof: h.sign('mjn.trust.revokeVouch', { id }, y) },
      h.gateway.headers(null),
    );
    expect(revoked.errors).toBeUndefined();
    expect(await found(b, x.did, z.did)).toBe(false);
    expect(await eventually(async () => !(await found(h.trust, x.did, z.did)))).toBe(true);
    const why = await h.trust.services.graph.shortestPath(x.did, z.did, 6);
    expect(why.explanation?.reason).toBe('NOT_REACHABLE');
  });

  it('a rolled-back write never appears', async () => {
    const [p, q, r, s] = [h.person(), h.person(), h.person(), h.person()];
    await h.sql('BEGIN');
    await h.sql(
      `INSERT INTO vouches (id, owner_did, from_did, to_did, weight, created_at, signature, signed_payload)
       VALUES ($1, $2, $2, $3, 50, now(), 'x', '{}')`,
      [randomUUID(), p.did, q.did],
    );
    await h.sql(
      `SELECT pg_notify('trust_vouches', json_build_object('op', 'insert', 'id', $1::text)::text)`,
      [randomUUID()],
    );
    await h.sql('ROLLBACK');
    // A committed write after it: once B has applied this one, anything announced before it was seen too.
    await vouch(h, r, s);
    expect(await eventually(() => found(b, r.did, s.did))).toBe(true);
    expect(await found(b, p.did, q.did)).toBe(false);
    expect(await found(h.trust, p.did, q.did)).toBe(false);
  });
});
