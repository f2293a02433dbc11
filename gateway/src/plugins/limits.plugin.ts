import type { ApolloServerPlugin } from '@apollo/server';

import type { GatewayContext } from '../context';
import { costViolation, fragmentsOf, measureOperation } from '../limits/cost-limit.rule';

/**
 * The cost validation rule runs before variables are known (its result is cached per document), so
 * operations with variables are costed again here with the real values, still before execution.
 */
export function costWithVariablesPlugin(maxCost: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation?.variableDefinitions?.length) return;
          const costs = measureOperation(schema, operation, fragmentsOf(document), request.variables ?? {});
          const violation = costViolation(schema, costs, maxCost, operation);
          if (violation) throw violation;
        },
      };
    },
  };
}
