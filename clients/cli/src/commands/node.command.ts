import { Option, type Command } from 'commander';

import { registerNode, sendHeartbeat, type RegisteredNode } from '@imajin/sdk';

import { usageError } from '../errors';
import { fields, resolveSubject } from '../format';
import { result } from '../output';
import { handler, type CliApp, type Runtime } from '../runtime';

interface BuildOptions {
  buildHash: string;
  release: string;
}

interface RegisterOptions extends BuildOptions {
  hostname: string;
  url: string;
  capability: string[];
  operator?: string;
}

function nodeLines(node: RegisteredNode): string[] {
  return fields([
    ['node', node.did],
    ['hostname', node.fqdn ?? node.hostname],
    ['status', node.status],
    ['registered until', node.registeredUntil],
    ['heartbeats', node.heartbeatCount],
  ]);
}

/** `--stats` is a JSON object the registry keeps as the node's last reported numbers. */
export function parseStats(text: string | undefined): Record<string, unknown> | null {
  if (text === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw usageError(`--stats must be a JSON object, e.g. '{"load":0.1}' (got ${text}).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw usageError(`--stats must be a JSON object, e.g. '{"load":0.1}'.`);
  }
  return parsed as Record<string, unknown>;
}

async function register(rt: Runtime, _args: string[], options: RegisterOptions) {
  // The key is the node's own (an identity registered with `mjn register --kind node`): it signs for itself.
  const { keyPair } = rt.key();
  const client = rt.client();
  const operatorDid = options.operator ? await resolveSubject(client, options.operator) : undefined;
  const node = await registerNode(client, keyPair, {
    hostname: options.hostname,
    url: options.url,
    buildHash: options.buildHash,
    version: options.release,
    capabilities: options.capability,
    operatorDid,
  });
  return result(node, [`Registered node ${node.fqdn ?? node.hostname}.`, ...nodeLines(node)]);
}

async function heartbeat(rt: Runtime, _args: string[], options: BuildOptions & { stats?: string }) {
  const stats = parseStats(options.stats);
  const node = await sendHeartbeat(rt.client(), rt.key().keyPair, {
    buildHash: options.buildHash,
    version: options.release,
    stats,
  });
  return result(node, [`Heartbeat accepted for ${node.fqdn ?? node.hostname}.`, ...nodeLines(node)]);
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerNodeCommands(program: Command, app: CliApp): void {
  const node = program.command('node').description('Registry: run a node (signed with the node’s own key)');
  const build = (cmd: Command) =>
    cmd
      .requiredOption('--build-hash <sha256:hex>', 'the running build (it must be attested by the registry)')
      .requiredOption('--release <semver>', 'the running version (of the attested build)');
  build(
    node
      .command('register')
      .description('Register this key (an identity of kind node) as a node under a hostname')
      .requiredOption('--hostname <name>', 'the label under the registry domain')
      .requiredOption('--url <url>', 'where the node is reachable'),
  )
    .addOption(
      new Option('--capability <name>', 'a capability it offers (repeatable)').default([]).argParser(collect),
    )
    .option('--operator <did|@handle>', 'the registered identity that runs it')
    .action(handler(app, register));
  build(node.command('heartbeat').description('Send the signed heartbeat (daily) with the running build'))
    .option('--stats <json>', 'numbers to report, as a JSON object')
    .action(handler(app, heartbeat));
}
