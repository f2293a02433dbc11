import { MjnActions } from '@imajin/protocol/browser';

import { RevokeVouchDocument, VouchDocument } from '../generated/graphql';

import { useSignedMutation } from './use-signed-mutation';

/** Proof types the trust subgraph rebuilds for these mutations. */
const VOUCH = MjnActions.trust.vouch;
const REVOKE_VOUCH = MjnActions.trust.revokeVouch;

/** `vouch({ to, weight, context })`, signed by the signed-in identity. */
export function useVouch() {
  const [run, result] = useSignedMutation(VouchDocument, VOUCH);
  const vouch = (input: { to: string; weight: number; context?: string | null; expiresAt?: string | null }) =>
    run({ input }).then((data) => data.vouch);
  return [vouch, result] as const;
}

/** `revoke(id)` for a vouch the signed-in identity gave; the signed fields are `{ id }`. */
export function useRevokeVouch() {
  const [run, result] = useSignedMutation(RevokeVouchDocument, REVOKE_VOUCH);
  const revoke = (id: string) => run({ id }).then((data) => data.revokeVouch);
  return [revoke, result] as const;
}
