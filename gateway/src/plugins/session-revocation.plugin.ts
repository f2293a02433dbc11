import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

import type { GatewayContext } from '../context';
import { fragmentsOf } from '../limits/cost-limit.rule';

/** Root mutation fields that end sessions (identity's signOut and deactivate). */
export const SESSION_ENDING_MUTATIONS: ReadonlySet<string> = new Set(['signOut', 'deactivate']);

/** The root fields an operation selects, as (field name, response key), through fragments. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: (name: string) => FragmentDefinitionNode | undefined,
  seen = new Set<string>(),
): Array<{ name: string; key: string }> {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      return [{ name: selection.name.value, key: selection.alias?.value ?? selection.name.value }];
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const fragment = fragments(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Tells the session cache to forget every token when a session-ending mutation succeeds through this
 * gateway (signOut that ended at least one session, a deactivation), so a signed-out token stops working
 * on the very next request here. Only a success clears: a signOut of an unknown token (answer 0) does not,
 * so nobody can keep flushing the cache for free.
 */
export function sessionRevocationPlugin(onSessionsEnded: () => void): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, document, response }) {
          if (operation?.operation !== 'mutation' || !document || response.body.kind !== 'single') return;
          const data = response.body.singleResult.data;
          if (!data) return;
          const ended = rootFields(operation.selectionSet, fragmentsOf(document)).some(
            ({ name, key }) => SESSION_ENDING_MUTATIONS.has(name) && Boolean(data[key]),
          );
          if (ended) onSessionsEnded();
        },
      };
    },
  };
}
