import { InternalServerError, type Logger } from '@imajin/subgraph-common';

/** Whether `subject` is within `maxHops` vouch hops of `querier` (the trust domain answers). */
export interface TrustOracle {
  isTrusted(querier: string, subject: string, maxHops: number): Promise<boolean>;
}

const QUERY =
  'query IsTrusted($q: String!, $s: String!, $h: Int!) { isTrusted(querier: $q, subject: $s, maxHops: $h) }';

/** Asks trust through the gateway (never its tables). */
export class GatewayTrustOracle implements TrustOracle {
  constructor(
    private readonly gatewayUrl: string,
    private readonly logger: Logger,
  ) {}

  async isTrusted(querier: string, subject: string, maxHops: number): Promise<boolean> {
    let body: { data?: { isTrusted: boolean }; errors?: unknown[] };
    try {
      const res = await fetch(this.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { q: querier, s: subject, h: maxHops } }),
        signal: AbortSignal.timeout(10_000),
      });
      body = (await res.json()) as typeof body;
    } catch (error) {
      this.logger.error({ err: error }, 'trust unreachable');
      throw new InternalServerError('The trust graph is unreachable; try again shortly');
    }
    if (!body.data) {
      this.logger.error({ errors: body.errors }, 'isTrusted failed');
      throw new InternalServerError('The trust graph could not answer; try again shortly');
    }
    return body.data.isTrusted;
  }
}

/** For tests: a fixed set of [querier, subject] pairs that are trusted. */
export class StaticTrustOracle implements TrustOracle {
  readonly trusted = new Set<string>();

  trust(querier: string, subject: string): void {
    this.trusted.add(`${querier} ${subject}`);
  }

  async isTrusted(querier: string, subject: string): Promise<boolean> {
    return this.trusted.has(`${querier} ${subject}`);
  }
}
