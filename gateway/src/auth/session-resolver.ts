import { REQUEST_ID_HEADER, VIEWER_HEADER, type ViewerSigner } from '../context';
import { InternalServerError, UnauthenticatedError } from '../errors';
import type { Logger } from '../logger';

export interface SessionResolverOptions {
  /** The identity subgraph's base URL (no /graphql), read per call because the supergraph can change. */
  identityBaseUrl: () => string | undefined;
  signViewer: ViewerSigner;
  logger: Logger;
  timeoutMs?: number;
}

/**
 * Turns an `Authorization` header into the viewer's DID by asking identity. There is deliberately no
 * cache of resolved tokens: signOut must take effect at once on every gateway instance, and a cache
 * would keep a revoked token alive until its entry expired. Add one only with revocation fan-out.
 */
export function createSessionResolver(options: SessionResolverOptions) {
  const { signViewer, logger, timeoutMs = 5000 } = options;

  return async function resolveViewer(
    authorization: string | undefined,
    requestId: string,
  ): Promise<string | null> {
    if (authorization === undefined || authorization.trim() === '') return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <session token>"');
    const token = match[1];

    const base = options.identityBaseUrl();
    if (!base) {
      logger.error({ requestId }, 'no identity subgraph in the supergraph; cannot resolve session tokens');
      throw new InternalServerError('Sessions cannot be checked right now; try again later');
    }

    let response: Response;
    try {
      response = await fetch(`${base}/internal/sessions/resolve`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // did: null tells identity the caller is the gateway itself, not a viewer.
          [VIEWER_HEADER]: signViewer({ did: null, requestId, aud: 'identity', clientIp: null }),
          [REQUEST_ID_HEADER]: requestId,
        },
        body: JSON.stringify({ token }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      logger.error({ err: error, requestId }, 'session resolve request failed');
      throw new InternalServerError('Sessions cannot be checked right now; try again later');
    }

    if (response.status === 401) throw new UnauthenticatedError();
    if (!response.ok) {
      logger.error(
        { requestId, status: response.status },
        'session resolve answered with an unexpected status',
      );
      throw new InternalServerError('Sessions cannot be checked right now; try again later');
    }
    const body = (await response.json().catch(() => undefined)) as
      { did?: unknown; expiresAt?: unknown } | undefined;
    if (typeof body?.did !== 'string') {
      logger.error({ requestId }, 'session resolve answered without a did');
      throw new InternalServerError('Sessions cannot be checked right now; try again later');
    }
    // Identity should never hand back an expired session, but the gateway holds the line too.
    if (typeof body.expiresAt === 'string' && Date.parse(body.expiresAt) <= Date.now()) {
      throw new UnauthenticatedError();
    }
    return body.did;
  };
}

export type ResolveViewer = ReturnType<typeof createSessionResolver>;
