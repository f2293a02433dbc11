import { ANONYMOUS_LABEL, BoundedLabels, OTHER_LABEL } from './bounded-labels';

describe('BoundedLabels', () => {
  it('makes one value per operation name and reuses it', () => {
    const made: string[] = [];
    const labels = new BoundedLabels((label) => {
      made.push(label);
      return { label };
    });
    expect(labels.get('Viewer')).toBe(labels.get('Viewer'));
    expect(made).toEqual(['Viewer']);
  });

  it('counts missing and non-GraphQL names as anonymous', () => {
    const labels = new BoundedLabels((label) => label);
    expect(labels.get(undefined)).toBe(ANONYMOUS_LABEL);
    expect(labels.get(null)).toBe(ANONYMOUS_LABEL);
    expect(labels.get('')).toBe(ANONYMOUS_LABEL);
    expect(labels.get('drop table; --')).toBe(ANONYMOUS_LABEL);
    expect(labels.get('x'.repeat(500))).toBe(ANONYMOUS_LABEL);
  });

  it('folds names past the cap into other, and keeps the ones it already had', () => {
    const made: string[] = [];
    const labels = new BoundedLabels((label) => {
      made.push(label);
      return label;
    }, 3);
    expect(['A', 'B', 'C'].map((n) => labels.get(n))).toEqual(['A', 'B', 'C']);
    for (let i = 0; i < 1000; i++) expect(labels.get(`Random${i}`)).toBe(OTHER_LABEL);
    expect(labels.get('B')).toBe('B');
    // A flood of random names made exactly one extra series.
    expect(made).toEqual(['A', 'B', 'C', OTHER_LABEL]);
  });
});
