import { FAIR_MANIFEST_TYPE, signPayload, validateFairManifest, type KeyPair } from '@imajin/protocol';
import { callService } from '@imajin/subgraph-common';

import type { CheckoutConfig } from '../src/checkout/checkout.config';

import { startPaymentsHarness, type PaymentsHarness } from './harness';
import { FakeStripe } from './stripe-fake';

export const CHECKOUT_FIELDS = `id provider url status expiresAt createdAt closedAt
  payment { id reference amount currency manifestId status provider settlementId metadata buyer { did }
    completedAt refundedAt signature }`;
export const CREATE_CHECKOUT = `mutation($input: CreateCheckoutInput!, $proof: ProofInput) {
  createCheckout(input: $input, proof: $proof) { ${CHECKOUT_FIELDS} } }`;
export const RECEIPT_FIELDS = `id paymentId amount currency manifestId buyer { did } signer { did } signature
  signedPayload envelope createdAt recipients { identity { did } amount paths }`;
export const PAYMENT = `query($id: ID!) { payment(id: $id) { id status amount settlementId
  manifest { id } settlement { id status }
  checkout { id status } receipt { ${RECEIPT_FIELDS} } refund { id reason requestedBy providerRefundId } } }`;
export const REFUND = `mutation($input: RefundPaymentInput!, $proof: ProofInput!) {
  refundPayment(input: $input, proof: $proof) { id paymentId reason requestedBy providerRefundId signature } }`;

export interface ReceiptResult {
  id: string;
  paymentId: string;
  amount: string;
  signer: { did: string };
  envelope: unknown;
  recipients: Array<{ identity: { did: string }; amount: string; paths: string[][] }>;
}

export interface PaymentResult {
  id: string;
  status: string;
  amount: string;
  settlementId: string | null;
  manifest: { id: string } | null;
  settlement: { id: string; status: string } | null;
  checkout: { id: string; status: string };
  receipt: ReceiptResult | null;
  refund: { id: string; reason: string; requestedBy: string; providerRefundId: string | null } | null;
}

export interface CheckoutHarness extends PaymentsHarness {
  base: string;
  stripe?: FakeStripe;
  /** Creates a manifest signed by `creator` through the manifest service; returns its id. */
  manifest(
    creator: KeyPair,
    contributors: Array<{ did: string; role: string; share: number }>,
    derivesFrom?: Array<{ manifest: string; share: number }>,
  ): Promise<string>;
  internal<T = Record<string, unknown>>(path: string, body: unknown): Promise<T>;
  /** POST to a public route, returning status and JSON. */
  post(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: unknown }>;
  balance(did: string, currency?: string): Promise<string>;
  writes(): Promise<Record<string, number>>;
}

export async function startCheckoutHarness(
  options: { stripe?: boolean; checkout?: Partial<CheckoutConfig> } = {},
): Promise<CheckoutHarness> {
  let stripe: FakeStripe | undefined;
  let checkout: CheckoutConfig = {
    provider: 'local',
    adminDids: [],
    ttlMs: 30 * 60_000,
    sweepIntervalMs: 60_000,
  };
  if (options.stripe) {
    stripe = new FakeStripe();
    const apiBase = await stripe.start();
    checkout = {
      ...checkout,
      provider: 'stripe',
      stripe: { secretKey: stripe.secretKey, webhookSecret: stripe.webhookSecret, apiBase },
    };
  }
  const h = await startPaymentsHarness({ checkout: { ...checkout, ...options.checkout } });
  const base = h.payments.url.replace(/\/graphql$/, '');
  let manifests = 0;
  return {
    ...h,
    base,
    stripe,
    manifest: async (creator, contributors, derivesFrom = []) => {
      const body = validateFairManifest({
        version: '1.0',
        contributors,
        derivesFrom,
        terms: `test manifest ${++manifests}`,
      });
      const { proof } = signPayload(FAIR_MANIFEST_TYPE, body as never, creator, { now: h.clock.now() });
      return (await h.payments.services.manifests.create(body, proof)).id;
    },
    internal: (path, body) => callService(h.payments.nodeKeys, `${base}${path}`, body),
    post: async (path, body, headers = { 'content-type': 'application/json' }) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers,
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        redirect: 'manual',
      });
      const text = await res.text();
      let json: unknown = text;
      try {
        json = JSON.parse(text);
      } catch {
        // HTML or empty bodies stay text.
      }
      return { status: res.status, json };
    },
    balance: async (did, currency = 'usd') =>
      (
        await h.sql<{ balance: string }>(
          `SELECT balance::text AS balance FROM ledger_accounts WHERE did = $1 AND kind = 'USER' AND currency = $2`,
          [did, currency],
        )
      )[0]?.balance ?? '0',
    writes: async () => ({
      payments: await h.count('payments'),
      checkouts: await h.count('checkouts'),
      receipts: await h.count('receipts'),
      refunds: await h.count('refunds'),
      outbox: await h.count('outbox'),
      proofs: await h.count('proof_log'),
      settlements: await h.count('settlements'),
      entries: await h.count('ledger_entries'),
      webhooks: await h.count('processed_webhooks'),
    }),
    stop: async () => {
      await h.stop();
      await stripe?.stop();
    },
  };
}
