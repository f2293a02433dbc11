import 'reflect-metadata';
import { Buffer } from 'node:buffer';

import { ArgsType, ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';

import { BadUserInputError } from '../errors';

@ObjectType({ description: 'Relay-style page information.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when more items follow the last one returned.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items to return (1–100).' })
  first: number = 20;

  @Field(() => String, {
    nullable: true,
    description: 'A cursor from a previous page (`pageInfo.endCursor`).',
  })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match in total, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export function checkPageSize(first: number, max = 100): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError(`first must be between 1 and ${max}`, { field: 'first' });
  }
  return first;
}

/** Cursors are opaque to clients; inside they are base64url JSON of the sort key. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The usual sort key of a page: (timestamp text, id), newest first. */
export type PairCursor = [string, string];
export const isPairCursor = (v: unknown): v is PairCursor =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

export function decodeCursor<T>(cursor: string | null | undefined, guard: (v: unknown) => v is T): T | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (guard(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('The cursor is not valid; use pageInfo.endCursor from a previous page', {
    field: 'after',
  });
}

/** Fetch first+1 rows, then call this to trim and build the page. */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T) => unknown,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
