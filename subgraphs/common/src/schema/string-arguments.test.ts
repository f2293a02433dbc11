import { buildSchema, graphql } from 'graphql';

import { checkStrings, guardStringArguments } from './string-arguments';

describe('checkStrings', () => {
  it('accepts ordinary text, emoji (paired surrogates) and non-string values', () => {
    expect(() =>
      checkStrings({ a: 'héllo 😀', b: [1, true, null, { c: 'ok' }], d: new Date() }, 'input'),
    ).not.toThrow();
  });

  it('names the field that holds a NUL', () => {
    expect(() => checkStrings({ list: ['ok', { body: 'a\u0000b' }] }, 'input')).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('input.list[1].body contains a NUL character'),
        extensions: { code: 'BAD_USER_INPUT', field: 'input.list[1].body' },
      }),
    );
  });

  it('refuses an unpaired surrogate, leading or trailing', () => {
    for (const text of ['x\ud800', '\udc00y']) {
      expect(() => checkStrings(text, 'title')).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'title' } }),
      );
    }
  });

  it('walks deeply nested JSON without overflowing the stack', () => {
    let deep: unknown = 'bad\u0000';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(() => checkStrings(deep, 'json')).toThrow(/contains a NUL character/);
  });
});

describe('guardStringArguments', () => {
  const schema = guardStringArguments(
    buildSchema(`
      input Msg { body: String! }
      type Query { echo(text: String, msg: Msg): String, plain: String }
    `),
  );
  const rootValue = {
    echo: (args: { text?: string; msg?: { body: string } }) => args.text ?? args.msg?.body,
  };

  it('refuses a bad argument before the resolver runs, inline or in variables', async () => {
    const inline = await graphql({ schema, rootValue, source: '{ echo(text: "a\\u0000") }' });
    expect(inline.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
    const variables = await graphql({
      schema,
      rootValue,
      source: 'query($m: Msg) { echo(msg: $m) }',
      variableValues: { m: { body: '\ud800' } },
    });
    expect(variables.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'msg.body' });
  });

  it('lets good arguments through to the resolver', async () => {
    const result = await graphql({ schema, rootValue, source: '{ echo(text: "fine") plain }' });
    expect(result).toEqual({ data: { echo: 'fine', plain: null } });
  });
});
