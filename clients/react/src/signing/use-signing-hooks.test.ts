// The signing hooks against a stand-in GraphQL server that records what the browser sent: the proof must verify
// over exactly the input sent (as the subgraphs rebuild it), with the key kept in the key store.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import React, { createElement } from 'react';
import { renderToString } from 'react-dom/server';

import { FAIR_MANIFEST_TYPE, generateKeyPair, verifyProof } from '@imajin/protocol';

import { createMemoryKeyStore } from '../keys/key-store';
import { ImajinProvider } from '../session/imajin-provider';

import { useCheckIn, useCreateEvent } from './use-events';
import { useCreateFairManifest } from './use-payments';

interface Sent {
  operationName: string;
  variables: { input: Record<string, unknown>; proof: Parameters<typeof verifyProof>[2] };
}

describe('signing hooks', () => {
  const me = generateKeyPair();
  const other = generateKeyPair();
  const sent: Sent[] = [];
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    // graphql-ws wants a WebSocket class at creation; it is lazy, so nothing here ever connects.
    (globalThis as { WebSocket?: unknown }).WebSocket ??= class {};
    // The workspace's jest transform compiles .tsx with the classic runtime (React.createElement).
    (globalThis as { React?: unknown }).React = React;
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        sent.push(JSON.parse(body) as Sent);
        // An error answer: these tests look at what was sent, not at how the cache stores a reply.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ errors: [{ message: 'recorded', extensions: { code: 'BAD_USER_INPUT' } }] }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => sent.splice(0));

  /** Renders the hooks once inside a provider signed in as `me`, and hands back what they returned. */
  function hooks() {
    const keyStore = createMemoryKeyStore();
    keyStore.save(me);
    const session = { did: me.did, token: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString() };
    const storage = {
      getItem: () => JSON.stringify(session),
      setItem() {},
      removeItem() {},
    } as unknown as Storage;
    const out = {} as {
      createManifest: ReturnType<typeof useCreateFairManifest>[0];
      createEvent: ReturnType<typeof useCreateEvent>[0];
      checkIn: ReturnType<typeof useCheckIn>[0];
    };
    function Capture() {
      out.createManifest = useCreateFairManifest()[0];
      out.createEvent = useCreateEvent()[0];
      out.checkIn = useCheckIn()[0];
      return null;
    }
    renderToString(
      createElement(ImajinProvider, {
        url,
        keyStore,
        sessionStorage: storage,
        children: createElement(Capture),
      }),
    );
    return out;
  }

  it('signs the normal form of a manifest, which is what the server verifies', async () => {
    const { createManifest } = hooks();
    const [low, high] = [me.did, other.did].sort();
    await expect(
      createManifest({
        version: '1.0',
        contributors: [
          { did: high, role: 'b', share: 400_000 },
          { did: low, role: 'a', share: 600_000 },
        ],
      }),
    ).rejects.toThrow('recorded');
    const [{ operationName, variables }] = sent;
    expect(operationName).toBe('CreateFairManifest');
    // Contributors by DID, an empty upstream list: the normal form, signed as sent.
    expect((variables.input.contributors as Array<{ did: string }>).map((c) => c.did)).toEqual([low, high]);
    expect(variables.input.derivesFrom).toEqual([]);
    expect(() => verifyProof(FAIR_MANIFEST_TYPE, variables.input, variables.proof)).not.toThrow();
    expect(variables.proof.signer).toBe(me.did);
  });

  it('refuses a manifest whose shares do not add up before anything is sent', async () => {
    const { createManifest } = hooks();
    await expect(
      createManifest({ version: '1.0', contributors: [{ did: me.did, role: 'a', share: 900_000 }] }),
    ).rejects.toThrow(/sum to exactly 1000000/);
    expect(sent).toHaveLength(0);
  });

  it('signs an event without its empty fields and a trimmed ticket token for check-in', async () => {
    const { createEvent, checkIn } = hooks();
    await expect(
      createEvent(
        {
          title: 'Night',
          venue: null,
          description: '',
          startsAt: '2026-12-08T21:00:00.000Z',
          endsAt: '2026-12-09T00:00:00.000Z',
          timezone: 'UTC',
          visibility: 'PUBLIC',
          tiers: [
            { name: 'Standard', price: '0', currency: 'usd', capacity: 10, perBuyerLimit: 2, salesEnd: null },
          ],
        },
        me.did,
      ),
    ).rejects.toThrow('recorded');
    await expect(checkIn('evt_1', '  mjt1.a.b \n')).rejects.toThrow('recorded');
    const [event, door] = sent;
    expect(event.variables.input).not.toHaveProperty('venue');
    expect(event.variables.input).not.toHaveProperty('description');
    expect((event.variables.input.tiers as object[])[0]).not.toHaveProperty('salesEnd');
    expect(event.variables.input.hostDid).toBe(me.did);
    expect(() =>
      verifyProof('mjn.events.createEvent', event.variables.input, event.variables.proof),
    ).not.toThrow();
    expect(door.variables.input).toEqual({ eventId: 'evt_1', token: 'mjt1.a.b' });
    expect(() => verifyProof('mjn.events.checkIn', door.variables.input, door.variables.proof)).not.toThrow();
  });
});
