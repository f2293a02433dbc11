import { loadPaymentsConfig } from '../src';

const env = {
  DATABASE_URL: 'postgres://x@localhost/db',
  GATEWAY_PUBLIC_KEY: 'A'.repeat(43),
  NODE_MASTER_KEY: 'B'.repeat(43),
};

describe('checkout config', () => {
  it('defaults to the local provider with a 30 minute checkout', () => {
    expect(loadPaymentsConfig(env).checkout).toEqual({
      provider: 'local',
      publicUrl: undefined,
      stripe: undefined,
      adminDids: [],
      ttlMs: 1_800_000,
      sweepIntervalMs: 15_000,
      localInProduction: false,
    });
  });

  it('refuses the local provider in production unless PAYMENTS_ALLOW_LOCAL_CHECKOUT=true', () => {
    const production = { ...env, NODE_ENV: 'production' };
    expect(() => loadPaymentsConfig(production)).toThrow(/CHECKOUT_PROVIDER: local takes no money/);
    expect(() => loadPaymentsConfig({ ...production, CHECKOUT_PROVIDER: 'local' })).toThrow(
      /PAYMENTS_ALLOW_LOCAL_CHECKOUT=true/,
    );
    expect(() => loadPaymentsConfig({ ...production, PAYMENTS_ALLOW_LOCAL_CHECKOUT: 'yes' })).toThrow(
      /PAYMENTS_ALLOW_LOCAL_CHECKOUT/,
    );
    expect(
      loadPaymentsConfig({ ...production, PAYMENTS_ALLOW_LOCAL_CHECKOUT: 'true' }).checkout,
    ).toMatchObject({ provider: 'local', localInProduction: true });
    expect(
      loadPaymentsConfig({
        ...production,
        CHECKOUT_PROVIDER: 'stripe',
        STRIPE_SECRET_KEY: 'sk_live_1',
        STRIPE_WEBHOOK_SECRET: 'whsec_1',
      }).checkout,
    ).toMatchObject({ provider: 'stripe', localInProduction: false });
  });

  it('reads the Stripe settings and refuses stripe without its keys', () => {
    const config = loadPaymentsConfig({
      ...env,
      CHECKOUT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_WEBHOOK_SECRET: 'whsec_1',
      STRIPE_API_BASE: 'http://127.0.0.1:12111',
      PUBLIC_URL: 'https://pay.example.com/',
    }).checkout;
    expect(config).toMatchObject({
      provider: 'stripe',
      publicUrl: 'https://pay.example.com',
      stripe: { secretKey: 'sk_test_1', webhookSecret: 'whsec_1', apiBase: 'http://127.0.0.1:12111' },
    });
    expect(() => loadPaymentsConfig({ ...env, CHECKOUT_PROVIDER: 'stripe' })).toThrow(/STRIPE_SECRET_KEY/);
    expect(() => loadPaymentsConfig({ ...env, PAYMENTS_ADMIN_DIDS: 'not-a-did' })).toThrow(
      /PAYMENTS_ADMIN_DIDS/,
    );
    expect(() => loadPaymentsConfig({ ...env, CHECKOUT_PROVIDER: 'paypal' })).toThrow(/CHECKOUT_PROVIDER/);
  });
});
