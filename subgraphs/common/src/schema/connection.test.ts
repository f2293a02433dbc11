import { checkPageSize, decodeCursor, encodeCursor, toConnection } from './connection';

const isNumber = (v: unknown): v is number => typeof v === 'number';

describe('connection', () => {
  it('round-trips a cursor and rejects a forged one with BAD_USER_INPUT', () => {
    expect(decodeCursor(encodeCursor(42), isNumber)).toBe(42);
    expect(decodeCursor(null, isNumber)).toBeNull();
    expect(() => decodeCursor(encodeCursor('not a number'), isNumber)).toThrow(/cursor is not valid/);
    expect(() => decodeCursor('%%%', isNumber)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
    );
  });

  it('trims the extra row into hasNextPage and points endCursor at the last edge', () => {
    const page = toConnection([1, 2, 3], 2, 10, (n) => n);
    expect(page.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(2) });
    expect(toConnection([], 2, 0, (n: number) => n).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('bounds page sizes', () => {
    expect(checkPageSize(100)).toBe(100);
    expect(() => checkPageSize(0)).toThrow(/between 1 and 100/);
    expect(() => checkPageSize(101)).toThrow(/between 1 and 100/);
  });
});
