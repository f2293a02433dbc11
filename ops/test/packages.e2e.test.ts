// Packs @imajin/protocol and @imajin/sdk the way a publisher would, installs the tarballs into an empty
// project outside the workspace and uses them there: what an outside developer gets from `npm install`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import didVectors from '../../clients/protocol/vectors/did.json';

const root = path.resolve(__dirname, '../..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

interface Packed {
  filename: string;
  files: { path: string }[];
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function pack(workspace: string, dest: string): Packed {
  const [packed] = JSON.parse(
    npm(['pack', '--json', '--pack-destination', dest], path.join(root, workspace)),
  ) as Packed[];
  return packed!;
}

// Offline first, as the issue asks; the npm cache holds tarballs but not always the registry metadata
// npm needs to resolve ranges, so fall back to the registry (preferring cached tarballs).
function install(cwd: string, tarballs: string[]): void {
  const args = ['install', '--no-audit', '--no-fund', ...tarballs];
  try {
    npm([...args, '--offline'], cwd);
  } catch {
    npm([...args, '--prefer-offline'], cwd);
  }
}

// A consumer's tsc run over one file, with the workspace's TypeScript and @types/node; throws on any error.
function typeCheck(file: string, module: string, resolution: string): void {
  const typeRoots = path.join(root, 'node_modules/@types');
  const args = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', module];
  args.push('--moduleResolution', resolution, '--types', 'node', '--typeRoots', typeRoots, file);
  execFileSync('node', [tsc, ...args], { cwd: path.dirname(file), encoding: 'utf8' });
}

// What a tarball may hold: an allowlist, so sources, tests, build info, maps or a stray .env never ship.
const shippable = /^(package\.json|README\.md|SPEC\.md|vectors\/[\w-]+\.json|dist\/[\w/.-]+\.(js|d\.ts))$/;
function unexpected(files: string[]): string[] {
  return files.filter((f) => !shippable.test(f) || /\.test\./.test(f));
}

const vector = didVectors.keys[0]!;

const cjsScript = `
const protocol = require('@imajin/protocol');
const browser = require('@imajin/protocol/browser');
const { ImajinClient } = require('@imajin/sdk');
const seed = Buffer.from('${vector.seed}', 'hex');
const kp = protocol.keyPairFromSeed(seed);
const signed = protocol.signPayload('pack.check', { note: 'hello' }, kp);
const verified = protocol.verifyProof('pack.check', { note: 'hello' }, signed.proof);
let tamperedRejected = false;
try { protocol.verifyProof('pack.check', { note: 'HELLO' }, signed.proof); } catch { tamperedRejected = true; }
const client = new ImajinClient({ url: 'http://localhost:4000/graphql' });
console.log(JSON.stringify({
  did: kp.did,
  browserDid: browser.keyPairFromSeed(seed).did,
  verifiedSigner: verified.payload.signer,
  tamperedRejected,
  clientUrl: client.url,
  vectorCount: require('@imajin/protocol/vectors/did.json').keys.length,
}));
`;

const esmScript = `
import { keyPairFromSeed } from '@imajin/protocol';
import { ImajinClient } from '@imajin/sdk';
const kp = keyPairFromSeed(Buffer.from('${vector.seed}', 'hex'));
console.log(JSON.stringify({ did: kp.did, client: new ImajinClient({ url: 'http://x/graphql' }).url }));
`;

const typedScript = `
import { keyPairFromSeed, type KeyPair } from '@imajin/protocol';
import { keyPairFromSeed as browserKeyPair } from '@imajin/protocol/browser';
import { ImajinClient, type ImajinClientOptions } from '@imajin/sdk';
const options: ImajinClientOptions = { url: 'http://x/graphql' };
const kp: KeyPair = keyPairFromSeed(new Uint8Array(32));
export const out: string = kp.did + browserKeyPair(kp.seed).did + new ImajinClient(options).url;
`;

describe('packages', () => {
  let dir: string;
  let protocol: Packed;
  let sdk: Packed;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'imajin-pack-'));
    protocol = pack('clients/protocol', dir);
    sdk = pack('clients/sdk', dir);
    const project = path.join(dir, 'project');
    execFileSync('mkdir', [project]);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'pack-check', private: true }));
    install(project, [path.join(dir, protocol.filename), path.join(dir, sdk.filename)]);
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('packs the protocol with its types, the browser entry, SPEC.md and the vectors, and no sources or tests', () => {
    const files = protocol.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'SPEC.md',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/browser.js',
        'dist/browser.d.ts',
        'vectors/did.json',
        'vectors/proofs.json',
      ]),
    );
    expect(unexpected(files)).toEqual([]);
  });

  it('packs the SDK with its types and generated documents, and no sources or tests', () => {
    const files = sdk.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/generated/graphql.js',
        'dist/generated/graphql.d.ts',
      ]),
    );
    expect(unexpected(files)).toEqual([]);
  });

  it('makes the SDK depend on the protocol by version, not by workspace path', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(dir, 'project/node_modules/@imajin/sdk/package.json'), 'utf8'),
    );
    expect(manifest.dependencies['@imajin/protocol']).toBe(
      protocol.filename.match(/-(\d+\.\d+\.\d+)\.tgz$/)![1],
    );
  });

  it('derives the vector DID, signs and verifies a proof and builds a client from the installed tarballs', () => {
    const out = JSON.parse(
      execFileSync('node', ['-e', cjsScript], { cwd: path.join(dir, 'project'), encoding: 'utf8' }),
    );
    expect(out).toEqual({
      did: vector.did,
      browserDid: vector.did,
      verifiedSigner: vector.did,
      tamperedRejected: true,
      clientUrl: 'http://localhost:4000/graphql',
      vectorCount: didVectors.keys.length,
    });
  });

  it('lets ES modules import the CommonJS build by name', () => {
    const file = path.join(dir, 'project/check.mjs');
    writeFileSync(file, esmScript);
    const out = JSON.parse(
      execFileSync('node', [file], { cwd: path.join(dir, 'project'), encoding: 'utf8' }),
    );
    expect(out).toEqual({ did: vector.did, client: 'http://x/graphql' });
  });

  it.each(['protocol', 'sdk'])(
    'type-checks the example in the %s README against the installed package',
    (name) => {
      const readme = readFileSync(path.join(root, `clients/${name}/README.md`), 'utf8');
      const example = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
      const file = path.join(dir, `project/readme-${name}.mts`);
      writeFileSync(file, example);
      expect(() => typeCheck(file, 'node16', 'node16')).not.toThrow();
    },
  );

  it.each([
    ['node16', 'node16'],
    ['esnext', 'bundler'],
    ['commonjs', 'node10'],
  ])('type-checks a consumer with module %s and moduleResolution %s', (module, resolution) => {
    const file = path.join(dir, 'project/check.mts');
    writeFileSync(file, typedScript);
    expect(() => typeCheck(file, module, resolution)).not.toThrow();
  });
});
