export interface MapIteratorHandlers<T, R> {
  map: (item: T) => Promise<R> | R;
  /** Turns an error of the source or of `map` into one last value (the stream then ends), or rethrows. */
  onError?: (error: unknown) => R;
}

/**
 * Maps an async iterator without an async generator: a generator suspended in `await` cannot be
 * returned until its pending step settles, so a client's unsubscribe would wait for the next event
 * to release the upstream subscription. Here return() reaches the source at once.
 */
export function mapIterator<T, R>(
  source: AsyncIterator<T>,
  handlers: MapIteratorHandlers<T, R>,
): AsyncIterableIterator<R> {
  let finished = false;
  const finish = async (): Promise<IteratorReturnResult<undefined>> => {
    if (!finished) {
      finished = true;
      await source.return?.();
    }
    return { value: undefined, done: true };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<R>> {
      if (finished) return { value: undefined, done: true };
      try {
        const step = await source.next();
        if (step.done) {
          finished = true;
          return { value: undefined, done: true };
        }
        if (finished) return { value: undefined, done: true };
        return { value: await handlers.map(step.value), done: false };
      } catch (error) {
        await finish();
        if (!handlers.onError) throw error;
        return { value: handlers.onError(error), done: false };
      }
    },
    return: finish,
  };
}
