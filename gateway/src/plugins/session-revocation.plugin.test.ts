import { parse, type OperationDefinitionNode } from 'graphql';

import { sessionRevocationPlugin } from './session-revocation.plugin';

// Runs the plugin's willSendResponse hook as Apollo Server would after an operation.
async function afterOperation(source: string, data: Record<string, unknown> | null): Promise<boolean> {
  let ended = false;
  const plugin = sessionRevocationPlugin(() => {
    ended = true;
  });
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  );
  const hooks = (await plugin.requestDidStart?.({} as never)) as {
    willSendResponse: (ctx: unknown) => Promise<void>;
  };
  await hooks.willSendResponse({
    operation,
    document,
    response: { body: { kind: 'single', singleResult: { data } } },
  });
  return ended;
}

describe('sessionRevocationPlugin', () => {
  it('clears sessions after a signOut that ended at least one session', async () => {
    expect(await afterOperation('mutation { signOut }', { signOut: 2 })).toBe(true);
  });

  it('clears sessions after a deactivation', async () => {
    expect(
      await afterOperation('mutation($i: DeactivateInput!) { deactivate(input: $i) { did } }', {
        deactivate: { did: 'did:mjn:zA' },
      }),
    ).toBe(true);
  });

  it('finds signOut behind an alias and a fragment', async () => {
    const source = 'mutation { ...Out } fragment Out on Mutation { bye: signOut(token: "t") }';
    expect(await afterOperation(source, { bye: 1 })).toBe(true);
  });

  it('leaves the cache alone when signOut ended nothing, failed, or was not asked', async () => {
    expect(await afterOperation('mutation { signOut(token: "guess") }', { signOut: 0 })).toBe(false);
    expect(await afterOperation('mutation { signOut }', null)).toBe(false);
    expect(await afterOperation('mutation { touch }', { touch: true })).toBe(false);
    expect(await afterOperation('query { signOut }', { signOut: 1 })).toBe(false);
  });
});
