import { InternalServerError, type Logger } from '@imajin/subgraph-common';

/** Who claimed a did:email (identity's `claimedBy`), so its tickets can follow it to the keyed DID. */
export interface SoftClaims {
  claimedBy(emailDid: string): Promise<string | null>;
}

const QUERY = 'query SoftClaim($did: String!) { identity(did: $did) { claimedBy { did } } }';

/** Asks identity through the gateway (never its tables). */
export class GatewaySoftClaims implements SoftClaims {
  constructor(
    private readonly gatewayUrl: string,
    private readonly logger: Logger,
  ) {}

  async claimedBy(emailDid: string): Promise<string | null> {
    let body: { data?: { identity: { claimedBy: { did: string } | null } | null }; errors?: unknown[] };
    try {
      const res = await fetch(this.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { did: emailDid } }),
        signal: AbortSignal.timeout(10_000),
      });
      body = (await res.json()) as typeof body;
    } catch (error) {
      this.logger.error({ err: error }, 'identity unreachable');
      throw new InternalServerError('The identity directory is unreachable; try again shortly');
    }
    if (!body.data) {
      this.logger.error({ errors: body.errors }, 'claimedBy lookup failed');
      throw new InternalServerError('The identity directory could not answer; try again shortly');
    }
    return body.data.identity?.claimedBy?.did ?? null;
  }
}

/** For tests: claims set by hand. */
export class StaticSoftClaims implements SoftClaims {
  readonly claims = new Map<string, string>();

  async claimedBy(emailDid: string): Promise<string | null> {
    return this.claims.get(emailDid) ?? null;
  }
}
