import { useEffect, useState } from 'react';

import {
  decryptChatMessage,
  encryptChatMessage,
  publicKeyFromDid,
  type KeyPair,
} from '@imajin/protocol/browser';

/**
 * End-to-end encryption for the web app's conversations (SPEC §9): bodies are sealed in the browser for every
 * member and the sender, with X25519 keys derived from their Ed25519 keys. Members' public keys come from
 * their DIDs, which name the key they registered with (a rotated key is not followed yet).
 */
export function sealForMembers(
  text: string,
  keyPair: KeyPair,
  memberDids: readonly string[],
  conversationId: string,
): Promise<string> {
  const recipients = memberDids
    .filter((did) => did !== keyPair.did)
    .map((did) => ({ did, publicKey: publicKeyFromDid(did) }));
  return encryptChatMessage(text, keyPair, recipients, conversationId);
}

export type Opened = { text: string } | { error: string } | null;

/** The plaintext of an encrypted body, or why it cannot be read (null while decrypting). */
export function useOpened(
  body: string | null,
  sender: string,
  keyPair: KeyPair | null,
  conversationId: string,
  encrypted: boolean,
): Opened {
  const [opened, setOpened] = useState<Opened>(null);
  useEffect(() => {
    if (!encrypted || body === null) return;
    if (!keyPair) {
      setOpened({
        error: 'This browser holds no key for your DID, so it cannot read this encrypted message.',
      });
      return;
    }
    let live = true;
    decryptChatMessage(body, keyPair, publicKeyFromDid(sender), conversationId).then(
      (text) => live && setOpened({ text }),
      () =>
        live && setOpened({ error: 'This encrypted message cannot be read with the key in this browser.' }),
    );
    return () => {
      live = false;
    };
  }, [body, sender, keyPair, conversationId, encrypted]);
  return opened;
}
