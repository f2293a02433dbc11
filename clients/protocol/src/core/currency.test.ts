import { currencyExponent, formatMinorUnits } from './currency';

describe('formatMinorUnits', () => {
  it('prints cents with two decimals and zero-decimal currencies as they are', () => {
    expect(formatMinorUnits(2500, 'usd')).toBe('25.00 USD');
    expect(formatMinorUnits('7', 'eur')).toBe('0.07 EUR');
    expect(formatMinorUnits(-1750, 'usd')).toBe('-17.50 USD');
    expect(formatMinorUnits('1500', 'JPY')).toBe('1500 JPY');
    expect(currencyExponent('KRW')).toBe(0);
  });

  it('stays exact beyond 2^53 and refuses what is not integer minor units', () => {
    expect(formatMinorUnits('900719925474099312', 'usd')).toBe('9007199254740993.12 USD');
    expect(() => formatMinorUnits('12.5', 'usd')).toThrow(RangeError);
    expect(() => formatMinorUnits(1.5, 'usd')).toThrow(RangeError);
  });
});
