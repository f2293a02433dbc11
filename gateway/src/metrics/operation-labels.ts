/** Operations without a usable name. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** Every operation name past the cap. */
export const OTHER_OPERATION = 'other';
export const DEFAULT_OPERATION_CAP = 200;

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Series bound to an operation name, made on first sight and kept, so a request costs one Map lookup.
 * Clients pick operation names: only the first `cap` are kept apart, later ones share OTHER_OPERATION and
 * are not remembered, so a flood of random names costs neither series nor memory.
 */
export class OperationLabels<T> {
  private readonly seen = new Map<string, T>();
  private overflow: T | undefined;

  constructor(
    private readonly bind: (operation: string) => T,
    private readonly cap = DEFAULT_OPERATION_CAP,
  ) {}

  of(operationName: string | null | undefined): T {
    const name = operationName && GRAPHQL_NAME.test(operationName) ? operationName : ANONYMOUS_OPERATION;
    const bound = this.seen.get(name);
    if (bound !== undefined) return bound;
    if (name === OTHER_OPERATION || this.seen.size >= this.cap) {
      return (this.overflow ??= this.bind(OTHER_OPERATION));
    }
    const fresh = this.bind(name);
    this.seen.set(name, fresh);
    return fresh;
  }
}
