import {
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';

/*
 * Introspection answers are as large as the schema, not as large as a page a client chose, so its lists
 * are costed with the schema's real sizes: `__schema { types }` is every type, a type's `fields` the
 * average number of fields per type (exact in aggregate over `types`). The answer to one full
 * introspection is what GraphiQL needs; an operation may ask for at most INTROSPECTION_ALLOWANCE of
 * those, so 1,000 aliases of `__schema` are refused while GraphiQL and codegen keep working.
 */

export const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** How many full schema introspections one operation may ask for. */
export const INTROSPECTION_ALLOWANCE = 2;

/**
 * Deepest introspection selection accepted. graphql 16's getIntrospectionQuery() is 13 deep (its
 * TypeRef nests `ofType` eight times); the slack is for tools that ask a level or two more. Size is
 * bounded by the cost allowance, not by this.
 */
export const INTROSPECTION_MAX_DEPTH = 16;

/** The richest standard introspection query (every option GraphiQL and codegen tools turn on). */
export const FULL_INTROSPECTION_QUERY = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

/** List sizes of introspection fields, by `Parent.field`, for one schema. */
export type IntrospectionSizes = ReadonlyMap<string, number>;

const average = (total: number, count: number): number => Math.max(1, Math.ceil(total / Math.max(1, count)));

const sizesBySchema = new WeakMap<GraphQLSchema, IntrospectionSizes>();

export function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const cached = sizesBySchema.get(schema);
  if (cached) return cached;
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  let fields = 0;
  let fieldArgs = 0;
  let inputFields = 0;
  let enumValues = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const own = Object.values(type.getFields());
      fields += own.length;
      fieldArgs += own.reduce((n, f) => n + f.args.length, 0);
      interfaces += type.getInterfaces().length;
      if (isInterfaceType(type)) possibleTypes += schema.getPossibleTypes(type).length;
    } else if (isUnionType(type)) {
      possibleTypes += type.getTypes().length;
    } else if (isInputObjectType(type)) {
      inputFields += Object.keys(type.getFields()).length;
    } else if (isEnumType(type)) {
      enumValues += type.getValues().length;
    }
  }
  const directiveArgs = directives.reduce((n, d) => n + d.args.length, 0);
  const sizes = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', average(fields, types.length)],
    ['__Type.inputFields', average(inputFields, types.length)],
    ['__Type.enumValues', average(enumValues, types.length)],
    ['__Type.interfaces', average(interfaces, types.length)],
    ['__Type.possibleTypes', average(possibleTypes, types.length)],
    ['__Field.args', average(fieldArgs, fields)],
    ['__Directive.args', average(directiveArgs, directives.length)],
  ]);
  sizesBySchema.set(schema, sizes);
  return sizes;
}
