import { formatMoney, parseMoney, percentToPpm, ppmToPercent } from './money';

describe('money', () => {
  it('reads amounts as a person types them into integer minor units', () => {
    expect(parseMoney('25', 'usd')).toBe(2500);
    expect(parseMoney('12.5', 'usd')).toBe(1250);
    expect(parseMoney('12,05', 'eur')).toBe(1205);
    expect(parseMoney('500', 'jpy')).toBe(500);
  });

  it('refuses what is not an amount instead of guessing', () => {
    for (const bad of ['', 'ten', '-5', '1.234', '1e3']) expect(parseMoney(bad, 'usd')).toBeNull();
    expect(parseMoney('5.5', 'jpy')).toBeNull();
  });

  it('shows minor units with the currency, zero-decimal currencies included', () => {
    expect(formatMoney('1750', 'usd')).toBe('17.50 USD');
    expect(formatMoney(500, 'jpy')).toBe('500 JPY');
  });

  it('turns percentages into parts per million and back', () => {
    expect(percentToPpm('70')).toBe(700_000);
    expect(percentToPpm('12.5')).toBe(125_000);
    expect(percentToPpm('0.0001')).toBe(1);
    expect(percentToPpm('abc')).toBeNull();
    expect(ppmToPercent(125_000)).toBe('12.5 %');
  });
});
