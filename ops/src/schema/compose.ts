import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

import { SCHEMA_DIR } from './paths';
import { devSubgraphUrl, SUBGRAPHS } from './subgraph-list';

/**
 * `npm run compose`: the checked-in subgraph SDLs → supergraph.graphql (what the gateway loads) and
 * api.graphql (what clients see), with @apollo/composition, the same library rover runs.
 */
export function composeSupergraph(): { supergraph: string; api: string } {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({
      name,
      url: devSubgraphUrl(port),
      typeDefs: parse(readFileSync(join(SCHEMA_DIR, 'subgraphs', `${name}.graphql`), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  const api = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { supergraph: result.supergraphSdl, api };
}

if (require.main === module) {
  try {
    const { supergraph, api } = composeSupergraph();
    writeFileSync(join(SCHEMA_DIR, 'supergraph.graphql'), `${supergraph.trim()}\n`);
    writeFileSync(join(SCHEMA_DIR, 'api.graphql'), `${api.trim()}\n`);
    process.stdout.write('wrote schema/supergraph.graphql and schema/api.graphql\n');
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
