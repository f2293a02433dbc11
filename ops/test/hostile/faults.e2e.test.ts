import { fromBase64Url, generateKeyPair } from '@imajin/protocol';
import { registerIdentity, signIn, ViewerDocument, type ImajinClient } from '@imajin/sdk';

import { startStack, type Stack } from '../stack';

import { attack, firstCode, HostileTable, post, rowCounts, type RawResponse } from './hostile';

const VIEWER_HEADER = 'x-imajin-viewer';
const WRITE_TABLES = ['identity.proof_log', 'trust.proof_log', 'identity.sessions'];

/** Records the x-imajin-viewer headers the gateway sends to a subgraph while `run` runs. */
async function captureViewerHeaders(subgraphUrl: string, run: () => Promise<unknown>): Promise<string[]> {
  const captured: string[] = [];
  const realFetch = globalThis.fetch;
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers as HeadersInit | undefined);
    const viewer = headers.get(VIEWER_HEADER);
    if (url === subgraphUrl && viewer) captured.push(viewer);
    return realFetch(input, init);
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return captured;
}

function claimsOf(header: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(fromBase64Url(header.split('.')[0])).toString('utf8')) as Record<
    string,
    unknown
  >;
}

const replay = (url: string, header: string, query: string): Promise<RawResponse> =>
  post(url, JSON.stringify({ query }), { 'content-type': 'application/json', [VIEWER_HEADER]: header });

describe('faults between gateway and subgraphs (hostile)', () => {
  let stack: Stack;
  let alice: ImajinClient;
  const table = new HostileTable('faults');

  beforeAll(async () => {
    stack = await startStack();
    alice = stack.client();
    const key = generateKeyPair();
    await registerIdentity(alice, key, { kind: 'HUMAN', handle: 'alice' });
    await signIn(alice, key);
  });
  afterAll(async () => {
    table.print();
    await stack.stop();
  });

  describe('a captured viewer header', () => {
    let header: string;

    beforeAll(async () => {
      const captured = await captureViewerHeaders(stack.subgraphs.identity.url, () =>
        alice.request(ViewerDocument, {}),
      );
      expect(captured.length).toBeGreaterThan(0);
      header = captured[0];
    });

    it('names the subgraph it was signed for and the client address the gateway saw', () => {
      expect(claimsOf(header)).toMatchObject({ aud: 'identity', clientIp: '127.0.0.1' });
    });

    it('is refused by any other subgraph with 401 UNAUTHENTICATED', async () => {
      const before = await rowCounts(stack, WRITE_TABLES);
      const answers = await attack(
        stack,
        table,
        'identity viewer header replayed to trust, payments, chat',
        () =>
          Promise.all(
            (['trust', 'payments', 'chat'] as const).map((name) =>
              replay(stack.subgraphs[name].url, header, '{ __typename }'),
            ),
          ),
        (responses) => responses.map((r) => `${r.status} ${firstCode(r)}`).join(', '),
      );
      for (const answer of answers) {
        expect(answer.status).toBe(401);
        expect(firstCode(answer)).toBe('UNAUTHENTICATED');
      }
      expect(await rowCounts(stack, WRITE_TABLES)).toEqual(before);
      // The same header still works where it was meant to go, within its lifetime.
      const genuine = await replay(stack.subgraphs.identity.url, header, '{ viewer { did } }');
      expect(genuine.status).toBe(200);
    });

    it('is refused by its own subgraph once older than its 10 s lifetime', async () => {
      const age = Date.now() - Number(claimsOf(header).iat);
      // Real time on purpose: subgraphs check freshness against the wall clock, never a test clock.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 10_500 - age)));
      const before = await rowCounts(stack, WRITE_TABLES);
      const answer = await attack(
        stack,
        table,
        'identity viewer header replayed after 10.5 s',
        () => replay(stack.subgraphs.identity.url, header, '{ viewer { did } }'),
        (r) => `${r.status} ${firstCode(r)}`,
      );
      expect(answer.status).toBe(401);
      expect(firstCode(answer)).toBe('UNAUTHENTICATED');
      expect(answer.body?.errors?.[0]?.message).toMatch(/STALE/);
      expect(await rowCounts(stack, WRITE_TABLES)).toEqual(before);
    }, 20_000);
  });
});
