import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { buildCli, runCli } from './cli-runner';
import { startStack, type Stack } from './stack';

// The CLI is spawned as a real process (asynchronously: the stack runs in this process and must keep serving).
describe('mjn against the running stack', () => {
  let stack: Stack;
  let home: string;

  const mjn = (...args: string[]) => runCli(args, { MJN_HOME: home, MJN_GATEWAY: stack.gatewayUrl });
  const json = async (...args: string[]): Promise<Record<string, unknown>> => {
    const res = await mjn(...args, '--json');
    if (res.code !== 0) throw new Error(`mjn ${args.join(' ')} exited ${res.code}: ${res.stderr}`);
    return JSON.parse(res.stdout) as Record<string, unknown>;
  };
  const dids: Record<string, string> = {};

  beforeAll(async () => {
    // Build the CLI from the current sources (a no-op when dist/ is up to date), then start the stack.
    await buildCli();
    home = mkdtempSync(join(tmpdir(), 'mjn-e2e-'));
    stack = await startStack();
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('makes keys with mode 0600 and registers them', async () => {
    for (const name of ['alice', 'bob', 'carol']) {
      const key = await json('keygen', '--name', name);
      expect(statSync(key.file as string).mode & 0o777).toBe(0o600);
      dids[name] = key.did as string;
      const registered = await json('register', '--key', name, '--handle', `${name}_cli`, '--name', name);
      expect(registered).toMatchObject({ did: dids[name], profile: { handle: `${name}_cli` } });
    }
    expect(await stack.sql('SELECT did FROM identity.identities WHERE did = $1', [dids.alice])).toHaveLength(
      1,
    );
  });

  it('signs in, says who is signed in, and uses the session for queries', async () => {
    const login = await mjn('login', '--key', 'alice');
    expect(login).toMatchObject({ code: 0, stdout: expect.stringContaining('as @alice_cli') });
    expect(statSync(join(home, 'sessions.json')).mode & 0o777).toBe(0o600);
    expect(await json('whoami')).toMatchObject({ did: dids.alice, profile: { handle: 'alice_cli' } });
    expect(await json('query', '{ viewer { did } }')).toEqual({ viewer: { did: dids.alice } });
    const byVariable = await json(
      'query',
      'query ($d: String!) { identity(did: $d) { profile { handle } } }',
      '--variables',
      JSON.stringify({ d: dids.bob }),
    );
    expect(byVariable).toEqual({ identity: { profile: { handle: 'bob_cli' } } });
  });

  it('vouches by handle and shows the path with its signatures, or why there is none', async () => {
    const vouch = await json(
      'vouch',
      '@bob_cli',
      '--key',
      'alice',
      '--weight',
      '70',
      '--context',
      'colleague',
    );
    expect(vouch).toMatchObject({ weight: 70, context: 'colleague', to: { did: dids.bob } });

    const path = await json('trust', 'path', '@alice_cli', '@bob_cli');
    expect(path).toMatchObject({ found: true, length: 1 });
    const text = await mjn('trust', 'path', dids.alice, dids.bob);
    expect(text.stdout).toContain('1 hop');
    expect(text.stdout).toContain(`signature       ${vouch.signature as string}`);

    const none = await mjn('trust', 'path', '@alice_cli', '@carol_cli');
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No trust path from @alice_cli to @carol_cli.');
    expect(none.stdout).toMatch(/Why: .+/);
    expect(await json('trust', 'path', '@alice_cli', '@carol_cli')).toMatchObject({
      found: false,
      explanation: { reason: expect.any(String) },
    });

    expect(await json('trust', 'score', '@bob_cli', '--from', '@alice_cli')).toMatchObject({
      score: expect.any(Number),
    });
    expect(await json('trust', 'neighbourhood', '@alice_cli')).toMatchObject({ totalCount: 1 });

    const revoked = await json('revoke-vouch', '@bob_cli', '--key', 'alice');
    expect(revoked).toMatchObject({ id: vouch.id, active: false });
  });

  it('reports bad input with a non-zero exit code and one JSON error on stderr', async () => {
    const unknown = await mjn('vouch', '@nobody_here', '--key', 'alice', '--json');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(JSON.parse(unknown.stderr)).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });

    const self = await mjn('vouch', dids.alice, '--key', 'alice', '--json');
    expect(self.code).toBe(2);
    expect(JSON.parse(self.stderr).error.code).toBe('BAD_USER_INPUT');

    const weight = await mjn('vouch', '@bob_cli', '--weight', '500', '--json');
    expect(weight.code).toBe(1);
    expect(JSON.parse(weight.stderr).error.code).toBe('USAGE');

    const syntax = await mjn('query', '{ viewer {', '--json');
    expect(syntax.code).toBe(1);
    expect(JSON.parse(syntax.stderr).error.code).toBe('GRAPHQL_PARSE_FAILED');

    const rejected = await mjn('query', '{ noSuchField }', '--json');
    expect(rejected.code).toBe(2);
    expect(JSON.parse(rejected.stderr).error.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const down = await mjn('whoami', '--gateway', 'http://127.0.0.1:9/graphql', '--json');
    expect(down.code).toBe(2); // no session stored for that gateway: refused before any request
    const unreachable = await mjn(
      'trust',
      'path',
      dids.alice,
      dids.bob,
      '--gateway',
      'http://127.0.0.1:9/graphql',
    );
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toContain('Cannot reach the gateway');
    expect(unreachable.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('signs out: the token stops working and is forgotten', async () => {
    const sessions = JSON.parse(readFileSync(join(home, 'sessions.json'), 'utf8')) as Record<
      string,
      { token: string }
    >;
    const { token } = sessions[new URL(stack.gatewayUrl).toString()];
    expect((await mjn('logout')).stdout).toContain('Signed out');
    const whoami = await mjn('whoami', '--json');
    expect(whoami.code).toBe(2);
    expect(JSON.parse(whoami.stderr).error.code).toBe('UNAUTHENTICATED');
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { did } }' }),
    });
    expect(res.status).toBe(401);
  });
});
