import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { exportKeyPair, generateKeyPair, importKeyPair, signPayload, type KeyPair } from '@imajin/protocol';
import { ImajinClient, signIn } from '@imajin/sdk';

import { REPO_ROOT } from '../schema/paths';

import { loadScriptConfig } from './config';

/**
 * `npm run example -- <name> [register|signin]`: a key kept in .data/keys/<name>.json, and either a signed
 * register mutation to paste into the playground (valid 5 minutes) or a live sign-in that prints the
 * Authorization header to paste into the playground's headers pane.
 */
const KEYS = join(REPO_ROOT, '.data', 'keys');

function keyFor(name: string): KeyPair {
  const file = join(KEYS, `${name}.json`);
  if (existsSync(file)) return importKeyPair(JSON.parse(readFileSync(file, 'utf8')));
  mkdirSync(KEYS, { recursive: true });
  const kp = generateKeyPair();
  writeFileSync(file, JSON.stringify(exportKeyPair(kp), null, 2), { mode: 0o600 });
  return kp;
}

/** GraphQL input literal of a JSON value; `enums` names keys whose string values are enum members. */
export function graphqlLiteral(value: unknown, enums: ReadonlySet<string> = new Set(), key = ''): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => graphqlLiteral(v, enums)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${k}: ${graphqlLiteral(v, enums, k)}`,
    );
    return `{ ${fields.join(', ')} }`;
  }
  if (typeof value === 'string') return enums.has(key) ? value : JSON.stringify(value);
  return String(value);
}

async function main(): Promise<void> {
  const [name = 'alice', action = 'register'] = process.argv.slice(2);
  if (!/^[a-z][a-z0-9_]{2,29}$/.test(name))
    throw new Error('Name must be a valid handle: 3–30 of a-z, 0-9, _');
  const kp = keyFor(name);
  if (action === 'register') {
    const input = {
      did: kp.did,
      kind: 'HUMAN',
      handle: name,
      displayName: name[0].toUpperCase() + name.slice(1),
    };
    const { proof } = signPayload('mjn.identity.register', input, kp);
    const enums = new Set(['kind']);
    process.stdout.write(
      `# Paste into the playground within 5 minutes (the proof's createdAt window):\nmutation {\n` +
        `  register(\n    input: ${graphqlLiteral(input, enums)}\n    proof: ${graphqlLiteral(proof)}\n  ) {\n` +
        `    did\n    profile { handle displayName }\n  }\n}\n`,
    );
    return;
  }
  if (action === 'signin') {
    const client = new ImajinClient({ url: loadScriptConfig().gatewayUrl });
    const session = await signIn(client, kp);
    process.stdout.write(
      `# Signed in as ${kp.did} until ${session.expiresAt}. Paste into the playground's Headers pane:\n` +
        `${JSON.stringify({ Authorization: `Bearer ${session.token}` }, null, 2)}\n`,
    );
    return;
  }
  throw new Error(`Unknown action "${action}": use register or signin`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
