import { signPayload, type KeyPair, MjnActions } from '@imajin/protocol';
import type { Logger } from '@imajin/subgraph-common';

/** Registers an event's DID with the identity domain (kind EVENT), signed by the event's own key. */
export interface EventRegistrar {
  register(key: KeyPair, displayName: string): Promise<void>;
}

const REGISTER = `mutation RegisterEventIdentity($input: RegisterInput!, $proof: ProofInput!) {
  register(input: $input, proof: $proof) { did }
}`;

/** Through the gateway, as any client would: identity's `register` is self-certifying. */
export class GatewayEventRegistrar implements EventRegistrar {
  constructor(
    private readonly gatewayUrl: string,
    private readonly logger: Logger,
  ) {}

  async register(key: KeyPair, displayName: string): Promise<void> {
    const input = { did: key.did, kind: 'EVENT', displayName: displayName.slice(0, 80) };
    const { proof } = signPayload(MjnActions.identity.register, input, key);
    const res = await fetch(this.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REGISTER, variables: { input, proof } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    // Registering twice (a retry after a lost answer) is success for us.
    const errors = (body.errors ?? []).filter((e) => e.extensions?.code !== 'CONFLICT');
    if (errors.length > 0 || (!body.data && !body.errors)) {
      this.logger.warn({ errors, did: key.did }, 'event DID registration failed');
      throw new Error(`Registering ${key.did} failed: ${errors[0]?.message ?? res.status}`);
    }
  }
}
