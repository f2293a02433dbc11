import { z } from 'zod';

import { getIdentity, listEvents, listNodes, resolveDid, searchIdentities } from '@imajin/sdk';

import { CliError, CliErrorCodes, ExitCodes } from '../errors';
import { label, resolveSubject } from '../format';

import { McpLimits } from './limits';
import type { ToolRegistry } from './mcp-server';
import { first, subject } from './schemas';

export function registerIdentityTools(tools: ToolRegistry): void {
  tools.add('resolve_identity', {
    description:
      "Look up a person, agent or organisation by DID or @handle: profile, keys, and the W3C DID document (the key to verify that identity's signatures with).",
    input: z.strictObject({ subject: subject.describe('a DID (did:mjn:…) or @handle') }),
    async run({ subject: ref }) {
      const client = tools.acting.client();
      const did = await resolveSubject(client, ref);
      const identity = await getIdentity(client, did);
      if (!identity) throw new CliError(CliErrorCodes.notFound, `No identity ${did}.`, ExitCodes.api);
      const resolution = await resolveDid(client, did);
      return {
        data: {
          identity,
          didDocument: resolution.didDocument,
          didDocumentMetadata: resolution.didDocumentMetadata,
        },
        summary: `${label(identity)}: ${identity.kind}${identity.active ? '' : ' (deactivated)'}${identity.profile?.displayName ? `, "${identity.profile.displayName}"` : ''}.`,
      };
    },
  });

  tools.add('search', {
    description:
      'Find people by handle prefix, public events by title, or registered nodes by hostname. Lists are capped at `first`.',
    input: z.strictObject({
      kind: z.enum(['people', 'events', 'nodes']).describe('what to search'),
      query: z
        .string()
        .max(McpLimits.maxQueryLength)
        .default('')
        .describe('people: handle prefix (required); events: words in the title; nodes: hostname prefix'),
      first: first.default(10),
    }),
    async run({ kind, query, first: n }) {
      const client = tools.acting.client();
      const q = query.trim().replace(/^@/, '').toLowerCase();
      if (kind === 'people') {
        if (q.length === 0) {
          throw new CliError(
            CliErrorCodes.badInput,
            'Searching people needs a handle prefix in `query`.',
            ExitCodes.usage,
          );
        }
        const page = await searchIdentities(client, q, { first: n });
        const people = page.edges.map((e) => e.node);
        return {
          data: { kind, query: q, totalCount: page.totalCount, results: people },
          summary: `${page.totalCount} handle(s) start with "${q}"${people.length ? `: ${people.map((p) => label(p)).join(', ')}` : ''}.`,
        };
      }
      if (kind === 'events') {
        // The gateway has no title search: scan one bounded page of upcoming public events and match here.
        const page = await listEvents(client, { includeCanceled: false }, McpLimits.maxFirst);
        const events = page.edges
          .map((e) => e.node)
          .filter((e) => q === '' || e.title.toLowerCase().includes(q))
          .slice(0, n);
        return {
          data: { kind, query: q, results: events },
          summary: `${events.length} public event(s)${q ? ` matching "${q}"` : ''}${events.length ? `: ${events.map((e) => `${e.title} (${e.id}, ${String(e.startsAt)})`).join('; ')}` : ''}.`,
        };
      }
      const page = await listNodes(client, { first: McpLimits.maxFirst });
      const nodes = page.edges
        .map((e) => e.node)
        .filter((node) => q === '' || node.hostname.toLowerCase().startsWith(q))
        .slice(0, n);
      return {
        data: { kind, query: q, results: nodes },
        summary: `${nodes.length} node(s)${q ? ` whose hostname starts with "${q}"` : ''}${nodes.length ? `: ${nodes.map((x) => `${x.hostname} (${x.status})`).join(', ')}` : ''}.`,
      };
    },
  });
}
