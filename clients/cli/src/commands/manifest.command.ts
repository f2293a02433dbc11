import type { Command } from 'commander';

import { cryptoBackend, FAIR_VERSION, verifyFairDocument } from '@imajin/protocol';
import {
  createFairManifest,
  exportFairManifest,
  FairManifestDocument,
  type FairManifestFieldsFragment,
  type ImajinClient,
} from '@imajin/sdk';

import { CliError, CliErrorCodes, ExitCodes, usageError } from '../errors';
import { isRecord, readJsonFile } from '../files';
import { fields, resolveSubject } from '../format';
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

const DRAFT_FIELDS = ['version', 'contributors', 'upstreams', 'derivesFrom', 'terms'];

/**
 * A draft as people write it: contributors may be `@handle`s and upstreams may be called `upstreams`;
 * the result is the manifest body the protocol validates (shares stay parts per million).
 */
export async function manifestFromDraft(client: ImajinClient, draft: unknown, file: string) {
  if (!isRecord(draft))
    throw usageError(`${file} must hold a JSON object { contributors, upstreams, terms }.`);
  const extra = Object.keys(draft).filter((k) => !DRAFT_FIELDS.includes(k));
  if (extra.length)
    throw usageError(`${file}: unknown field(s) ${extra.join(', ')}; expected ${DRAFT_FIELDS.join(', ')}.`);
  if (draft.upstreams !== undefined && draft.derivesFrom !== undefined) {
    throw usageError(`${file}: give the upstreams once, as "upstreams" or as "derivesFrom".`);
  }
  if (!Array.isArray(draft.contributors)) {
    throw usageError(`${file}: "contributors" must be a list of { did or @handle, role, share }.`);
  }
  const contributors = [];
  for (const c of draft.contributors as unknown[]) {
    if (!isRecord(c) || typeof c.did !== 'string') {
      throw usageError(`${file}: each contributor needs "did" (a DID or an @handle), "role" and "share".`);
    }
    contributors.push({ ...c, did: await resolveSubject(client, c.did) });
  }
  return {
    version: draft.version ?? FAIR_VERSION,
    contributors,
    derivesFrom: draft.upstreams ?? draft.derivesFrom ?? [],
    ...(draft.terms === undefined ? {} : { terms: draft.terms }),
  } as Parameters<typeof createFairManifest>[2];
}

async function create(rt: Runtime, [file]: string[]) {
  const keyPair = rt.signer();
  const client = rt.client();
  const body = await manifestFromDraft(client, readJsonFile(file), file);
  rt.progress(`Signing and creating the manifest as ${keyPair.did}…`);
  const created = await createFairManifest(client, keyPair, body);
  return result(created, [`Created manifest ${created.id}.`, ...manifestLines(created)]);
}

export function registerManifestCommands(program: Command, app: CliApp): void {
  const manifest = program.command('manifest').description('.fair attribution manifests');
  manifest
    .command('create')
    .description('Sign a manifest draft with your key and create it; prints its id (fair_…)')
    .argument(
      '<file>',
      'the draft (JSON, or - for stdin): { contributors: [{ did|@handle, role, share }], upstreams: [{ manifest, share }], terms }; shares in parts per million',
    )
    .action(handler(app, create));
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
