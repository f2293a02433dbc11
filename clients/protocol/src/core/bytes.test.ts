import { fromBase64Url, toBase64Url } from './bytes';
import { EncodingError } from './errors';

describe('base64url', () => {
  it('round-trips bytes without padding', () => {
    const b = Uint8Array.of(0xfb, 0xff, 0xbf, 0x00, 0x12);
    expect(toBase64Url(b)).toBe('-_-_ABI');
    expect(fromBase64Url('-_-_ABI')).toEqual(b);
    expect(fromBase64Url('')).toEqual(new Uint8Array(0));
  });

  it.each(['Eqs=', '+/+/', 'Eq s', 'E', 'Eqt', 'ab$c'])('rejects %j', (s) => {
    expect(() => fromBase64Url(s)).toThrow(EncodingError);
    expect(() => fromBase64Url(s)).toThrow(expect.objectContaining({ code: 'BAD_BASE64URL' }));
  });
});
