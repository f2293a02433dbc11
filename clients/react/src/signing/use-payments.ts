import {
  FAIR_CONSENT_TYPE,
  FAIR_MANIFEST_TYPE,
  validateFairManifest,
  type FairManifestBody,
  MjnActions,
} from '@imajin/protocol/browser';

import {
  CreateCheckoutDocument,
  CreateFairManifestDocument,
  SignFairManifestDocument,
  type CreateCheckoutInput,
} from '../generated/graphql';

import { useSignedMutation } from './use-signed-mutation';

/** Proof type the payments subgraph rebuilds for createCheckout. */
const CREATE_CHECKOUT = MjnActions.payments.createCheckout;

export type FairManifestDraft = Omit<FairManifestBody, 'derivesFrom' | 'terms'> &
  Partial<Pick<FairManifestBody, 'derivesFrom' | 'terms'>>;

/**
 * `create(manifest)`: validates and normalises the manifest in the browser (a FairError names the bad field
 * before anything is sent), then signs that normal form, which is what the id hashes and the server verifies.
 */
export function useCreateFairManifest() {
  const [run, result] = useSignedMutation(CreateFairManifestDocument, FAIR_MANIFEST_TYPE);
  // async, so a FairError is a rejected promise like an API error, not a throw from the call itself.
  const create = async (manifest: FairManifestDraft) => {
    const body = validateFairManifest({ ...manifest, derivesFrom: manifest.derivesFrom ?? [] });
    return run({ input: { ...body } }).then((data) => data.createFairManifest);
  };
  return [create, result] as const;
}

/** `sign(manifestId)`: the signed-in contributor consents to a manifest that names them. */
export function useSignFairManifest() {
  const [run, result] = useSignedMutation(SignFairManifestDocument, FAIR_CONSENT_TYPE);
  const sign = (manifestId: string) => run({ input: { manifestId } }).then((data) => data.signFairManifest);
  return [sign, result] as const;
}

/**
 * `checkout(input)` as the signed-in did:mjn buyer (`buyerDid` is filled in). The answer's `url` carries the
 * local checkout's secret: open it to pay; nobody else can.
 */
export function useCreateCheckout() {
  const [run, result] = useSignedMutation(CreateCheckoutDocument, CREATE_CHECKOUT);
  const checkout = (input: Omit<CreateCheckoutInput, 'buyerDid'>, buyerDid: string) =>
    run({ input: { ...input, buyerDid } }).then((data) => data.createCheckout);
  return [checkout, result] as const;
}
