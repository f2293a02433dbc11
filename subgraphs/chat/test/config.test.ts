import { loadChatConfig } from '../src/config';

const base = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
  GATEWAY_PUBLIC_KEY: 'A'.repeat(43),
};

describe('loadChatConfig', () => {
  it('applies defaults', () => {
    expect(loadChatConfig(base)).toMatchObject({
      port: 4005,
      maxBodyBytes: 16_384,
      typingTimeoutMs: 6_000,
      dmMaxTrustHops: 0,
      subscriptionQueue: 256,
    });
  });

  it('reads chat settings', () => {
    expect(
      loadChatConfig({
        ...base,
        CHAT_MAX_BODY_BYTES: '1000',
        CHAT_TYPING_TIMEOUT_MS: '2000',
        CHAT_DM_MAX_TRUST_HOPS: '3',
        CHAT_SUBSCRIPTION_QUEUE: '10',
      }),
    ).toMatchObject({ maxBodyBytes: 1000, typingTimeoutMs: 2000, dmMaxTrustHops: 3, subscriptionQueue: 10 });
  });

  it('refuses out-of-range values with a readable line', () => {
    expect(() => loadChatConfig({ ...base, CHAT_DM_MAX_TRUST_HOPS: '9' })).toThrow(/CHAT_DM_MAX_TRUST_HOPS/);
    expect(() => loadChatConfig({ ...base, CHAT_SUBSCRIPTION_QUEUE: '0' })).toThrow(
      /CHAT_SUBSCRIPTION_QUEUE/,
    );
  });
});
