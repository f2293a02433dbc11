import { z } from 'zod';

import { cryptoBackend, verifyFairDocument } from '@imajin/protocol';
import { BalanceDocument, exportFairManifest, LedgerDocument, previewSettlement } from '@imajin/sdk';

import { verifying } from '../commands/verify';

import type { ToolRegistry } from './mcp-server';
import { currency, first } from './schemas';

const manifestId = z.string().min(1).max(200).describe('the .fair manifest id (fair:…)');

export function registerPaymentsTools(tools: ToolRegistry): void {
  /** The portable .fair.json of a manifest, checked here too, as the evidence for anything paid along it. */
  const fairEvidence = async (id: string) => {
    const document = await exportFairManifest(tools.acting.client(), id);
    const checked = verifying(`The .fair manifest ${id}`, () => verifyFairDocument(document, cryptoBackend));
    return { document, checked };
  };

  tools.add('fair_manifest', {
    description:
      "A .fair manifest (who is paid what share, and what it derives from) as its portable .fair.json with the creator's signature and every contributor's consent signature, checked by this server and verifiable offline with @imajin/protocol's verifyFairDocument.",
    input: z.strictObject({ manifestId }),
    async run(args) {
      const { document, checked } = await fairEvidence(args.manifestId);
      const pending = checked.manifest.contributors.length - checked.consented.length;
      return {
        data: { fairDocument: document, verified: checked },
        summary: `Manifest ${checked.id} by ${checked.creator}: ${checked.manifest.contributors.length} contributor(s), ${checked.consented.length} consented${pending > 0 ? `, ${pending} pending` : ''}; signatures valid.`,
      };
    },
  });

  tools.add('settlement_preview', {
    description:
      'How a payment of `amount` minor units (cents) would be split along a manifest’s .fair chain, exactly; with the signed .fair.json as evidence. Nothing is paid.',
    input: z.strictObject({
      manifestId,
      amount: z
        .number()
        .int()
        .min(1)
        .max(Number.MAX_SAFE_INTEGER)
        .describe('integer minor units, e.g. 1250 = 12.50'),
      currency: currency.describe('ISO 4217 code, e.g. usd'),
    }),
    async run(args) {
      const preview = await previewSettlement(
        tools.acting.client(),
        args.manifestId,
        args.amount,
        args.currency,
      );
      const { document } = await fairEvidence(args.manifestId);
      return {
        data: { preview, fairDocument: document },
        summary: [
          `${args.amount} ${args.currency} (minor units) along ${args.manifestId}:`,
          ...preview.lines.map((l) => `  ${String(l.amount).padStart(10)}  ${l.did}`),
        ].join('\n'),
      };
    },
  });

  tools.add('my_balance', {
    description:
      "The acting identity's own balance (integer minor units), in one currency or all. Needs a session: the stored one for the server's key, else one signed in with that key.",
    input: z.strictObject({
      currency: currency.optional().describe('one ISO 4217 code; all currencies when omitted'),
    }),
    async run(args) {
      const { client, did } = await tools.acting.sessionClient();
      const data = await client.request(BalanceDocument, { did, currency: args.currency ?? 'usd' });
      const balances = args.currency
        ? [data.identity?.balance ?? { currency: args.currency, amount: 0 }]
        : (data.identity?.balances ?? []);
      return {
        data: { did, balances },
        summary: balances.length
          ? `Balance of ${did}: ${balances.map((b) => `${b.amount} ${b.currency}`).join(', ')} (minor units).`
          : `${did} has no balance in any currency yet.`,
      };
    },
  });

  tools.add('my_ledger', {
    description:
      "The acting identity's own ledger lines (credits and debits, integer minor units), newest first, paged with `after`. Needs a session like my_balance.",
    input: z.strictObject({
      first: first.default(20),
      after: z.string().max(200).optional().describe('endCursor of the previous page'),
    }),
    async run(args) {
      const { client, did } = await tools.acting.sessionClient();
      const data = await client.request(LedgerDocument, { did, first: args.first, after: args.after });
      const ledger = data.identity?.ledger ?? {
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
      };
      const lines = ledger.edges.map((e) => e.node);
      return {
        data: { did, totalCount: ledger.totalCount, pageInfo: ledger.pageInfo, entries: lines },
        summary: [
          `${ledger.totalCount} ledger line(s) for ${did}${ledger.pageInfo.hasNextPage ? ' (more: pass after)' : ''}:`,
          ...lines.map(
            (l) =>
              `  ${l.createdAt}  ${l.direction.padEnd(6)} ${String(l.amount).padStart(10)} ${l.currency}  ${l.memo}`,
          ),
        ].join('\n'),
      };
    },
  });
}
