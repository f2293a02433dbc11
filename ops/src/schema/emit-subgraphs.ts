import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { printSubgraphSchema } from '@apollo/subgraph';

import { SCHEMA_DIR } from './paths';
import { SUBGRAPHS } from './subgraph-list';
import { loadSubgraph } from './subgraph-modules';

/** Writes each subgraph's SDL (from its code-first schema) to schema/subgraphs/<name>.graphql. */
export async function emitSubgraphSchemas(): Promise<string[]> {
  mkdirSync(join(SCHEMA_DIR, 'subgraphs'), { recursive: true });
  const written: string[] = [];
  for (const { name } of SUBGRAPHS) {
    const file = join(SCHEMA_DIR, 'subgraphs', `${name}.graphql`);
    writeFileSync(file, `${printSubgraphSchema(await loadSubgraph(name).buildSchema()).trim()}\n`);
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
