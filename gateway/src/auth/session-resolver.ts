import { REQUEST_ID_HEADER, VIEWER_HEADER, type ViewerSigner } from '../context';
import { InternalServerError, UnauthenticatedError } from '../errors';
import type { Logger } from '../logger';

import type { SessionCache } from './session-cache';

/** Longest bearer token accepted; identity's tokens are 47 characters. */
export const MAX_TOKEN_LENGTH = 200;
// RFC 6750's b64token: what a bearer token may be made of.
const TOKEN_PATTERN = /^[A-Za-z0-9\-._~+/]+=*$/;

export interface SessionResolverOptions {
  /** The identity subgraph's base URL (no /graphql), read per call because the supergraph can change. */
  identityBaseUrl: () => string | undefined;
  signViewer: ViewerSigner;
  logger: Logger;
  timeoutMs?: number;
  /** Resolved tokens believed for a few seconds (SESSION_CACHE_MS); none when absent. */
  cache?: SessionCache;
  /** The clock for expiry checks (tests move it). */
  now?: () => number;
}

/**
 * Turns an `Authorization` header into the viewer's DID by asking identity, at most once per token per
 * cache period: a resolved token is believed for `cache`'s TTL (never past its expiry), and concurrent
 * requests with the same uncached token share one lookup. Session-ending mutations clear the cache (see
 * `session-revocation.plugin.ts`), which bounds how long a signed-out token still works.
 */
export function createSessionResolver(options: SessionResolverOptions) {
  const { signViewer, logger, timeoutMs = 5000, cache, now = Date.now } = options;
  const inFlight = new Map<string, Promise<string>>();

  return async function resolveViewer(
    authorization: string | undefined,
    requestId: string,
  ): Promise<string | null> {
    if (authorization === undefined || authorization.trim() === '') return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <session token>"');
    const token = match[1];
    // Refused here, without asking identity: a token that cannot exist is the client's mistake.
    if (token.length > MAX_TOKEN_LENGTH || !TOKEN_PATTERN.test(token)) {
      throw new UnauthenticatedError(
        `The session token is malformed (a bearer token is at most ${MAX_TOKEN_LENGTH} characters of ` +
          'A-Z a-z 0-9 - . _ ~ + /); sign in again to get a new one',
      );
    }

    const cached = cache?.get(token);
    if (cached) return cached.did;
    const pending = inFlight.get(token);
    if (pending) return pending;
    const lookup = lookUp(token, requestId).finally(() => inFlight.delete(token));
    inFlight.set(token, lookup);
    return lookup;
  };

  async function lookUp(token: string, requestId: string): Promise<string> {
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

    // 400 is identity refusing the token's shape: still the client's token, not an outage.
    if (response.status === 401 || response.status === 400) throw new UnauthenticatedError();
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
    const expiresAtMs = typeof body.expiresAt === 'string' ? Date.parse(body.expiresAt) : Number.NaN;
    if (expiresAtMs <= now()) throw new UnauthenticatedError();
    cache?.set(token, {
      did: body.did,
      expiresAtMs: Number.isNaN(expiresAtMs) ? Number.POSITIVE_INFINITY : expiresAtMs,
    });
    return body.did;
  }
}

export type ResolveViewer = ReturnType<typeof createSessionResolver>;
