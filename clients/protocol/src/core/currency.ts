/** Zero-decimal currencies per ISO 4217 as Stripe lists them; every other currency has two decimals. */
export const ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set([
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
  'vuv',
  'xaf',
  'xof',
  'xpf',
]);

/** How many decimals a currency's minor units have: 0 for the zero-decimal ones, else 2. */
export function currencyExponent(currency: string): 0 | 2 {
  return ZERO_DECIMAL_CURRENCIES.has(currency.toLowerCase()) ? 0 : 2;
}

/**
 * Integer minor units (a number, bigint or the API's decimal string) as "25.00 USD". Works on the digits, never
 * on floating point, so amounts beyond 2^53 and negative ledger entries print exactly.
 */
export function formatMinorUnits(minor: number | bigint | string, currency: string): string {
  const text = typeof minor === 'string' ? minor.trim() : BigInt(minor).toString();
  if (!/^-?\d+$/.test(text)) throw new RangeError(`Minor units must be an integer, got ${text}`);
  const code = currency.toUpperCase();
  if (currencyExponent(currency) === 0) return `${text} ${code}`;
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)} ${code}`;
}
