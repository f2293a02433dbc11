import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createLogger } from '../logger';

import { GatewayIdentityDirectory, signingKeyFromDirectory } from './identity-directory';

const DID_A = 'did:mjn:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp';
const DID_B = 'did:mjn:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG';
const entry = (did: string) => ({ did, kind: 'HUMAN', active: true, currentKey: did.slice(8) });

describe('GatewayIdentityDirectory', () => {
  let server: Server;
  let url: string;
  let failing = false;
  const calls: string[][] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { variables } = JSON.parse(body) as { variables: { dids: string[] } };
        calls.push(variables.dids);
        res.setHeader('content-type', 'application/json');
        const answer = failing
          ? { data: null, errors: [{ message: 'Internal server error' }] }
          : { data: { identities: variables.dids.map((d) => (d === DID_B ? null : entry(d))) } };
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    calls.length = 0;
    failing = false;
  });

  const directory = () => new GatewayIdentityDirectory(url, createLogger('test', 'silent'));

  it('answers concurrent lookups with one batched call and caches what it found', async () => {
    const d = directory();
    const answers = await Promise.all([d.lookup([DID_A]), d.lookup([DID_A, DID_B]), d.lookup([DID_B])]);
    expect(calls).toEqual([[DID_A, DID_B]]);
    expect(answers.map((m) => [...m.keys()])).toEqual([[DID_A], [DID_A], []]);
    await d.lookup([DID_A]);
    expect(calls).toHaveLength(1);
  });

  it('does not cache absence: an identity registered a moment later is found', async () => {
    const d = directory();
    await d.lookup([DID_B]);
    await d.lookup([DID_B]);
    expect(calls).toEqual([[DID_B], [DID_B]]);
  });

  it('reports a failed lookup as a retryable error, never as "not registered"', async () => {
    failing = true;
    const d = directory();
    await expect(signingKeyFromDirectory(d, DID_A)).rejects.toMatchObject({
      message: expect.stringMatching(/try again/),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    failing = false;
    await expect(d.lookup([DID_A])).resolves.toEqual(new Map([[DID_A, entry(DID_A)]]));
  });
});
