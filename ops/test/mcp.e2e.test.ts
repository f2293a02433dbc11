import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

import {
  exportKeyPair,
  fromBase64Url,
  generateKeyPair,
  publicKeyFromDid,
  toBase64Url,
  verify,
} from '@imajin/protocol';
import {
  attest,
  createCheckout,
  createEvent,
  createFairManifest,
  getPayment,
  purchaseTicket,
  registerIdentity,
  signIn,
  vouchFor,
} from '@imajin/sdk';
import { nodeKeysFromMaster } from '@imajin/subgraph-common';

import { startStack, type Stack } from './stack';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'clients', 'cli', 'dist', 'main.js');
// One node master key for identity, payments and events, so receipts are signed by a known node DID.
const masterKey = toBase64Url(new Uint8Array(32).fill(7));
const nodeKey = nodeKeysFromMaster(masterKey).signing;

type Structured = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Evidence {
  signer: string;
  signedPayload: string;
  signature: string;
  checkedByServer: boolean;
}

/** What an agent does with the evidence, using only @imajin/protocol: no trust in the server's own check. */
function verifiedOffline(evidence: Evidence): boolean {
  return verify(
    fromBase64Url(evidence.signature),
    new TextEncoder().encode(evidence.signedPayload),
    publicKeyFromDid(evidence.signer),
  );
}

