import type { ApolloServerPlugin } from '@apollo/server';

import type { GatewayContext } from '../context';
import { costExceededError, fragmentsOf, operationCost } from '../limits/cost-limit.rule';

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
          const cost = operationCost(schema, operation, fragmentsOf(document), request.variables ?? {});
          if (cost > maxCost) throw costExceededError(cost, maxCost, operation);
        },
      };
    },
  };
}
