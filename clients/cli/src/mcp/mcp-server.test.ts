import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

import { Runtime, type CliApp } from '../runtime';

import { McpLimits } from './limits';
import { createMcpServer, createMcpState } from './mcp-server';

const TOOLS = [
  'resolve_identity',
  'search',
  'trust_path',
  'why_no_path',
  'is_trusted',
  'trust_neighbourhood',
  'trust_score',
  'attestations',
  'attest',
  'vouch',
  'fair_manifest',
  'settlement_preview',
  'my_balance',
  'my_ledger',
  'verify_ticket',
  'verify_receipt',
  'chat_read',
  'chat_send',
];

// No gateway: every request fails as unreachable, so these tests cover what the server decides itself.
describe('createMcpServer', () => {
  let home: string;
  let client: Client;
  let clock: number;
  let requests: number;

  beforeEach(async () => {
    home = mkdtempSync(join(tmpdir(), 'mjn-mcp-'));
    clock = 1_000_000;
    requests = 0;
    const app: CliApp = {
      io: { out: () => undefined, err: () => undefined, errIsTTY: false },
      config: { home, gateway: 'http://127.0.0.1:9/graphql', keyName: 'default' },
      fetch: () => {
        requests += 1;
        return Promise.reject(new TypeError('fetch failed'));
      },
      timeoutMs: 1000,
    };
    const rt = new Runtime(app, {});
    const server = createMcpServer(
      rt,
      createMcpState(rt, () => clock),
    );
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(clientSide);
  });
  afterEach(async () => {
    await client.close();
    rmSync(home, { recursive: true, force: true });
  });

  const call = async (name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = (res: CallToolResult) => res.content.map((c) => (c.type === 'text' ? c.text : '')).join('');

  it('lists every tool of the issue, each with a strict object schema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...TOOLS].sort());
    for (const tool of tools) {
      expect(tool.inputSchema).toMatchObject({ type: 'object', additionalProperties: false });
      expect(tool.description?.length).toBeGreaterThan(20);
    }
  });

  it('refuses bad input with a tool error naming the field, without asking the gateway', async () => {
    const notSubject = await call('resolve_identity', { subject: 'alice' });
    expect(notSubject.isError).toBe(true);
    expect(text(notSubject)).toMatch(/DID \(did:mjn:…\) or a handle written with @/);

    const unknownField = await call('trust_path', { to: '@bob', sql: 'DROP TABLE' });
    expect(unknownField.isError).toBe(true);
    expect(text(unknownField)).toMatch(/sql/);

    const tooDeep = await call('trust_path', { to: '@bob', maxDepth: McpLimits.maxDepth + 1 });
    expect(tooDeep.isError).toBe(true);
    expect(text(tooDeep)).toMatch(/maxDepth/);

    const tooMany = await call('search', { kind: 'people', query: 'al', first: 10_000 });
    expect(tooMany.isError).toBe(true);

    const both = await call('chat_send', { conversationId: 'c1', to: '@bob', body: 'hi' });
    expect(text(both)).toMatch(/exactly one of conversationId or to/);

    const fraction = await call('settlement_preview', {
      manifestId: 'fair:x',
      amount: 12.5,
      currency: 'USD',
    });
    expect(fraction.isError).toBe(true);
    expect(requests).toBe(0);
  });

  it('says what to do when there is no key to sign with or no gateway to ask', async () => {
    const vouch = await call('vouch', { subject: 'did:mjn:z6MkexampleOnly' });
    expect(vouch).toMatchObject({ isError: true, structuredContent: { error: { code: 'NOT_FOUND' } } });
    expect(text(vouch)).toMatch(/mjn keygen --name default/);

    const balance = await call('my_balance', {});
    expect(balance).toMatchObject({
      isError: true,
      structuredContent: { error: { code: 'UNAUTHENTICATED' } },
    });
    expect(text(balance)).toMatch(/--key <name>/);

    const path = await call('trust_path', { from: 'did:mjn:a', to: 'did:mjn:b' });
    expect(path.isError).toBe(true);
    expect(text(path)).toMatch(/Cannot reach the gateway at http:\/\/127\.0\.0\.1:9\/graphql/);
  });

  it('answers a forged receipt with valid: false and the reason, not an error', async () => {
    const res = await call('verify_receipt', {
      receipt: { payload: { type: 'mjn.payments.receipt', signer: 'did:mjn:nope' }, signature: 'AAAA' },
    });
    expect(res.isError).toBeFalsy();
    expect(res.structuredContent).toMatchObject({ valid: false, code: expect.any(String) });
  });

  it('limits calls per minute, and lets them through again once the minute has passed', async () => {
    for (let i = 0; i < McpLimits.writesPerMinute; i += 1) await call('vouch', { subject: 'did:mjn:x' });
    const refused = await call('vouch', { subject: 'did:mjn:x' });
    expect(refused).toMatchObject({ isError: true, structuredContent: { error: { code: 'RATE_LIMITED' } } });
    expect(text(refused)).toMatch(/at most 20 a minute/);
    // Reads have their own, larger budget.
    expect(text(await call('trust_score', { to: 'did:mjn:x', from: 'did:mjn:y' }))).not.toMatch(
      /RATE_LIMITED/,
    );
    clock += 60_000;
    expect(text(await call('vouch', { subject: 'did:mjn:x' }))).not.toMatch(/RATE_LIMITED/);
  });
});
