import type { AddressInfo } from 'node:net';

import express from 'express';

import { ForbiddenError, RateLimitedError } from '../errors';
import { createLogger } from '../logger';
import { generateNodeMasterKey, internalRoute, nodeKeysFromMaster } from '../node/node-keys';

import { DELEGATION_ROUTE, ServiceDelegationChecker } from './delegation-checker';

describe('ServiceDelegationChecker', () => {
  const keys = nodeKeysFromMaster(generateNodeMasterKey());
  const request = { person: 'did:mjn:person', agent: 'did:mjn:agent', action: 'mjn.chat.message' };

  it('refuses every delegated request when identity is not configured, naming the action', async () => {
    await expect(new ServiceDelegationChecker(keys, null).authorise(request)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN', missingScope: 'mjn.chat.message' },
    });
    await expect(
      new ServiceDelegationChecker(null, 'http://127.0.0.1:9').authorise(request),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it("passes identity's answer through: the grant, FORBIDDEN with missingScope, RATE_LIMITED", async () => {
    const app = express();
    const asked: unknown[] = [];
    internalRoute(app, DELEGATION_ROUTE, keys, createLogger('test', 'silent'), async (body) => {
      asked.push(body);
      const { action } = body as { action: string };
      if (action === 'mjn.trust.vouch') throw new ForbiddenError('does not cover mjn.trust.vouch');
      if (action === 'mjn.trust.revokeVouch') throw new RateLimitedError('used its 1 uses');
      return { delegationId: 'dlg' };
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const checker = new ServiceDelegationChecker(
      keys,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    );
    try {
      await expect(checker.authorise(request)).resolves.toEqual({ delegationId: 'dlg' });
      await expect(checker.authorise({ ...request, action: 'mjn.trust.vouch' })).rejects.toMatchObject({
        message: 'does not cover mjn.trust.vouch',
        extensions: { code: 'FORBIDDEN', missingScope: 'mjn.trust.vouch' },
      });
      await expect(checker.authorise({ ...request, action: 'mjn.trust.revokeVouch' })).rejects.toMatchObject({
        extensions: { code: 'RATE_LIMITED' },
      });
      expect(asked).toHaveLength(3);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
