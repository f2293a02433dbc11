import { buildSchema, getIntrospectionQuery, parse, validate, type GraphQLError } from 'graphql';

import { costLimitRule, operationCost } from '../src/limits/cost-limit.rule';
import { depthLimitRule } from '../src/limits/depth-limit.rule';

const schema = buildSchema(`
  type Query {
    viewer: Person
    people(first: Int, last: Int): [Person!]!
    personPage(first: Int): PersonConnection!
    tags: [String!]!
    search(limit: Int): [Result!]!
  }
  type Person { did: ID! name: String friends(first: Int): [Person!]! posts: [Post!]! best: Person }
  type Post { id: ID! title: String }
  type PersonConnection { edges: [PersonEdge!]! nodes: [Person!]! total: Int }
  type PersonEdge { cursor: String node: Person! }
  union Result = Person | Post
`);

function errorsFor(query: string, rule: ReturnType<typeof depthLimitRule>): readonly GraphQLError[] {
  return validate(schema, parse(query), [rule]);
}

function cost(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (!operation || operation.kind !== 'OperationDefinition') throw new Error('no operation');
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [],
    ),
  );
  return operationCost(schema, operation, (name) => fragments.get(name), variables);
}

describe('depthLimitRule', () => {
  it('accepts a query at the limit and refuses one past it with the depth in the message', () => {
    expect(errorsFor('{ viewer { best { best { name } } } }', depthLimitRule(4))).toHaveLength(0);
    const errors = errorsFor('{ viewer { best { best { best { name } } } } }', depthLimitRule(4));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('Query depth 5 exceeds the limit of 4');
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('follows named and inline fragments when measuring depth', () => {
    const query = `
      query { viewer { ...Deep } }
      fragment Deep on Person { best { ... on Person { best { ...Leaf } } } }
      fragment Leaf on Person { best { name } }
    `;
    expect(errorsFor(query, depthLimitRule(5))).toHaveLength(0);
    expect(errorsFor(query, depthLimitRule(4))[0].message).toBe('Query depth 5 exceeds the limit of 4');
  });

  it('exempts introspection fields, so GraphiQL can load the schema', () => {
    expect(errorsFor(getIntrospectionQuery(), depthLimitRule(2))).toHaveLength(0);
    expect(
      errorsFor('{ __type(name: "Person") { fields { type { ofType { name } } } } }', depthLimitRule(1)),
    ).toHaveLength(0);
  });

  it('does not loop on a fragment cycle', () => {
    const query = 'query { viewer { ...A } } fragment A on Person { best { ...A } }';
    const errors = errorsFor(query, depthLimitRule(10));
    expect(errors.every((e) => !/depth/.test(e.message))).toBe(true);
  });
});

describe('costLimitRule', () => {
  it('charges 1 per field and multiplies a sub-selection by its page argument', () => {
    expect(cost('{ viewer { did name } }')).toBe(3);
    expect(cost('{ people(first: 20) { did name } }')).toBe(1 + 20 * 2);
    expect(cost('{ people(last: 5) { did friends(first: 3) { did } } }')).toBe(1 + 5 * (1 + 1 + 3 * 1));
    expect(cost('{ search(limit: 7) { ... on Post { id title } } }')).toBe(1 + 7 * 2);
  });

  it('multiplies list fields without a page argument by 10 and leaves scalar lists at 1', () => {
    expect(cost('{ viewer { posts { id } } }')).toBe(1 + (1 + 10 * 1));
    expect(cost('{ tags }')).toBe(1);
  });

  it("counts a connection's edges as the page itself, and lists deeper down at 10 again", () => {
    // personPage(first: 20) { edges { node { did } } } = 1 + 20 × (edges 1 + 1 × (node 1 + did 1))
    expect(cost('{ personPage(first: 20) { edges { node { did } } } }')).toBe(1 + 20 * (1 + 1 * (1 + 1)));
    expect(cost('{ personPage(first: 2) { nodes { did posts { id } } } }')).toBe(
      1 + 2 * (1 + 1 * (1 + 1 + 10 * 1)),
    );
    expect(cost('{ personPage(first: 2) { ...E } } fragment E on PersonConnection { nodes { did } }')).toBe(
      1 + 2 * (1 + 1 * 1),
    );
  });

  it('resolves page sizes from variables, then defaults, and uses a lower bound when values are unknown', () => {
    const query = 'query ($n: Int, $m: Int = 4) { people(first: $n) { did friends(first: $m) { did } } }';
    expect(cost(query, { n: 2, m: 3 })).toBe(1 + 2 * (1 + 1 + 3));
    expect(cost(query, { n: 2 })).toBe(1 + 2 * (1 + 1 + 4));
    expect(cost(query, {})).toBe(1 + 10 * (1 + 1 + 4));
    expect(cost(query)).toBe(1 + 1 * (1 + 1 + 4));
  });

  it('follows fragments and leaves introspection free', () => {
    const query = `
      query { people(first: 10) { ...P } __schema { types { name } } }
      fragment P on Person { did friends(first: 10) { ...Q } }
      fragment Q on Person { did name }
    `;
    expect(cost(query)).toBe(1 + 10 * (1 + 1 + 10 * 2));
    expect(cost(getIntrospectionQuery())).toBe(0);
  });

  it('reports the cost and the limit when a document is over it', () => {
    const query = '{ people(first: 100) { friends(first: 100) { did } } }';
    const errors = validate(schema, parse(query), [costLimitRule(10000)]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe('Query cost 10101 exceeds the limit of 10000');
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(validate(schema, parse(query), [costLimitRule(10101)])).toHaveLength(0);
  });

  it('checks the real variable values when they are given to the rule', () => {
    const query = 'query ($n: Int!) { people(first: $n) { did } }';
    expect(validate(schema, parse(query), [costLimitRule(100)])).toHaveLength(0);
    expect(validate(schema, parse(query), [costLimitRule(100, { n: 200 })])[0].message).toBe(
      'Query cost 201 exceeds the limit of 100',
    );
  });
});
