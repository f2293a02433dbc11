import { z } from 'zod';

import {
  attest,
  AttestationsDocument,
  isTrusted,
  neighbourhood,
  trustPath,
  trustScore,
  vouchFor,
  type ImajinClient,
  type TrustPathQuery,
} from '@imajin/sdk';

import { formatPath } from '../commands/trust.command';
import { label, resolveSubject } from '../format';

import { EVIDENCE_HOWTO, evidenceOf } from './evidence';
import { McpLimits } from './limits';
import type { ToolRegistry } from './mcp-server';
import { first, pathDepth, subject } from './schemas';

type PathResult = NonNullable<TrustPathQuery['trustPath']>;

const fromField = subject
  .optional()
  .describe("whose point of view: a DID or @handle (default: the server's acting identity)");

/** The path with each hop's vouch packed as verifiable evidence. */
function pathData(path: PathResult, from: string, to: string) {
  return {
    from,
    to,
    found: path.found,
    length: path.length,
    hops: path.hops.map((hop) => ({
      from: hop.from,
      to: hop.to,
      vouch: {
        id: hop.vouch.id,
        weight: hop.vouch.weight,
        context: hop.vouch.context,
        active: hop.vouch.active,
      },
      evidence: evidenceOf(hop.vouch),
    })),
    explanation: path.explanation,
    howToVerify: EVIDENCE_HOWTO,
  };
}

