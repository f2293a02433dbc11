import http from 'node:http';
import type { AddressInfo } from 'node:net';

import express from 'express';

import { healthRouter, type ReadinessOptions } from '../src/http/health.router';
import type { SubgraphEndpoint } from '../src/supergraph/subgraph-list';

interface FakeSubgraph {
  endpoint: SubgraphEndpoint;
  probes: number;
  close(): Promise<void>;
}

/** A subgraph whose /ready answers `status`, or never answers when `status` is 'hang'. */
async function fakeSubgraph(name: string, status: number | 'hang'): Promise<FakeSubgraph> {
  const fake = { probes: 0 } as FakeSubgraph;
  const server = http.createServer((req, res) => {
    if (req.url !== '/ready') return void res.writeHead(404).end();
    fake.probes += 1;
    if (status !== 'hang') res.writeHead(status).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.endpoint = { name, url: `http://127.0.0.1:${port}/graphql` };
  fake.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return fake;
}

async function serve(subgraphs: FakeSubgraph[], options: ReadinessOptions, schemaLoaded = true) {
  const app = express();
  app.use(
    healthRouter(
      { schemaLoaded: () => schemaLoaded, subgraphs: () => subgraphs.map((s) => s.endpoint) },
      options,
    ),
  );
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ready: async () => {
      const response = await fetch(`http://127.0.0.1:${port}/ready`);
      return { status: response.status, body: (await response.json()) as unknown };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('gateway /ready', () => {
  const opened: { close(): Promise<void> }[] = [];
  const track = <T extends { close(): Promise<void> }>(thing: T): T => {
    opened.push(thing);
    return thing;
  };

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((o) => o.close()));
  });

  it('answers 200 with every subgraph ready', async () => {
    const subgraphs = [track(await fakeSubgraph('identity', 200)), track(await fakeSubgraph('chat', 200))];
    const gateway = track(await serve(subgraphs, {}));
    expect(await gateway.ready()).toEqual({
      status: 200,
      body: { status: 'ready', subgraphs: { identity: 'ready', chat: 'ready' } },
    });
  });

  it('answers 503 naming the subgraphs that are down, refuse readiness or do not answer in time', async () => {
    const down = await fakeSubgraph('events', 200);
    await down.close();
    const subgraphs = [
      track(await fakeSubgraph('identity', 200)),
      track(await fakeSubgraph('chat', 503)),
      track(await fakeSubgraph('trust', 'hang')),
      down,
    ];
    const gateway = track(await serve(subgraphs, { timeoutMs: 200 }));
    const { status, body } = await gateway.ready();
    expect(status).toBe(503);
    // Names and states only: the probe's error text and the subgraphs' internal URLs stay in the log.
    expect(body).toEqual({
      status: 'unavailable',
      subgraphs: { identity: 'ready', chat: 'unavailable', trust: 'unavailable', events: 'unavailable' },
    });
  });

  it('probes each subgraph once for many /ready requests within the cache window', async () => {
    const identity = track(await fakeSubgraph('identity', 200));
    const gateway = track(await serve([identity], { cacheMs: 60_000 }));
    const answers = await Promise.all(Array.from({ length: 50 }, () => gateway.ready()));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(identity.probes).toBe(1);
  });

  it('probes again once the cached answer is older than the cache window', async () => {
    const identity = track(await fakeSubgraph('identity', 200));
    const gateway = track(await serve([identity], { cacheMs: 0 }));
    await gateway.ready();
    await gateway.ready();
    expect(identity.probes).toBe(2);
  });

  it('answers 503 before the supergraph schema is loaded', async () => {
    const gateway = track(await serve([], {}, false));
    expect(await gateway.ready()).toEqual({
      status: 503,
      body: { status: 'unavailable', reason: 'supergraph schema not loaded', subgraphs: {} },
    });
  });
});
