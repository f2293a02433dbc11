import { randomUUID } from 'node:crypto';

import { generateKeyPair, signViewerAssertion, toBase64Url, type KeyPair } from '@imajin/protocol';

import { VIEWER_HEADER } from '../viewer/viewer.context';

/** Stands in for the gateway's internal key so tests can call a subgraph directly, as the gateway would. */
export class TestGatewayKey {
  readonly keyPair: KeyPair = generateKeyPair();

  /** `audience` is the subgraph under test: headers are signed for it, as the gateway signs per subgraph. */
  constructor(readonly audience: string) {}

  get publicKeyBase64Url(): string {
    return toBase64Url(this.keyPair.publicKey);
  }

  headers(
    viewerDid: string | null = null,
    options: { audience?: string; clientIp?: string | null; now?: Date } = {},
  ): Record<string, string> {
    return {
      'content-type': 'application/json',
      [VIEWER_HEADER]: this.assertion(viewerDid, options),
    };
  }

  /** The bare x-imajin-viewer value (graphql-ws connectionParams, per-operation extensions). */
  assertion(
    viewerDid: string | null = null,
    options: { audience?: string; clientIp?: string | null; now?: Date } = {},
  ): string {
    return signViewerAssertion(
      {
        did: viewerDid,
        requestId: randomUUID(),
        aud: options.audience ?? this.audience,
        clientIp: options.clientIp ?? '127.0.0.1',
      },
      this.keyPair.seed,
      options.now,
    );
  }
}
