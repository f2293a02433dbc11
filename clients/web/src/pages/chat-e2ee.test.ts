import { decryptChatMessage, generateKeyPair, parseChatEnvelope } from '@imajin/protocol/browser';

import { sealForMembers } from './chat-e2ee';

describe('sealForMembers', () => {
  const gina = generateKeyPair();
  const hank = generateKeyPair();
  const outsider = generateKeyPair();

  it('seals for every member and the sender, and each of them opens it', async () => {
    const body = await sealForMembers('meet at the old mill', gina, [gina.did, hank.did], 'c-1');
    expect(body).not.toContain('old mill');
    expect(
      parseChatEnvelope(body)
        .keys.map((k) => k.did)
        .sort(),
    ).toEqual([gina.did, hank.did].sort());
    expect(await decryptChatMessage(body, hank, gina.publicKey, 'c-1')).toBe('meet at the old mill');
    expect(await decryptChatMessage(body, gina, gina.publicKey, 'c-1')).toBe('meet at the old mill');
  });

  it('cannot be opened by someone outside the conversation or moved to another conversation', async () => {
    const body = await sealForMembers('only for hank', gina, [gina.did, hank.did], 'c-1');
    await expect(decryptChatMessage(body, outsider, gina.publicKey, 'c-1')).rejects.toThrow(
      /not encrypted for/,
    );
    await expect(decryptChatMessage(body, hank, gina.publicKey, 'c-2')).rejects.toThrow();
  });
});
