// Delegations: a person lets an agent (its own did:mjn, kind AGENT) act for them on a few action types.
// The person signs DELEGATE_TYPE over DelegationFields; the agent then signs ordinary proofs whose
// `onBehalfOf` names the person (SPEC.md §3.1 and §10).

/** The person signs this to grant a delegation (`delegate(input, proof)`). */
export const DELEGATE_TYPE = 'mjn.identity.delegate';
/** The person (or the agent, renouncing) signs this over `{ id }` to end a delegation at once. */
export const REVOKE_DELEGATION_TYPE = 'mjn.identity.revokeDelegation';

/** Read-only access to the person's money (balances, ledger, receipts); not an action type. */
export const PAYMENTS_READ_SCOPE = 'mjn.payments.read';

/**
 * The scopes a delegation may grant: the action types that servers accept with `onBehalfOf`, plus
 * read-only money. Anything else is refused when delegating, so a grant never promises what no server honours.
 */
export const DELEGABLE_SCOPES = [
  'mjn.trust.vouch',
  'mjn.trust.revokeVouch',
  'mjn.chat.message',
  PAYMENTS_READ_SCOPE,
] as const;
export type DelegationScope = (typeof DELEGABLE_SCOPES)[number];

/** The §3 fields of a DELEGATE_TYPE proof (the `delegate` mutation's input). */
export interface DelegationFields {
  /** The agent's did:mjn. */
  agent: string;
  /** Distinct scopes from {@link DELEGABLE_SCOPES}. */
  scopes: string[];
  /** ISO 8601 instant (Date#toISOString) after which the delegation no longer covers anything. */
  expiresAt: string;
  /** At most this many uses in any rolling 24 hours; absent for no limit. */
  maxUsesPerDay?: number;
}

export function isDelegableScope(scope: string): scope is DelegationScope {
  return (DELEGABLE_SCOPES as readonly string[]).includes(scope);
}
