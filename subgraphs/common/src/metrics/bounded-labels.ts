/** What an operation without a name (or with one that does not look like a name) is counted as. */
export const ANONYMOUS_LABEL = 'anonymous';
/** What every operation name past the cap is counted as. */
export const OTHER_LABEL = 'other';
/** Distinct operation names a process keeps apart before folding the rest into OTHER_LABEL. */
export const DEFAULT_LABEL_CAP = 200;

// GraphQL names only: anything else is a client sending junk, which must not mint a time series.
const NAME_PATTERN = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * One value per label (e.g. a counter and histogram bound to an operation name), made once and kept: a
 * request then costs one Map lookup, not a registry lookup by joined label strings. Clients choose
 * operation names, so at most `cap` distinct names are kept and the rest share OTHER_LABEL.
 */
export class BoundedLabels<T> {
  private readonly byName = new Map<string, T>();
  private other: T | undefined;

  constructor(
    private readonly make: (label: string) => T,
    private readonly cap = DEFAULT_LABEL_CAP,
  ) {}

  get(name: string | null | undefined): T {
    const key = name && NAME_PATTERN.test(name) ? name : ANONYMOUS_LABEL;
    const known = this.byName.get(key);
    if (known !== undefined) return known;
    // Names past the cap are not remembered either, so a flood of random names costs no memory.
    if (this.byName.size >= this.cap || key === OTHER_LABEL) return (this.other ??= this.make(OTHER_LABEL));
    const made = this.make(key);
    this.byName.set(key, made);
    return made;
  }
}
