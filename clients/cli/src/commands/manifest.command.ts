import type { Command } from 'commander';

import { cryptoBackend, verifyFairDocument } from '@imajin/protocol';
import { exportFairManifest, FairManifestDocument, type FairManifestFieldsFragment } from '@imajin/sdk';

import { CliError, CliErrorCodes, ExitCodes } from '../errors';
import { readJsonFile } from '../files';
import { fields } from '../format';
import { result } from '../output';
import { handler, type CliApp, type Runtime } from '../runtime';

import { verifying } from './verify';

const percent = (ppm: number) => `${(ppm / 10_000).toFixed(2)}%`;

function manifestLines(m: FairManifestFieldsFragment): string[] {
  return [
    ...fields([
      ['manifest', m.id],
      ['creator', m.creator?.did],
      ['created', m.createdAt],
      ['terms', m.terms],
      ['pending consent', m.pendingContributors.length ? m.pendingContributors.join(', ') : undefined],
    ]),
    'contributors:',
    ...m.contributors.map(
      (c) =>
        `  ${percent(c.share).padStart(7)}  ${c.role.padEnd(14)} ${c.did}${c.consented ? '' : '  (not yet consented)'}`,
    ),
    ...(m.derivesFrom.length
      ? ['derives from:', ...m.derivesFrom.map((u) => `  ${percent(u.share).padStart(7)}  ${u.manifestId}`)]
      : []),
  ];
}

async function show(rt: Runtime, [id]: string[], options: { fair?: boolean }) {
  const client = rt.client();
  if (options.fair) {
    // The portable document is JSON in both modes: it is meant to be saved and verified offline.
    const document = await exportFairManifest(client, id);
    return result(document, JSON.stringify(document, null, 2));
  }
  const { fairManifest } = await client.request(FairManifestDocument, { id });
  if (!fairManifest) throw new CliError(CliErrorCodes.notFound, `No manifest ${id}.`, ExitCodes.api);
  return result(fairManifest, manifestLines(fairManifest));
}

function verify(_rt: Runtime, [file]: string[]) {
  const document = readJsonFile(file);
  const verified = verifying(`${file}`, () => verifyFairDocument(document, cryptoBackend));
  return result({ valid: true, ...verified }, [
    `Valid .fair manifest ${verified.id}: the id matches the manifest and every signature verifies.`,
    ...fields([
      ['creator', verified.creator],
      ['consented', verified.consented.join(', ') || 'nobody yet'],
      ['pending', verified.pending.join(', ')],
    ]),
  ]);
}

export function registerManifestCommands(program: Command, app: CliApp): void {
  const manifest = program.command('manifest').description('.fair attribution manifests');
  manifest
    .command('show')
    .description('Show a manifest: contributors, shares, consent, upstreams')
    .argument('<id>', 'the manifest id (fair_…)')
    .option(
      '--fair',
      'print the portable signed .fair.json instead (save it and check it with `manifest verify`)',
    )
    .action(handler(app, show));
  manifest
    .command('verify')
    .description('Check a .fair.json offline: manifest rules, id, creator signature and co-signatures')
    .argument('<file>', 'the .fair.json file, or - for stdin')
    .action(handler(app, verify));
}
