import type { GraphQLDataSource } from '@apollo/gateway';

import { CoalescingDataSource } from './coalescing-data-source';

function request(viewerDid: string | null, id = 'a1') {
  return {
    request: {
      query: 'query($r:[_Any!]!){_entities(representations:$r){... on Author{name}}}',
      variables: { id },
    },
    context: { viewerDid, requestId: 'r' },
  } as never;
}

describe('CoalescingDataSource', () => {
  let calls: unknown[];
  let release: () => void;
  const inner = {
    process: (options: { request: { variables: unknown } }) => {
      calls.push(options.request.variables);
      return new Promise((resolve) => {
        release = () => resolve({ data: { _entities: [{ name: 'Ann' }] } });
      });
    },
  } as unknown as GraphQLDataSource;

  beforeEach(() => {
    calls = [];
  });

  it('shares one subgraph call among identical requests of one viewer in flight together', async () => {
    const source = new CoalescingDataSource(inner);
    const first = source.process(request('did:mjn:a'));
    const second = source.process(request('did:mjn:a'));
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(calls).toHaveLength(1);
    expect(a).toEqual({ data: { _entities: [{ name: 'Ann' }] } });
    expect(b).toEqual(a);
    // Each subscriber may mutate its copy while the plan executor merges it.
    expect(b).not.toBe(a);
    expect(source.shared).toBe(1);
  });

  it('never shares across viewers or different variables, and keeps nothing once answered', async () => {
    const source = new CoalescingDataSource(inner);
    const pending = [
      source.process(request('did:mjn:a')),
      source.process(request('did:mjn:b')),
      source.process(request('did:mjn:a', 'a2')),
    ];
    expect(calls).toHaveLength(3);
    release();
    // Only the last created promise is released by `release`; settle the rest through fresh calls.
    await pending[2];
    const again = source.process(request('did:mjn:a', 'a2'));
    expect(calls).toHaveLength(4);
    release();
    await again;
    expect(source.shared).toBe(0);
  });
});
