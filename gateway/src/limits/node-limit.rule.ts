import type { ValidationRule } from 'graphql';

import { BadUserInputError } from '../errors';

/**
 * Rejects documents with more than maxNodes selections (fields, fragment spreads, inline fragments),
 * so the work every other rule and the query planner do per document has a bound set by the operator.
 */
export function nodeLimitRule(maxNodes: number): ValidationRule {
  return (context) => {
    let nodes = 0;
    const count = () => {
      nodes += 1;
    };
    return {
      Field: count,
      FragmentSpread: count,
      InlineFragment: count,
      Document: {
        leave() {
          if (nodes > maxNodes) {
            context.reportError(
              new BadUserInputError(
                `The document has ${nodes} fields and fragments; the limit is ${maxNodes}. ` +
                  'Split it into smaller operations',
              ),
            );
          }
        },
      },
    };
  };
}
