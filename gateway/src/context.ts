import type { IncomingMessage } from 'node:http';

/** Per-request context shared by the Apollo plugins and the subgraph data sources. */
export interface GatewayContext {
  /** The verified viewer, or null when the request carries no Authorization header. */
  viewerDid: string | null;
  requestId: string;
  /** The client's address (see {@link clientIpOf}); subgraphs use it for per-address limits. */
  clientIp: string | null;
}

export const VIEWER_HEADER = 'x-imajin-viewer';
export const REQUEST_ID_HEADER = 'x-request-id';

/** Signs the viewer assertion for one subgraph (the audience), with the gateway key prepared once. */
export type ViewerSigner = (viewer: {
  did: string | null;
  requestId: string;
  aud: string;
  clientIp: string | null;
}) => string;

function normalise(address: string | undefined): string | null {
  const trimmed = address?.trim();
  if (!trimmed) return null;
  // Dual-stack sockets report IPv4 peers as ::ffff:a.b.c.d; one client should have one spelling.
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: the socket's peer, or, behind `trustedProxies` proxies (TRUST_PROXY), the entry
 * of X-Forwarded-For that the outermost trusted proxy saw. Counting from the right means a client cannot
 * choose its address by sending its own X-Forwarded-For: entries left of the trusted hops are ignored.
 */
export function clientIpOf(request: IncomingMessage, trustedProxies: number): string | null {
  const peer = normalise(request.socket?.remoteAddress);
  if (trustedProxies <= 0) return peer;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const chain = [...forwarded, peer ?? ''];
  // chain[last] is the nearest proxy; each trusted proxy appended the address it saw.
  const index = chain.length - 1 - trustedProxies;
  return normalise(chain[Math.max(index, 0)]);
}
