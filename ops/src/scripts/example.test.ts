import { parse } from 'graphql';

import { graphqlLiteral } from './example';

describe('graphqlLiteral', () => {
  it('prints input objects, strings and enums that parse as GraphQL', () => {
    const literal = graphqlLiteral(
      { did: 'did:mjn:z6Mk"x', kind: 'HUMAN', n: 3, tags: ['a'] },
      new Set(['kind']),
    );
    expect(literal).toBe('{ did: "did:mjn:z6Mk\\"x", kind: HUMAN, n: 3, tags: ["a"] }');
    expect(() => parse(`mutation { m(input: ${literal}) }`)).not.toThrow();
  });
});
