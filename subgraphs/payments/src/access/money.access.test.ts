import type { Viewer } from '@imajin/subgraph-common';

import { MoneyAccess, type PaymentAudience } from './money.access';

const as = (did: string | null): Viewer => ({ did, requestId: 'r', clientIp: null });
const codeOf = async (run: () => unknown): Promise<string> => {
  try {
    await run();
    return 'OK';
  } catch (error) {
    return String((error as { extensions?: { code?: string } }).extensions?.code);
  }
};

describe('MoneyAccess', () => {
  const access = new MoneyAccess(['did:mjn:admin']);
  const audience: PaymentAudience = {
    payerDid: 'did:email:payer_at_example.com',
    manifestCreator: async () => 'did:mjn:creator',
    recipients: async () => ['did:mjn:author', 'did:mjn:editor'],
  };

  it('lets an identity and payments admins read its balances, nobody else', async () => {
    expect(await codeOf(() => access.requireOwner(as('did:mjn:a'), 'did:mjn:a', 'balances'))).toBe('OK');
    expect(await codeOf(() => access.requireOwner(as('did:mjn:admin'), 'did:mjn:a', 'balances'))).toBe('OK');
    expect(await codeOf(() => access.requireOwner(as('did:mjn:b'), 'did:mjn:a', 'balances'))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(() => access.requireOwner(as(null), 'did:mjn:a', 'balances'))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets the payer, the manifest creator, recipients and admins read a payment', async () => {
    for (const did of [audience.payerDid, 'did:mjn:creator', 'did:mjn:editor', 'did:mjn:admin'])
      expect([did, await codeOf(() => access.requireParty(as(did), audience, 'payment p'))]).toEqual([
        did,
        'OK',
      ]);
    expect(await codeOf(() => access.requireParty(as('did:mjn:stranger'), audience, 'payment p'))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(() => access.requireParty(as(null), audience, 'payment p'))).toBe('UNAUTHENTICATED');
  });
});
