// GraphQL codegen: typed documents from schema/operations against the client-facing schema, for @imajin/sdk
// and for @imajin/react (the same documents plus one React hook per operation over Apollo Client 4).
import type { CodegenConfig } from '@graphql-codegen/cli';

const typedDocuments = (typesFile: string) => ({
  plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
  config: {
    // typescript-operations 6 emits the input/enum types its operations use unless told they exist
    // elsewhere; pointing it at this same file keeps the typescript plugin's full schema types as the
    // single declaration (otherwise RegisterInput etc. are declared twice and tsc fails).
    importSchemaTypesFrom: typesFile,
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
});

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/api.graphql',
  documents: ['schema/operations/*.graphql'],
  // A glob that matches nothing (moved folder) should fail, not silently emit schema types only.
  ignoreNoDocuments: false,
  generates: {
    'clients/sdk/src/generated/graphql.ts': typedDocuments('clients/sdk/src/generated/graphql.ts'),
    // A second copy rather than an import of @imajin/sdk: the browser bundle then holds only ES modules
    // it can tree-shake, not the SDK's CommonJS build with its Node-side helpers.
    'clients/react/src/generated/graphql.ts': typedDocuments('clients/react/src/generated/graphql.ts'),
    'clients/react/src/generated/hooks.ts': {
      plugins: ['clients/react/codegen/apollo-hooks.js'],
      config: { typesFile: './graphql' },
    },
  },
};

export = config;
