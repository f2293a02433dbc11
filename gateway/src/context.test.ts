import type { IncomingMessage } from 'node:http';

import { clientIpOf } from './context';

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

describe('clientIpOf', () => {
  it('uses the socket peer and ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientIpOf(request('198.51.100.4', '203.0.113.9'), 0)).toBe('198.51.100.4');
  });

  it('spells IPv4 peers of a dual-stack socket as plain IPv4', () => {
    expect(clientIpOf(request('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientIpOf(request('2001:db8::1'), 0)).toBe('2001:db8::1');
  });

  it('takes the address the trusted proxy saw, not one the client wrote into the header', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address.
    expect(clientIpOf(request('10.0.0.2', '1.2.3.4, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientIpOf(request('10.0.0.3', '1.2.3.4, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9');
  });

  it('falls back to the leftmost address when there are fewer hops than trusted proxies', () => {
    expect(clientIpOf(request('10.0.0.2'), 1)).toBe('10.0.0.2');
    expect(clientIpOf(request('10.0.0.2', '203.0.113.9'), 3)).toBe('203.0.113.9');
  });
});
