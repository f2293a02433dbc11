import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

import { BadUserInputError } from '../errors';

// A NUL, or a UTF-16 surrogate without its partner (JSON "\ud800"): Postgres text cannot hold the first and
// UTF-8 cannot encode the second, so both would fail deep in a write (a 500) or silently change signed bytes.
const FORBIDDEN = /[\0\p{Cs}]/u;

/**
 * Throws BAD_USER_INPUT naming the first string inside `value` (arguments, input objects, lists, JSON) that
 * holds a NUL or a lone surrogate. Iterative and visits each value once: linear in the input size.
 */
export function checkStrings(value: unknown, path: string): void {
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length > 0) {
    const [current, at] = stack.pop()!;
    if (typeof current === 'string') {
      const found = FORBIDDEN.exec(current);
      if (found) {
        throw new BadUserInputError(
          found[0] === '\0'
            ? `${at} contains a NUL character (\\u0000), which text cannot hold; remove it and send again`
            : `${at} is not valid Unicode (an unpaired surrogate such as \\ud800); send well-formed UTF-8 text`,
          { field: at },
        );
      }
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) stack.push([current[i], `${at}[${i}]`]);
    } else if (isPlainRecord(current)) {
      for (const key of Object.keys(current).reverse()) stack.push([current[key], `${at}.${key}`]);
    }
  }
}

/** Input objects from graphql-js have a null prototype; JSON values a plain one. Dates and buffers are skipped. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === null || proto === Object.prototype;
}

function checkArguments(args: Record<string, unknown> | undefined): void {
  if (!args) return;
  for (const name of Object.keys(args)) checkStrings(args[name], name);
}

/**
 * Checks the arguments of every field that takes any (queries, mutations, subscriptions, entity fields,
 * `_entities`) before its resolver runs: the one place every subgraph's input passes through.
 */
export function guardStringArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        checkArguments(args);
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context, info) => {
          checkArguments(args);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
