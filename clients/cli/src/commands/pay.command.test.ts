import { parseAmount } from './pay.command';

describe('parseAmount', () => {
  it('takes whole minor units', () => {
    expect(parseAmount('1250')).toBe(1250);
  });

  it('refuses decimals, signs, zero and numbers past the safe range with a sentence', () => {
    for (const bad of ['12.50', '-5', '0', '1e3', '', 'ten', '9007199254740993']) {
      expect(() => parseAmount(bad)).toThrow(/whole number of minor units/);
    }
  });
});
