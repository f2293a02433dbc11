import { startStack, type Stack } from '../stack';

import { attack, HostileTable, rowCounts } from './hostile';

const table = new HostileTable('faults (infra)');
const TABLES = ['identity.identities', 'chat.conversations'];

interface Readiness {
  status: string;
  subgraphs: Record<string, string>;
}

describe('faults: running it', () => {
  let stack: Stack;
  let readyUrl: string;

  beforeAll(async () => {
    stack = await startStack();
    readyUrl = new URL('/ready', stack.gatewayUrl).toString();
  });

  afterAll(async () => {
    table.print();
    await stack?.stop();
  });

  async function ready(): Promise<{ status: number; body: Readiness }> {
    const response = await fetch(readyUrl);
    return { status: response.status, body: (await response.json()) as Readiness };
  }

  it('answers /ready 200 naming every subgraph while all are up', async () => {
    const { status, body } = await ready();
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(Object.values(body.subgraphs)).toEqual(Array(6).fill('ready'));
  });

  // The gateway and every subgraph keep idle connections 65 s, longer than clients' own keep-alive, so a
  // client never sends on a connection the server is closing (ECONNRESET under 500 concurrent buyers).
  it('advertises keep-alive longer than clients keep idle connections, on the gateway and the subgraphs', async () => {
    const hints = await Promise.all(
      [stack.gatewayUrl, ...Object.values(stack.subgraphs).map((s) => s.url)].map(async (url) => {
        const response = await fetch(new URL('/health', url));
        await response.arrayBuffer();
        return response.headers.get('keep-alive');
      }),
    );
    expect(hints).toEqual(Array(7).fill('timeout=65'));
  });

  it('answers /ready 503 naming the stopped subgraph, and a /ready flood cannot amplify load', async () => {
    const before = await rowCounts(stack, TABLES);
    const chat = stack.subgraphs.chat;
    await chat.stop();
    // Already stopped: stack.stop() must not stop it a second time.
    chat.stop = () => Promise.resolve();

    const answers = await attack(
      stack,
      table,
      '500 concurrent /ready with chat stopped',
      async () => {
        // Answers come from a probe round up to 2 s old: wait for the one that saw chat stop.
        const deadline = Date.now() + 10_000;
        while ((await ready()).status !== 503 && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 100));
        return Promise.all(Array.from({ length: 500 }, () => ready()));
      },
      (all) => `${all.filter((a) => a.status === 503).length}× 503`,
    );

    expect(answers.every((a) => a.status === 503)).toBe(true);
    expect(answers[0].body).toEqual({
      status: 'unavailable',
      subgraphs: {
        chat: 'unavailable',
        events: 'ready',
        identity: 'ready',
        payments: 'ready',
        registry: 'ready',
        trust: 'ready',
      },
    });
    expect(await rowCounts(stack, TABLES)).toEqual(before);
  });
});
