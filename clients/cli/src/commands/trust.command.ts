import { Option, type Command } from 'commander';

import {
  IdentityVouchesDocument,
  neighbourhood,
  revokeVouch,
  trustPath,
  trustScore,
  vouchFor,
  type ImajinClient,
  type TrustPathQuery,
} from '@imajin/sdk';

import { CliError, CliErrorCodes, ExitCodes } from '../errors';
import { fields, label, resolveSubject } from '../format';
import { integer } from '../options';
import { result } from '../output';
import { handler, type CliApp, type Runtime } from '../runtime';

/** The weight of a vouch when --weight is not given: the middle of 1–100, as invites use. */
export const DEFAULT_VOUCH_WEIGHT = 50;

interface VouchOptions {
  weight: number;
  context?: string;
  expires?: string;
}

async function vouch(rt: Runtime, [subject]: string[], options: VouchOptions) {
  const keyPair = rt.signer();
  const client = rt.client();
  const to = await resolveSubject(client, subject);
  rt.progress(`Vouching for ${to}…`);
  const given = await vouchFor(client, keyPair, to, {
    weight: options.weight,
    context: options.context,
    expiresAt: options.expires,
  });
  return result(given, [
    `Vouched for ${subject === to ? to : `${subject} (${to})`} with weight ${given.weight}.`,
    ...fields([
      ['vouch', given.id],
      ['context', given.context],
      ['expires', given.expiresAt],
      ['signature', given.signature],
    ]),
  ]);
}

/** The id of the active vouch from `from` to `to`, for `revoke-vouch <did|@handle>`. */
async function activeVouchId(client: ImajinClient, from: string, to: string): Promise<string> {
  const data = await client.request(IdentityVouchesDocument, { did: to, first: 100 });
  const edge = data.identity?.vouchesReceived?.edges.find((e) => e.node.from?.did === from && e.node.active);
  if (!edge) {
    throw new CliError(
      CliErrorCodes.notFound,
      `You (${from}) have no active vouch for ${to}.`,
      ExitCodes.api,
    );
  }
  return edge.node.id;
}

async function revoke(rt: Runtime, [target]: string[]) {
  const keyPair = rt.signer();
  const client = rt.client();
  const isSubject = target.startsWith('did:') || target.startsWith('@');
  const id = isSubject
    ? await activeVouchId(client, rt.actingDid(), await resolveSubject(client, target))
    : target;
  rt.progress(`Revoking vouch ${id}…`);
  const revoked = await revokeVouch(client, keyPair, id);
  return result(revoked, [
    `Revoked vouch ${revoked.id} for ${revoked.to?.did ?? target}.`,
    ...fields([['signature', revoked.revokeSignature]]),
  ]);
}

type PathResult = NonNullable<TrustPathQuery['trustPath']>;

export function formatPath(path: PathResult, from: string, to: string): string[] {
  if (!path.found) {
    const why = path.explanation;
    return [
      `No trust path from ${from} to ${to}.`,
      ...(why
        ? [
            `Why: ${why.message}`,
            ...fields([
              ['reason', why.reason],
              ['reached from the start', `${why.reachedCount} identities within ${why.reachedDepth} hops`],
              ['reaching the end', `${why.reachingCount} identities within ${why.reachingDepth} hops`],
              ['explored depth', why.exploredDepth],
            ]).map((l) => `  ${l}`),
          ]
        : []),
    ];
  }
  const lines = [`Trust path from ${from} to ${to}: ${path.length} hop${path.length === 1 ? '' : 's'}.`];
  path.hops.forEach((hop, i) => {
    lines.push(
      `${i + 1}. ${label(hop.from)} → ${label(hop.to)}`,
      ...fields([
        ['weight', hop.vouch.weight],
        ['context', hop.vouch.context],
        ['vouch', hop.vouch.id],
        ['signed payload', hop.vouch.signedPayload],
        ['signature', hop.vouch.signature],
      ]).map((l) => `   ${l}`),
    );
  });
  return lines;
}

