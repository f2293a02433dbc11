import { Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';

import { BadUserInputError } from '../errors';

import { INTROSPECTION_MAX_DEPTH, INTROSPECTION_ROOTS } from './introspection-size';

/** Depth of ordinary fields and of introspection (`__schema`, `__type`), which has its own allowance. */
export interface Depths {
  depth: number;
  introspectionDepth: number;
}

type GetFragment = (name: string) => FragmentDefinitionNode | undefined;

/**
 * Measures selection sets, each named fragment once per document: a fragment spread twice at every
 * level of a 30-level chain is walked 30 times, not 2^30.
 */
export class DepthMeter {
  private readonly fragments = new Map<string, Depths>();
  private readonly visiting = new Set<string>();

  constructor(private readonly getFragment: GetFragment) {}

  /** A top-level field is depth 1, `{ me { did } }` is depth 2; fragments add no depth of their own. */
  measure(selectionSet: SelectionSetNode): Depths {
    const result: Depths = { depth: 0, introspectionDepth: 0 };
    for (const selection of selectionSet.selections) {
      let inner: Depths;
      if (selection.kind === Kind.FIELD) {
        const child = selection.selectionSet
          ? this.measure(selection.selectionSet)
          : { depth: 0, introspectionDepth: 0 };
        // Everything under __schema / __type is introspection; it can only start at the root.
        inner = INTROSPECTION_ROOTS.has(selection.name.value)
          ? { depth: 0, introspectionDepth: 1 + Math.max(child.depth, child.introspectionDepth) }
          : { depth: 1 + child.depth, introspectionDepth: child.introspectionDepth };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.measure(selection.selectionSet);
      } else {
        inner = this.fragment(selection.name.value);
      }
      result.depth = Math.max(result.depth, inner.depth);
      result.introspectionDepth = Math.max(result.introspectionDepth, inner.introspectionDepth);
    }
    return result;
  }

  private fragment(name: string): Depths {
    const known = this.fragments.get(name);
    if (known) return known;
    const fragment = this.getFragment(name);
    // A cycle is reported by graphql's NoFragmentCyclesRule; here it must only not loop forever.
    if (!fragment || this.visiting.has(name)) return { depth: 0, introspectionDepth: 0 };
    this.visiting.add(name);
    const depths = this.measure(fragment.selectionSet);
    this.visiting.delete(name);
    this.fragments.set(name, depths);
    return depths;
  }
}

/** Rejects operations nested deeper than maxDepth, before anything is sent to a subgraph. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => {
    const meter = new DepthMeter((name) => context.getFragment(name) ?? undefined);
    return {
      OperationDefinition(operation) {
        const { depth, introspectionDepth } = meter.measure(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            new BadUserInputError(`Query depth ${depth} exceeds the limit of ${maxDepth}`, [operation]),
          );
        }
        const introspectionLimit = Math.max(maxDepth, INTROSPECTION_MAX_DEPTH);
        if (introspectionDepth > introspectionLimit) {
          context.reportError(
            new BadUserInputError(
              `Introspection depth ${introspectionDepth} exceeds the limit of ${introspectionLimit}`,
              [operation],
            ),
          );
        }
      },
    };
  };
}
