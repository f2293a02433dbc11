import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ClientErrorCodes, ImajinClient, ImajinRequestError } from './client';
import { DidDocumentDocument, SignOutDocument, ViewerDocument } from './generated/graphql';

interface Recorded {
  method: string | undefined;
  headers: IncomingHttpHeaders;
  body: { query: string; variables: Record<string, unknown>; operationName?: string };
}

type Reply = { status?: number; json?: unknown; text?: string };

// A real HTTP server (not a fetch stub) so headers and body go through the same wire path as in production.
async function startFakeGateway(reply: (body: Recorded['body']) => Reply) {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Recorded['body'];
      requests.push({ method: req.method, headers: req.headers, body });
      const r = reply(body);
      res.statusCode = r.status ?? 200;
      if (r.text !== undefined) {
        res.setHeader('content-type', 'text/html');
        res.end(r.text);
      } else {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(r.json));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('ImajinClient', () => {
  let gateway: Awaited<ReturnType<typeof startFakeGateway>>;
  let next: Reply;

  beforeEach(async () => {
    next = { json: { data: { viewer: null } } };
    gateway = await startFakeGateway(() => next);
  });
  afterEach(() => gateway.close());

  it('POSTs the printed document, operation name and variables as JSON', async () => {
    next = { json: { data: { didDocument: { id: 'did:mjn:zX' } } } };
    const client = new ImajinClient({ url: gateway.url });

    const data = await client.request(DidDocumentDocument, { did: 'did:mjn:zX' });

    expect(data).toEqual({ didDocument: { id: 'did:mjn:zX' } });
    const [req] = gateway.requests;
    expect(req.method).toBe('POST');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.body.operationName).toBe('DidDocument');
    expect(req.body.query).toContain('query DidDocument($did: String!)');
    expect(req.body.variables).toEqual({ did: 'did:mjn:zX' });
  });

  it('sends Authorization: Bearer only while a token is set', async () => {
    const client = new ImajinClient({ url: gateway.url, token: 'tok-1' });
    await client.request(ViewerDocument, {});
    client.setToken('tok-2');
    await client.request(ViewerDocument, {});
    client.setToken(null);
    await client.request(ViewerDocument, {});

    expect(gateway.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer tok-1',
      'Bearer tok-2',
      undefined,
    ]);
    expect(client.token).toBeNull();
  });

  it('turns GraphQL errors into ImajinRequestError with the first code and the HTTP status', async () => {
    next = {
      status: 200,
      json: { data: null, errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] },
    };
    const client = new ImajinClient({ url: gateway.url });

    const err = await client.request(SignOutDocument, {}).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ImajinRequestError);
    const e = err as ImajinRequestError;
    expect(e.code).toBe('UNAUTHENTICATED');
    expect(e.status).toBe(200);
    expect(e.errors).toEqual([{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(e.message).toContain('Sign in first');
  });

  it('keeps the status of a non-2xx GraphQL response', async () => {
    next = { status: 400, json: { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] } };
    const client = new ImajinClient({ url: gateway.url });

    await expect(client.request(ViewerDocument, {})).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      status: 400,
    });
  });

  it('rawRequest returns errors without throwing', async () => {
    next = { status: 400, json: { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] } };
    const client = new ImajinClient({ url: gateway.url });

    const res = await client.rawRequest(ViewerDocument, {});

    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rawRequest leaves errors undefined on success', async () => {
    const client = new ImajinClient({ url: gateway.url });
    const res = await client.rawRequest(ViewerDocument, {});
    expect(res).toEqual({ status: 200, data: { viewer: null } });
  });

  it('reports a non-GraphQL error page as an HTTP error with its status', async () => {
    next = { status: 502, text: '<html>Bad Gateway</html>' };
    const client = new ImajinClient({ url: gateway.url });

    const raw = await client.rawRequest(ViewerDocument, {});
    expect(raw.errors?.[0]?.extensions?.code).toBe(ClientErrorCodes.http);
    expect(raw.errors?.[0]?.message).toContain('Bad Gateway');
    await expect(client.request(ViewerDocument, {})).rejects.toMatchObject({
      code: ClientErrorCodes.http,
      status: 502,
    });
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    const url = gateway.url;
    await gateway.close();
    gateway = await startFakeGateway(() => next); // so afterEach has something to close
    const client = new ImajinClient({ url });

    await expect(client.request(ViewerDocument, {})).rejects.toMatchObject({
      code: ClientErrorCodes.network,
      status: 0,
    });
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      calls.push(`${String(input)} ${init?.method}`);
      return new Response(JSON.stringify({ data: { viewer: null } }), { status: 200 });
    };
    const client = new ImajinClient({ url: 'http://example.invalid/graphql', fetch: fakeFetch });

    await expect(client.request(ViewerDocument, {})).resolves.toEqual({ viewer: null });
    expect(calls).toEqual(['http://example.invalid/graphql POST']);
  });
});
