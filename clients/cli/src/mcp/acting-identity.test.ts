import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ViewerDocument } from '@imajin/sdk';

import { Runtime, type CliApp } from '../runtime';

import { ActingIdentity } from './acting-identity';

const GATEWAY = 'http://127.0.0.1:9/graphql';
const DID = 'did:mjn:z6MkstoredSessionOwner';

describe('ActingIdentity', () => {
  let home: string;
  let sentAuth: Array<string | null>;
  let rt: Runtime;

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'mjn-acting-'));
    sentAuth = [];
    const app: CliApp = {
      io: { out: () => undefined, err: () => undefined, errIsTTY: false },
      config: { home, gateway: GATEWAY, keyName: 'agent' },
      fetch: (_input, init) => {
        sentAuth.push(new Headers(init?.headers).get('authorization'));
        return Promise.resolve(Response.json({ data: { viewer: null } }));
      },
      timeoutMs: 1000,
    };
    rt = new Runtime(app, {});
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('uses the stored live session of the configured key, sending its token', async () => {
    rt.sessions.set(rt.gateway, {
      did: DID,
      token: 'stored-token',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      key: 'agent',
    });
    const acting = new ActingIdentity(rt);
    expect(acting.did()).toBe(DID);
    const { client, did } = await acting.sessionClient();
    expect(did).toBe(DID);
    await client.request(ViewerDocument, {});
    expect(sentAuth).toEqual(['Bearer stored-token']);
  });

  it("never borrows another key's session, nor an expired one: it needs its own key to sign in", async () => {
    for (const session of [
      { key: 'someone-else', expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
      { key: 'agent', expiresAt: new Date(Date.now() - 1000).toISOString() },
    ]) {
      rt.sessions.set(rt.gateway, { did: DID, token: 'not-mine', ...session });
      if (session.key !== 'agent') expect(() => new ActingIdentity(rt).did()).toThrow(/--key <name>/);
      await expect(new ActingIdentity(rt).sessionClient()).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('Start the server with --key <name>'),
      });
    }
    expect(sentAuth).toEqual([]);
  });

  it('signs as an agent for the person of MJN_ON_BEHALF_OF, and as the key itself without it', () => {
    const key = rt.keys.create('agent');
    expect(new ActingIdentity(rt).signer()).not.toHaveProperty('onBehalfOf');
    const person = 'did:mjn:z6MkthePersonWhoDelegated';
    const delegated = new Runtime({ ...rt.app, config: { ...rt.app.config, onBehalfOf: person } }, {});
    expect(new ActingIdentity(delegated).signer()).toMatchObject({
      did: key.keyPair.did,
      onBehalfOf: person,
    });
  });
});
