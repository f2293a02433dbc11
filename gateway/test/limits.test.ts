import { buildSchema, getIntrospectionQuery, parse, validate, type GraphQLError } from 'graphql';

import {
  costLimitRule,
  fragmentsOf,
  introspectionAllowance,
  measureOperation,
  operationCost,
} from '../src/limits/cost-limit.rule';
import { depthLimitRule } from '../src/limits/depth-limit.rule';
import { FULL_INTROSPECTION_QUERY } from '../src/limits/introspection-size';
import { nodeLimitRule } from '../src/limits/node-limit.rule';

const schema = buildSchema(`
  type Query {
    viewer: Person
    people(first: Int, last: Int): [Person!]!
    personPage(first: Int): PersonConnection!
    tags: [String!]!
    search(limit: Int): [Result!]!
    accounts(first: Int): [Account!]!
  }
  interface Account { id: ID! }
  type User implements Account { id: ID! friends(first: Int): [Person!]! }
  type Admin implements Account { id: ID! audit(first: Int): [Post!]! }
  type Bot implements Account { id: ID! }
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

  it("counts introspection against its own allowance, which GraphiQL's introspection query fits", () => {
    expect(errorsFor(getIntrospectionQuery(), depthLimitRule(12))).toHaveLength(0);
    expect(errorsFor(FULL_INTROSPECTION_QUERY, depthLimitRule(12))).toHaveLength(0);
    const deep = `{ __type(name: "Person") { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } }`;
    expect(errorsFor(deep, depthLimitRule(12))[0].message).toBe(
      'Introspection depth 22 exceeds the limit of 16',
    );
  });

  it('measures a fragment spread twice at each of 30 levels once per fragment, not 2^30 times', () => {
    let fragments = 'fragment F0 on Person { best { did } }';
    for (let i = 1; i <= 30; i += 1) fragments += ` fragment F${i} on Person { ...F${i - 1} ...F${i - 1} }`;
    const errors = errorsFor(`{ viewer { ...F30 } } ${fragments}`, depthLimitRule(2));
    expect(errors.map((e) => e.message)).toEqual(['Query depth 3 exceeds the limit of 2']);
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

  it('follows fragments', () => {
    const query = `
      query { people(first: 10) { ...P } }
      fragment P on Person { did friends(first: 10) { ...Q } }
      fragment Q on Person { did name }
    `;
    expect(cost(query)).toBe(1 + 10 * (1 + 1 + 10 * 2));
  });

  it('costs type conditions that cannot both apply as their maximum, not their sum', () => {
    // One account is a User or an Admin or a Bot: the costliest branch counts (User: 1 + 50 × 1).
    const query = `{ accounts(first: 2) {
      id
      ... on User { friends(first: 50) { did } }
      ... on Admin { audit(first: 20) { id } }
      ...B
    } } fragment B on Bot { id }`;
    expect(cost(query)).toBe(1 + 2 * (1 + (1 + 50 * 1)));
    // A condition on the interface applies to every account, so it adds to each branch.
    const overlapping = `{ accounts(first: 2) {
      ... on Account { id }
      ... on User { friends(first: 50) { did } }
      ... on Admin { audit(first: 20) { id } }
    } }`;
    expect(cost(overlapping)).toBe(1 + 2 * (1 + (1 + 50 * 1)));
    // Two conditions on the same object type both apply to it.
    const sameType =
      '{ accounts(first: 2) { ... on User { id } ... on User { friends(first: 50) { did } } } }';
    expect(cost(sameType)).toBe(1 + 2 * (1 + 1 + 50 * 1));
    // Union members: a Person or a Post per result.
    expect(cost('{ search(limit: 7) { ... on Person { did name } ... on Post { id } } }')).toBe(1 + 7 * 2);
  });

  it('rejects a 30-level fragment doubling at once, with a finite cost in the message', () => {
    let fragments = 'fragment F0 on Person { did }';
    for (let i = 1; i <= 30; i += 1) fragments += ` fragment F${i} on Person { ...F${i - 1} ...F${i - 1} }`;
    const query = `{ viewer { ...F30 } } ${fragments}`;
    expect(cost(query)).toBe(1 + 2 ** 30);
    const errors = validate(schema, parse(query), [costLimitRule(10000)]);
    expect(errors.map((e) => e.message)).toEqual([`Query cost ${1 + 2 ** 30} exceeds the limit of 10000`]);
    // An empty page is still planned: first: 0 cannot hide an exponential selection.
    expect(cost(`{ people(first: 0) { ...F30 } } ${fragments}`)).toBe(1 + 2 ** 30);
  });

  it("costs introspection with the schema's real sizes against an allowance of two full introspections", () => {
    const full = parse(FULL_INTROSPECTION_QUERY);
    const operation = full.definitions.find((d) => d.kind === 'OperationDefinition');
    if (operation?.kind !== 'OperationDefinition') throw new Error('no operation');
    const { cost: regular, introspectionCost } = measureOperation(schema, operation, fragmentsOf(full));
    expect(regular).toBe(0);
    expect(introspectionAllowance(schema)).toBe(2 * introspectionCost);
    expect(validate(schema, full, [costLimitRule(10000)])).toHaveLength(0);
    expect(validate(schema, parse(getIntrospectionQuery()), [costLimitRule(10000)])).toHaveLength(0);

    const flood = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __schema { types { name } }`).join(' ')} }`;
    const errors = validate(schema, parse(flood), [costLimitRule(10000)]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(
      /^Introspection cost \d+ exceeds the limit of \d+ \(2 full schema introspections\)/,
    );
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

describe('nodeLimitRule', () => {
  it('refuses a document with more fields and fragments than the limit, with both numbers', () => {
    const wide = `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(validate(schema, parse(wide), [nodeLimitRule(11)])).toHaveLength(0);
    const errors = validate(schema, parse(wide), [nodeLimitRule(10)]);
    expect(errors.map((e) => e.message)).toEqual([
      'The document has 11 fields and fragments; the limit is 10. Split it into smaller operations',
    ]);
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
