import { z } from 'zod';

import { isValidMjnDid } from '@imajin/protocol';

/** Environment for checkout, webhooks and refunds; merged into paymentsEnv by config.ts. */
export const checkoutEnvShape = {
  /** Where buyers pay: `local` (this subgraph's own page; development) or `stripe` (Stripe Checkout). */
  CHECKOUT_PROVIDER: z.enum(['local', 'stripe']).default('local'),
  /** With NODE_ENV=production the local provider (no real money) refuses to start unless this is `true`. */
  PAYMENTS_ALLOW_LOCAL_CHECKOUT: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** This subgraph's public base URL for checkout links; defaults to the address it listens on. */
  PUBLIC_URL: z.string().url().optional(),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Stripe API base URL (tests point the real SDK at a local fake); default https://api.stripe.com. */
  STRIPE_API_BASE: z.string().url().optional(),
  /** DIDs that may refund any payment (besides each manifest's creator). */
  PAYMENTS_ADMIN_DIDS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((d) => d.trim())
        .filter((d) => d.length > 0),
    )
    .refine((dids) => dids.every(isValidMjnDid), {
      message: 'PAYMENTS_ADMIN_DIDS must be a comma-separated list of did:mjn DIDs',
    }),
  CHECKOUT_TTL_MS: z.coerce
    .number()
    .int()
    .min(60_000)
    .max(86_400_000)
    .default(30 * 60_000),
  CHECKOUT_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(15_000),
};

type CheckoutEnv = z.infer<z.ZodObject<typeof checkoutEnvShape>>;

export interface CheckoutConfig {
  provider: 'local' | 'stripe';
  publicUrl?: string;
  stripe?: { secretKey: string; webhookSecret: string; apiBase?: string };
  adminDids: string[];
  ttlMs: number;
  sweepIntervalMs: number;
  /** The local provider runs on a production node (explicitly allowed): logged loudly at start. */
  localInProduction?: boolean;
}

export const defaultCheckoutConfig: CheckoutConfig = {
  provider: 'local',
  adminDids: [],
  ttlMs: 30 * 60_000,
  sweepIntervalMs: 15_000,
};

export function checkoutConfigFrom(env: CheckoutEnv & { NODE_ENV: string }): CheckoutConfig {
  if (env.CHECKOUT_PROVIDER === 'stripe' && (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET)) {
    throw new Error(
      'Invalid configuration:\n  CHECKOUT_PROVIDER: stripe needs STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET',
    );
  }
  const production = env.NODE_ENV === 'production';
  // The local page marks a checkout paid without any money moving: a development tool, not a provider.
  if (production && env.CHECKOUT_PROVIDER === 'local' && !env.PAYMENTS_ALLOW_LOCAL_CHECKOUT) {
    throw new Error(
      'Invalid configuration:\n  CHECKOUT_PROVIDER: local takes no money (its Pay button just marks a checkout ' +
        'paid) and is refused with NODE_ENV=production; set CHECKOUT_PROVIDER=stripe with STRIPE_SECRET_KEY and ' +
        'STRIPE_WEBHOOK_SECRET, or PAYMENTS_ALLOW_LOCAL_CHECKOUT=true for a demo node',
    );
  }
  return {
    provider: env.CHECKOUT_PROVIDER,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
    stripe: env.STRIPE_SECRET_KEY
      ? {
          secretKey: env.STRIPE_SECRET_KEY,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? '',
          apiBase: env.STRIPE_API_BASE,
        }
      : undefined,
    adminDids: env.PAYMENTS_ADMIN_DIDS,
    ttlMs: env.CHECKOUT_TTL_MS,
    sweepIntervalMs: env.CHECKOUT_SWEEP_INTERVAL_MS,
    localInProduction: production && env.CHECKOUT_PROVIDER === 'local',
  };
}
