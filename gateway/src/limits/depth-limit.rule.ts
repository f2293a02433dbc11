import { Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';

import { BadUserInputError } from '../errors';

// Introspection is needed by every tool (GraphiQL asks for a deep __schema) and is cheap to answer.
const EXEMPT_FIELDS = new Set(['__schema', '__type']);

/**
 * Depth of a selection set: a top-level field is depth 1, `{ me { did } }` is depth 2.
 * Fragment spreads and inline fragments add no depth of their own; their fields count where spread.
 */
export function selectionSetDepth(
  selectionSet: SelectionSetNode,
  getFragment: (name: string) => FragmentDefinitionNode | undefined,
  visiting: Set<string> = new Set(),
): number {
  let max = 0;
  for (const selection of selectionSet.selections) {
    let depth: number;
    if (selection.kind === Kind.FIELD) {
      if (EXEMPT_FIELDS.has(selection.name.value)) continue;
      depth =
        1 + (selection.selectionSet ? selectionSetDepth(selection.selectionSet, getFragment, visiting) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionSetDepth(selection.selectionSet, getFragment, visiting);
    } else {
      const name = selection.name.value;
      const fragment = getFragment(name);
      // A cycle is reported by graphql's NoFragmentCyclesRule; here it must only not loop forever.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      depth = selectionSetDepth(fragment.selectionSet, getFragment, visiting);
      visiting.delete(name);
    }
    max = Math.max(max, depth);
  }
  return max;
}

/** Rejects operations nested deeper than maxDepth, before anything is sent to a subgraph. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = selectionSetDepth(
        operation.selectionSet,
        (name) => context.getFragment(name) ?? undefined,
      );
      if (depth > maxDepth) {
        context.reportError(
          new BadUserInputError(`Query depth ${depth} exceeds the limit of ${maxDepth}`, [operation]),
        );
      }
    },
  });
}
