import { canonicalBytes, canonicalize } from './canonical-json';
import { EncodingError } from './errors';

function fromIeee754(bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${bits}`));
  return view.getFloat64(0);
}

describe('canonicalize', () => {
  it('serialises the RFC 8785 §3.2.2 sample exactly', () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(canonicalize(JSON.parse(input))).toBe(expected);
  });

  it('encodes the canonical text as UTF-8 bytes', () => {
    const bytes = canonicalBytes({ s: '€' });
    expect(Array.from(bytes)).toEqual([0x7b, 0x22, 0x73, 0x22, 0x3a, 0x22, 0xe2, 0x82, 0xac, 0x22, 0x7d]);
  });

  // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('serialises the number 0x%s as %s', (bits, expected) => {
    expect(canonicalize(fromIeee754(bits))).toBe(expected);
  });

  it.each([
    ['7fffffffffffffff', 'NaN'],
    ['7ff0000000000000', 'Infinity'],
  ])('rejects 0x%s (%s)', (bits) => {
    expect(() => canonicalize(fromIeee754(bits))).toThrow(EncodingError);
    expect(() => canonicalize({ n: -Infinity })).toThrow(
      expect.objectContaining({ code: 'NOT_CANONICALIZABLE' }),
    );
  });

  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3), non-BMP characters included', () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`;
    const expected =
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
      '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}';
    expect(canonicalize(JSON.parse(input))).toBe(expected);
    // U+1F600 (surrogates D83D DE00) sorts before U+FB33 although its code point is larger.
    expect(Object.keys(JSON.parse(canonicalize({ '\ufb33': 1, '\u{1f600}': 2 })))).toEqual([
      '\u{1f600}',
      '\ufb33',
    ]);
  });

  it('sorts nested object keys and leaves array order alone', () => {
    expect(canonicalize({ b: [3, 1, { z: 1, a: 2 }], a: { y: true, x: null } })).toBe(
      '{"a":{"x":null,"y":true},"b":[3,1,{"a":2,"z":1}]}',
    );
  });

  it('drops undefined object members like JSON.stringify', () => {
    expect(canonicalize({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('rejects undefined inside arrays, non-plain values, bigint, functions, cycles and lone surrogates', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const bad of [
      [1, undefined],
      { d: new Date(0) },
      new Map(),
      { b: new Uint8Array(2) },
      10n,
      () => 1,
      Symbol('s'),
      undefined,
      cyclic,
      '\ud800',
      { '\udc00x': 1 },
    ]) {
      expect(() => canonicalize(bad)).toThrow(EncodingError);
    }
  });

  it('accepts objects without a prototype and repeated (non-cyclic) references', () => {
    const shared = { v: 1 };
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: shared, a: shared });
    expect(canonicalize(bare)).toBe('{"a":{"v":1},"b":{"v":1}}');
  });
});
