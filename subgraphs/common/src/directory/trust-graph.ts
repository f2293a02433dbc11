import type { Logger } from '../logger';

import { queryGateway } from './gateway-query';

/** What other domains ask of trust: does `querier` reach `subject` within `maxHops` active vouches? */
export interface TrustGraph {
  isTrusted(querier: string, subject: string, maxHops: number): Promise<boolean>;
}

const QUERY =
  'query IsTrusted($q: String!, $s: String!, $h: Int!) { isTrusted(querier: $q, subject: $s, maxHops: $h) }';

/** Asks the trust subgraph through the gateway; fails closed (an error, never a guess). */
export class GatewayTrustGraph implements TrustGraph {
  constructor(
    private readonly gatewayUrl: string,
    private readonly logger: Logger,
  ) {}

  async isTrusted(querier: string, subject: string, maxHops: number): Promise<boolean> {
    const data = await queryGateway<{ isTrusted: unknown }>(
      this.gatewayUrl,
      QUERY,
      { q: querier, s: subject, h: maxHops },
      this.logger,
      'trust graph',
    );
    if (typeof data.isTrusted !== 'boolean') {
      this.logger.error({ data }, 'isTrusted answered without a boolean');
      return false;
    }
    return data.isTrusted;
  }
}

/** For tests of services that depend on trust: a fixed set of trusted [querier, subject] pairs. */
export class StaticTrustGraph implements TrustGraph {
  private readonly trusted = new Set<string>();

  trust(querier: string, subject: string): void {
    this.trusted.add(`${querier} ${subject}`);
  }

  distrust(querier: string, subject: string): void {
    this.trusted.delete(`${querier} ${subject}`);
  }

  async isTrusted(querier: string, subject: string): Promise<boolean> {
    return this.trusted.has(`${querier} ${subject}`);
  }
}
