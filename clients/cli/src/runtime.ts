import { join } from 'node:path';

import type { Command } from 'commander';

import type { KeyPair } from '@imajin/protocol';
import { ImajinClient, onBehalfOf } from '@imajin/sdk';

import type { CliConfig } from './config';
import { CliError, CliErrorCodes, ExitCodes, toCliError, usageError } from './errors';
import { renderResult, type CommandResult } from './output';
import { KeyStore, type StoredKey } from './store/key-store';
import { SessionStore, type StoredSession } from './store/session-store';

/** Where mjn writes: injected so tests capture output instead of touching the process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Progress lines go to stderr only when it is a terminal (never under --json). */
  errIsTTY: boolean;
}

/** Options every command accepts (declared on the program, usable before or after the subcommand). */
export interface GlobalOptions {
  json?: boolean;
  gateway?: string;
  key?: string;
  onBehalfOf?: string;
}

/** What a command needs besides its arguments: set up once per process by runCli. */
export interface CliApp {
  io: CliIo;
  config: CliConfig;
  fetch?: typeof fetch;
  /** Per request; a hung gateway becomes a network error instead of a hang. */
  timeoutMs: number;
}

/** Canonical form of a gateway URL, so `--gateway` spellings of one endpoint share one stored session. */
export function normaliseGateway(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError(
      `"${url}" is not a URL; pass the gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql.`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw usageError(`The gateway URL must start with http:// or https:// (got ${parsed.protocol}).`);
  }
  return parsed.toString();
}

/** One command's view of the app: resolved global options, stores, the client, and how to print. */
export class Runtime {
  readonly json: boolean;
  readonly gateway: string;
  readonly keyName: string;
  /** The person every signing command signs for under a delegation, if any. */
  readonly onBehalfOf?: string;
  readonly keys: KeyStore;
  readonly sessions: SessionStore;

  constructor(
    readonly app: CliApp,
    options: GlobalOptions,
  ) {
    this.json = options.json === true;
    this.gateway = normaliseGateway(options.gateway ?? app.config.gateway);
    this.keyName = options.key ?? app.config.keyName;
    this.onBehalfOf = options.onBehalfOf ?? app.config.onBehalfOf;
    if (this.onBehalfOf !== undefined && !this.onBehalfOf.startsWith('did:')) {
      throw usageError(`--on-behalf-of takes the person's DID (did:mjn:…), got "${this.onBehalfOf}".`);
    }
    this.keys = new KeyStore(join(app.config.home, 'keys'));
    this.sessions = new SessionStore(join(app.config.home, 'sessions.json'));
  }

  /** Says what is happening during anything slow, on a terminal only: stdout stays clean for pipes. */
  progress(message: string): void {
    if (!this.json && this.app.io.errIsTTY) this.app.io.err(`${message}\n`);
  }

  /** The signing key (`--key`, MJN_KEY, or "default"). */
  key(): StoredKey {
    return this.keys.load(this.keyName);
  }

  /**
   * The key pair that signs writes: the key itself, or with --on-behalf-of / MJN_ON_BEHALF_OF the key as an
   * agent signing for that person (the server checks the person's delegation and its scopes).
   */
  signer(): KeyPair {
    const { keyPair } = this.key();
    return this.onBehalfOf ? onBehalfOf(keyPair, this.onBehalfOf) : keyPair;
  }

  /** Whose write it is: the person signed for, else the key's own DID. */
  actingDid(): string {
    return this.onBehalfOf ?? this.key().keyPair.did;
  }

  session(): StoredSession | undefined {
    return this.sessions.get(this.gateway);
  }

  requireSession(): StoredSession {
    const session = this.session();
    if (!session) {
      throw new CliError(
        CliErrorCodes.unauthenticated,
        `Not signed in to ${this.gateway}: run \`mjn login\` first.`,
        ExitCodes.api,
      );
    }
    return session;
  }

  /**
   * A client for the gateway. `withSession` sends the stored token: only commands that read as the viewer
   * ask for it, so an expired token never breaks public reads and signed mutations.
   */
  client(withSession = false): ImajinClient {
    const timeoutMs = this.app.timeoutMs;
    const base = this.app.fetch ?? ((input, init) => globalThis.fetch(input, init));
    return new ImajinClient({
      url: this.gateway,
      token: withSession ? (this.session()?.token ?? null) : null,
      fetch: (input, init) => base(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
      headers: { 'user-agent': 'mjn/0.1' },
    });
  }

  emit(result: CommandResult): void {
    this.app.io.out(renderResult(result, this.json));
  }

  /** A thrown error as mjn reports it: an expired stored session gets a hint instead of a bare code. */
  toError(error: unknown, usedSession: boolean): CliError {
    const cliError = toCliError(error, this.gateway);
    if (usedSession && cliError.code === CliErrorCodes.unauthenticated && !(error instanceof CliError)) {
      return new CliError(
        cliError.code,
        `${cliError.message} Your session for ${this.gateway} has expired or was ended: run \`mjn login\`.`,
        cliError.exitCode,
      );
    }
    return cliError;
  }
}

type Handler<O> = (rt: Runtime, args: string[], options: O) => Promise<CommandResult> | CommandResult;

/**
 * Wraps a command body for commander: commander passes (...arguments, options, command); the body gets a
 * Runtime built from the global options, and whatever it returns is printed as text or JSON.
 */
export function handler<O = Record<string, unknown>>(app: CliApp, run: Handler<O>, usesSession = false) {
  return async (...raw: unknown[]): Promise<void> => {
    const command = raw[raw.length - 1] as Command;
    const options = raw[raw.length - 2] as O;
    const args = raw.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : [a])) as string[];
    const rt = new Runtime(app, command.optsWithGlobals<GlobalOptions>());
    let result: CommandResult;
    try {
      result = await run(rt, args, options);
    } catch (error) {
      throw rt.toError(error, usesSession);
    }
    rt.emit(result);
  };
}
