import { OutboxTopics } from '../src/outbox/outbox.service';

import { startCheckoutHarness, type CheckoutHarness } from './checkout-harness';

type Feed = {
  events: Array<{ seq: number; id: string; topic: string; payload: Record<string, unknown> }>;
  lastSeq: number;
};

describe('outbox feed', () => {
  let h: CheckoutHarness;

  beforeAll(async () => {
    h = await startCheckoutHarness();
  });
  afterAll(() => h.stop());

  const feed = (after: number, limit = 100) => h.internal<Feed>('/internal/outbox', { after, limit });

  it('shows an event only once its transaction commits, in commit order, the same on every read', async () => {
    const { dataSource } = h.payments;
    const outbox = h.payments.services.outbox;
    const a = dataSource.createQueryRunner();
    const b = dataSource.createQueryRunner();
    await a.startTransaction();
    await b.startTransaction();
    await outbox.append(a.manager, OutboxTopics.checkoutExpired, { n: 'a' }, 'did:test', new Date());
    // B's insert waits on A's advisory lock, so B cannot take a seq and commit before A.
    const bDone = outbox.append(b.manager, OutboxTopics.checkoutExpired, { n: 'b' }, 'did:test', new Date());
    expect((await feed(0)).events).toEqual([]);
    await a.commitTransaction();
    await bDone;
    expect((await feed(0)).events.map((e) => e.payload.n)).toEqual(['a']);
    await b.commitTransaction();
    await a.release();
    await b.release();

    // A rolled-back transaction leaves nothing behind.
    await dataSource
      .transaction(async (tx) => {
        await outbox.append(tx, OutboxTopics.checkoutExpired, { n: 'rolled back' }, 'did:test', new Date());
        throw new Error('abort');
      })
      .catch(() => undefined);

    const first = await feed(0);
    const second = await feed(0);
    expect(first).toEqual(second);
    expect(first.events.map((e) => e.payload.n)).toEqual(['a', 'b']);
    expect(first.events[0].seq).toBeLessThan(first.events[1].seq);
    expect(first.lastSeq).toBe(first.events[1].seq);
    expect(await feed(first.lastSeq)).toEqual({ events: [], lastSeq: first.lastSeq });
    const paged = await feed(0, 1);
    expect(paged.events).toHaveLength(1);
    expect((await feed(paged.lastSeq, 1)).events[0].id).toBe(first.events[1].id);
  });

  it('validates after and limit, and serves only this node', async () => {
    for (const body of [{ after: -1 }, { after: 'x' }, { after: 0, limit: 0 }, { after: 0, limit: 501 }]) {
      await expect(h.internal('/internal/outbox', body)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    expect((await h.post('/internal/outbox', { after: 0 })).status).toBe(401);
  });
});
