import { entropyToMnemonic, generateMnemonic, mnemonicToEntropy, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english';

import { keyPairFromSeed, type KeyPair } from '@imajin/protocol/browser';

/**
 * Keys backed up as 12 BIP-39 words. Twelve words carry 16 bytes, not the 32 of an Ed25519 seed, so a phrase
 * key's seed is HKDF-SHA-256 of the phrase's 16-byte entropy: the same words always give the same DID. A
 * key created without a phrase (32 random bytes) cannot be written as 12 words; it keeps the key file.
 */
const SALT = new TextEncoder().encode('mjn.key.phrase.v1');
const INFO = new TextEncoder().encode('ed25519-seed');
const WORDS = 12;

/** A fresh 12-word phrase (128 bits from the browser's random source). */
export function newPhrase(): string {
  return generateMnemonic(wordlist, 128);
}

/** The phrase of 16 bytes of entropy (tests, and anyone who keeps entropy instead of words). */
export function phraseOfEntropy(entropy: Uint8Array): string {
  return entropyToMnemonic(entropy, wordlist);
}

/** Lower case, single spaces: how people type a phrase back is not how it was shown. */
export function normalizePhrase(phrase: string): string {
  return phrase.trim().toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

/** The key of a phrase; throws an Error with a sentence a person can act on when the phrase is wrong. */
export async function keyPairFromPhrase(phrase: string): Promise<KeyPair> {
  const words = normalizePhrase(phrase);
  const count = words === '' ? 0 : words.split(' ').length;
  if (count !== WORDS) throw new Error(`A key phrase has ${WORDS} words; this one has ${count}.`);
  const unknown = words.split(' ').filter((w) => !wordlist.includes(w));
  if (unknown.length > 0)
    throw new Error(`“${unknown[0]}” is not a phrase word: check its spelling against what you wrote down.`);
  if (!validateMnemonic(words, wordlist))
    throw new Error(
      'These words do not form a valid phrase: check that none is mistyped and they are in order.',
    );
  const entropy = new Uint8Array(mnemonicToEntropy(words, wordlist));
  const base = await crypto.subtle.importKey('raw', entropy, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: INFO },
    base,
    256,
  );
  return keyPairFromSeed(new Uint8Array(bits));
}
