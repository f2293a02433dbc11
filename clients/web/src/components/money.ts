import { currencyExponent } from '@imajin/protocol/browser';

/** Integer minor units (a number or the API's decimal string) as "25.00 USD", exactly. */
export { formatMinorUnits as formatMoney } from '@imajin/protocol/browser';

/** "25", "25.5" or "25.50" (major units, as typed) as integer minor units; null when it is not an amount. */
export function parseMoney(text: string, currency: string): number | null {
  const t = text.trim();
  if (currencyExponent(currency) === 0) return /^\d+$/.test(t) ? Number(t) : null;
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
