import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { generateKeyPair } from '@imajin/protocol';
import { attestBuild, createEvent, delegate, registerIdentity, signIn } from '@imajin/sdk';

import { buildCli, runCli } from './cli-runner';
import { startStack, type Stack } from './stack';

// The built CLI, spawned as a real process against the in-process stack (asynchronously, so it keeps serving).
describe('mjn flows: manifests, payments, tickets, chat, nodes, delegation', () => {
  let stack: Stack;
  let home: string;

  const mjn = (args: string[], env: Record<string, string> = {}) =>
    runCli(args, { MJN_HOME: home, MJN_GATEWAY: stack.gatewayUrl, ...env });
  const json = async (...args: string[]): Promise<Record<string, unknown>> => {
    const res = await mjn([...args, '--json']);
    if (res.code !== 0) throw new Error(`mjn ${args.join(' ')} exited ${res.code}: ${res.stderr}`);
    return JSON.parse(res.stdout) as Record<string, unknown>;
  };
  /** A failing run under --json: its exit code and the one JSON error on stderr, nothing on stdout. */
  const failure = async (...args: string[]) => {
    const res = await mjn([...args, '--json']);
    expect(res.stdout).toBe('');
    return { code: res.code, error: (JSON.parse(res.stderr) as { error: { code: string } }).error };
  };
  const file = (name: string, content: unknown) => {
    const path = join(home, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const dids: Record<string, string> = {};
  const registryAdmin = generateKeyPair();

  beforeAll(async () => {
    await buildCli();
    home = mkdtempSync(join(tmpdir(), 'mjn-flows-'));
    stack = await startStack({
      env: { registry: { REGISTRY_ADMIN_DIDS: registryAdmin.did, REGISTRY_DOMAIN: 'nodes.test' } },
    });
    for (const name of ['maker', 'buyer']) {
      dids[name] = (await json('keygen', '--name', name)).did as string;
      await json('register', '--key', name, '--handle', `${name}_flow`, '--name', name);
    }
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  describe('manifest create and pay', () => {
    let manifestId: string;

    it('creates a manifest from a draft with @handles, signed by the key, and prints its id', async () => {
      const draft = file('song.json', {
        contributors: [{ did: '@maker_flow', role: 'composer', share: 1_000_000 }],
        upstreams: [],
        terms: 'CC-BY-4.0',
      });
      const created = await json('manifest', 'create', draft, '--key', 'maker');
      manifestId = created.id as string;
      expect(manifestId).toMatch(/^fair_/);
      expect(created).toMatchObject({ creator: { did: dids.maker }, terms: 'CC-BY-4.0' });
      const text = await mjn(['manifest', 'show', manifestId]);
      expect(text.stdout).toContain('composer');
      expect(text.stdout).toContain(dids.maker);
    });

    it('refuses a broken draft with a JSON error and creates nothing', async () => {
      const before = await stack.sql('SELECT count(*)::int AS n FROM payments.fair_manifests');
      const shares = file('bad-shares.json', {
        contributors: [{ did: '@maker_flow', role: 'composer', share: 10 }],
      });
      expect((await failure('manifest', 'create', shares, '--key', 'maker')).code).toBe(1);
      const extra = file('extra.json', { contributors: [], price: 5 });
      expect(await failure('manifest', 'create', extra, '--key', 'maker')).toEqual({
        code: 1,
        error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('price') },
      });
      const nobody = file('nobody.json', {
        contributors: [{ did: '@nobody_flow', role: 'x', share: 1_000_000 }],
      });
      expect(await failure('manifest', 'create', nobody, '--key', 'maker')).toMatchObject({
        code: 2,
        error: { code: 'NOT_FOUND' },
      });
      expect((await failure('manifest', 'create', join(home, 'missing.json'), '--key', 'maker')).code).toBe(
        1,
      );
      expect(await stack.sql('SELECT count(*)::int AS n FROM payments.fair_manifests')).toEqual(before);
    });

    it('pays with --complete, prints the signed receipt, and the saved receipt verifies offline', async () => {
      const saved = join(home, 'receipt.json');
      const paid = await json('pay', manifestId, '1250', '--key', 'buyer', '--complete', '--save', saved);
      expect(paid).toMatchObject({
        checkout: { provider: 'local' },
        receipt: { amount: '1250', currency: 'usd', buyer: { did: dids.buyer }, manifestId },
      });
      const verified = await json('receipt', 'verify', saved);
      expect(verified).toMatchObject({ valid: true, receipt: { amount: 1250, buyerDid: dids.buyer } });
      // The --json output itself is a receipt file too.
      const printed = file('printed.json', paid);
      expect(await json('receipt', 'verify', printed)).toMatchObject({ valid: true });
    });

    it('without --complete only opens the checkout and prints its payer link', async () => {
      const open = await mjn(['pay', manifestId, '500', '--key', 'buyer']);
      expect(open.code).toBe(0);
      expect(open.stdout).toMatch(/is open: pay at http/);
    });

    it('refuses amounts that are not whole minor units and unknown manifests', async () => {
      expect(await failure('pay', manifestId, '12.50', '--key', 'buyer')).toMatchObject({
        code: 1,
        error: { code: 'BAD_USER_INPUT' },
      });
      expect((await failure('pay', manifestId, '0', '--key', 'buyer')).code).toBe(1);
      const unknown = await failure('pay', 'fair_nope', '100', '--key', 'buyer', '--complete');
      expect(unknown.code).toBe(2);
    });
  });

  describe('ticket buy, show and verify', () => {
    let tierId: string;
    let eventDid: string;

    beforeAll(async () => {
      const host = generateKeyPair();
      const client = stack.client();
      await registerIdentity(client, host, { kind: 'HUMAN', handle: 'host_flow' });
      const event = await createEvent(client, host, {
        title: 'CLI meetup',
        startsAt: new Date(Date.now() + 7 * 86_400_000),
        endsAt: new Date(Date.now() + 7 * 86_400_000 + 3_600_000),
        timezone: 'UTC',
        tiers: [{ name: 'Free', price: 0, capacity: 5 }],
      });
      tierId = event.tiers[0].id;
      eventDid = event.did;
    });

    it('buys a free ticket, shows it with its token to the holder, and the token verifies', async () => {
      const hold = await json('ticket', 'buy', tierId, '--key', 'buyer');
      expect(hold).toMatchObject({
        status: 'ISSUED',
        ticket: { holderDid: dids.buyer, token: expect.any(String) },
      });
      const ticketId = (hold.ticket as { id: string }).id;

      const shown = await json('ticket', 'show', ticketId, '--key', 'buyer');
      expect(shown).toMatchObject({
        id: ticketId,
        holderDid: dids.buyer,
        token: (hold.ticket as { token: string }).token,
      });
      const text = await mjn(['ticket', 'show', ticketId, '--key', 'buyer']);
      expect(text.stdout).toContain('mjt1.');

      const verified = await json('ticket', 'verify', shown.token as string, '--event', eventDid);
      expect(verified).toMatchObject({ valid: true, claims: { ticketId, holderDid: dids.buyer } });
    });

    it("shows someone else's ticket without its token, and refuses unknown tiers and tickets", async () => {
      const hold = await json('ticket', 'buy', tierId, '--key', 'buyer');
      const ticketId = (hold.ticket as { id: string }).id;
      const other = await json('ticket', 'show', ticketId, '--key', 'maker');
      expect(other).toMatchObject({ id: ticketId, token: null });

      expect((await failure('ticket', 'buy', 'tier_nope', '--key', 'buyer')).code).toBe(2);
      expect(await failure('ticket', 'show', 'tkt_nope', '--key', 'buyer')).toMatchObject({
        code: 2,
        error: { code: 'NOT_FOUND' },
      });
      expect((await failure('ticket', 'verify', 'mjt1.garbage', '--event', eventDid)).code).toBe(4);
    });
  });

  describe('chat send and tail', () => {
    let conversationId: string;

    it('sends to a @handle, and tail --last 1 --count 1 prints that message as one JSON line', async () => {
      const sent = await json('chat', 'send', '@buyer_flow', 'hello from the terminal', '--key', 'maker');
      conversationId = (sent.conversation as { id: string }).id;
      expect(sent).toMatchObject({ body: 'hello from the terminal', sender: { did: dids.maker } });

      const tailed = await mjn([
        'chat',
        'tail',
        conversationId,
        '--last',
        '1',
        '--count',
        '1',
        '--json',
        '--key',
        'buyer',
      ]);
      expect(tailed.code).toBe(0);
      const lines = tailed.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0])).toMatchObject({ id: sent.id, body: 'hello from the terminal' });
    });

    it('follows live messages through the gateway and stops after --count', async () => {
      const following = mjn(['chat', 'tail', conversationId, '--count', '1', '--key', 'buyer']);
      let done = false;
      void following.then(() => (done = true));
      // Keeps sending until the follower has seen one: the subscription starts at an unknown moment.
      for (let i = 0; i < 40 && !done; i += 1) {
        await json('chat', 'send', conversationId, `live ${i}`, '--key', 'maker');
      }
      const tailed = await following;
      expect(tailed.code).toBe(0);
      expect(tailed.stdout.trim().split('\n')).toEqual([
        expect.stringMatching(/#\d+ did:mjn:\S+: live \d+$/),
      ]);
    });

    it('refuses outsiders, bad counts and unknown people with JSON errors', async () => {
      await json('keygen', '--name', 'stranger');
      await json('register', '--key', 'stranger', '--handle', 'stranger_flow');
      const outsider = await failure('chat', 'tail', conversationId, '--count', '1', '--key', 'stranger');
      expect(outsider.code).toBe(2);
      expect((await failure('chat', 'send', conversationId, 'hi', '--key', 'stranger')).code).toBe(2);
      expect(await failure('chat', 'tail', conversationId, '--count', '0', '--key', 'buyer')).toMatchObject({
        code: 1,
        error: { code: 'BAD_USER_INPUT' },
      });
      expect((await failure('chat', 'send', '@nobody_flow', 'hi', '--key', 'maker')).code).toBe(2);
    });
  });

  describe('node register and heartbeat', () => {
    const BUILD = `sha256:${'ab'.repeat(32)}`;

    beforeAll(async () => {
      const client = stack.client();
      await registerIdentity(client, registryAdmin, { kind: 'HUMAN', handle: 'registry_admin_flow' });
      await attestBuild(client, registryAdmin, { hash: BUILD, version: '1.2.0' });
    });

    it('registers a node signed by its own key, operated by a person, and sends heartbeats', async () => {
      await json('keygen', '--name', 'pi');
      await json('register', '--key', 'pi', '--kind', 'node');
      const build = ['--build-hash', BUILD, '--release', '1.2.0', '--key', 'pi'];
      const registered = await json(
        'node',
        'register',
        '--hostname',
        'makers-pi',
        '--url',
        'https://pi.maker.example',
        '--capability',
        'events',
        '--capability',
        'chat',
        '--operator',
        '@maker_flow',
        ...build,
      );
      expect(registered).toMatchObject({
        status: 'ACTIVE',
        fqdn: 'makers-pi.nodes.test',
        operator: { did: dids.maker },
      });
      const beat = await json('node', 'heartbeat', '--stats', '{"load":0.2}', ...build);
      expect(beat).toMatchObject({ heartbeatCount: 1, lastStats: { load: 0.2 } });
    });

    it('refuses a key that is no node and bad stats, registering nothing', async () => {
      // A key that is no registered node cannot beat for one.
      const notANode = ['--build-hash', BUILD, '--release', '1.2.0', '--key', 'maker'];
      expect((await failure('node', 'heartbeat', ...notANode)).code).toBe(2);
      const asPerson = await failure(
        'node',
        'register',
        '--hostname',
        'buyers-box',
        '--url',
        'https://box.example',
        '--build-hash',
        BUILD,
        '--release',
        '1.2.0',
        '--key',
        'buyer',
      );
      expect(asPerson.code).toBe(2);
      expect(
        await failure(
          'node',
          'heartbeat',
          '--stats',
          '[1]',
          '--build-hash',
          BUILD,
          '--release',
          '1.2.0',
          '--key',
          'pi',
        ),
      ).toMatchObject({
        code: 1,
        error: { code: 'BAD_USER_INPUT' },
      });
      expect(await stack.sql("SELECT hostname FROM registry.nodes WHERE hostname = 'buyers-box'")).toEqual(
        [],
      );
    });
  });

  describe('--on-behalf-of: an agent signs for a person under a delegation', () => {
    const person = generateKeyPair();

    beforeAll(async () => {
      await json('keygen', '--name', 'agent');
      dids.agent = (await json('register', '--key', 'agent', '--kind', 'agent', '--handle', 'agent_flow'))
        .did as string;
      const client = stack.client();
      await registerIdentity(client, person, { kind: 'HUMAN', handle: 'person_flow' });
      await signIn(client, person);
      await delegate(client, person, dids.agent, {
        scopes: ['mjn.trust.vouch'],
        expiresAt: new Date(Date.now() + 86_400_000),
      });
    });

    it('vouches as the person with --on-behalf-of, and the same from MJN_ON_BEHALF_OF', async () => {
      const vouch = await json('vouch', '@buyer_flow', '--key', 'agent', '--on-behalf-of', person.did);
      expect(vouch).toMatchObject({ from: { did: person.did }, to: { did: dids.buyer } });
      expect(JSON.parse(vouch.signedPayload as string)).toMatchObject({
        signer: dids.agent,
        onBehalfOf: person.did,
      });

      const fromEnv = await mjn(['vouch', '@maker_flow', '--key', 'agent', '--json'], {
        MJN_ON_BEHALF_OF: person.did,
      });
      expect(fromEnv.code).toBe(0);
      expect(JSON.parse(fromEnv.stdout)).toMatchObject({
        from: { did: person.did },
        to: { did: dids.maker },
      });
    });

    it('is refused outside the delegation, for someone who never delegated, and for a non-DID', async () => {
      // Revoking is not delegated (it is not part of mjn.trust.vouch): the vouch stays.
      const revoke = await failure(
        'revoke-vouch',
        '@buyer_flow',
        '--key',
        'agent',
        '--on-behalf-of',
        person.did,
      );
      expect(revoke).toMatchObject({ code: 2, error: { code: 'FORBIDDEN' } });
      const chat = await failure(
        'chat',
        'send',
        '@buyer_flow',
        'hi',
        '--key',
        'agent',
        '--on-behalf-of',
        person.did,
      );
      expect(chat).toMatchObject({ code: 2, error: { code: 'FORBIDDEN' } });
      const never = await failure('vouch', '@maker_flow', '--key', 'agent', '--on-behalf-of', dids.buyer);
      expect(never).toMatchObject({ code: 2, error: { code: 'FORBIDDEN' } });
      expect(
        await failure('vouch', '@maker_flow', '--key', 'agent', '--on-behalf-of', 'person_flow'),
      ).toMatchObject({
        code: 1,
        error: { code: 'BAD_USER_INPUT' },
      });
      expect(
        await stack.sql('SELECT id FROM trust.vouches WHERE to_did = $1 AND from_did = $2', [
          dids.maker,
          dids.buyer,
        ]),
      ).toEqual([]);
    });
  });
});
