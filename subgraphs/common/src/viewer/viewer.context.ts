import { ProofError, verifyViewerAssertion } from '@imajin/protocol';

import { UnauthenticatedError } from '../errors';

export const VIEWER_HEADER = 'x-imajin-viewer';

/** Who is asking, as vouched for by the gateway. `did` is null for anonymous requests. */
export interface Viewer {
  did: string | null;
  requestId: string;
}

/**
 * Subgraphs trust the viewer only through the gateway's signature: a missing, forged or stale header is
 * refused, so calling a subgraph directly cannot impersonate anyone.
 */
// Header freshness is checked against real time, never an injected domain clock: it is transport, not domain.
export function viewerFromHeader(
  header: string | string[] | undefined,
  gatewayPublicKey: Uint8Array,
): Viewer {
  if (typeof header !== 'string' || header.length === 0) {
    throw new UnauthenticatedError('Missing gateway viewer header: send requests through the gateway');
  }
  try {
    return verifyViewerAssertion(header, gatewayPublicKey, { now: new Date() });
  } catch (error) {
    if (error instanceof ProofError) {
      throw new UnauthenticatedError(
        `Rejected gateway viewer header (${error.code}): send requests through the gateway`,
      );
    }
    throw error;
  }
}

export function requireViewer(viewer: Viewer): string {
  if (!viewer.did) throw new UnauthenticatedError();
  return viewer.did;
}
