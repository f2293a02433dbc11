import { ForbiddenError, RateLimitedError } from '../errors';
import { callService, ServiceCallError, type NodeKeys } from '../node/node-keys';

/** Identity's internal route that answers whether a live delegation covers one delegated request. */
export const DELEGATION_ROUTE = '/internal/delegations/authorise';

export interface DelegationRequest {
  /** The person the agent acts for (the proof's onBehalfOf). */
  person: string;
  /** The agent that signed. */
  agent: string;
  /** The action type, which must be one of the delegation's scopes. */
  action: string;
}

export interface DelegationGrant {
  delegationId: string;
}

/** Answers a delegated request with the delegation that covers it, or throws FORBIDDEN / RATE_LIMITED. */
export interface DelegationChecker {
  authorise(request: DelegationRequest): Promise<DelegationGrant>;
}

/**
 * Asks identity on every delegated request, node-signed, and caches nothing: a revocation, expiry or used-up
 * limit takes effect on the very next request, at the cost of one loopback call per delegated write.
 */
export class ServiceDelegationChecker implements DelegationChecker {
  constructor(
    private readonly keys: NodeKeys | null,
    private readonly identityUrl: string | null,
  ) {}

  async authorise(request: DelegationRequest): Promise<DelegationGrant> {
    if (!this.keys || !this.identityUrl) {
      throw new ForbiddenError(
        `Acting on behalf of someone is not enabled on this service (it has no IDENTITY_URL), so ${request.action} ` +
          'must be signed by the person themselves',
        { missingScope: request.action },
      );
    }
    try {
      return await callService<DelegationGrant>(this.keys, `${this.identityUrl}${DELEGATION_ROUTE}`, request);
    } catch (error) {
      throw translate(error, request.action);
    }
  }
}

/** Keeps identity's message and adds `missingScope`, which a client branches on instead of the text. */
function translate(error: unknown, action: string): unknown {
  if (!(error instanceof ServiceCallError)) return error;
  if (error.extensions.code === 'FORBIDDEN')
    return new ForbiddenError(error.message, { missingScope: action });
  if (error.extensions.code === 'RATE_LIMITED') return new RateLimitedError(error.message);
  return error;
}
