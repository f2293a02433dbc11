import { BoundedQueue } from './bounded-queue';

describe('BoundedQueue', () => {
  const make = (capacity = 2) => {
    const closed: string[] = [];
    const queue = new BoundedQueue<number>(
      capacity,
      () => new Error('overflow'),
      () => closed.push('closed'),
    );
    return { queue, closed };
  };

  it('hands pushed values to a waiting reader, then buffers in order', async () => {
    const { queue } = make();
    const waiting = queue.next();
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await queue.next()).toEqual({ value: 2, done: false });
    expect(await queue.next()).toEqual({ value: 3, done: false });
  });

  it('fails the reader once when the buffer overflows, drops what it held and closes', async () => {
    const { queue, closed } = make(2);
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(queue.isClosed).toBe(true);
    expect(queue.size).toBe(0);
    expect(closed).toEqual(['closed']);
    await expect(queue.next()).rejects.toThrow('overflow');
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    queue.push(4);
    expect(queue.size).toBe(0);
  });

  it('rejects a reader already waiting when the queue fails', async () => {
    const { queue } = make();
    const waiting = queue.next();
    queue.fail(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
  });

  it('ends after what is queued, and return() closes exactly once', async () => {
    const { queue, closed } = make();
    queue.push(1);
    queue.end();
    expect(await queue.next()).toEqual({ value: 1, done: false });
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    await queue.return();
    expect(closed).toEqual(['closed']);
  });

  it('resolves a waiting reader as done on return()', async () => {
    const { queue, closed } = make();
    const waiting = queue.next();
    await queue.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(closed).toEqual(['closed']);
  });
});
