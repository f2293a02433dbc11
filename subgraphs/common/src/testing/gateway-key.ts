import { randomUUID } from 'node:crypto';

import { generateKeyPair, signViewerAssertion, toBase64Url, type KeyPair } from '@imajin/protocol';

import { VIEWER_HEADER } from '../viewer/viewer.context';

/** Stands in for the gateway's internal key so tests can call a subgraph directly, as the gateway would. */
export class TestGatewayKey {
  readonly keyPair: KeyPair = generateKeyPair();

  get publicKeyBase64Url(): string {
    return toBase64Url(this.keyPair.publicKey);
  }

  headers(viewerDid: string | null = null): Record<string, string> {
    return {
      'content-type': 'application/json',
      [VIEWER_HEADER]: signViewerAssertion({ did: viewerDid, requestId: randomUUID() }, this.keyPair.seed),
    };
  }
}
