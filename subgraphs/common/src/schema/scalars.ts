import { GraphQLJSON } from 'graphql-scalars';

/** Arbitrary JSON (DID documents, signed payloads as objects). */
export const JSONScalar = GraphQLJSON;