interface PathOptions {
  maxDepth?: number;
  minWeight?: number;
}

async function path(rt: Runtime, [a, b]: string[], options: PathOptions) {
  const client = rt.client();
  const [from, to] = [await resolveSubject(client, a), await resolveSubject(client, b)];
  rt.progress(`Looking for a trust path from ${from} to ${to}…`);
  const found = await trustPath(client, from, to, {
    maxDepth: options.maxDepth,
    minWeight: options.minWeight,
  });
  return result(found, formatPath(found, a, b));
}

async function score(rt: Runtime, [subject]: string[], options: { from?: string }) {
  const client = rt.client();
  const from = options.from
    ? await resolveSubject(client, options.from)
    : (rt.session()?.did ?? rt.key().keyPair.did);
  const to = await resolveSubject(client, subject);
  const computed = await trustScore(client, from, to);
  return result({ from, to, ...computed }, [
    `Trust score from ${from} to ${to}: ${computed.score.toFixed(4)}`,
    ...fields([
      ['identities considered', computed.nodesConsidered],
      ['damping', computed.damping],
      ['iterations', computed.iterations],
    ]).map((l) => `  ${l}`),
  ]);
}

async function showNeighbourhood(
  rt: Runtime,
  [subject]: string[],
  options: { depth: number; first: number },
) {
  const client = rt.client();
  const did = await resolveSubject(client, subject);
  const page = await neighbourhood(client, did, { depth: options.depth, first: options.first });
  const lines = [
    `${page.totalCount} identit${page.totalCount === 1 ? 'y' : 'ies'} within ${options.depth} hops of ${subject}:`,
  ];
  for (const { node } of page.edges)
    lines.push(`  ${String(node.hops).padStart(2)} hop  ${label(node.identity)}`);
  if (page.pageInfo.hasNextPage) lines.push(`  … more: raise --first (at most 100)`);
  return result(page, lines);
}

export function registerTrustCommands(program: Command, app: CliApp): void {
  program
    .command('vouch')
    .description('Vouch for someone (signed with your key)')
    .argument('<subject>', 'a DID or @handle')
    .option('--weight <n>', 'how strongly, 1–100', integer(1, 100), DEFAULT_VOUCH_WEIGHT)
    .option('--context <text>', 'why, in up to 200 characters')
    .option('--expires <iso>', 'an ISO 8601 instant after which it stops counting')
    .action(handler(app, vouch));

  program
    .command('revoke-vouch')
    .description('Revoke a vouch you gave, by its id or by whom it was for')
    .argument('<vouch>', 'a vouch id, or the DID or @handle you vouched for')
    .action(handler(app, revoke));

  const trust = program.command('trust').description('Read the trust graph');
  trust
    .command('path')
    .description(
      'The shortest chain of vouches from one identity to another, with signatures; or why there is none',
    )
    .argument('<from>', 'a DID or @handle')
    .argument('<to>', 'a DID or @handle')
    .addOption(new Option('--max-depth <n>', 'longest path to look for (1–6)').argParser(integer(1, 6)))
    .addOption(new Option('--min-weight <n>', 'ignore weaker vouches (1–100)').argParser(integer(1, 100)))
    .action(handler(app, path));

  trust
    .command('score')
    .description('Personalised trust score (0–1) of an identity, seen from you or from --from')
    .argument('<subject>', 'a DID or @handle')
    .option('--from <did>', 'whose point of view (default: the signed-in identity, else your key)')
    .action(handler(app, score));

  trust
    .command('neighbourhood')
    .alias('neighborhood')
    .description('Identities within a few hops of vouches')
    .argument('<subject>', 'a DID or @handle')
    .option('--depth <n>', 'how many hops (1–3)', integer(1, 3), 2)
    .option('--first <n>', 'how many to list (1–100)', integer(1, 100), 20)
    .action(handler(app, showNeighbourhood));
}
