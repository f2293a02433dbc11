import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

import { BadUserInputError } from '../errors';

/*
 * Static cost of an operation, so an expensive query is refused before the query planner fans it out:
 *  - every field costs 1;
 *  - a field with an integer `first`, `last` or `limit` argument (literal or variable) multiplies the
 *    cost of its sub-selection by that number: `vouches(first: 50) { id from { did } }` = 1 + 50 × 3;
 *  - a list field without such an argument multiplies its sub-selection by 10 (an assumed page size),
 *    except directly inside a paged field: a connection's `edges`/`nodes` are the page already counted;
 *  - introspection (`__schema`, `__type`) is free, since tools need it and it never reaches a subgraph.
 * Fragments are followed. Without variable values (the validation phase, cached per document) an
 * unresolved variable counts as 1, a lower bound; the limits plugin recomputes with the real values.
 */

export const PAGE_ARGUMENTS = ['first', 'last', 'limit'];
export const DEFAULT_LIST_SIZE = 10;
const FREE_FIELDS = new Set(['__schema', '__type']);

export type Variables = Record<string, unknown> | undefined;

interface CostContext {
  schema: GraphQLSchema;
  getFragment: (name: string) => FragmentDefinitionNode | undefined;
  variables: Variables;
  defaults: Map<string, ValueNode>;
  visiting: Set<string>;
}

/** The integer a page argument stands for, or undefined if absent or not an integer. */
function pageSize(field: FieldNode, ctx: CostContext): number | undefined {
  for (const arg of field.arguments ?? []) {
    if (!PAGE_ARGUMENTS.includes(arg.name.value)) continue;
    let value: ValueNode | undefined = arg.value;
    if (value.kind === Kind.VARIABLE) {
      const name = value.name.value;
      if (ctx.variables && name in ctx.variables) {
        const provided = ctx.variables[name];
        if (typeof provided === 'number' && Number.isInteger(provided)) return Math.max(0, provided);
        if (provided === null) continue;
      }
      value = ctx.defaults.get(name);
      // Unknown yet (validation phase): the lower bound keeps the cached check from refusing valid queries.
      if (!value && ctx.variables === undefined) return 1;
    }
    if (value?.kind === Kind.INT) return Math.max(0, parseInt(value.value, 10));
  }
  return undefined;
}

function fieldDefinition(
  parent: GraphQLCompositeType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name];
  return undefined;
}

function selectionSetCost(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType | undefined,
  ctx: CostContext,
  insidePage = false,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (FREE_FIELDS.has(selection.name.value)) continue;
      const def = fieldDefinition(parent, selection.name.value);
      const size = pageSize(selection, ctx);
      let childCost = 0;
      if (selection.selectionSet) {
        const named = def ? getNamedType(def.type) : undefined;
        childCost = selectionSetCost(
          selection.selectionSet,
          isCompositeType(named) ? named : undefined,
          ctx,
          size !== undefined,
        );
      }
      const isList = def ? isListType(getNullableType(def.type)) : false;
      const multiplier = size ?? (isList && !insidePage ? DEFAULT_LIST_SIZE : 1);
      total += 1 + multiplier * childCost;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? ctx.schema.getType(selection.typeCondition.name.value)
        : parent;
      total += selectionSetCost(
        selection.selectionSet,
        isCompositeType(condition) ? condition : undefined,
        ctx,
        insidePage,
      );
    } else {
      const name = selection.name.value;
      const fragment = ctx.getFragment(name);
      // A cycle is reported by graphql's NoFragmentCyclesRule; here it must only not loop forever.
      if (!fragment || ctx.visiting.has(name)) continue;
      ctx.visiting.add(name);
      const condition = ctx.schema.getType(fragment.typeCondition.name.value);
      total += selectionSetCost(
        fragment.selectionSet,
        isCompositeType(condition) ? condition : undefined,
        ctx,
        insidePage,
      );
      ctx.visiting.delete(name);
    }
  }
  return total;
}

function rootType(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): GraphQLCompositeType | undefined {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return root ?? undefined;
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  getFragment: (name: string) => FragmentDefinitionNode | undefined,
  variables?: Variables,
): number {
  const defaults = new Map<string, ValueNode>();
  for (const def of operation.variableDefinitions ?? []) {
    if (def.defaultValue) defaults.set(def.variable.name.value, def.defaultValue);
  }
  const ctx: CostContext = { schema, getFragment, variables, defaults, visiting: new Set() };
  return selectionSetCost(operation.selectionSet, rootType(schema, operation), ctx);
}

export function fragmentsOf(document: DocumentNode): (name: string) => FragmentDefinitionNode | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return (name) => fragments.get(name);
}

export function costExceededError(cost: number, maxCost: number, operation?: OperationDefinitionNode) {
  return new BadUserInputError(
    `Query cost ${cost} exceeds the limit of ${maxCost}`,
    operation ? [operation] : undefined,
  );
}

/** Rejects operations whose static cost exceeds maxCost; pass variables when they are known. */
export function costLimitRule(maxCost: number, variables?: Variables): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(
        context.getSchema(),
        operation,
        (name) => context.getFragment(name) ?? undefined,
        variables,
      );
      if (cost > maxCost) context.reportError(costExceededError(cost, maxCost, operation));
    },
  });
}
