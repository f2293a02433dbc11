export { TestGatewayKey } from './gateway-key';
export { postGraphQL, queryEntities, type GraphQLResponse } from './graphql-client';
export { createTestDatabase, type TestDatabase } from './test-database';
