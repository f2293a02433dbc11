import { isIP } from 'node:net';

/** Where `{hostname}.<domain>` records go. Both calls are idempotent: repeating one changes nothing. */
export interface DnsProvider {
  readonly name: string;
  /** Creates or updates the record `name` → `target` (a host name or an IP address). */
  upsert(name: string, target: string): Promise<void>;
  /** Removes every record named `name`; succeeds when there is none. */
  remove(name: string): Promise<void>;
}

/** The default: nodes are registered and discoverable, but no DNS is changed anywhere. */
export class NoneDnsProvider implements DnsProvider {
  readonly name = 'none';

  async upsert(): Promise<void> {}

  async remove(): Promise<void> {}
}

export class DnsProviderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DnsProviderError';
  }
}

/** An IPv4 target gets an A record, IPv6 an AAAA, anything else a CNAME to the node's URL host. */
export function recordTypeFor(target: string): 'A' | 'AAAA' | 'CNAME' {
  const ip = isIP(target);
  return ip === 4 ? 'A' : ip === 6 ? 'AAAA' : 'CNAME';
}

interface CloudflareEnvelope<T> {
  success: boolean;
  errors: Array<{ code: number; message: string }>;
  result: T;
}

interface CloudflareRecord {
  id: string;
  type: string;
  name: string;
  content: string;
}

/**
 * Cloudflare's v4 HTTP API: list by name, then POST a new record or PUT the existing one; DELETE to remove.
 * Records are DNS-only (proxied: false) with automatic TTL (ttl: 1).
 */
export class CloudflareDnsProvider implements DnsProvider {
  readonly name = 'cloudflare';

  constructor(
    private readonly apiBase: string,
    private readonly apiToken: string,
    private readonly zoneId: string,
    private readonly fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
  ) {}

  async upsert(name: string, target: string): Promise<void> {
    const type = recordTypeFor(target);
    const body = { type, name, content: target, ttl: 1, proxied: false };
    const existing = await this.list(name);
    const [first, ...rest] = existing;
    if (!first) {
      await this.call('POST', `/zones/${this.zone}/dns_records`, body);
    } else {
      await this.call('PUT', `/zones/${this.zone}/dns_records/${encodeURIComponent(first.id)}`, body);
    }
    // A name may carry only one CNAME; leftovers from an earlier, different record type are removed.
    for (const extra of rest)
      await this.call('DELETE', `/zones/${this.zone}/dns_records/${encodeURIComponent(extra.id)}`);
  }

  async remove(name: string): Promise<void> {
    for (const record of await this.list(name))
      await this.call('DELETE', `/zones/${this.zone}/dns_records/${encodeURIComponent(record.id)}`);
  }

  private get zone(): string {
    return encodeURIComponent(this.zoneId);
  }

  private list(name: string): Promise<CloudflareRecord[]> {
    return this.call<CloudflareRecord[]>(
      'GET',
      `/zones/${this.zone}/dns_records?name=${encodeURIComponent(name)}&per_page=100`,
    );
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.apiBase.replace(/\/$/, '')}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.apiToken}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new DnsProviderError(`Cloudflare ${method} ${path.split('?')[0]}: ${(error as Error).message}`);
    }
    let envelope: CloudflareEnvelope<T> | undefined;
    try {
      envelope = (await res.json()) as CloudflareEnvelope<T>;
    } catch {
      envelope = undefined;
    }
    if (!res.ok || !envelope?.success) {
      const detail =
        envelope?.errors?.map((e) => `${e.code}: ${e.message}`).join('; ') || `HTTP ${res.status}`;
      throw new DnsProviderError(`Cloudflare ${method} ${path.split('?')[0]} failed: ${detail}`);
    }
    return envelope.result;
  }
}
