import { LRUCache } from 'lru-cache';

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

const MAX_CALLS = 2;

interface Waiter {
  did: string;
  resolve(entry: DirectoryEntry | null): void;
  reject(error: unknown): void;
}

/**
 * Asks the identity subgraph through the gateway (never its tables). Lookups that arrive in the same turn of
 * the event loop go out as one `identities(dids)` call (at most 100 DIDs each), a DID already being fetched is
 * not fetched again, and found identities are cached for `ttlMs`, so a key rotation or deactivation reaches
 * other domains within `ttlMs`. Absence is not cached (a just-registered identity can act at once), and a
 * failed call is an error for every waiter, never "not registered".
 */
export class GatewayIdentityDirectory implements IdentityDirectory {
  private readonly cache = new LRUCache<string, { entry: DirectoryEntry; at: number }>({ max: 50_000 });
  private readonly inflight = new Map<string, Promise<DirectoryEntry | null>>();
  private queue: Waiter[] = [];
  private scheduled = false;
  private calls = 0;

  constructor(
    private readonly gatewayUrl: string,
    private readonly logger: Logger,
    private readonly ttlMs = 5000,
  ) {}

  async lookup(dids: readonly string[]): Promise<Map<string, DirectoryEntry>> {
    const now = Date.now();
    const result = new Map<string, DirectoryEntry>();
    const pending: Array<Promise<void>> = [];
    for (const did of new Set(dids)) {
      const cached = this.cache.get(did);
      if (cached && now - cached.at < this.ttlMs) result.set(did, cached.entry);
      else
        pending.push(
          this.load(did).then((entry) => {
            if (entry) result.set(did, entry);
          }),
        );
    }
    await Promise.all(pending);
    return result;
  }

  private load(did: string): Promise<DirectoryEntry | null> {
    let entry = this.inflight.get(did);
    if (!entry) {
      entry = new Promise<DirectoryEntry | null>((resolve, reject) => {
        this.queue.push({ did, resolve, reject });
        if (!this.scheduled) {
          this.scheduled = true;
          setImmediate(() => {
            this.scheduled = false;
            this.flush();
          });
        }
      });
      this.inflight.set(did, entry);
    }
    return entry;
  }

  /**
   * At most MAX_CALLS calls in flight: under a burst the rest wait and go out together in the next call,
   * so 200 concurrent vouches cost a few gateway round trips instead of hundreds queued behind each other.
   */
  private flush(): void {
    while (this.queue.length > 0 && this.calls < MAX_CALLS) {
      const batch = this.queue.splice(0, 100);
      this.calls += 1;
      this.fetch(batch.map((w) => w.did))
        .then(
          (entries) => {
            const at = Date.now();
            for (const waiter of batch) {
              const found = entries.get(waiter.did) ?? null;
              if (found) this.cache.set(waiter.did, { entry: found, at });
              this.inflight.delete(waiter.did);
              waiter.resolve(found);
            }
          },
          (error: unknown) => {
            for (const waiter of batch) {
              this.inflight.delete(waiter.did);
              waiter.reject(error);
            }
          },
        )
        .finally(() => {
          this.calls -= 1;
          this.flush();
        });
    }
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
  return signingKeyOf(isValidMjnDid(did) ? await directory.lookup([did]) : new Map(), did);
}

/** The same check over entries already looked up (one batched lookup for a signer and its subject). */
export function signingKeyOf(entries: ReadonlyMap<string, DirectoryEntry>, did: string): Uint8Array {
  // Only keyed identities have a currentKey, so no separate (base58-decoding) DID check is needed here.
  const entry = entries.get(did);
  if (!entry || !entry.currentKey)
    throw new NotFoundError(`No keyed identity ${did} is registered; register it first`);
  if (!entry.active) throw new ForbiddenError(`Identity ${did} is deactivated and can no longer sign`);
  return decodedKey(entry.currentKey);
}

// Base58 decoding is quadratic in the key's length and ran on every vouch; a key's bytes never change.
const decodedKeys = new LRUCache<string, Uint8Array>({ max: 10_000 });

function decodedKey(multibase: string): Uint8Array {
  let key = decodedKeys.get(multibase);
  if (!key) {
    key = multibaseToPublicKey(multibase);
    decodedKeys.set(multibase, key);
  }
  return key;
}
