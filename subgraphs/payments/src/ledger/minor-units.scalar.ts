import { GraphQLScalarType, Kind } from 'graphql';

import { BadUserInputError } from '@imajin/subgraph-common';

function toSafeInteger(value: unknown): number {
  const n = typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value;
  if (
    typeof n === 'bigint' &&
    n <= BigInt(Number.MAX_SAFE_INTEGER) &&
    n >= -BigInt(Number.MAX_SAFE_INTEGER)
  ) {
    return Number(n);
  }
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new BadUserInputError(
      `Amounts are integer minor units (cents) up to ${Number.MAX_SAFE_INTEGER}, got ${String(value)}`,
    );
  }
  return n;
}

/**
 * Money in integer minor units as a JSON number, exact up to 2^53 − 1 (GraphQL's Int stops at 2^31 − 1).
 * Accepts a number or a decimal string; bigint columns (read as strings) serialize as numbers.
 */
export const MinorUnitsScalar = new GraphQLScalarType<number, number>({
  name: 'MinorUnits',
  description: 'An integer amount in minor units (cents), exact up to 9007199254740991.',
  serialize: (value) => toSafeInteger(value),
  parseValue: (value) => toSafeInteger(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return toSafeInteger(ast.value);
    throw new BadUserInputError('Amounts are integer minor units (cents), e.g. 2500');
  },
});
