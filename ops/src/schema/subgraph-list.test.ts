import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse as parseYaml } from 'yaml';

import { REPO_ROOT } from './paths';
import { SUBGRAPHS } from './subgraph-list';

// Every place that names the subgraphs but cannot read ops/src/schema/subgraphs.json (JSON config files,
// YAML, other packages' sources) must agree with it: CONTRIBUTING.md's "Adding a subgraph" lists them.
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const readJson = <T>(path: string) => JSON.parse(read(path)) as T;
const names = SUBGRAPHS.map((s) => s.name);
const sorted = (list: Iterable<string>) => [...list].sort();

interface PackageJson {
  name: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
}
interface TsConfig {
  references?: { path: string }[];
  compilerOptions?: { paths?: Record<string, string[]> };
}

describe('the subgraph list', () => {
  it('names each subgraph once, with its own port', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(SUBGRAPHS.map((s) => s.port)).size).toBe(names.length);
    for (const { name } of SUBGRAPHS) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('has a folder under subgraphs/ for each subgraph, and a subgraph for each folder but common', () => {
    const folders = readdirSync(join(REPO_ROOT, 'subgraphs'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'common')
      .map((d) => d.name);
    expect(sorted(folders)).toEqual(sorted(names));
  });

  it('matches each package: @imajin/<name> with a main.js (docker runs it) and the port its config defaults to', () => {
    for (const { name, port } of SUBGRAPHS) {
      expect(readJson<PackageJson>(`subgraphs/${name}/package.json`).name).toBe(`@imajin/${name}`);
      expect(existsSync(join(REPO_ROOT, `subgraphs/${name}/src/main.ts`))).toBe(true);
      expect(read(`subgraphs/${name}/src/config.ts`)).toContain(`portFromEnv(${port})`);
    }
  });

  it('matches the npm workspaces in package.json', () => {
    const workspaces = readJson<PackageJson>('package.json').workspaces ?? [];
    const subgraphWorkspaces = workspaces.filter(
      (w) => w.startsWith('subgraphs/') && w !== 'subgraphs/common',
    );
    expect(sorted(subgraphWorkspaces)).toEqual(sorted(names.map((n) => `subgraphs/${n}`)));
  });

  it('matches the project references in tsconfig.json and ops/tsconfig.json', () => {
    const refs = (path: string, prefix: string) =>
      (readJson<TsConfig>(path).references ?? [])
        .map((r) => r.path)
        .filter((p) => p.startsWith(prefix) && p !== `${prefix}common`)
        .map((p) => p.slice(prefix.length));
    expect(sorted(refs('tsconfig.json', 'subgraphs/'))).toEqual(sorted(names));
    expect(sorted(refs('ops/tsconfig.json', '../subgraphs/'))).toEqual(sorted(names));
  });

  it('matches the source paths in tsconfig.test.json', () => {
    const paths = readJson<TsConfig>('tsconfig.test.json').compilerOptions?.paths ?? {};
    for (const name of names) expect(paths[`@imajin/${name}`]).toEqual([`subgraphs/${name}/src/index.ts`]);
  });

  it("matches ops' dependencies in ops/package.json", () => {
    const deps = readJson<PackageJson>('ops/package.json').dependencies ?? {};
    for (const name of names) expect(deps[`@imajin/${name}`]).toBeDefined();
  });

  it('matches rover.yaml: one entry per subgraph, its dev URL and its checked-in SDL', () => {
    const rover = parseYaml(read('rover.yaml')) as {
      subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
    };
    expect(sorted(Object.keys(rover.subgraphs))).toEqual(sorted(names));
    for (const { name, port } of SUBGRAPHS) {
      expect(rover.subgraphs[name]!.routing_url).toBe(`http://localhost:${port}/graphql`);
      expect(rover.subgraphs[name]!.schema.file).toBe(`./schema/subgraphs/${name}.graphql`);
      expect(existsSync(join(REPO_ROOT, 'schema/subgraphs', `${name}.graphql`))).toBe(true);
    }
  });

  it('matches the graphs of the checked-in supergraph', () => {
    const graphs = [
      ...read('schema/supergraph.graphql').matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g),
    ];
    expect(sorted(graphs.map((g) => g[1]!))).toEqual(sorted(names));
    for (const { name, port } of SUBGRAPHS) {
      expect(graphs.find((g) => g[1] === name)?.[2]).toBe(`http://localhost:${port}/graphql`);
    }
  });

  it('matches docker-compose.yml: a service per subgraph on its port, and the gateway waits for and routes to each', () => {
    interface Service {
      build?: { args?: { SERVICE?: string } };
      environment?: Record<string, string>;
      depends_on?: string[];
    }
    const compose = parseYaml(read('docker-compose.yml'), { merge: true }) as {
      services: Record<string, Service>;
    };
    const services = compose.services;
    const subgraphServices = Object.keys(services).filter((s) => s !== 'postgres' && s !== 'gateway');
    expect(sorted(subgraphServices)).toEqual(sorted(names));
    for (const { name, port } of SUBGRAPHS) {
      expect(services[name]!.build?.args?.SERVICE).toBe(`subgraphs/${name}`);
      expect(services[name]!.environment?.PORT).toBe(String(port));
    }
    const gateway = services.gateway!;
    expect(sorted(gateway.depends_on ?? [])).toEqual(sorted(names));
    const urls = Object.fromEntries(
      (gateway.environment?.SUBGRAPH_URLS ?? '')
        .split(',')
        .map((pair) => pair.split('=') as [string, string]),
    );
    expect(urls).toEqual(
      Object.fromEntries(SUBGRAPHS.map(({ name, port }) => [name, `http://${name}:${port}/graphql`])),
    );
  });
});
