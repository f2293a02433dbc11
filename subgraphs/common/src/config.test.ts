import { baseSubgraphEnv, parseEnv } from './config';

const required = {
  DATABASE_URL: 'postgres://x@127.0.0.1:5432/db',
  GATEWAY_PUBLIC_KEY: 'k'.repeat(43),
};

describe('baseSubgraphEnv', () => {
  it('listens on loopback unless HOST says otherwise', () => {
    expect(parseEnv(baseSubgraphEnv, required).HOST).toBe('127.0.0.1');
    expect(parseEnv(baseSubgraphEnv, { ...required, HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });
});
