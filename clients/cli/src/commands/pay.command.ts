import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';

import { Option, type Command } from 'commander';

import { createCheckout, getPayment, type CheckoutInfo } from '@imajin/sdk';

import { CliError, CliErrorCodes, ExitCodes, usageError } from '../errors';
import { fields } from '../format';
import { ActingIdentity } from '../mcp/acting-identity';
import { result } from '../output';
import { handler, type CliApp, type Runtime } from '../runtime';

export interface PayOptions {
  currency: string;
  description: string;
  reference?: string;
  complete?: boolean;
  save?: string;
}

/** An amount is integer minor units (cents): "12.50" is refused rather than guessed at. */
export function parseAmount(value: string): number {
  const amount = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(amount) || amount < 1) {
    throw usageError(`The amount is a whole number of minor units (1250 = 12.50), got "${value}".`);
  }
  return amount;
}

/**
 * Pays at the checkout's own payer link, as the buyer's browser would. Only the local (development)
 * provider has a link that pays on POST; Stripe checkouts are paid on Stripe's page.
 */
async function completeLocally(rt: Runtime, checkout: CheckoutInfo): Promise<void> {
  if (checkout.provider !== 'local') {
    throw new CliError(
      CliErrorCodes.badInput,
      `--complete only works with the local payment provider; this checkout is paid at ${checkout.url}.`,
      ExitCodes.usage,
    );
  }
  const fetchFn = rt.app.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let status: number;
  try {
    const res = await fetchFn(`${checkout.url}/complete`, {
      method: 'POST',
      signal: AbortSignal.timeout(rt.app.timeoutMs),
    });
    status = res.status;
  } catch {
    throw new CliError(
      CliErrorCodes.network,
      `Cannot reach the payer link ${checkout.url}.`,
      ExitCodes.unavailable,
    );
  }
  if (status !== 200) {
    throw new CliError(
      'PAYMENT_FAILED',
      `The payer link refused to complete the payment (HTTP ${status}).`,
      ExitCodes.api,
    );
  }
}

async function pay(rt: Runtime, [manifestId, rawAmount]: string[], options: PayOptions) {
  const amount = parseAmount(rawAmount);
  const keyPair = rt.signer();
  const client = rt.client();
  rt.progress(`Creating a checkout for ${amount} ${options.currency} along ${manifestId}…`);
  const checkout = await createCheckout(client, keyPair, {
    reference: options.reference ?? `mjn-${randomUUID()}`,
    amount,
    currency: options.currency,
    manifestId,
    description: options.description,
  });
  if (!options.complete) {
    return result({ checkout }, [
      `Checkout ${checkout.id} is open: pay at ${checkout.url}`,
      ...fields([
        ['amount', `${amount} ${options.currency} (minor units)`],
        ['provider', checkout.provider],
        ['expires', checkout.expiresAt],
      ]),
    ]);
  }
  await completeLocally(rt, checkout);
  // The payment and its receipt are the buyer's own: read them with the buyer's session.
  const { client: buyer } = await new ActingIdentity(rt).sessionClient();
  const payment = await getPayment(buyer, checkout.payment.id);
  const receipt = payment?.receipt ?? null;
  if (!receipt) {
    throw new CliError(
      'PAYMENT_FAILED',
      `Payment ${checkout.payment.id} has no receipt yet (status ${payment?.status ?? 'unknown'}).`,
      ExitCodes.api,
    );
  }
  if (options.save) writeFileSync(options.save, `${JSON.stringify({ receipt }, null, 2)}\n`);
  return result(
    { checkout: { ...checkout, status: payment?.checkout?.status ?? checkout.status }, receipt },
    [
      `Paid ${amount} ${options.currency} (minor units) along ${manifestId}: receipt ${receipt.id}.`,
      ...fields([
        ['payment', checkout.payment.id],
        ['signed by', receipt.signer?.did],
        ...receipt.recipients.map((r): [string, unknown] => [`  ${r.identity?.did ?? '?'}`, r.amount]),
        ['saved to', options.save],
      ]),
    ],
  );
}

export function registerPayCommand(program: Command, app: CliApp): void {
  program
    .command('pay')
    .description(
      'Pay along a .fair manifest: creates a checkout signed with your key and prints its payer link',
    )
    .argument('<manifestId>', 'the manifest to pay along (fair_…)')
    .argument('<amount>', 'integer minor units, e.g. 1250 = 12.50')
    .option('--currency <code>', 'ISO 4217 code', 'usd')
    .option('--description <text>', 'what the payment is for, shown on the checkout', 'Paid with mjn')
    .option('--reference <ref>', 'your idempotency key: the same reference returns the same checkout')
    .addOption(
      new Option(
        '--complete',
        'development only: pay at once through the local provider’s payer link and print the signed receipt',
      ),
    )
    .option(
      '--save <file>',
      'with --complete, also write the receipt to this file (for `mjn receipt verify`)',
    )
    .action(handler(app, pay));
}
