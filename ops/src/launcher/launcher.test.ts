import { createServer } from 'node:net';

import { loadLauncherConfig } from './config';
import { assertPortFree } from './launcher';

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
});
