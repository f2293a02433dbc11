import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { signPayload, type KeyPair } from '@imajin/protocol/browser';

import type { ProofInput } from '../generated/graphql';
import { useImajin } from '../session/imajin-provider';

/** Signs `fields` as `type` with `keyPair`: the ProofInput to send beside exactly those fields. */
export function proofFor(type: string, fields: object, keyPair: KeyPair): ProofInput {
  const { proof } = signPayload(type, { ...fields }, keyPair);
  return { signer: proof.signer, createdAt: proof.createdAt, nonce: proof.nonce, signature: proof.signature };
}

// The protocol drops null and undefined before signing; dropping them from what is sent keeps the two equal.
function compact<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

export interface SignedMutationOptions<TVariables> {
  /** The fields the server signs for this mutation; default: `variables.input`, else the variables. */
  signedFields?: (variables: TVariables) => object;
  /** Sign as this DID instead of the signed-in one (e.g. right after creating a key, before registering). */
  signer?: string;
}

type Unsigned<T> = Omit<T, 'proof'>;

/**
 * A mutation whose `proof` is signed in the browser with the key store's key for the signed-in DID (or
 * `options.signer`). Returns `[run, result]`; `run(variables)` resolves to the data or throws the API error.
 */
export function useSignedMutation<TData, TVariables extends { proof?: ProofInput | null }>(
  document: TypedDocumentNode<TData, TVariables>,
  proofType: string,
  options: SignedMutationOptions<Unsigned<TVariables>> = {},
) {
  const { keyStore, session } = useImajin();
  const [mutate, result] = useMutation(document);
  const { signedFields, signer } = options;

  const run = useCallback(
    async (variables: Unsigned<TVariables>, as?: string): Promise<TData> => {
      const did = as ?? signer ?? session?.did;
      if (!did) throw new Error('Sign in first: this action is signed with your key.');
      const keyPair = keyStore.get(did);
      if (!keyPair) throw new Error('This browser holds no key for your DID: import your key file first.');
      const { input } = variables as { input?: unknown };
      const sent = (
        input === undefined ? compact(variables) : { ...variables, input: compact(input) }
      ) as Unsigned<TVariables>;
      const fields = signedFields?.(sent) ?? (sent as { input?: object }).input ?? sent;
      const proof = proofFor(proofType, fields, keyPair);
      const { data } = await mutate({ variables: { ...sent, proof } as unknown as TVariables } as never);
      if (data === undefined || data === null) throw new Error('The server did not confirm: try again.');
      return data as TData;
    },
    [keyStore, session, signer, signedFields, proofType, mutate],
  );
  return [run, result] as const;
}
