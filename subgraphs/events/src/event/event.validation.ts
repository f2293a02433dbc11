import { isValidMjnDid } from '@imajin/protocol';
import { BadUserInputError } from '@imajin/subgraph-common';

import type { TierInput } from './event.inputs';
import { EventVisibility } from './event.types';

export function text(value: string, field: string, max: number): string {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > max)
    throw new BadUserInputError(`${field} must be 1–${max} characters`, { field });
  return value;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > max)
    throw new BadUserInputError(`${field} must be at most ${max} characters`, { field });
  return value;
}

export function isoTime(value: string, field: string): Date {
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms))
    throw new BadUserInputError(`${field} must be an ISO 8601 time such as 2026-06-01T18:00:00Z`, { field });
  return new Date(ms);
}

export function timezone(value: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value;
  } catch {
    throw new BadUserInputError('timezone must be an IANA time zone such as Europe/Berlin', {
      field: 'timezone',
    });
  }
}

export function mjnDid(value: string, field: string): string {
  if (!isValidMjnDid(value)) throw new BadUserInputError(`${field} must be a did:mjn`, { field });
  return value;
}

export function checkVisibility(visibility: EventVisibility, hops: number | null | undefined): number | null {
  if (visibility === EventVisibility.TRUST_GATED) {
    if (!Number.isInteger(hops) || hops! < 1 || hops! > 3)
      throw new BadUserInputError('trustMaxHops must be 1–3 for a TRUST_GATED event', {
        field: 'trustMaxHops',
      });
    return hops!;
  }
  if (hops !== null && hops !== undefined)
    throw new BadUserInputError('trustMaxHops applies to TRUST_GATED events only; omit it', {
      field: 'trustMaxHops',
    });
  return null;
}

/** Integer minor units as a decimal string, 0..MAX_SAFE_INTEGER. */
export function price(value: string, field: string): number {
  if (typeof value !== 'string' || !/^(0|[1-9]\d{0,15})$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new BadUserInputError(`${field} must be integer minor units as a decimal string, e.g. "2500"`, {
      field,
    });
  return Number(value);
}

export interface ValidTier {
  name: string;
  price: number;
  currency: string;
  capacity: number;
  salesStart: Date | null;
  salesEnd: Date | null;
  perBuyerLimit: number;
}

export function validateTiers(tiers: TierInput[], manifestId: string | null, startsAt: Date): ValidTier[] {
  if (!Array.isArray(tiers) || tiers.length < 1 || tiers.length > 20)
    throw new BadUserInputError('An event needs 1–20 ticket tiers', { field: 'tiers' });
  return tiers.map((t, i) => {
    const at = `tiers[${i}]`;
    const amount = price(t.price, `${at}.price`);
    if (!/^[a-z]{3}$/.test(t.currency))
      throw new BadUserInputError(`${at}.currency must be a lower-case ISO 4217 code such as "usd"`, {
        field: `${at}.currency`,
      });
    if (!Number.isInteger(t.capacity) || t.capacity < 1 || t.capacity > 100_000)
      throw new BadUserInputError(`${at}.capacity must be 1–100000`, { field: `${at}.capacity` });
    if (!Number.isInteger(t.perBuyerLimit) || t.perBuyerLimit < 1 || t.perBuyerLimit > 100)
      throw new BadUserInputError(`${at}.perBuyerLimit must be 1–100`, { field: `${at}.perBuyerLimit` });
    if (amount > 0 && !manifestId)
      throw new BadUserInputError(`${at} is paid: the event needs a manifestId for its revenue`, {
        field: 'manifestId',
      });
    const salesStart = t.salesStart ? isoTime(t.salesStart, `${at}.salesStart`) : null;
    const salesEnd = t.salesEnd ? isoTime(t.salesEnd, `${at}.salesEnd`) : startsAt;
    if (salesStart && salesEnd && salesEnd <= salesStart)
      throw new BadUserInputError(`${at}.salesEnd must be after salesStart`, { field: `${at}.salesEnd` });
    return {
      name: text(t.name, `${at}.name`, 80),
      price: amount,
      currency: t.currency,
      capacity: t.capacity,
      salesStart,
      salesEnd,
      perBuyerLimit: t.perBuyerLimit,
    };
  });
}
