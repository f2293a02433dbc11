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
      holdLimits: {
        perIp: 20,
        perIpWindowMs: 600_000,
        perEmailBuyer: 5,
        perEmailBuyerWindowMs: 3_600_000,
        tierUnpaidShare: 0.5,
      },
    });
    expect(loadEventsConfig({ ...base, NODE_MASTER_KEY: generateNodeMasterKey() }).paymentsUrl).toBeNull();
  });

  it('refuses a bad poll interval', () => {
    expect(() =>
      loadEventsConfig({ ...base, NODE_MASTER_KEY: generateNodeMasterKey(), PAYMENTS_OUTBOX_POLL_MS: '5' }),
    ).toThrow(/PAYMENTS_OUTBOX_POLL_MS/);
  });

  it('reads the seat-hold limits and refuses an unpaid share outside (0, 1]', () => {
    const env = { ...base, NODE_MASTER_KEY: generateNodeMasterKey() };
    const config = loadEventsConfig({
      ...env,
      EVENTS_HOLDS_PER_IP: '3',
      EVENTS_HOLDS_PER_IP_WINDOW_S: '60',
      EVENTS_TIER_UNPAID_SHARE: '1',
    });
    expect(config.holdLimits).toMatchObject({ perIp: 3, perIpWindowMs: 60_000, tierUnpaidShare: 1 });
    expect(() => loadEventsConfig({ ...env, EVENTS_TIER_UNPAID_SHARE: '0' })).toThrow(
      /EVENTS_TIER_UNPAID_SHARE/,
    );
  });
});
