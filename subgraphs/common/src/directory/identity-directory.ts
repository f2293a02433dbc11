import { isValidMjnDid, multibaseToPublicKey, publicKeyToMultibase } from '@imajin/protocol';

import { ForbiddenError, NotFoundError } from '../errors';
import type { Logger } from '../logger';

import { queryGateway } from './gateway-query';

export interface DirectoryEntry {
  did: string;
  kind: string;
  active: boolean;
  /** Multibase Ed25519 key that verifies new proofs; null for did:email. */
  currentKey: string | null;
}

/** What other subgraphs know of identities: only what identity publishes through the supergraph. */
export interface IdentityDirectory {
  lookup(dids: readonly string[]): Promise<Map<string, DirectoryEntry>>;
}

const QUERY = 'query Directory($dids: [String!]!) { identities(dids: $dids) { did kind active currentKey } }';

/**
 * Asks the identity subgraph through the gateway (never its tables). Answers are cached for a few seconds,
 * so a key rotation or deactivation reaches other domains within `ttlMs`.
 */
export class GatewayIdentityDirectory implements IdentityDirectory {
  private readonly cache = new Map<string, { entry: DirectoryEntry | null; at: number }>();

  constructor(
    private readonly gatewayUrl: string,
    private readonly logger: Logger,
    private readonly ttlMs = 5000,
  ) {}

  async lookup(dids: readonly string[]): Promise<Map<string, DirectoryEntry>> {
    const now = Date.now();
    const result = new Map<string, DirectoryEntry>();
    const missing: string[] = [];
    for (const did of new Set(dids)) {
      const cached = this.cache.get(did);
      if (cached && now - cached.at < this.ttlMs) {
        if (cached.entry) result.set(did, cached.entry);
      } else missing.push(did);
    }
    for (let i = 0; i < missing.length; i += 100) {
      const batch = missing.slice(i, i + 100);
      const entries = await this.fetch(batch);
      for (const did of batch) {
        const entry = entries.get(did) ?? null;
        this.cache.set(did, { entry, at: now });
        if (entry) result.set(did, entry);
      }
    }
    if (this.cache.size > 50_000) this.cache.clear();
    return result;
  }

  private async fetch(dids: string[]): Promise<Map<string, DirectoryEntry>> {
    const data = await queryGateway<{ identities: Array<DirectoryEntry | null> }>(
      this.gatewayUrl,
      QUERY,
      { dids },
      this.logger,
      'identity directory',
    );
    return new Map(data.identities.filter((e): e is DirectoryEntry => e !== null).map((e) => [e.did, e]));
  }
}

/** An in-memory directory for unit tests of services that depend on one. */
export class StaticIdentityDirectory implements IdentityDirectory {
  constructor(private readonly entries: Map<string, DirectoryEntry> = new Map()) {}

  set(entry: DirectoryEntry): void {
    this.entries.set(entry.did, entry);
  }

  /** Lists `keyPair` as an active identity of `kind` whose current key is its own; returns it. */
  register<K extends { did: string; publicKey: Uint8Array }>(keyPair: K, kind = 'HUMAN'): K {
    this.set({ did: keyPair.did, kind, active: true, currentKey: publicKeyToMultibase(keyPair.publicKey) });
    return keyPair;
  }

  async lookup(dids: readonly string[]): Promise<Map<string, DirectoryEntry>> {
    return new Map(
      dids.flatMap((did) => (this.entries.has(did) ? [[did, this.entries.get(did)!] as const] : [])),
    );
  }
}

/** The key that must sign a new proof by `did`, refusing unknown and deactivated identities. */
export async function signingKeyFromDirectory(
  directory: IdentityDirectory,
  did: string,
): Promise<Uint8Array> {
  const entry = isValidMjnDid(did) ? (await directory.lookup([did])).get(did) : undefined;
  if (!entry || !entry.currentKey)
    throw new NotFoundError(`No keyed identity ${did} is registered; register it first`);
  if (!entry.active) throw new ForbiddenError(`Identity ${did} is deactivated and can no longer sign`);
  return multibaseToPublicKey(entry.currentKey);
}