// `mjn mcp` runs as a real child process over stdio, driven by the SDK's own MCP client; the stack runs here.
describe('mjn mcp against the running stack', () => {
  let stack: Stack;
  let home: string;
  let mcp: Client;
  const alice = generateKeyPair(); // the agent's acting identity (its key file is in MJN_HOME)
  const bob = generateKeyPair();
  const carol = generateKeyPair();
  let manifestId: string;
  let event: { id: string; did: string };
  let ticketToken: string;
  let receipt: Structured;

  const call = async (name: string, args: Record<string, unknown> = {}) => {
    const res = (await mcp.callTool({ name, arguments: args })) as CallToolResult;
    return {
      ...res,
      data: (res.structuredContent ?? {}) as Structured,
      text: res.content.map((c) => (c.type === 'text' ? c.text : '')).join(''),
    };
  };
  const ok = async (name: string, args: Record<string, unknown> = {}) => {
    const res = await call(name, args);
    if (res.isError) throw new Error(`${name} failed: ${res.text}`);
    return res;
  };

  beforeAll(async () => {
    await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', join(ROOT, 'clients', 'cli')]);
    home = mkdtempSync(join(tmpdir(), 'mjn-mcp-e2e-'));
    mkdirSync(join(home, 'keys'));
    writeFileSync(join(home, 'keys', 'alice.json'), JSON.stringify(exportKeyPair(alice)), { mode: 0o600 });
    stack = await startStack({
      env: {
        identity: { NODE_MASTER_KEY: masterKey },
        payments: { NODE_MASTER_KEY: masterKey },
        events: { NODE_MASTER_KEY: masterKey },
      },
    });
    const client = stack.client();
    for (const [kp, handle] of [
      [alice, 'alice_mcp'],
      [bob, 'bob_mcp'],
      [carol, 'carol_mcp'],
    ] as const)
      await registerIdentity(client, kp, { kind: 'HUMAN', handle, displayName: handle });
    await vouchFor(client, bob, carol.did, { weight: 80, context: 'bandmate' });
    await attest(client, bob, alice.did, 'event.attendance', { claim: 'came to the launch' });
    // Alice is paid along bob's manifest; carol buys, so alice has a balance, a ledger line and carol a receipt.
    manifestId = (
      await createFairManifest(client, bob, {
        version: '1.0',
        contributors: [{ did: alice.did, role: 'author', share: 1_000_000 }],
      })
    ).id;
    const checkout = await createCheckout(client, carol, {
      reference: 'mcp-e2e-1',
      amount: 2_500,
      currency: 'usd',
      manifestId,
      description: 'A song',
    });
    expect((await fetch(`${checkout.url}/complete`, { method: 'POST' })).status).toBe(200);
    const carolClient = stack.client();
    await signIn(carolClient, carol);
    receipt = (await getPayment(carolClient, checkout.payment.id))!.receipt as Structured;
    const created = await createEvent(client, bob, {
      title: 'Harbour session',
      venue: 'Porto',
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 3_600_000),
      timezone: 'Europe/Lisbon',
      tiers: [{ name: 'Free', price: 0, capacity: 10 }],
    });
    event = { id: created.id, did: created.did };
    ticketToken = (await purchaseTicket(client, created.tiers[0].id, carol)).ticket!.token!;

    mcp = new Client({ name: 'mcp-e2e', version: '1.0.0' });
    await mcp.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [MAIN, 'mcp', '--key', 'alice'],
        env: { PATH: process.env.PATH ?? '', MJN_HOME: home, MJN_GATEWAY: stack.gatewayUrl },
        stderr: 'pipe',
      }),
    );
  }, 180_000);
  afterAll(async () => {
    await mcp?.close();
    await stack?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('lists the tools, each with a strict input schema', async () => {
    const { tools } = await mcp.listTools();
    expect(tools).toHaveLength(18);
    for (const tool of tools) expect(tool.inputSchema.additionalProperties).toBe(false);
  });

  it('resolves identities by handle and searches people, events and nodes', async () => {
    const bobInfo = await ok('resolve_identity', { subject: '@bob_mcp' });
    expect(bobInfo.data).toMatchObject({ identity: { did: bob.did }, didDocument: { id: bob.did } });
    expect(bobInfo.text).toContain('@bob_mcp');

    const people = await ok('search', { kind: 'people', query: 'car' });
    expect(people.data.results.map((p: Structured) => p.did)).toEqual([carol.did]);
    const events = await ok('search', { kind: 'events', query: 'harbour' });
    expect(events.data.results.map((e: Structured) => e.id)).toEqual([event.id]);
    const nodes = await ok('search', { kind: 'nodes' });
    expect(nodes.data.results).toEqual(expect.any(Array));
  });

  it('vouches as the acting key and answers trust questions with signatures an agent can verify offline', async () => {
    const vouch = await ok('vouch', { subject: '@bob_mcp', weight: 60, context: 'met at the launch' });
    expect(vouch.data.vouch).toMatchObject({ from: { did: alice.did }, to: { did: bob.did }, weight: 60 });
    expect(verifiedOffline(vouch.data.evidence)).toBe(true);

    // No `from`: the server's acting identity (alice).
    const path = await ok('trust_path', { to: '@carol_mcp' });
    expect(path.data).toMatchObject({ found: true, length: 2, from: alice.did, to: carol.did });
    const hops = path.data.hops as Array<{ evidence: Evidence }>;
    expect(hops.map((h) => h.evidence.signer)).toEqual([alice.did, bob.did]);
    for (const hop of hops) {
      expect(verifiedOffline(hop.evidence)).toBe(true);
      expect(hop.evidence.checkedByServer).toBe(true);
    }
    // A forged hop does not verify: the evidence is what the agent trusts, not the server's word.
    const forged = { ...hops[1].evidence, signedPayload: hops[1].evidence.signedPayload.replace('80', '99') };
    expect(verifiedOffline(forged)).toBe(false);

    const trusted = await ok('is_trusted', { subject: '@carol_mcp', maxHops: 2 });
    expect(trusted.data).toMatchObject({ trusted: true, length: 2 });
    expect((await ok('is_trusted', { subject: '@carol_mcp', maxHops: 1 })).data.trusted).toBe(false);

    const why = await ok('why_no_path', { from: '@carol_mcp', to: '@alice_mcp' });
    expect(why.data).toMatchObject({ found: false, explanation: { reason: expect.any(String) } });
    expect(why.text).toMatch(/^No path: /);

    const around = await ok('trust_neighbourhood', { subject: '@alice_mcp', depth: 2 });
    expect(around.data.totalCount).toBe(2);
    const score = await ok('trust_score', { to: '@carol_mcp' });
    expect(score.data.score).toBeGreaterThan(0);

    const attestations = await ok('attestations', { subject: '@alice_mcp' });
    expect(attestations.data.attestations).toHaveLength(1);
    expect(attestations.data.attestations[0]).toMatchObject({
      type: 'event.attendance',
      issuer: { did: bob.did },
    });
    expect(verifiedOffline(attestations.data.attestations[0].evidence)).toBe(true);

    const issued = await ok('attest', { subject: '@carol_mcp', attestationType: 'event.attendance' });
    expect(issued.data.attestation).toMatchObject({
      issuer: { did: alice.did },
      subject: { did: carol.did },
    });
    expect(verifiedOffline(issued.data.evidence)).toBe(true);
    expect((await call('attest', { subject: '@carol_mcp', attestationType: 'vouch' })).isError).toBe(true);
  });

  it('shows manifests, settlement previews and the acting identity’s own money', async () => {
    const manifest = await ok('fair_manifest', { manifestId });
    expect(manifest.data.verified).toMatchObject({ id: manifestId, creator: bob.did });
    expect(manifest.data.fairDocument.proof.signer).toBe(bob.did);

    const preview = await ok('settlement_preview', { manifestId, amount: 1_001, currency: 'usd' });
    expect(preview.data.preview.lines).toEqual([expect.objectContaining({ did: alice.did, amount: 1_001 })]);

    // No stored session: the server signs in with alice's key, and sees only alice's own money.
    const balance = await ok('my_balance', { currency: 'usd' });
    expect(balance.data).toMatchObject({ did: alice.did, balances: [{ currency: 'usd', amount: 2_500 }] });
    const ledger = await ok('my_ledger', {});
    expect(ledger.data.entries).toEqual([expect.objectContaining({ direction: 'CREDIT', amount: 2_500 })]);
  });

  it('verifies tickets and receipts, and says why a forged one is not valid', async () => {
    const ticket = await ok('verify_ticket', { token: ticketToken, event: event.did });
    expect(ticket.data).toMatchObject({ valid: true, claims: { holderDid: carol.did, eventDid: event.did } });

    const good = await ok('verify_receipt', { receipt, node: nodeKey.did });
    expect(good.data).toMatchObject({ valid: true, node: nodeKey.did, receipt: { amount: 2_500 } });
    const envelope = receipt.envelope as Structured;
    const tampered = { ...envelope, payload: { ...envelope.payload, amount: 1 } };
    const bad = await ok('verify_receipt', { receipt: tampered, node: nodeKey.did });
    expect(bad.data).toMatchObject({ valid: false, code: expect.any(String) });
    const wrongNode = await ok('verify_receipt', { receipt, node: bob.did });
    expect(wrongNode.data).toMatchObject({ valid: false });
  });

  it('sends and reads chat as the acting identity, with the message signature as evidence', async () => {
    const sent = await ok('chat_send', { to: '@bob_mcp', body: 'hello from an agent' });
    expect(sent.data.message).toMatchObject({ body: 'hello from an agent', sender: { did: alice.did } });
    expect(verifiedOffline(sent.data.evidence)).toBe(true);
    const conversationId = sent.data.message.conversation.id as string;

    const list = await ok('chat_read', {});
    expect(list.data.conversations.map((c: Structured) => c.id)).toEqual([conversationId]);
    const read = await ok('chat_read', { conversationId });
    expect(read.data.messages).toHaveLength(1);
    expect(verifiedOffline(read.data.messages[0].evidence)).toBe(true);
  });

  it('answers bad input and refusals with tool errors and keeps serving', async () => {
    const bad = await call('trust_path', { to: 'carol', maxDepth: 50, extra: true });
    expect(bad.isError).toBe(true);
    expect(bad.text).toMatch(/to|maxDepth|extra/);
    const nobody = await call('resolve_identity', { subject: '@nobody_here' });
    expect(nobody).toMatchObject({ isError: true, data: { error: { code: 'NOT_FOUND' } } });
    expect(nobody.text).toContain('Nobody has the handle @nobody_here.');
    const notMember = await call('chat_read', { conversationId: '00000000-0000-4000-8000-000000000000' });
    expect(notMember.isError).toBe(true);
    // Still alive after all of that.
    expect((await ok('resolve_identity', { subject: '@alice_mcp' })).data.identity.did).toBe(alice.did);
  });

  it('serves the same tools over streamable HTTP on 127.0.0.1 only', async () => {
    const server = spawn(process.execPath, [MAIN, 'mcp', '--http', '--port', '0', '--key', 'alice'], {
      env: { PATH: process.env.PATH ?? '', MJN_HOME: home, MJN_GATEWAY: stack.gatewayUrl },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        server.stderr.on('data', (chunk: Buffer) => {
          err += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\/mcp/.exec(err);
          if (found) resolve(found[0]);
        });
        server.once('exit', (code) => reject(new Error(`mjn mcp --http exited ${code}: ${err}`)));
      });
      const httpClient = new Client({ name: 'mcp-e2e-http', version: '1.0.0' });
      await httpClient.connect(new StreamableHTTPClientTransport(new URL(url)));
      const res = (await httpClient.callTool({
        name: 'resolve_identity',
        arguments: { subject: '@bob_mcp' },
      })) as CallToolResult;
      expect(res.structuredContent).toMatchObject({ identity: { did: bob.did } });
      await httpClient.close();
      // A page served from another host name (DNS rebinding) is refused.
      const post = (host: string, body: string) =>
        new Promise<number | undefined>((resolve, reject) => {
          const req = request(url, {
            method: 'POST',
            headers: {
              host,
              'content-type': 'application/json',
              accept: 'application/json, text/event-stream',
            },
          });
          req.on('response', (res) => {
            res.resume();
            resolve(res.statusCode);
          });
          req.on('error', reject);
          req.end(body);
        });
      const list = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
      expect(await post('evil.example', list)).toBe(403);
      // An unbounded body is cut off instead of buffered.
      const huge = JSON.stringify({
        jsonrpc: '2.0',
        id: 2,
        method: 'tools/list',
        params: { pad: 'x'.repeat(2_000_000) },
      });
      expect(await post(new URL(url).host, huge)).toBe(413);
      expect(await post(new URL(url).host, '{not json')).toBe(400);
    } finally {
      server.kill();
    }
  });
});
