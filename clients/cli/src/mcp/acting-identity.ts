import type { KeyPair } from '@imajin/protocol';
import { signIn, type ImajinClient } from '@imajin/sdk';

import { CliError, CliErrorCodes, ExitCodes } from '../errors';
import type { Runtime } from '../runtime';
import type { StoredKey } from '../store/key-store';

/**
 * Who the MCP server acts as: the configured key (`--key`, MJN_KEY, "default") signs writes; reads that
 * need a session use the stored session of that key at this gateway, or sign in once with the key (kept in
 * memory only, so the server never rewrites the person's session file).
 */
export class ActingIdentity {
  private token: string | null = null;
  private sessionDid: string | null = null;

  constructor(private readonly rt: Runtime) {}

  /** The signing key; a tool error naming how to create one when it is missing. */
  key(): StoredKey {
    return this.rt.keys.load(this.rt.keyName);
  }

  /** The key pair that signs writes: the key, or the key as an agent for `--on-behalf-of`'s person. */
  signer(): KeyPair {
    return this.rt.signer();
  }

  /** The acting DID, for tools whose point of view defaults to it: the key's, else its stored session's. */
  did(): string {
    const stored = this.rt.session();
    if (stored && stored.key === this.rt.keyName) return stored.did;
    return this.loadKeyForSession().keyPair.did;
  }

  /** A client without a session, for public reads and signed mutations. */
  client(): ImajinClient {
    return this.rt.client();
  }

  /** A client carrying the acting identity's session, and that identity's DID. */
  async sessionClient(): Promise<{ client: ImajinClient; did: string }> {
    if (!this.token || !this.sessionDid) {
      const stored = this.rt.session();
      if (stored && stored.key === this.rt.keyName && Date.parse(stored.expiresAt) > Date.now()) {
        this.token = stored.token;
        this.sessionDid = stored.did;
      } else {
        const key = this.loadKeyForSession();
        const session = await signIn(this.rt.client(), key.keyPair);
        this.token = session.token;
        this.sessionDid = session.identity.did;
      }
    }
    const client = this.rt.client();
    client.setToken(this.token);
    return { client, did: this.sessionDid };
  }

  /** Drops an in-memory session the gateway refused, so the next call signs in again. */
  forgetSession(): void {
    this.token = null;
    this.sessionDid = null;
  }

  private loadKeyForSession(): StoredKey {
    try {
      return this.key();
    } catch (error) {
      if (error instanceof CliError && error.code === CliErrorCodes.notFound) {
        throw new CliError(
          CliErrorCodes.unauthenticated,
          `This tool reads the acting identity's own data and needs a session: no session for key "${this.rt.keyName}" at ${this.rt.gateway} and no such key to sign in with. Start the server with --key <name> (or MJN_KEY), or run \`mjn login\`.`,
          ExitCodes.api,
        );
      }
      throw error;
    }
  }
}
