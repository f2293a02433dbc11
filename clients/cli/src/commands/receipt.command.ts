import type { Command } from 'commander';

import { cryptoBackend, publicKeyFromDid, verifyReceipt, type SignedEnvelope } from '@imajin/protocol';

import { usageError } from '../errors';
import { isRecord, readJsonFile } from '../files';
import { fields } from '../format';
import { result } from '../output';
import { handler, type CliApp, type Runtime } from '../runtime';

import { verifying } from './verify';

/** The envelope itself, or a GraphQL Receipt (or `{ receipt }`) that carries it as `envelope`. */
export function envelopeOf(value: unknown, file: string): SignedEnvelope {
  let candidate = value;
  if (isRecord(candidate) && isRecord(candidate.receipt)) candidate = candidate.receipt;
  if (isRecord(candidate) && isRecord(candidate.envelope)) candidate = candidate.envelope;
  if (!isRecord(candidate) || !isRecord(candidate.payload) || typeof candidate.signature !== 'string') {
    throw usageError(`${file} holds no receipt envelope { payload, signature } (nor a Receipt with one).`);
  }
  return candidate as unknown as SignedEnvelope;
}

function verify(_rt: Runtime, [file]: string[], options: { node?: string }) {
  return checkReceipt(envelopeOf(readJsonFile(file), file), `Receipt in ${file}`, options.node);
}

/** The offline receipt check, shared with the MCP server's verify_receipt tool. */
export function checkReceipt(envelope: SignedEnvelope, what: string, pinnedNode?: string) {
  // Without --node the receipt is checked against the node it names: that proves it is intact and
  // self-consistent, not that it comes from a node you trust.
  const node = pinnedNode ?? String(envelope.payload.signer);
  const key = verifying('The node DID', () => publicKeyFromDid(node));
  const payload = verifying(what, () => verifyReceipt(envelope, key, cryptoBackend));
  return result({ valid: true, node, nodePinned: pinnedNode !== undefined, receipt: payload }, [
    `Valid receipt ${payload.receiptId}: signed by node ${node}; the parts add up to the amount.`,
    ...fields([
      ['amount', `${payload.amount} ${payload.currency} (minor units)`],
      ['buyer', payload.buyerDid],
      ['manifest', payload.manifestId],
      ['completed', payload.completedAt],
    ]),
    'recipients:',
    ...payload.recipients.map((r) => `  ${String(r.amount).padStart(10)}  ${r.did}`),
    ...(pinnedNode
      ? []
      : ['Note: checked against the node the receipt names; pass --node <did> to require yours.']),
  ]);
}

export function registerReceiptCommands(program: Command, app: CliApp): void {
  const receipt = program.command('receipt').description('Payment receipts');
  receipt
    .command('verify')
    .description('Check a receipt offline: node signature, and that the recipients sum to the amount')
    .argument('<file>', 'a receipt envelope or a Receipt as JSON, or - for stdin')
    .option('--node <did>', 'the node you trust to have settled it (default: the signer the receipt names)')
    .action(handler(app, verify));
}
