import { isUnavailableError, passThroughErrors, unavailableErrors } from './subgraph-failure';

describe('passThroughErrors', () => {
  it('keeps a subgraph error message and code but nothing about the transport', () => {
    const body = {
      errors: [
        {
          message: 'Amounts are integer minor units',
          path: ['settlementPreview'],
          extensions: {
            code: 'BAD_USER_INPUT',
            stacktrace: ['at /srv/payments/src/x.ts:1'],
            response: { url: 'http://10.0.0.5:4003/graphql', status: 400, statusText: 'Bad Request' },
          },
        },
      ],
    };
    expect(passThroughErrors(body)).toEqual([
      {
        message: 'Amounts are integer minor units',
        path: ['settlementPreview'],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it("reports a subgraph's refusal of the gateway-written document as the client's bad input", () => {
    const body = {
      errors: [
        {
          message: 'Expected value of type "MinorUnits!"',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    };
    expect(passThroughErrors(body)?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds no GraphQL errors in an HTML page, an empty list or a non-object', () => {
    expect(passThroughErrors('<html>Bad gateway</html>')).toBeUndefined();
    expect(passThroughErrors({ errors: [] })).toBeUndefined();
    expect(passThroughErrors({ errors: [{ code: 1 }] })).toBeUndefined();
    expect(passThroughErrors(undefined)).toBeUndefined();
  });
});

describe('unavailableErrors', () => {
  it('names the service at each root field the fetch should have filled', () => {
    const errors = unavailableErrors(
      'chat',
      '{ conversations { id } unread: unreadCount __typename }',
      undefined,
      {},
    );
    expect(errors.map((e) => e.path)).toEqual([['conversations'], ['unread']]);
    expect(errors[0]).toEqual({
      message: 'The chat service is unavailable; try again',
      path: ['conversations'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'chat', unavailable: true },
    });
    expect(isUnavailableError(errors[0])).toBe(true);
  });

  it('names each entity field by representation, following fragments and type conditions', () => {
    const query = `query($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Identity { hostedEvents { id } ...More }
        ... on Event { tiers { id } }
      }
    }
    fragment More on Identity { tickets: myTickets { id } __typename }`;
    const representations = [
      { __typename: 'Identity', did: 'a' },
      { __typename: 'Event', id: 'e' },
    ];
    expect(unavailableErrors('events', query, undefined, { representations }).map((e) => e.path)).toEqual([
      ['_entities', 0, 'hostedEvents'],
      ['_entities', 0, 'tickets'],
      ['_entities', 1, 'tiers'],
    ]);
  });

  it('stops at 100 errors for a long entity list', () => {
    const query =
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Identity { a b } } }';
    const representations = Array.from({ length: 80 }, (_, i) => ({
      __typename: 'Identity',
      did: String(i),
    }));
    expect(unavailableErrors('trust', query, undefined, { representations })).toHaveLength(100);
  });

  it('still names the service when the document cannot be read', () => {
    expect(unavailableErrors('payments', '{ broken', undefined, {})).toEqual([
      {
        message: 'The payments service is unavailable; try again',
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'payments', unavailable: true },
      },
    ]);
  });
});
