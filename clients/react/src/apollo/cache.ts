import { InMemoryCache, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Entities whose federation key is `did`, not `id`: without keyFields the cache could not normalise them and
 * a profile edit would not show up in lists that already hold the identity.
 */
export const DID_KEYED_TYPES = ['Identity', 'Node'] as const;

/**
 * Every field that returns a cursor connection, with the arguments that pick a different list (all but
 * `first`/`after`). Pages of one list merge into one; a test checks this against schema/api.graphql.
 */
export const CONNECTION_FIELDS: Record<string, Record<string, string[]>> = {
  Query: {
    conversations: [],
    events: ['filter'],
    searchIdentities: ['handlePrefix'],
    nodes: ['filter'],
    neighbourhood: ['did', 'depth'],
  },
  Identity: {
    consents: ['includeInactive', 'purpose'],
    ledger: [],
    receipts: [],
    vouchesGiven: ['includeInactive'],
    vouchesReceived: ['includeInactive'],
  },
};

export function imajinTypePolicies(): TypePolicies {
  const policies: TypePolicies = {};
  for (const type of DID_KEYED_TYPES) policies[type] = { keyFields: ['did'] };
  for (const [type, fields] of Object.entries(CONNECTION_FIELDS)) {
    const entries = Object.entries(fields).map(([field, keyArgs]) => [
      field,
      relayStylePagination(keyArgs.length > 0 ? keyArgs : false),
    ]);
    policies[type] = { ...policies[type], fields: Object.fromEntries(entries) };
  }
  // Profiles have no key of their own: they belong to their identity, so a newer one replaces the older.
  policies.Profile = { merge: true };
  return policies;
}

export function createImajinCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies: imajinTypePolicies() });
}
