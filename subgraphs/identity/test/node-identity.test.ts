import { Client } from 'pg';

import { toBase64Url, verifyProof } from '@imajin/protocol';
import { nodeKeysFromMaster } from '@imajin/subgraph-common';
import { createTestDatabase, postGraphQL, TestGatewayKey } from '@imajin/subgraph-common/testing';

import { loadIdentityConfig, start } from '../src';

describe('node identity', () => {
  it('registers the node’s own DID as a NODE identity with its key, once, across restarts and concurrent starts', async () => {
    const db = await createTestDatabase('identity_node');
    const gateway = new TestGatewayKey('identity');
    const masterKey = toBase64Url(new Uint8Array(32).fill(5));
    const node = nodeKeysFromMaster(masterKey).signing;
    const config = loadIdentityConfig({
      DATABASE_URL: db.url,
      GATEWAY_PUBLIC_KEY: gateway.publicKeyBase64Url,
      NODE_MASTER_KEY: masterKey,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
    });
    const first = await start(config);
    await first.stop();
    const replicas = await Promise.all([start(config), start(config)]);
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      const { rows } = await pg.query(
        `SELECT i.kind, i.signed_payload, i.signature, (SELECT count(*)::int FROM identity.identity_keys k
           WHERE k.did = i.did) AS keys FROM identity.identities i WHERE i.did = $1`,
        [node.did],
      );
      expect(rows).toEqual([expect.objectContaining({ kind: 'NODE', keys: 1 })]);
      // The row is self-signed like a register mutation, so anyone can re-verify it.
      const payload = JSON.parse(rows[0].signed_payload as string) as Record<string, string>;
      expect(payload).toMatchObject({ type: 'mjn.identity.register', did: node.did, kind: 'NODE' });

      const res = await postGraphQL<{
        identity: { kind: string; active: boolean };
        didDocument: { id: string };
      }>(
        replicas[0].url,
        `query($did: String!) { identity(did: $did) { kind active } didDocument(did: $did) }`,
        { did: node.did },
        gateway.headers(null),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.identity).toEqual({ kind: 'NODE', active: true });
      expect(res.data!.didDocument.id).toBe(node.did);
      const proof = {
        signer: payload.signer,
        createdAt: payload.createdAt,
        nonce: payload.nonce,
        signature: rows[0].signature as string,
      };
      expect(() =>
        verifyProof('mjn.identity.register', { did: node.did, kind: 'NODE' }, proof),
      ).not.toThrow();
    } finally {
      await pg.end();
      for (const r of replicas) await r.stop();
      await db.drop();
    }
  });
});
