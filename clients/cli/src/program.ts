import { Command, CommanderError, Option } from 'commander';

import { registerChatCommands } from './commands/chat.command';
import { registerIdentityCommands } from './commands/identity.command';
import { registerManifestCommands } from './commands/manifest.command';
import { registerNodeCommands } from './commands/node.command';
import { registerPayCommand } from './commands/pay.command';
import { registerQueryCommand } from './commands/query.command';
import { registerReceiptCommands } from './commands/receipt.command';
import { registerTicketCommands } from './commands/ticket.command';
import { registerTrustCommands } from './commands/trust.command';
import { loadCliConfig } from './config';
import { CliError, CliErrorCodes, ExitCodes, toCliError } from './errors';
import { registerMcpCommand } from './mcp/mcp.command';
import { renderError } from './output';
import type { CliApp, CliIo } from './runtime';

/** Adds a group of subcommands; later slices (e.g. `mjn mcp`) plug in the same way. */
export type CommandGroup = (program: Command, app: CliApp) => void;

export const COMMAND_GROUPS: CommandGroup[] = [
  registerIdentityCommands,
  registerTrustCommands,
  registerManifestCommands,
  registerPayCommand,
  registerReceiptCommands,
  registerTicketCommands,
  registerChatCommands,
  registerNodeCommands,
  registerQueryCommand,
  registerMcpCommand,
];

/** The whole command tree, with output and exits routed through `app` (no process.exit inside). */
export function buildProgram(app: CliApp, json: boolean, groups: CommandGroup[] = COMMAND_GROUPS): Command {
  const program = new Command('mjn')
    .description('Imajin from the command line: keys, identity, trust, manifests, receipts, tickets, GraphQL')
    .version('0.1.0')
    .addOption(new Option('--json', 'print exactly one JSON document on stdout; errors as JSON on stderr'))
    .addOption(
      new Option('--gateway <url>', `the gateway's GraphQL endpoint (default ${app.config.gateway})`),
    )
    .addOption(new Option('--key <name>', `the key to sign with (default "${app.config.keyName}")`))
    .addOption(
      new Option(
        '--on-behalf-of <did>',
        'sign as an agent for this person, under their delegation (or MJN_ON_BEHALF_OF)',
      ),
    )
    .showHelpAfterError(json ? false : '(run `mjn --help` or `mjn <command> --help` for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => app.io.out(text),
      writeErr: (text) => app.io.err(text),
      // Under --json the error is printed once, as JSON, by runCli.
      outputError: (text, write) => {
        if (!json) write(text);
      },
    });
  for (const group of groups) group(program, app);
  return program;
}

export interface RunCliOptions {
  io?: CliIo;
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
  timeoutMs?: number;
  groups?: CommandGroup[];
}

function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTTY: process.stderr.isTTY === true,
  };
}

/** Runs one mjn invocation (`argv` without node and script) and returns its exit code. */
export async function runCli(argv: string[], options: RunCliOptions = {}): Promise<number> {
  const io = options.io ?? processIo();
  // Whether to speak JSON must be known before commander parses, since parse errors are printed too.
  const json = argv.includes('--json');
  try {
    const app: CliApp = {
      io,
      config: loadCliConfig(options.env),
      fetch: options.fetch,
      timeoutMs: options.timeoutMs ?? 30_000,
    };
    await buildProgram(app, json, options.groups).parseAsync(argv, { from: 'user' });
    return ExitCodes.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with exit code 0; everything else is a usage error commander already printed.
      if (error.exitCode === 0) return ExitCodes.ok;
      const message = error.message.replace(/^error: /, '');
      if (json) io.err(renderError(new CliError(CliErrorCodes.usage, message, ExitCodes.usage), true));
      return ExitCodes.usage;
    }
    const cliError = toCliError(error);
    io.err(renderError(cliError, json));
    return cliError.exitCode;
  }
}
