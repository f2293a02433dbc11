import { ProofError, verifyViewerAssertion } from '@imajin/protocol';

import { UnauthenticatedError } from '../errors';

export const VIEWER_HEADER = 'x-imajin-viewer';

/** Who is asking, as vouched for by the gateway. `did` is null for anonymous requests. */
export interface Viewer {
  did: string | null;
  requestId: string;
  /** The client's IP address as the gateway saw it (for per-address limits); null when unknown. */
  clientIp: string | null;
}

/**
 * Subgraphs trust the viewer only through the gateway's signature: a missing, forged or stale header, or
 * one the gateway signed for another subgraph (`audience` is this subgraph's name), is refused, so
 * calling a subgraph directly or replaying a captured header cannot impersonate anyone.
 */
// Header freshness is checked against real time (when the request arrived), never an injected domain clock:
// it is transport, not domain.
export function viewerFromHeader(
  header: string | string[] | undefined,
  gatewayPublicKey: Uint8Array,
  audience: string,
  receivedAt: Date = new Date(),
): Viewer {
  if (typeof header !== 'string' || header.length === 0) {
    throw new UnauthenticatedError('Missing gateway viewer header: send requests through the gateway');
  }
  try {
    const { did, requestId, clientIp } = verifyViewerAssertion(header, gatewayPublicKey, {
      audience,
      now: receivedAt,
    });
    return { did, requestId, clientIp };
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
