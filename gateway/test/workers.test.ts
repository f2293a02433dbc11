import { execFile, spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { parse } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { startFeedSubgraphs, type FeedSubgraphs } from './feed-subgraph';
import {
  GOOD_TOKEN,
  VIEWER_DID,
  baseTypeDefs,
  gatewayKeys,
  startTestSubgraph,
  writeTempSupergraph,
  type TestSubgraph,
  until,
} from './test-subgraph';

const run = promisify(execFile);
const GATEWAY_DIR = join(__dirname, '..');
const WORKERS = 2;
// Generous: the workers are separate processes, and CI machines run many test files at once.
jest.setTimeout(60_000);

// Each request on its own connection, so the cluster primary hands consecutive requests to different workers.
function post(url: string, query: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: unknown[] } }>(
    (resolve, reject) => {
      const payload = JSON.stringify({ query });
      const req = http.request(
        url,
        { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    },
  );
}

// The real entry point (gateway/dist/main.js) with GATEWAY_WORKERS=2, as `npm start` runs it.
describe('gateway workers', () => {
  const keys = gatewayKeys();
  let identity: TestSubgraph;
  let feed: FeedSubgraphs;
  let gateway: ChildProcess;
  let url = '';
  const readyPids = new Set<number>();
  const clients: Client[] = [];

  beforeAll(async () => {
    // Build from the current sources (a no-op when dist/ is up to date).
    await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', GATEWAY_DIR]);
    identity = await startTestSubgraph(keys.publicKey);
    feed = await startFeedSubgraphs(keys.publicKey);
    const supergraphPath = writeTempSupergraph(
      feed.supergraph([{ name: 'identity', url: identity.url, typeDefs: parse(baseTypeDefs) }]),
    );
    gateway = spawn(process.execPath, [join(GATEWAY_DIR, 'dist', 'main.js')], {
      env: {
        ...process.env,
        GATEWAY_PRIVATE_KEY: keys.seedBase64Url,
        GATEWAY_WORKERS: String(WORKERS),
        HOST: '127.0.0.1',
        PORT: '0',
        SUPERGRAPH_PATH: supergraphPath,
        LOG_LEVEL: 'info',
        NODE_ENV: 'test',
        WEB_ROOT: '',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    gateway.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as { msg?: string; url?: string; pid?: number };
        if (entry.msg === 'gateway ready' && entry.url && entry.pid) {
          url = entry.url;
          readyPids.add(entry.pid);
        }
      }
    });
    await until(() => readyPids.size === WORKERS, 60_000);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    if (gateway && gateway.exitCode === null) {
      await new Promise((resolve) => {
        gateway.once('exit', resolve);
        gateway.kill('SIGTERM');
      });
    }
    await feed?.stop();
    await identity?.stop();
  });

  it('runs GATEWAY_WORKERS processes on one port', async () => {
    expect(readyPids.size).toBe(WORKERS);
    expect(readyPids.has(gateway.pid ?? -1)).toBe(false);
    for (let i = 0; i < 4; i += 1) {
      const { status, body } = await post(url, '{ me }');
      expect(status).toBe(200);
      expect(body).toEqual({ data: { me: null } });
    }
  });

  it('delivers subscription events on connections held by different workers', async () => {
    const subscribers = Array.from({ length: WORKERS * 2 }, () => {
      const client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
      });
      clients.push(client);
      const results: unknown[] = [];
      client.subscribe(
        { query: 'subscription { postAdded(room: "lobby") { id author { name } } }' },
        { next: (r) => results.push(r), error: () => undefined, complete: () => undefined },
      );
      return results;
    });
    await until(() => feed.openSockets() === subscribers.length, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    feed.publish('lobby', { id: 'p1', text: 'hello', authorId: 'a1' });
    await until(() => subscribers.every((results) => results.length === 1), 20_000);
    for (const results of subscribers) {
      expect(results).toEqual([{ data: { postAdded: { id: 'p1', author: { name: 'Author a1' } } } }]);
    }
  });

  it('caches a session per worker and forgets it in every worker after a signOut through any one', async () => {
    const bearer = { authorization: `Bearer ${GOOD_TOKEN}` };
    const before = identity.resolves;
    for (let i = 0; i < WORKERS * 3; i += 1) {
      expect((await post(url, '{ me }', bearer)).body).toEqual({ data: { me: VIEWER_DID } });
    }
    // One lookup per worker, not one per request.
    expect(identity.resolves - before).toBe(WORKERS);
    expect((await post(url, 'mutation { signOut }', bearer)).body).toEqual({ data: { signOut: 1 } });
    for (let i = 0; i < WORKERS * 2; i += 1) {
      const { status, body } = await post(url, '{ me }', bearer);
      expect(status).toBe(401);
      expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    }
  });
});
