import { hkdfSync } from 'node:crypto';

import { keyPairFromSeed } from '@imajin/protocol/browser';

import { keyPairFromPhrase, newPhrase, phraseOfEntropy } from './phrase-key';

describe('phrase keys', () => {
  it('gives the same DID for the same 12 words, however they are typed', async () => {
    const phrase = newPhrase();
    expect(phrase.split(' ')).toHaveLength(12);
    const first = await keyPairFromPhrase(phrase);
    const again = await keyPairFromPhrase(`  ${phrase.toUpperCase().replace(/ /g, '   ')}\n`);
    expect(again.did).toBe(first.did);
    expect(first.did).toMatch(/^did:mjn:z6Mk/);
  });

  it('derives the seed as HKDF-SHA-256 of the entropy (the documented rule, checked by another HKDF)', async () => {
    const entropy = Uint8Array.from({ length: 16 }, (_, i) => i);
    const seed = new Uint8Array(hkdfSync('sha256', entropy, 'mjn.key.phrase.v1', 'ed25519-seed', 32));
    expect((await keyPairFromPhrase(phraseOfEntropy(entropy))).did).toBe(keyPairFromSeed(seed).did);
  });

  it('gives different DIDs for different phrases', async () => {
    const a = await keyPairFromPhrase(phraseOfEntropy(new Uint8Array(16)));
    const b = await keyPairFromPhrase(phraseOfEntropy(new Uint8Array(16).fill(1)));
    expect(a.did).not.toBe(b.did);
  });

  it('explains a wrong word count, an unknown word and a bad checksum in sentences', async () => {
    const words = phraseOfEntropy(new Uint8Array(16)).split(' ');
    await expect(keyPairFromPhrase(words.slice(0, 11).join(' '))).rejects.toThrow(
      'A key phrase has 12 words; this one has 11.',
    );
    await expect(keyPairFromPhrase([...words.slice(0, 11), 'zzzz'].join(' '))).rejects.toThrow(
      /“zzzz” is not a phrase word/,
    );
    // "abandon" × 12 is a list word each time but fails the checksum.
    await expect(keyPairFromPhrase(Array(12).fill('abandon').join(' '))).rejects.toThrow(
      /not form a valid phrase/,
    );
    await expect(keyPairFromPhrase('')).rejects.toThrow('this one has 0');
  });
});
