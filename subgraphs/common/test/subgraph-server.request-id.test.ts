import { Writable } from 'node:stream';

import { buildSchema } from 'graphql';

import { generateKeyPair, viewerAssertionSigner } from '@imajin/protocol';

import { createLogger } from '../src/logger';
import { startSubgraphServer, type RunningSubgraph } from '../src/server/subgraph-server';

describe('startSubgraphServer (request ids and metrics)', () => {
  const gateway = generateKeyPair();
  const sign = viewerAssertionSigner(gateway.seed);
  const lines: Record<string, unknown>[] = [];
  let server: RunningSubgraph;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    server = await startSubgraphServer({
      name: 'probe',
      schema: buildSchema('type Query { ok: Boolean }'),
      port: 0,
      host: '127.0.0.1',
      gatewayPublicKey: gateway.publicKey,
      logger: createLogger('probe', 'info', sink),
      // A resolver's log line, as any service writes one through its request logger.
      context: ({ logger }) => {
        logger.info('handling');
        return {};
      },
    });
  });

  afterAll(() => server.stop());

  const ask = (requestId: string) =>
    fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-imajin-viewer': sign({ did: null, requestId, aud: 'probe' }),
      },
      body: JSON.stringify({ query: 'query Probe { ok }' }),
    });

  it('writes the gateway-signed request id on every log line of the request', async () => {
    await (await ask('req-from-gateway-7')).json();
    const line = lines.find((l) => l.msg === 'handling');
    expect(line).toMatchObject({ requestId: 'req-from-gateway-7', name: 'probe' });
  });

  it('counts the operation on its own /metrics without any token', async () => {
    await (await ask('req-2')).json();
    const text = await (await fetch(server.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(text).toMatch(/graphql_requests_total\{operation="Probe",service="probe"\} 2/);
    expect(text).not.toContain('db_pool');
  });
});
