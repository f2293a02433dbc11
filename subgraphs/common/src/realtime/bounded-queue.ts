/**
 * An async iterator fed by push(): the publisher never waits for a consumer. When a consumer falls
 * `capacity` events behind, the queue is dropped and the consumer's next read fails with `overflow()`,
 * so one slow subscriber costs memory bounded by `capacity` and never stalls anyone else.
 */
export class BoundedQueue<T> implements AsyncIterableIterator<T> {
  private buffer: T[] = [];
  private waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | null = null;
  private failure: Error | null = null;
  private closed = false;

  constructor(
    private readonly capacity: number,
    private readonly overflow: () => Error,
    private readonly onClose: () => void,
  ) {}

  get size(): number {
    return this.buffer.length;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  push(value: T): void {
    if (this.closed) return;
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter.resolve({ value, done: false });
    } else if (this.buffer.length >= this.capacity) {
      this.fail(this.overflow());
    } else {
      this.buffer.push(value);
    }
  }

  /** Ends the stream after what is already queued (e.g. the member was removed). */
  end(): void {
    if (this.closed) return;
    this.close();
    if (this.waiter && this.buffer.length === 0) {
      this.waiter.resolve({ value: undefined, done: true });
      this.waiter = null;
    }
  }

  fail(error: Error): void {
    if (this.closed) return;
    this.buffer = [];
    this.failure = error;
    this.close();
    if (this.waiter) {
      this.waiter.reject(error);
      this.waiter = null;
      this.failure = null;
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift() as T, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.buffer = [];
    this.failure = null;
    this.close();
    if (this.waiter) {
      this.waiter.resolve({ value: undefined, done: true });
      this.waiter = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}
