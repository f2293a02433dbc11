// Zero-decimal currencies per ISO 4217 as Stripe lists them; every other currency has cents.
const ZERO_DECIMAL = new Set([
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

/** Integer minor units (a number or the API's decimal string) as "25.00 USD". */
export function formatMoney(minor: number | string, currency: string): string {
  const code = currency.toUpperCase();
  const n = Number(minor);
  if (ZERO_DECIMAL.has(currency.toLowerCase())) return `${n} ${code}`;
  return `${(n / 100).toFixed(2)} ${code}`;
}

/** "25", "25.5" or "25.50" (major units, as typed) as integer minor units; null when it is not an amount. */
export function parseMoney(text: string, currency: string): number | null {
  const t = text.trim();
  if (ZERO_DECIMAL.has(currency.toLowerCase())) return /^\d+$/.test(t) ? Number(t) : null;
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** A percentage as typed ("12.5") as parts per million (125000); null when it is not one. */
export function percentToPpm(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(?:[.,]\d{1,4})?$/.test(t)) return null;
  return Math.round(Number(t.replace(',', '.')) * 10_000);
}

/** Parts per million as a percentage for reading ("12.5 %"). */
export function ppmToPercent(ppm: number): string {
  return `${Number((ppm / 10_000).toFixed(4))} %`;
}
