import { loadPaymentsConfig } from '../src';

const env = {
  DATABASE_URL: 'postgres://x@localhost/db',
  GATEWAY_PUBLIC_KEY: 'A'.repeat(43),
  NODE_MASTER_KEY: 'B'.repeat(43),
};

describe('payments config (settlement)', () => {
  it('defaults to port 4003 and the ledger backend', () => {
    expect(loadPaymentsConfig(env)).toMatchObject({ port: 4003, settlementBackend: 'ledger' });
  });

  it('requires NODE_MASTER_KEY', () => {
    expect(() => loadPaymentsConfig({ ...env, NODE_MASTER_KEY: undefined })).toThrow(/NODE_MASTER_KEY/);
  });

  it('refuses the planned solana backend and stripe without a secret key', () => {
    expect(() => loadPaymentsConfig({ ...env, SETTLEMENT_BACKEND: 'solana' })).toThrow(
      /planned but not implemented/,
    );
    expect(() => loadPaymentsConfig({ ...env, SETTLEMENT_BACKEND: 'stripe' })).toThrow(/STRIPE_SECRET_KEY/);
    expect(
      loadPaymentsConfig({ ...env, SETTLEMENT_BACKEND: 'stripe', STRIPE_SECRET_KEY: 'sk_test_1' })
        .settlementBackend,
    ).toBe('stripe');
  });
});
