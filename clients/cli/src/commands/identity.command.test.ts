import { statSync } from 'node:fs';

import { fakeGateway, mjn, tempHome } from '../../test/harness';

const SEED = '0000000000000000000000000000000000000000000000000000000000000001';
const SEED_DID = 'did:mjn:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG';

describe('mjn keygen', () => {
  const { home, cleanup } = tempHome();
  afterAll(cleanup);

  it('writes a key file readable by its owner only and prints its DID', async () => {
    const run = await mjn(home, ['keygen', '--seed', SEED, '--name', 'alice', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { did: string; file: string; name: string };
    expect(out).toMatchObject({ did: SEED_DID, name: 'alice' });
    expect(statSync(out.file).mode & 0o777).toBe(0o600);
  });

  it('refuses to overwrite an existing key', async () => {
    const run = await mjn(home, ['keygen', '--name', 'alice', '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toEqual({
      error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('already exists') },
    });
  });

  it('rejects a seed that is not 64 hex digits as a usage error', async () => {
    const run = await mjn(home, ['keygen', '--seed', 'abc', '--name', 'bob']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('mjn: A seed is 32 bytes written as 64 hexadecimal digits.\n');
  });

  it('rejects a key name that would escape the key directory', async () => {
    const run = await mjn(home, ['keygen', '--name', '../evil']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not a usable key name');
  });
});

describe('mjn did', () => {
  const { home, cleanup } = tempHome();
  afterAll(cleanup);

  it('prints only the DID of a seed, for scripts', async () => {
    expect(await mjn(home, ['did', SEED])).toEqual({ code: 0, stdout: `${SEED_DID}\n`, stderr: '' });
  });

  it('fails with a usage error and JSON on stderr when the seed is missing', async () => {
    const run = await mjn(home, ['did', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stderr)).toEqual({ error: { code: 'USAGE', message: expect.any(String) } });
  });
});

describe('mjn register', () => {
  const { home, cleanup } = tempHome();
  afterAll(cleanup);

  it('says how to create a key when there is none', async () => {
    const run = await mjn(home, ['register']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('mjn keygen --name default');
  });

  it('accepts only human or agent as kind', async () => {
    const run = await mjn(home, ['register', '--kind', 'robot', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stderr).error.message).toContain('human, agent');
  });

  it('reports an API refusal with its code and exit code 2', async () => {
    await mjn(home, ['keygen']);
    const gateway = fakeGateway(() => ({
      data: null,
      errors: [{ message: 'That handle is taken', extensions: { code: 'CONFLICT' } }],
    }));
    const run = await mjn(home, ['register', '--handle', 'alice'], { fetch: gateway.fetch });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('mjn: That handle is taken (CONFLICT)\n');
    expect(gateway.requests[0].variables).toMatchObject({ input: { kind: 'HUMAN', handle: 'alice' } });
  });

  it('reports an unreachable gateway with exit code 3', async () => {
    const run = await mjn(home, ['register', '--json'], {
      fetch: fakeGateway(() => new TypeError('fetch failed')).fetch,
    });
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stderr).error).toEqual({
      code: 'NETWORK_ERROR',
      message: expect.stringContaining('Cannot reach the gateway at http://gateway.test/graphql'),
    });
  });

  it('shows progress on a terminal but never under --json', async () => {
    const failing = fakeGateway(() => new TypeError('fetch failed')).fetch;
    expect((await mjn(home, ['register'], { fetch: failing, tty: true })).stderr).toContain('Registering');
    expect((await mjn(home, ['register', '--json'], { fetch: failing, tty: true })).stderr).not.toContain(
      'Registering',
    );
  });
});

describe('mjn login, whoami, logout', () => {
  const { home, cleanup } = tempHome();
  afterAll(cleanup);
  const identity = {
    did: SEED_DID,
    kind: 'HUMAN',
    soft: false,
    active: true,
    profile: { handle: 'alice', displayName: 'Alice' },
  };
  const gateway = fakeGateway((op) => {
    if (op === 'CreateChallenge') return { data: { createChallenge: { challenge: 'c1', expiresAt: 'x' } } };
    if (op === 'SignIn')
      return { data: { signIn: { token: 'mjn_tok', expiresAt: '2030-01-01T00:00:00.000Z', identity } } };
    if (op === 'Viewer') return { data: { viewer: identity } };
    if (op === 'SignOut') return { data: { signOut: 1 } };
    return new Error(`unexpected ${op}`);
  });

  it('whoami without a session says to log in', async () => {
    const run = await mjn(home, ['whoami', '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stderr).error.code).toBe('UNAUTHENTICATED');
  });

  it('stores the session per gateway with mode 0600 and uses it for whoami', async () => {
    await mjn(home, ['keygen', '--seed', SEED]);
    const login = await mjn(home, ['login'], { fetch: gateway.fetch });
    expect(login).toMatchObject({ code: 0, stdout: expect.stringContaining('as @alice') });
    expect(statSync(`${home}/sessions.json`).mode & 0o777).toBe(0o600);
    const who = await mjn(home, ['whoami', '--json'], { fetch: gateway.fetch });
    expect(JSON.parse(who.stdout)).toMatchObject({ did: SEED_DID, gateway: 'http://gateway.test/graphql' });
    expect(gateway.requests.at(-1)?.authorization).toBe('Bearer mjn_tok');
  });

  it('keeps sessions of other gateways apart', async () => {
    const run = await mjn(home, ['whoami', '--gateway', 'http://other.test/graphql']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Not signed in to http://other.test/graphql');
  });

  it('logout ends the session and forgets the token', async () => {
    expect((await mjn(home, ['logout'], { fetch: gateway.fetch })).stdout).toContain('Signed out');
    expect((await mjn(home, ['whoami'], { fetch: gateway.fetch })).code).toBe(2);
  });
});
