import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRecord {
  id: string;
  type: string;
  name: string;
  content: string;
  ttl: number;
  proxied: boolean;
}

/**
 * A local HTTP server that speaks the slice of Cloudflare's v4 DNS API the adapter uses, with its
 * `{ success, errors, messages, result }` envelope and Bearer auth; `failNext` makes the next calls fail.
 */
export class FakeCloudflare {
  readonly records = new Map<string, FakeRecord>();
  readonly requests: Array<{ method: string; path: string }> = [];
  failNext = 0;
  private server?: Server;

  constructor(
    readonly token = 'test-token',
    readonly zoneId = 'zone123',
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => this.send(res, 500, false, null, [{ code: 1, message: 'boom' }]));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/client/v4`;
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  byName(name: string): FakeRecord[] {
    return [...this.records.values()].filter((r) => r.name === name);
  }

  private send(
    res: ServerResponse,
    status: number,
    success: boolean,
    result: unknown,
    errors: unknown[] = [],
  ) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ success, errors, messages: [], result }));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    this.requests.push({ method: req.method ?? '', path: url.pathname + url.search });
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    if (req.headers.authorization !== `Bearer ${this.token}`)
      return this.send(res, 403, false, null, [{ code: 10000, message: 'Authentication error' }]);
    if (this.failNext > 0) {
      this.failNext -= 1;
      return this.send(res, 503, false, null, [{ code: 10001, message: 'Service unavailable' }]);
    }
    const match = /^\/client\/v4\/zones\/([^/]+)\/dns_records(?:\/([^/]+))?$/.exec(url.pathname);
    if (!match || match[1] !== this.zoneId)
      return this.send(res, 404, false, null, [{ code: 7003, message: 'Could not route' }]);
    const id = match[2];
    const body = raw ? (JSON.parse(raw) as Partial<FakeRecord>) : {};
    if (req.method === 'GET' && !id) {
      const name = url.searchParams.get('name');
      return this.send(
        res,
        200,
        true,
        [...this.records.values()].filter((r) => !name || r.name === name),
      );
    }
    if (req.method === 'POST' && !id) {
      const record = this.toRecord(randomBytes(16).toString('hex'), body);
      this.records.set(record.id, record);
      return this.send(res, 200, true, record);
    }
    if (id && !this.records.has(id))
      return this.send(res, 404, false, null, [{ code: 81044, message: 'Record does not exist.' }]);
    if (req.method === 'PUT' && id) {
      const record = this.toRecord(id, body);
      this.records.set(id, record);
      return this.send(res, 200, true, record);
    }
    if (req.method === 'DELETE' && id) {
      this.records.delete(id);
      return this.send(res, 200, true, { id });
    }
    return this.send(res, 405, false, null, [{ code: 10405, message: 'Method not allowed' }]);
  }

  private toRecord(id: string, body: Partial<FakeRecord>): FakeRecord {
    return {
      id,
      type: String(body.type),
      name: String(body.name),
      content: String(body.content),
      ttl: Number(body.ttl ?? 1),
      proxied: Boolean(body.proxied),
    };
  }
}
