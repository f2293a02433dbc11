import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createLogger } from '../logger';

import { findCoveringConsent, GatewayConsentDirectory, StaticConsentDirectory } from './consent-directory';
import { StaticTrustGraph } from './trust-graph';

const now = new Date('2030-01-01T00:00:00.000Z');

describe('GatewayConsentDirectory', () => {
  let server: Server;
  let url: string;
  let answer: unknown;
  const seen: Array<{ variables: Record<string, unknown> }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push(JSON.parse(body) as (typeof seen)[number]);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const directory = () => new GatewayConsentDirectory(url, createLogger('test', 'silent'));

  it("reads the grantor's live consents for a purpose, and none for an unknown identity", async () => {
    const node = {
      id: 'c1',
      grantorDid: 'did:g',
      granteeDid: null,
      maxTrustHops: 3,
      purposes: ['contact'],
      maxFee: null,
      currency: null,
      expiresAt: '2031-01-01T00:00:00.000Z',
      retentionDays: null,
      noTraining: false,
    };
    answer = { data: { identity: { consents: { edges: [{ node }] } } } };
    await expect(directory().liveConsents('did:g', 'contact')).resolves.toEqual([
      expect.objectContaining({ id: 'c1', grantor: 'did:g', maxTrustHops: 3, expiresAt: node.expiresAt }),
    ]);
    expect(seen.at(-1)?.variables).toEqual({ g: 'did:g', p: 'contact' });
    answer = { data: { identity: null } };
    await expect(directory().liveConsents('did:x', 'contact')).resolves.toEqual([]);
  });

  it('fails closed with a retryable error when identity cannot answer', async () => {
    answer = { errors: [{ message: 'down' }] };
    await expect(directory().liveConsents('did:g', 'contact')).rejects.toMatchObject({
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('findCoveringConsent', () => {
  it('prefers declarations that need no trust walk, then asks each trust bound beyond what is known', async () => {
    const consents = new StaticConsentDirectory();
    const trust = new StaticTrustGraph();
    const asked: number[] = [];
    const deps = {
      consents,
      trust: {
        isTrusted: async (q: string, s: string, hops: number) => {
          asked.push(hops);
          return trust.isTrusted(q, s);
        },
      },
    };
    const request = { requester: 'did:r', purpose: 'contact' };
    consents.consents.push(
      { id: 'near', grantor: 'did:g', maxTrustHops: 2, purposes: ['contact'] },
      { id: 'far', grantor: 'did:g', maxTrustHops: 5, purposes: ['contact'] },
    );
    await expect(findCoveringConsent(deps, 'did:g', request, now, 2)).resolves.toBeNull();
    expect(asked).toEqual([5]);
    trust.trust('did:g', 'did:r');
    await expect(findCoveringConsent(deps, 'did:g', request, now)).resolves.toMatchObject({ id: 'near' });
    consents.consents.push({ id: 'named', grantor: 'did:g', grantee: 'did:r', purposes: ['contact'] });
    asked.length = 0;
    await expect(findCoveringConsent(deps, 'did:g', request, now)).resolves.toMatchObject({ id: 'named' });
    expect(asked).toEqual([]);
  });
});
