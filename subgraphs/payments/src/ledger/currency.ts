import { BadUserInputError } from '@imajin/subgraph-common';

/** ISO 4217 alphabetic codes, stored lower case as Stripe does. */
export function checkCurrency(currency: string, field = 'currency'): string {
  if (typeof currency !== 'string' || !/^[a-zA-Z]{3}$/.test(currency)) {
    throw new BadUserInputError('currency must be a three-letter ISO 4217 code such as "usd"', { field });
  }
  return currency.toLowerCase();
}

/** Integer minor units, 1..Number.MAX_SAFE_INTEGER. */
export function checkAmount(amount: number, field = 'amount'): number {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new BadUserInputError('amount must be a positive integer number of minor units (cents)', { field });
  }
  return amount;
}
