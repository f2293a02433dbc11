import { z } from 'zod';

import { checkReceipt, envelopeOf } from '../commands/receipt.command';
import { verifyTicket } from '../commands/ticket.command';
import { CliError, ExitCodes } from '../errors';
import type { CommandResult } from '../output';

import type { ToolAnswer, ToolRegistry } from './mcp-server';

/**
 * A failed check is an answer (valid: false, with the protocol's reason), not a tool error: the agent asked
 * "is this genuine?" and "no, BAD_SIGNATURE" is the answer. Bad input and an unreachable gateway stay errors.
 */
async function asVerdict(check: () => Promise<CommandResult> | CommandResult): Promise<ToolAnswer> {
  try {
    const res = await check();
    return { data: res.data as Record<string, unknown>, summary: res.text };
  } catch (error) {
    if (error instanceof CliError && error.exitCode === ExitCodes.verification) {
      return {
        data: { valid: false, code: error.code, message: error.message },
        summary: `Not valid (${error.code}): ${error.message}`,
      };
    }
    throw error;
  }
}

export function registerVerifyTools(tools: ToolRegistry): void {
  tools.add('verify_ticket', {
    description:
      "Check an event ticket token (mjt1.…): the event's signature, that it is for this event, and that it is not on the event's signed revocation list (fetched once from the gateway unless offline). Same check as `mjn ticket verify`.",
    input: z.strictObject({
      token: z.string().startsWith('mjt1.', 'A ticket token starts with "mjt1.".').max(4000),
      event: z
        .string()
        .min(1)
        .max(200)
        .describe('the event being admitted to: its DID (did:mjn:…) or its id'),
      offline: z
        .boolean()
        .default(false)
        .describe(
          "no network: check against the key in the event's DID only (event must be a DID; no revocation check)",
        ),
    }),
    run: (args) =>
      asVerdict(() => verifyTicket(tools.rt, [args.token], { event: args.event, offline: args.offline })),
  });

  tools.add('verify_receipt', {
    description:
      "Check a payment receipt offline: the node's signature over the envelope and that the recipients' parts add up to the amount. Pass the envelope { payload, signature } or a Receipt carrying it. Same check as `mjn receipt verify`.",
    input: z.strictObject({
      receipt: z
        .record(z.string(), z.unknown())
        .describe(
          'the receipt envelope { payload, signature }, or a GraphQL Receipt with an `envelope` field',
        ),
      node: z
        .string()
        .startsWith('did:', 'node must be a DID (did:mjn:…).')
        .max(200)
        .optional()
        .describe('the node DID you trust to have settled it (default: the signer the receipt names)'),
    }),
    run: (args) =>
      asVerdict(() =>
        checkReceipt(envelopeOf(args.receipt, 'The receipt argument'), 'The receipt', args.node),
      ),
  });
}
