import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { signChallenge } from '@imajin/protocol/browser';

import {
  CreateChallengeDocument,
  SignInDocument,
  SignInSoftDocument,
  SignOutDocument,
} from '../generated/graphql';

import { useImajin, type ImajinSession } from './imajin-provider';

/**
 * Sign in with a key from the key store (challenge → signature → token) and sign out. The private key signs
 * the challenge here in the browser; only the signature travels.
 */
export function useSession() {
  const { client, keyStore, session, setSession } = useImajin();
  const [createChallenge] = useMutation(CreateChallengeDocument);
  const [signInMutation] = useMutation(SignInDocument);
  const [signOutMutation] = useMutation(SignOutDocument);
  const [signInSoftMutation] = useMutation(SignInSoftDocument);

  const signIn = useCallback(
    async (did: string): Promise<ImajinSession> => {
      const keyPair = keyStore.get(did);
      if (!keyPair) throw new Error('This browser holds no key for that DID: create or import one first.');
      const { data: challenge } = await createChallenge({ variables: { did } });
      if (!challenge) throw new Error('The server gave no challenge: try again.');
      const signature = signChallenge(keyPair, challenge.createChallenge.challenge);
      const { data } = await signInMutation({
        variables: { did, challenge: challenge.createChallenge.challenge, signature },
      });
      if (!data) throw new Error('The server did not confirm the sign-in: try again.');
      const next = { did, token: data.signIn.token, expiresAt: data.signIn.expiresAt };
      setSession(next);
      // Cached answers were computed for the previous viewer.
      await client.resetStore();
      return next;
    },
    [client, keyStore, createChallenge, signInMutation, setSession],
  );

  /** The soft onramp: the emailed code signs in as the address's did:email, with no key (it cannot sign). */
  const signInWithEmailCode = useCallback(
    async (email: string, code: string): Promise<ImajinSession> => {
      const { data } = await signInSoftMutation({ variables: { email, code } });
      if (!data) throw new Error('The server did not confirm the sign-in: try again.');
      const next = {
        did: data.signInSoft.identity.did,
        token: data.signInSoft.token,
        expiresAt: data.signInSoft.expiresAt,
      };
      setSession(next);
      await client.resetStore();
      return next;
    },
    [client, signInSoftMutation, setSession],
  );

  const signOut = useCallback(async () => {
    if (session) {
      // Ends this session on the server too; a token that already expired is fine to forget.
      await signOutMutation({ variables: { token: session.token } }).catch(() => undefined);
    }
    setSession(null);
    await client.clearStore();
  }, [client, session, signOutMutation, setSession]);

  return { session, signIn, signInWithEmailCode, signOut };
}
