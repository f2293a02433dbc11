import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

import { BadUserInputError } from '../errors';

import {
  FULL_INTROSPECTION_QUERY,
  INTROSPECTION_ALLOWANCE,
  INTROSPECTION_ROOTS,
  introspectionSizes,
  type IntrospectionSizes,
} from './introspection-size';

/*
 * Static cost of an operation, so an expensive query is refused before the query planner fans it out:
 *  - every field costs 1;
 *  - a field with an integer `first`, `last` or `limit` argument (literal or variable) multiplies the
 *    cost of its sub-selection by that number (at least 1: an empty page is still planned);
 *  - a list field without such an argument multiplies its sub-selection by 10 (an assumed page size),
 *    except directly inside a paged field: a connection's `edges`/`nodes` are the page already counted;
 *  - type conditions that cannot both apply to one object (`... on User`, `... on Admin`) cost their
 *    maximum, not their sum;
 *  - introspection (`__schema`, `__type`) is costed with the schema's real list sizes against its own
 *    allowance (introspection-size.ts), so GraphiQL works and an alias flood does not.
 * Each fragment is costed once per operation (memoised on what its cost depends on), so the work is
 * linear in the document. Without variable values (the validation phase, cached per document) an
 * unresolved variable counts as 1, a lower bound; the limits plugin recomputes with the real values.
 */

export const PAGE_ARGUMENTS = ['first', 'last', 'limit'];
export const DEFAULT_LIST_SIZE = 10;
// Costs saturate here: an exponential document must stay a finite number over the limit, never NaN.
const COST_CAP = Number.MAX_SAFE_INTEGER;

export type Variables = Record<string, unknown> | undefined;

/** Which root fields a pass counts: ordinary fields and introspection have separate budgets. */
type Scope = 'regular' | 'introspection' | 'all';

interface CostContext {
  schema: GraphQLSchema;
  getFragment: (name: string) => FragmentDefinitionNode | undefined;
  variables: Variables;
  defaults: Map<string, ValueNode>;
  sizes: IntrospectionSizes;
  fragmentCosts: Map<string, number>;
  visiting: Set<string>;
}

export interface OperationCosts {
  /** Cost of everything but introspection, against MAX_COST. */
  cost: number;
  /** Cost of `__schema` / `__type` selections, against the introspection allowance. */
  introspectionCost: number;
}

const saturate = (n: number): number => Math.min(n, COST_CAP);

/** The integer a page argument stands for, or undefined if absent or not an integer. */
function pageSize(field: FieldNode, ctx: CostContext): number | undefined {
  for (const arg of field.arguments ?? []) {
    if (!PAGE_ARGUMENTS.includes(arg.name.value)) continue;
    let value: ValueNode | undefined = arg.value;
    if (value.kind === Kind.VARIABLE) {
      const name = value.name.value;
      if (ctx.variables && name in ctx.variables) {
        const provided = ctx.variables[name];
        if (typeof provided === 'number' && Number.isInteger(provided)) return Math.max(1, provided);
        if (provided === null) continue;
      }
      value = ctx.defaults.get(name);
      // Unknown yet (validation phase): the lower bound keeps the cached check from refusing valid queries.
      if (!value && ctx.variables === undefined) return 1;
    }
    if (value?.kind === Kind.INT) return Math.max(1, parseInt(value.value, 10));
  }
  return undefined;
}

function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  // Meta fields are not in getFields(); __schema and __type exist on the query root only.
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (name === '__schema' && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === '__type' && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name];
  return undefined;
}

function fieldCost(
  field: FieldNode,
  parent: GraphQLCompositeType | undefined,
  ctx: CostContext,
  insidePage: boolean,
): number {
  const def = fieldDefinition(ctx.schema, parent, field.name.value);
  const size = pageSize(field, ctx);
  let childCost = 0;
  if (field.selectionSet) {
    const named = def ? getNamedType(def.type) : undefined;
    childCost = selectionSetCost(
      field.selectionSet,
      isCompositeType(named) ? named : undefined,
      ctx,
      size !== undefined,
      'all',
    );
  }
  const isList = def ? isListType(getNullableType(def.type)) : false;
  // An introspection list is as long as the schema makes it, whatever the client asks.
  const schemaSize = parent ? ctx.sizes.get(`${parent.name}.${field.name.value}`) : undefined;
  const multiplier = schemaSize ?? size ?? (isList && !insidePage ? DEFAULT_LIST_SIZE : 1);
  return saturate(1 + multiplier * childCost);
}

/** The object types a type condition can match. */
function objectTypesOf(schema: GraphQLSchema, type: GraphQLCompositeType): readonly GraphQLObjectType[] {
  return isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
}

/**
 * Cost of a selection set on `parent`: fields and fragments that apply to every object of `parent`
 * add up; fragments on narrower types are grouped by the object type they can match, and only the
 * costliest object type counts, since one object has one type.
 */
