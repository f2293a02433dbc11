import { evaluateConsent, type ConsentDeclaration, type ConsentRequest } from '@imajin/protocol';

import type { Logger } from '../logger';

import { queryGateway } from './gateway-query';
import type { TrustGraph } from './trust-graph';

/** A live declaration as identity publishes it (SPEC.md §12). */
export interface LiveConsent extends ConsentDeclaration {
  id: string;
}

/** What other domains ask of identity about consent. */
export interface ConsentDirectory {
  /** The grantor's live declarations that list `purpose` (at most identity's per-DID limit of 100). */
  liveConsents(grantor: string, purpose: string): Promise<LiveConsent[]>;
}

const QUERY = `query LiveConsents($g: String!, $p: String!) {
  identity(did: $g) { consents(purpose: $p, first: 100) { edges { node {
    id grantorDid granteeDid maxTrustHops purposes maxFee currency expiresAt retentionDays noTraining
  } } } }
}`;

interface ConsentNode {
  id: string;
  grantorDid: string;
  granteeDid: string | null;
  maxTrustHops: number | null;
  purposes: string[];
  maxFee: number | null;
  currency: string | null;
  expiresAt: string | null;
  retentionDays: number | null;
  noTraining: boolean;
}

/** Asks identity through the gateway (consents are public); fails closed with a retryable error. */
export class GatewayConsentDirectory implements ConsentDirectory {
  constructor(
    private readonly gatewayUrl: string,
    private readonly logger: Logger,
  ) {}

  async liveConsents(grantor: string, purpose: string): Promise<LiveConsent[]> {
    const data = await queryGateway<{
      identity: { consents: { edges: Array<{ node: ConsentNode }> } | null } | null;
    }>(this.gatewayUrl, QUERY, { g: grantor, p: purpose }, this.logger, 'identity directory');
    return (data.identity?.consents?.edges ?? []).map(({ node }) => ({
      id: node.id,
      grantor: node.grantorDid,
      grantee: node.granteeDid,
      maxTrustHops: node.maxTrustHops,
      purposes: node.purposes,
      maxFee: node.maxFee,
      currency: node.currency,
      expiresAt: node.expiresAt,
      retentionDays: node.retentionDays,
      noTraining: node.noTraining,
    }));
  }
}

/** For tests of services that depend on consent: declarations held in memory. */
export class StaticConsentDirectory implements ConsentDirectory {
  readonly consents: LiveConsent[] = [];

  async liveConsents(grantor: string, purpose: string): Promise<LiveConsent[]> {
    return this.consents.filter((c) => c.grantor === grantor && c.purposes.includes(purpose));
  }
}

/**
 * The first live declaration of `grantor` that permits `request`, or null. Grantee and anyone
 * declarations are checked without the trust graph; trust-bounded ones ask it once per distinct bound,
 * smallest first, skipping bounds up to `knownBeyond` (hops the caller already knows are not enough).
 */
export async function findCoveringConsent(
  deps: { consents: ConsentDirectory; trust: TrustGraph },
  grantor: string,
  request: ConsentRequest,
  now: Date,
  knownBeyond = 0,
): Promise<LiveConsent | null> {
  const live = await deps.consents.liveConsents(grantor, request.purpose);
  const direct = live.find((c) => evaluateConsent(c, request, { now, revoked: false }).permits);
  if (direct) return direct;
  const bounded = live
    .filter((c) => c.grantee == null && c.maxTrustHops != null && c.maxTrustHops > knownBeyond)
    .filter(
      (c) => evaluateConsent(c, request, { now, revoked: false, trustDistance: c.maxTrustHops }).permits,
    )
    .sort((a, b) => (a.maxTrustHops ?? 0) - (b.maxTrustHops ?? 0));
  for (const bound of [...new Set(bounded.map((c) => c.maxTrustHops as number))]) {
    if (await deps.trust.isTrusted(grantor, request.requester, bound))
      return bounded.find((c) => c.maxTrustHops === bound) ?? null;
  }
  return null;
}
