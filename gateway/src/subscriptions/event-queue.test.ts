import { EventQueue } from './event-queue';
import { mapIterator } from './map-iterator';

describe('EventQueue', () => {
  it('hands items over in order and ends after the queued ones', async () => {
    const queue = new EventQueue<number>(
      10,
      () => undefined,
      () => new Error('overflow'),
    );
    queue.push(1);
    queue.push(2);
    queue.end();
    const seen: number[] = [];
    for await (const n of queue) seen.push(n);
    expect(seen).toEqual([1, 2]);
  });

  it('fails instead of growing past its limit, and releases the source once', async () => {
    const onClose = jest.fn();
    const queue = new EventQueue<number>(2, onClose, () => new Error('fell behind'));
    queue.push(1);
    queue.push(2);
    queue.push(3);
    await expect(queue.next()).rejects.toThrow('fell behind');
    expect(onClose).toHaveBeenCalledTimes(1);
    queue.push(4);
    await queue.return();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('resolves a waiting reader as done when returned, without waiting for an item', async () => {
    const onClose = jest.fn();
    const queue = new EventQueue<number>(2, onClose, () => new Error('x'));
    const pending = queue.next();
    await queue.return();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('mapIterator', () => {
  it('returns the source at once while a step is pending', async () => {
    const onClose = jest.fn();
    const queue = new EventQueue<number>(5, onClose, () => new Error('x'));
    const mapped = mapIterator(queue, { map: (n) => n * 2 });
    const pending = mapped.next();
    await mapped.return!();
    expect(onClose).toHaveBeenCalledTimes(1);
    await expect(pending).resolves.toMatchObject({ done: true });
  });

  it('turns a source error into one last value, then ends', async () => {
    const queue = new EventQueue<number>(
      1,
      () => undefined,
      () => new Error('behind'),
    );
    const mapped = mapIterator(queue, {
      map: (n) => `n${n}`,
      onError: (e) => `error: ${(e as Error).message}`,
    });
    queue.push(1);
    queue.push(2);
    expect(await mapped.next()).toEqual({ value: 'error: behind', done: false });
    expect(await mapped.next()).toEqual({ value: undefined, done: true });
  });
});
