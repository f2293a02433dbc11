import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createLogger } from '../logger';

import { GatewayTrustGraph } from './trust-graph';

describe('GatewayTrustGraph', () => {
  let server: Server;
  let url: string;
  let answer: unknown;
  const seen: Array<{ query: string; variables: Record<string, unknown> }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push(JSON.parse(body) as (typeof seen)[number]);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const checker = () => new GatewayTrustGraph(url, createLogger('test', 'silent'));

  it('asks isTrusted(querier, subject, maxHops) through the gateway', async () => {
    answer = { data: { isTrusted: true } };
    await expect(checker().isTrusted('did:a', 'did:b', 2)).resolves.toBe(true);
    expect(seen.at(-1)).toMatchObject({ variables: { q: 'did:a', s: 'did:b', h: 2 } });
    expect(seen.at(-1)?.query).toContain('isTrusted(querier: $q, subject: $s, maxHops: $h)');
    answer = { data: { isTrusted: false } };
    await expect(checker().isTrusted('did:a', 'did:b', 2)).resolves.toBe(false);
  });

  it('fails closed with INTERNAL_SERVER_ERROR when trust errors or is unreachable', async () => {
    answer = { errors: [{ message: 'boom' }] };
    await expect(checker().isTrusted('did:a', 'did:b', 2)).rejects.toMatchObject({
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const offline = new GatewayTrustGraph('http://127.0.0.1:1/graphql', createLogger('test', 'silent'));
    await expect(offline.isTrusted('did:a', 'did:b', 2)).rejects.toMatchObject({
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
