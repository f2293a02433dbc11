import { errorCodeOf } from '@imajin/subgraph-common';

import { validateCapabilities, validateHostname, validateNodeUrl } from '../src/node/node.validation';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return errorCodeOf(error);
  }
};

describe('hostname rules', () => {
  it.each(['abc', 'pi-node-7', 'a'.repeat(63), '123', 'n0de'])('accepts %s', (h) => {
    expect(validateHostname(h)).toBe(h);
  });

  it.each([
    ['too short', 'ab'],
    ['too long', 'a'.repeat(64)],
    ['uppercase', 'MyNode'],
    ['leading dash', '-node'],
    ['trailing dash', 'node-'],
    ['underscore', 'my_node'],
    ['dot', 'a.b.c'],
    ['unicode', 'nödé'],
    ['IDN prefix', 'xn--node'],
    ['reserved www', 'www'],
    ['reserved registry', 'registry'],
    ['reserved ns1', 'ns1'],
    ['reserved admin', 'admin'],
    ['empty', ''],
  ])('rejects %s', (_name, h) => {
    expect(codeOf(() => validateHostname(h))).toBe('BAD_USER_INPUT');
  });
});

describe('other node fields', () => {
  it('returns the URL host the DNS record targets', () => {
    expect(validateNodeUrl('https://pi.example.net:8443/base')).toBe('pi.example.net');
    expect(validateNodeUrl('http://203.0.113.7')).toBe('203.0.113.7');
    expect(validateNodeUrl('http://[2001:db8::1]:80/')).toBe('2001:db8::1');
    expect(codeOf(() => validateNodeUrl('ftp://x.example'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateNodeUrl('https://u:p@x.example'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateNodeUrl('not a url'))).toBe('BAD_USER_INPUT');
  });

  it('checks capabilities', () => {
    expect(validateCapabilities(['events', 'chat.v1'])).toEqual(['events', 'chat.v1']);
    expect(codeOf(() => validateCapabilities(['Events']))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => validateCapabilities(['a', 'a']))).toBe('BAD_USER_INPUT');
  });
});
