// GraphQL codegen for @imajin/sdk: typed documents from schema/operations against the client-facing schema.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/api.graphql',
  documents: ['schema/operations/*.graphql'],
  // A glob that matches nothing (moved folder) should fail, not silently emit schema types only.
  ignoreNoDocuments: false,
  generates: {
    'clients/sdk/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        // typescript-operations 6 emits the input/enum types its operations use unless told they exist
        // elsewhere; pointing it at this same file keeps the typescript plugin's full schema types as the
        // single declaration (otherwise RegisterInput etc. are declared twice and tsc fails).
        importSchemaTypesFrom: 'clients/sdk/src/generated/graphql.ts',
        // String unions instead of TS enums: no runtime objects, and the generated file needs only
        // graphql and @graphql-typed-document-node/core at runtime.
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          DateTimeISO: 'string',
          JSON: 'unknown',
          // Integer minor units (cents); the server refuses anything above 2^53 - 1.
          MinorUnits: 'number',
        },
      },
    },
  },
};

export = config;
