import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

import { buildIdentitySchema } from '@imajin/identity';

import { SCHEMA_DIR } from './paths';
import type { SubgraphName } from './subgraph-list';

const builders: Record<SubgraphName, () => Promise<GraphQLSchema>> = {
  identity: buildIdentitySchema,
};

/** Writes each subgraph's SDL (from its code-first schema) to schema/subgraphs/<name>.graphql. */
export async function emitSubgraphSchemas(): Promise<string[]> {
  mkdirSync(join(SCHEMA_DIR, 'subgraphs'), { recursive: true });
  const written: string[] = [];
  for (const [name, build] of Object.entries(builders)) {
    const file = join(SCHEMA_DIR, 'subgraphs', `${name}.graphql`);
    writeFileSync(file, `${printSubgraphSchema(await build()).trim()}\n`);
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  emitSubgraphSchemas().then(
    (files) => process.stdout.write(`wrote ${files.join(', ')}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
