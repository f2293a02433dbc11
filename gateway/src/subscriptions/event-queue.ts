/**
 * A bounded push→pull queue between an upstream subscription and the code that forwards its events.
 * When the consumer falls `limit` events behind, the queue fails instead of growing: one slow client
 * must not hold memory (or delay anyone else) without bound.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private failWaiting: ((error: unknown) => void) | undefined;
  private done = false;
  private error: unknown;

  constructor(
    private readonly limit: number,
    private readonly onClose: () => void,
    private readonly overflowError: () => Error,
  ) {}

  push(item: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = undefined;
      resolve({ value: item, done: false });
      return;
    }
    if (this.items.length >= this.limit) {
      this.fail(this.overflowError());
      return;
    }
    this.items.push(item);
  }

  /** Ends the stream after the queued items are consumed. */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.settleWaiting();
  }

  /** Ends the stream with an error, dropping what is queued. */
  fail(error: unknown): void {
    if (this.done && this.error === undefined && this.items.length === 0 && !this.waiting) return;
    this.error = error;
    this.items.length = 0;
    this.done = true;
    this.onClose();
    this.settleWaiting();
  }

  get size(): number {
    return this.items.length;
  }

  private settleWaiting(): void {
    if (!this.waiting) return;
    const resolve = this.waiting;
    const reject = this.failWaiting!;
    this.waiting = this.failWaiting = undefined;
    if (this.error !== undefined) reject(this.error);
    else resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift()!, done: false });
    if (this.error !== undefined) return Promise.reject(this.error);
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.items.length = 0;
      this.onClose();
    }
    this.settleWaiting();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
