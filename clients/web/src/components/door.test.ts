import { doubleScanSentence } from './door';

describe('doubleScanSentence', () => {
  const first = new Date('2026-12-01T22:40:12.000Z');
  const message = (did: string) => `Ticket t_1 was already checked in at ${first.toISOString()} by ${did}`;

  it('says when and that it was you, in local time', () => {
    const sentence = doubleScanSentence(message('did:mjn:zMe'), 'did:mjn:zMe')!;
    expect(sentence).toContain(first.toLocaleTimeString());
    expect(sentence).toMatch(/^Already checked in: .* by you\. Do not let it in again\.$/);
  });

  it('names the other scanner by DID', () => {
    expect(doubleScanSentence(message('did:mjn:zOther'), 'did:mjn:zMe')).toContain('by did:mjn:zOther.');
  });

  it('leaves any other error to the usual message', () => {
    expect(doubleScanSentence('The ticket was revoked', 'did:mjn:zMe')).toBeNull();
    expect(doubleScanSentence('already checked in at yesterday by did:mjn:zX', 'did:mjn:zMe')).toBeNull();
  });
});
