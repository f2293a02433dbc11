import { connect } from 'node:net';

import { buildSchema } from 'graphql';

import { generateKeyPair } from '@imajin/protocol';

import { createLogger } from '../src/logger';
import { startSubgraphServer, type RunningSubgraph } from '../src/server/subgraph-server';

/**
 * Sends GET /health on one raw keep-alive connection, waits `idleMs`, sends it again on the same
 * connection, and says what came back the second time: the status line, or how the connection ended.
 */
async function reuseAfterIdle(port: number, idleMs: number): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  const request = 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n';
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  const ended = new Promise<string>((resolve) => {
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    socket.once('close', () => resolve('closed by server'));
  });
  socket.write(request);
  await new Promise((resolve) => setTimeout(resolve, idleMs));
  const before = received.length;
  socket.write(request);
  const second = await Promise.race([
    ended,
    new Promise<string>((resolve) => {
      const check = () =>
        received.length > before ? resolve(received.slice(before).split('\r\n')[0]) : setTimeout(check, 20);
      check();
    }),
  ]);
  socket.destroy();
  return second;
}

describe('startSubgraphServer (keep-alive)', () => {
  let server: RunningSubgraph;

  beforeAll(async () => {
    server = await startSubgraphServer({
      name: 'keepalive',
      schema: buildSchema('type Query { ok: Boolean }'),
      port: 0,
      host: '127.0.0.1',
      gatewayPublicKey: generateKeyPair().publicKey,
      logger: createLogger('keepalive', 'silent'),
      context: () => ({}),
    });
  });

  afterAll(() => server.stop());

  it('advertises a keep-alive longer than a minute, so clients close idle connections first', async () => {
    const response = await fetch(server.url.replace(/\/graphql$/, '/health'));
    await response.arrayBuffer();
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
  });

  // A server closing idle sockets at 5 s reset requests a busy client sent on them just then (fetch reuses a
  // socket for 4 s, and a stalled event loop runs its timer late): "fetch failed … read ECONNRESET".
  it('serves a request on a connection that was idle past the old 5 s timeout', async () => {
    expect(await reuseAfterIdle(server.port, 6500)).toBe('HTTP/1.1 200 OK');
  });
});
