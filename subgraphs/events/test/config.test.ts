import { generateNodeMasterKey } from '@imajin/subgraph-common';

import { loadEventsConfig } from '../src';

const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
  GATEWAY_PUBLIC_KEY: 'A'.repeat(43),
};

describe('loadEventsConfig', () => {
  it('requires NODE_MASTER_KEY (event keys are sealed with it)', () => {
    expect(() => loadEventsConfig(base)).toThrow(/NODE_MASTER_KEY is required/);
  });

  it('reads defaults and PAYMENTS_URL without a trailing slash', () => {
    const config = loadEventsConfig({
      ...base,
      NODE_MASTER_KEY: generateNodeMasterKey(),
      PAYMENTS_URL: 'http://127.0.0.1:4003/',
    });
    expect(config).toMatchObject({
      port: 4004,
      paymentsUrl: 'http://127.0.0.1:4003',
      outboxPollMs: 500,
      holdTtlMs: 900_000,
      waitlistHoldMs: 600_000,
      emailBuyerLimit: 2,
    });
    expect(loadEventsConfig({ ...base, NODE_MASTER_KEY: generateNodeMasterKey() }).paymentsUrl).toBeNull();
  });

  it('refuses a bad poll interval', () => {
    expect(() =>
      loadEventsConfig({ ...base, NODE_MASTER_KEY: generateNodeMasterKey(), PAYMENTS_OUTBOX_POLL_MS: '5' }),
    ).toThrow(/PAYMENTS_OUTBOX_POLL_MS/);
  });
});
