import { createServer } from 'node:net';

import { loadLauncherConfig } from './config';
import { assertPortFree, serviceSpecs } from './launcher';

describe('launcher', () => {
  it('names a taken port before starting anything', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    const { port } = server.address() as { port: number };
    await expect(assertPortFree(port)).rejects.toThrow(`Port ${port} is already in use`);
    await new Promise((resolve) => server.close(resolve));
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });

  it('reads per-subgraph ports and rejects a bad one', () => {
    expect(loadLauncherConfig({ IDENTITY_PORT: '5001' }).subgraphPorts.identity).toBe(5001);
    expect(loadLauncherConfig({}).subgraphPorts.identity).toBe(4001);
    expect(() => loadLauncherConfig({ IDENTITY_PORT: 'abc' })).toThrow(/IDENTITY_PORT/);
  });

  it('binds subgraphs to loopback by default and points the gateway and events at that address', () => {
    const { subgraphs, gateway } = serviceSpecs(loadLauncherConfig({}), shared);
    expect(subgraphs.map((s) => s.env.HOST)).toEqual(Array(6).fill('127.0.0.1'));
    expect(gateway.env.HOST).toBe('0.0.0.0');
    expect(gateway.env.SUBGRAPH_URLS).toContain('identity=http://127.0.0.1:4001/graphql');
    expect(subgraphs.find((s) => s.name === 'events')?.env.PAYMENTS_URL).toBe('http://127.0.0.1:4003');
    expect(subgraphs[0].readyUrl).toBe('http://127.0.0.1:4001/ready');
  });

  it('exposes subgraphs on another interface when SUBGRAPH_HOST says so', () => {
    const { subgraphs, gateway } = serviceSpecs(loadLauncherConfig({ SUBGRAPH_HOST: '0.0.0.0' }), shared);
    expect(subgraphs.map((s) => s.env.HOST)).toEqual(Array(6).fill('0.0.0.0'));
    expect(gateway.env.SUBGRAPH_URLS).toContain('chat=http://127.0.0.1:4005/graphql');
  });
});

const shared = { databaseUrl: 'postgres://x@127.0.0.1:5432/imajin', nodeMasterKey: 'k'.repeat(43) };
