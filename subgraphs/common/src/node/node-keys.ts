import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

import express, {
  type Express,
  type Request as ExpressRequest,
  type Response as ExpressResponse,
} from 'express';
import { GraphQLError } from 'graphql';

import {
  fromBase64Url,
  keyPairFromSeed,
  ProofError,
  signViewerAssertion,
  toBase64Url,
  verifyViewerAssertion,
  type KeyPair,
} from '@imajin/protocol';

import { ErrorCodes, InternalServerError, UnauthenticatedError } from '../errors';
import type { Logger } from '../logger';

/** Header carrying a node-signed assertion on subgraph-to-subgraph calls (internal routes). */
export const SERVICE_HEADER = 'x-imajin-service';

/**
 * Keys one node derives from its master key (NODE_MASTER_KEY). Every subgraph of a node shares the
 * master key, so the node has one DID (receipts are signed by it), one at-rest encryption key (event DIDs'
 * private keys), and internal calls between its subgraphs are authenticated by the node's signature.
 */
export interface NodeKeys {
  /** The node's own Ed25519 key pair and did:mjn. */
  signing: KeyPair;
  /** AES-256-GCM key for secrets at rest. */
  sealKey: Uint8Array;
}

function derive(master: Uint8Array, info: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', master, 'imajin-node-v1', info, 32));
}

export function nodeKeysFromMaster(master: Uint8Array | string): NodeKeys {
  const bytes = typeof master === 'string' ? fromBase64Url(master) : master;
  if (bytes.length !== 32) throw new Error('NODE_MASTER_KEY must be 32 bytes (base64url)');
  return {
    signing: keyPairFromSeed(derive(bytes, 'mjn.node.signing')),
    sealKey: derive(bytes, 'mjn.node.seal'),
  };
}

/** A fresh random master key, base64url (the launcher writes one to .data on first start). */
export function generateNodeMasterKey(): string {
  return toBase64Url(randomBytes(32));
}

const SEAL_VERSION = 'v1';

/**
 * Encrypts `plaintext` for storage. `context` (e.g. the event DID) is bound as associated data, so a
 * sealed value copied onto another row does not open.
 */
export function sealSecret(keys: NodeKeys, plaintext: Uint8Array, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.sealKey, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return `${SEAL_VERSION}.${toBase64Url(Buffer.concat([iv, cipher.getAuthTag(), body]))}`;
}

export function openSecret(keys: NodeKeys, sealed: string, context: string): Uint8Array {
  const [version, data] = sealed.split('.');
  if (version !== SEAL_VERSION || !data)
    throw new InternalServerError('A sealed secret has an unknown format');
  const bytes = Buffer.from(fromBase64Url(data));
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.sealKey, bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]));
  } catch {
    // Wrong master key or tampered row: never say more than that.
    throw new InternalServerError('A sealed secret could not be opened with this node key');
  }
}

/**
 * The header value for one internal call from this node's subgraph to another; `route` (the path
 * called) is its audience, so a captured header cannot be replayed to another internal route.
 */
export function serviceAssertion(keys: NodeKeys, requestId: string, route: string): string {
  return signViewerAssertion({ did: keys.signing.did, requestId, aud: route }, keys.signing.seed);
}

/** Refuses an internal call unless it carries a fresh assertion signed by this node's key for `route`. */
export function verifyServiceAssertion(
  header: string | string[] | undefined,
  keys: NodeKeys,
  route: string,
): void {
  if (typeof header !== 'string' || header.length === 0) {
    throw new UnauthenticatedError(`Missing ${SERVICE_HEADER}: internal routes are for this node's services`);
  }
  try {
    const assertion = verifyViewerAssertion(header, keys.signing.publicKey, {
      audience: route,
      now: new Date(),
    });
    if (assertion.did !== keys.signing.did) throw new ProofError('BAD_SIGNER', 'not this node');
  } catch (error) {
    if (error instanceof ProofError) {
      throw new UnauthenticatedError(
        `Rejected ${SERVICE_HEADER} (${error.code}): only this node's fresh assertion for this route is accepted`,
      );
    }
    throw error;
  }
}

/** The internal route a URL calls, without any prefix a proxy in between may strip (`/internal/...`). */
function routeOf(url: string): string {
  const { pathname } = new URL(url);
  const at = pathname.indexOf('/internal/');
  return at >= 0 ? pathname.slice(at) : pathname;
}

export interface ServiceCallOptions {
  requestId?: string;
  timeoutMs?: number;
}

/**
 * POSTs JSON to another subgraph's internal route, signed as this node. Non-2xx answers become the
 * GraphQL error the callee sent ({ error: { message, code } }), so callers can pass it on.
 */
export async function callService<T>(
  keys: NodeKeys,
  url: string,
  body: unknown,
  options: ServiceCallOptions = {},
): Promise<T> {
  const requestId = options.requestId ?? toBase64Url(randomBytes(8));
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SERVICE_HEADER]: serviceAssertion(keys, requestId, routeOf(url)),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch {
    throw new InternalServerError(`An internal service (${new URL(url).pathname}) is unreachable; try again`);
  }
  const json = (await response.json().catch(() => undefined)) as
    (T & { error?: { message?: string; code?: string } }) | undefined;
  if (!response.ok) {
    throw new ServiceCallError(
      json?.error?.message ?? `Internal call to ${new URL(url).pathname} failed (${response.status})`,
      json?.error?.code ?? 'INTERNAL_SERVER_ERROR',
      response.status,
    );
  }
  return json as T;
}

/** A failed internal call, keeping the callee's error code so it reaches the client unchanged. */
export class ServiceCallError extends GraphQLError {
  constructor(
    message: string,
    code: string,
    readonly status: number,
  ) {
    const known = (ErrorCodes as readonly string[]).includes(code);
    super(known ? message : 'An internal service failed; try again', {
      extensions: { code: known ? code : 'INTERNAL_SERVER_ERROR' },
    });
  }
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_SIGNATURE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * Mounts POST `path` for this node's other subgraphs only: checks the service assertion, hands the JSON
 * body to `handler`, answers its result as JSON, and our GraphQL errors as { error: { message, code } }.
 */
export function internalRoute(
  app: Express,
  path: string,
  keys: NodeKeys,
  logger: Logger,
  handler: (body: unknown) => Promise<unknown>,
): void {
  app.post(path, express.json({ limit: '256kb' }), (req: ExpressRequest, res: ExpressResponse) => {
    const run = async () => {
      verifyServiceAssertion(req.headers[SERVICE_HEADER], keys, path);
      return handler(req.body);
    };
    run().then(
      (result) => res.json(result ?? {}),
      (error: unknown) => {
        const code = error instanceof GraphQLError ? String(error.extensions.code ?? '') : '';
        if (code && code !== 'INTERNAL_SERVER_ERROR' && STATUS[code]) {
          res.status(STATUS[code]).json({ error: { message: (error as Error).message, code } });
          return;
        }
        logger.error({ err: error, path }, 'internal route failed');
        res.status(500).json({ error: { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' } });
      },
    );
  });
}