function selectionSetCost(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType | undefined,
  ctx: CostContext,
  insidePage: boolean,
  scope: Scope,
): number {
  let always = 0;
  const narrower: { condition: GraphQLCompositeType; cost: number }[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const introspection = INTROSPECTION_ROOTS.has(selection.name.value);
      if ((scope === 'regular' && introspection) || (scope === 'introspection' && !introspection)) continue;
      always = saturate(always + fieldCost(selection, parent, ctx, insidePage));
      continue;
    }
    let condition: GraphQLCompositeType | undefined;
    let cost: number;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? ctx.schema.getType(selection.typeCondition.name.value) : parent;
      condition = isCompositeType(type) ? type : undefined;
      cost = selectionSetCost(selection.selectionSet, condition, ctx, insidePage, scope);
    } else {
      const fragment = ctx.getFragment(selection.name.value);
      if (!fragment) continue;
      const type = ctx.schema.getType(fragment.typeCondition.name.value);
      condition = isCompositeType(type) ? type : undefined;
      cost = fragmentCost(fragment, condition, ctx, insidePage, scope);
    }
    if (!parent || !condition || condition === parent) always = saturate(always + cost);
    else narrower.push({ condition, cost });
  }
  if (narrower.length === 0 || !parent) return always;

  const parentTypes = new Set(objectTypesOf(ctx.schema, parent));
  const byObjectType = new Map<GraphQLObjectType, number>();
  for (const { condition, cost } of narrower) {
    for (const type of objectTypesOf(ctx.schema, condition)) {
      if (parentTypes.has(type)) byObjectType.set(type, saturate((byObjectType.get(type) ?? 0) + cost));
    }
  }
  let costliest = 0;
  for (const cost of byObjectType.values()) costliest = Math.max(costliest, cost);
  return saturate(always + costliest);
}

/** A named fragment's cost, computed once per (fragment, page context, scope) within an operation. */
function fragmentCost(
  fragment: FragmentDefinitionNode,
  condition: GraphQLCompositeType | undefined,
  ctx: CostContext,
  insidePage: boolean,
  scope: Scope,
): number {
  const key = `${fragment.name.value}|${insidePage ? 'page' : 'list'}|${scope}`;
  const known = ctx.fragmentCosts.get(key);
  if (known !== undefined) return known;
  // A cycle is reported by graphql's NoFragmentCyclesRule; here it must only not loop forever.
  if (ctx.visiting.has(key)) return 0;
  ctx.visiting.add(key);
  const cost = selectionSetCost(fragment.selectionSet, condition, ctx, insidePage, scope);
  ctx.visiting.delete(key);
  ctx.fragmentCosts.set(key, cost);
  return cost;
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

/** Both costs of one operation; linear in the document. */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  getFragment: (name: string) => FragmentDefinitionNode | undefined,
  variables?: Variables,
): OperationCosts {
  const defaults = new Map<string, ValueNode>();
  for (const def of operation.variableDefinitions ?? []) {
    if (def.defaultValue) defaults.set(def.variable.name.value, def.defaultValue);
  }
  const ctx: CostContext = {
    schema,
    getFragment,
    variables,
    defaults,
    sizes: introspectionSizes(schema),
    fragmentCosts: new Map(),
    visiting: new Set(),
  };
  const root = rootType(schema, operation);
  return {
    cost: selectionSetCost(operation.selectionSet, root, ctx, false, 'regular'),
    introspectionCost: selectionSetCost(operation.selectionSet, root, ctx, false, 'introspection'),
  };
}

/** Cost of an operation without its introspection (which has its own allowance). */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  getFragment: (name: string) => FragmentDefinitionNode | undefined,
  variables?: Variables,
): number {
  return measureOperation(schema, operation, getFragment, variables).cost;
}

export function fragmentsOf(document: DocumentNode): (name: string) => FragmentDefinitionNode | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return (name) => fragments.get(name);
}

const allowanceBySchema = new WeakMap<GraphQLSchema, number>();

/** The introspection an operation may ask for: INTROSPECTION_ALLOWANCE full introspections of `schema`. */
export function introspectionAllowance(schema: GraphQLSchema): number {
  const cached = allowanceBySchema.get(schema);
  if (cached !== undefined) return cached;
  const document = parse(FULL_INTROSPECTION_QUERY);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const full = operation ? measureOperation(schema, operation, fragmentsOf(document)).introspectionCost : 0;
  const allowance = INTROSPECTION_ALLOWANCE * full;
  allowanceBySchema.set(schema, allowance);
  return allowance;
}

const describeCost = (cost: number): string => (cost >= COST_CAP ? `over ${COST_CAP}` : String(cost));

export function costExceededError(cost: number, maxCost: number, operation?: OperationDefinitionNode) {
  return new BadUserInputError(
    `Query cost ${describeCost(cost)} exceeds the limit of ${maxCost}`,
    operation ? [operation] : undefined,
  );
}

/** The error for an operation over either budget, if it is. */
export function costViolation(
  schema: GraphQLSchema,
  costs: OperationCosts,
  maxCost: number,
  operation?: OperationDefinitionNode,
): BadUserInputError | undefined {
  if (costs.cost > maxCost) return costExceededError(costs.cost, maxCost, operation);
  const allowance = introspectionAllowance(schema);
  if (costs.introspectionCost > allowance) {
    return new BadUserInputError(
      `Introspection cost ${describeCost(costs.introspectionCost)} exceeds the limit of ${allowance} ` +
        `(${INTROSPECTION_ALLOWANCE} full schema introspections); ask for the schema once`,
      operation ? [operation] : undefined,
    );
  }
  return undefined;
}

/** Rejects operations whose static cost exceeds maxCost; pass variables when they are known. */
export function costLimitRule(maxCost: number, variables?: Variables): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const costs = measureOperation(
        schema,
        operation,
        (name) => context.getFragment(name) ?? undefined,
        variables,
      );
      const violation = costViolation(schema, costs, maxCost, operation);
      if (violation) context.reportError(violation);
    },
  });
}
