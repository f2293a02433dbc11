import type { AddressInfo } from 'node:net';

import express from 'express';

import { generateKeyPair, signViewerAssertion } from '@imajin/protocol';

import { ConflictError } from '../errors';
import { createLogger } from '../logger';

import {
  callService,
  generateNodeMasterKey,
  internalRoute,
  nodeKeysFromMaster,
  openSecret,
  sealSecret,
  SERVICE_HEADER,
  verifyServiceAssertion,
} from './node-keys';

describe('node keys', () => {
  const keys = nodeKeysFromMaster(generateNodeMasterKey());

  it('derives the same node DID from the same master key, and another from another', () => {
    const master = generateNodeMasterKey();
    expect(nodeKeysFromMaster(master).signing.did).toBe(nodeKeysFromMaster(master).signing.did);
    expect(nodeKeysFromMaster(master).signing.did).not.toBe(keys.signing.did);
    expect(() => nodeKeysFromMaster('c2hvcnQ')).toThrow('32 bytes');
  });

  it('seals a secret that opens only with the same key and the same context', () => {
    const secret = new Uint8Array([1, 2, 3, 4]);
    const sealed = sealSecret(keys, secret, 'did:mjn:event-a');
    expect(sealed).not.toContain('AQIDBA');
    expect(openSecret(keys, sealed, 'did:mjn:event-a')).toEqual(secret);
    expect(() => openSecret(keys, sealed, 'did:mjn:event-b')).toThrow('could not be opened');
    const other = nodeKeysFromMaster(generateNodeMasterKey());
    expect(() => openSecret(other, sealed, 'did:mjn:event-a')).toThrow('could not be opened');
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BA' : 'AA');
    expect(() => openSecret(keys, tampered, 'did:mjn:event-a')).toThrow('could not be opened');
  });

  it('accepts only service assertions signed by this node', () => {
    const route = '/internal/echo';
    expect(() => verifyServiceAssertion(undefined, keys, route)).toThrow(`Missing ${SERVICE_HEADER}`);
    const stranger = generateKeyPair();
    const forged = signViewerAssertion({ did: stranger.did, requestId: 'r', aud: route }, stranger.seed);
    expect(() => verifyServiceAssertion(forged, keys, route)).toThrow('(BAD_SIGNATURE)');
    const good = signViewerAssertion(
      { did: keys.signing.did, requestId: 'r', aud: route },
      keys.signing.seed,
    );
    expect(() => verifyServiceAssertion(good, keys, route)).not.toThrow();
    expect(() => verifyServiceAssertion(good, keys, '/internal/other')).toThrow('(BAD_SIGNER)');
  });

  it('serves internal routes to this node only, passing error codes back to the caller', async () => {
    const app = express();
    const seen: unknown[] = [];
    internalRoute(app, '/internal/echo', keys, createLogger('test', 'silent'), async (body) => {
      seen.push(body);
      if ((body as { fail?: boolean }).fail) throw new ConflictError('already done');
      return { echoed: body };
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/echo`;
    try {
      await expect(callService(keys, url, { a: 1 })).resolves.toEqual({ echoed: { a: 1 } });
      await expect(callService(keys, url, { fail: true })).rejects.toMatchObject({
        message: 'already done',
        extensions: { code: 'CONFLICT' },
      });
      const other = nodeKeysFromMaster(generateNodeMasterKey());
      await expect(callService(other, url, { a: 2 })).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(seen).toEqual([{ a: 1 }, { fail: true }]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
