import { fakeGateway, mjn, tempHome } from '../../test/harness';

describe('mjn query', () => {
  const { home, cleanup } = tempHome();
  afterAll(cleanup);

  it('prints the data as one JSON document and passes variables', async () => {
    const gateway = fakeGateway(() => ({ data: { identity: { did: 'did:mjn:x' } } }));
    const run = await mjn(
      home,
      [
        'query',
        'query ($d: String!) { identity(did: $d) { did } }',
        '--variables',
        '{"d":"did:mjn:x"}',
        '--json',
      ],
      { fetch: gateway.fetch },
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ identity: { did: 'did:mjn:x' } });
    expect(gateway.requests[0].variables).toEqual({ d: 'did:mjn:x' });
  });

  it('rejects variables that are not a JSON object', async () => {
    for (const variables of ['{oops', '[1]']) {
      const run = await mjn(home, ['query', '{ viewer { did } }', '--variables', variables, '--json']);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stderr).error.code).toBe('BAD_USER_INPUT');
    }
  });

  it('reports a GraphQL error with its code, keeping partial data on stdout', async () => {
    const gateway = fakeGateway(() => ({
      data: { a: 1 },
      errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
    }));
    const run = await mjn(home, ['query', '{ a b }', '--json'], { fetch: gateway.fetch });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ a: 1 });
    expect(JSON.parse(run.stderr)).toEqual({ error: { code: 'FORBIDDEN', message: 'Not allowed' } });
  });
});
