import { x25519 } from '@noble/curves/ed25519';

import { generateKeyPair, keyPairFromSeed } from '../index';

import { fromBase64Url, toBase64Url } from './bytes';
import { ed25519SeedToX25519PrivateKey, ed25519ToX25519PublicKey } from './did-document';
import {
  CHAT_E2EE_ALG,
  decryptChatMessage,
  deriveSharedKey,
  E2eeError,
  encryptChatMessage,
  parseChatEnvelope,
} from './e2ee';

const CONV = '5f86a4a4-5466-485f-8e1b-4ed783f74764';

describe('e2ee', () => {
  const alice = generateKeyPair();
  const bob = generateKeyPair();
  const carol = generateKeyPair();

  it('derives the same X25519 secret on both sides from the Ed25519 keys', async () => {
    const ab = x25519.getSharedSecret(
      ed25519SeedToX25519PrivateKey(alice.seed),
      ed25519ToX25519PublicKey(bob.publicKey),
    );
    const ba = x25519.getSharedSecret(
      ed25519SeedToX25519PrivateKey(bob.seed),
      ed25519ToX25519PublicKey(alice.publicKey),
    );
    expect(toBase64Url(ab)).toBe(toBase64Url(ba));
    // And the derived AES keys agree: what one seals, the other opens.
    const k1 = await deriveSharedKey(alice.seed, bob.publicKey);
    const k2 = await deriveSharedKey(bob.seed, alice.publicKey);
    const iv = new Uint8Array(12);
    const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, k1, new TextEncoder().encode('x'));
    expect(new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, k2, ct))).toBe('x');
  });

  it('encrypts for every recipient and the sender, and each can decrypt', async () => {
    const body = await encryptChatMessage('hello 👋', alice, [bob, carol], CONV);
    const envelope = parseChatEnvelope(body);
    expect(envelope).toMatchObject({ v: 1, alg: CHAT_E2EE_ALG, sender: alice.did });
    expect(envelope.keys.map((k) => k.did).sort()).toEqual([alice.did, bob.did, carol.did].sort());
    expect(body).not.toContain('hello');
    for (const who of [alice, bob, carol])
      expect(await decryptChatMessage(body, who, alice.publicKey, CONV)).toBe('hello 👋');
  });

  it('refuses outsiders, other conversations, wrong sender keys and tampering', async () => {
    const body = await encryptChatMessage('secret', alice, [bob], CONV);
    const outsider = generateKeyPair();
    await expect(decryptChatMessage(body, outsider, alice.publicKey, CONV)).rejects.toMatchObject({
      code: 'NOT_A_RECIPIENT',
    });
    await expect(decryptChatMessage(body, bob, alice.publicKey, 'another')).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
    });
    await expect(decryptChatMessage(body, bob, carol.publicKey, CONV)).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
    });
    const envelope = parseChatEnvelope(body);
    const ct = fromBase64Url(envelope.ct);
    ct[0] ^= 1;
    const tampered = JSON.stringify({ ...envelope, ct: toBase64Url(ct) });
    await expect(decryptChatMessage(tampered, bob, alice.publicKey, CONV)).rejects.toBeInstanceOf(E2eeError);
    const relabelled = JSON.stringify({ ...envelope, sender: carol.did });
    await expect(decryptChatMessage(relabelled, bob, alice.publicKey, CONV)).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
    });
  });

  it('uses a fresh message key and IV every time', async () => {
    const one = parseChatEnvelope(await encryptChatMessage('same', alice, [bob], CONV));
    const two = parseChatEnvelope(await encryptChatMessage('same', alice, [bob], CONV));
    expect(one.ct).not.toBe(two.ct);
    expect(one.iv).not.toBe(two.iv);
  });

  it('rejects bodies that are not envelopes', () => {
    for (const body of [
      'plain text',
      '{}',
      JSON.stringify({ v: 1, alg: CHAT_E2EE_ALG, sender: 'x', iv: 'AA', ct: 'AA', keys: [] }),
    ])
      expect(() => parseChatEnvelope(body)).toThrow(E2eeError);
  });

  it('works with key pairs restored from their seeds', async () => {
    const a = keyPairFromSeed(new Uint8Array(32).fill(1));
    const b = keyPairFromSeed(new Uint8Array(32).fill(2));
    const body = await encryptChatMessage('vector', a, [b], CONV);
    expect(await decryptChatMessage(body, b, a.publicKey, CONV)).toBe('vector');
  });
});