export function registerTrustTools(tools: ToolRegistry): void {
  /** `ref` as a DID, or the acting identity's DID when omitted. */
  const who = async (client: ImajinClient, ref: string | undefined): Promise<string> =>
    ref ? resolveSubject(client, ref) : tools.acting.did();

  const findPath = async (args: { from?: string; to: string; maxDepth: number; minWeight?: number }) => {
    const client = tools.acting.client();
    const [from, to] = [await who(client, args.from), await resolveSubject(client, args.to)];
    const path = await trustPath(client, from, to, { maxDepth: args.maxDepth, minWeight: args.minWeight });
    return { from, to, path };
  };

  const pathInput = z.strictObject({
    from: fromField,
    to: subject.describe('a DID or @handle'),
    maxDepth: pathDepth.default(McpLimits.maxDepth),
    minWeight: z.number().int().min(1).max(100).optional().describe('ignore weaker vouches, 1–100'),
  });

  tools.add('trust_path', {
    description:
      "The shortest chain of vouches from one identity to another. Each hop carries the vouch's signed payload and signature so you can verify the chain offline; when there is none, why.",
    input: pathInput,
    async run(args) {
      const { from, to, path } = await findPath(args);
      return { data: pathData(path, from, to), summary: formatPath(path, from, to).join('\n') };
    },
  });

  tools.add('why_no_path', {
    description:
      'Explain why there is no trust path between two identities: how far each side reaches and what is missing. If a path exists it is returned with its evidence instead.',
    input: pathInput,
    async run(args) {
      const { from, to, path } = await findPath(args);
      const summary = path.found
        ? `There is a trust path from ${from} to ${to} (${path.length} hop(s)); see hops for its evidence.`
        : `No path: ${path.explanation?.message ?? 'no explanation given'}`;
      return { data: pathData(path, from, to), summary };
    },
  });

  tools.add('is_trusted', {
    description:
      'Whether `subject` is within `maxHops` vouches of `querier`, with the chain of signed vouches that proves it.',
    input: z.strictObject({
      querier: fromField,
      subject: subject.describe('a DID or @handle'),
      maxHops: pathDepth.default(3),
    }),
    async run(args) {
      const client = tools.acting.client();
      const [querier, target] = [await who(client, args.querier), await resolveSubject(client, args.subject)];
      const trusted = await isTrusted(client, querier, target, args.maxHops);
      // The boolean alone proves nothing: the path is the evidence an agent can check.
      const path = await trustPath(client, querier, target, { maxDepth: args.maxHops });
      return {
        data: { trusted, maxHops: args.maxHops, ...pathData(path, querier, target) },
        summary: trusted
          ? `Yes: ${target} is ${path.length} hop(s) from ${querier} (within ${args.maxHops}).`
          : `No: ${target} is not within ${args.maxHops} hop(s) of ${querier}.`,
      };
    },
  });

  tools.add('trust_neighbourhood', {
    description: `Identities within a few hops of vouches around someone (depth 1–${McpLimits.maxNeighbourhoodDepth}). Use trust_path for the signed evidence of any member.`,
    input: z.strictObject({
      subject: subject.describe('a DID or @handle'),
      depth: z.number().int().min(1).max(McpLimits.maxNeighbourhoodDepth).default(2),
      first: first.default(20),
      after: z.string().max(200).optional().describe('endCursor of the previous page'),
    }),
    async run(args) {
      const client = tools.acting.client();
      const did = await resolveSubject(client, args.subject);
      const page = await neighbourhood(client, did, {
        depth: args.depth,
        first: args.first,
        after: args.after,
      });
      const members = page.edges.map((e) => e.node);
      return {
        data: { did, depth: args.depth, ...page },
        summary: `${page.totalCount} identit${page.totalCount === 1 ? 'y' : 'ies'} within ${args.depth} hop(s) of ${did}${members.length ? `: ${members.map((m) => `${label(m.identity)} [${m.hops}]`).join(', ')}` : ''}${page.pageInfo.hasNextPage ? ' (more: pass after)' : ''}.`,
      };
    },
  });

  tools.add('trust_score', {
    description:
      'Personalised trust score (0–1) of `to` as seen from `from`, computed by the gateway over the vouch graph. It is a computation, not a signed statement: use trust_path for evidence.',
    input: z.strictObject({ from: fromField, to: subject.describe('a DID or @handle') }),
    async run(args) {
      const client = tools.acting.client();
      const [from, to] = [await who(client, args.from), await resolveSubject(client, args.to)];
      const score = await trustScore(client, from, to);
      return {
        data: { from, to, ...score },
        summary: `Trust score of ${to} from ${from}: ${score.score.toFixed(4)} (${score.nodesConsidered} identities considered).`,
      };
    },
  });

  tools.add('attestations', {
    description:
      'Signed attestations about an identity (event.attendance, email.verified, vouch, …), newest first, each with its signed payload and signature.',
    input: z.strictObject({
      subject: subject.describe('a DID or @handle'),
      type: z.string().min(1).max(100).optional().describe('only this attestation type'),
      includeInactive: z.boolean().default(false).describe('also revoked and expired ones'),
    }),
    async run(args) {
      const client = tools.acting.client();
      const did = await resolveSubject(client, args.subject);
      const data = await client.request(AttestationsDocument, {
        did,
        type: args.type,
        includeInactive: args.includeInactive,
      });
      const list = (data.identity?.attestations ?? []).map((a) => ({ ...a, evidence: evidenceOf(a) }));
      return {
        data: { did, attestations: list, howToVerify: EVIDENCE_HOWTO },
        summary: `${list.length} attestation(s) about ${did}${list.length ? `: ${list.map((a) => `${a.type} by ${label(a.issuer)}`).join('; ')}` : ''}.`,
      };
    },
  });

  tools.add('attest', {
    description:
      "Issue a signed attestation about someone as the server's acting identity (e.g. event.attendance). Counts against the write budget; list them with attestations.",
    writes: true,
    input: z.strictObject({
      subject: subject.describe('a DID or @handle'),
      attestationType: z
        .string()
        .max(100)
        .regex(
          /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/,
          'Expected a dotted lower-case type, e.g. event.attendance.',
        )
        .describe('dotted lower-case type, e.g. event.attendance or email.verified'),
      claim: z.string().min(1).max(2000).optional().describe('what is attested, up to 2000 characters'),
      expiresAt: z.iso.datetime().optional().describe('ISO 8601 instant after which it stops counting'),
    }),
    async run(args) {
      const keyPair = tools.acting.signer();
      const client = tools.acting.client();
      const did = await resolveSubject(client, args.subject);
      const issued = await attest(client, keyPair, did, args.attestationType, {
        claim: args.claim,
        expiresAt: args.expiresAt,
      });
      return {
        data: { attestation: issued, evidence: evidenceOf(issued), howToVerify: EVIDENCE_HOWTO },
        summary: `${keyPair.did} attested ${issued.type} about ${did} (attestation ${issued.id}).`,
      };
    },
  });

  tools.add('vouch', {
    description:
      "Vouch for someone as the server's acting identity (signed with its configured key). Counts against the write budget.",
    writes: true,
    input: z.strictObject({
      subject: subject.describe('a DID or @handle'),
      weight: z.number().int().min(1).max(100).default(50).describe('how strongly, 1–100'),
      context: z.string().min(1).max(200).optional().describe('why, up to 200 characters'),
      expiresAt: z.iso.datetime().optional().describe('ISO 8601 instant after which it stops counting'),
    }),
    async run(args) {
      const keyPair = tools.acting.signer();
      const client = tools.acting.client();
      const to = await resolveSubject(client, args.subject);
      const given = await vouchFor(client, keyPair, to, {
        weight: args.weight,
        context: args.context,
        expiresAt: args.expiresAt,
      });
      return {
        data: { vouch: given, evidence: evidenceOf(given), howToVerify: EVIDENCE_HOWTO },
        summary: `${given.from?.did ?? keyPair.did} vouched for ${to} with weight ${given.weight} (vouch ${given.id}).`,
      };
    },
  });
}
