/** A resolved session: the viewer, and when identity said the session ends (ms since the epoch). */
export interface CachedSession {
  did: string;
  expiresAtMs: number;
}

export interface SessionCacheOptions {
  /** How long a resolved token is believed without asking identity again; 0 turns the cache off. */
  ttlMs: number;
  /** Most tokens held; the oldest entry goes first when full. */
  maxEntries?: number;
  /** The clock (tests move it; production uses Date.now). */
  now?: () => number;
}

/**
 * Positive answers only, for at most `ttlMs` and never past the session's own expiry: an unknown token is
 * asked again every time, so guessing tokens cannot fill the cache. Cleared whenever a session-ending
 * mutation passes through this gateway (see {@link sessionRevocationPlugin}), so signOut through the
 * gateway is immediate; elsewhere (another gateway instance) it takes effect within `ttlMs`.
 */
export class SessionCache {
  private readonly entries = new Map<string, CachedSession & { believedUntilMs: number }>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: SessionCacheOptions) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get(token: string): CachedSession | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    const now = this.now();
    if (now >= entry.believedUntilMs || now >= entry.expiresAtMs) {
      this.entries.delete(token);
      return undefined;
    }
    return { did: entry.did, expiresAtMs: entry.expiresAtMs };
  }

  set(token: string, session: CachedSession): void {
    if (this.options.ttlMs <= 0) return;
    this.entries.delete(token);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { ...session, believedUntilMs: this.now() + this.options.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
