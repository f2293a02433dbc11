// Public surface of @imajin/sdk: the HTTP client, signing identity helpers, and the generated typed
// documents and types for every shared operation in schema/operations.
export { ClientErrorCodes, ImajinClient, ImajinRequestError, present } from './client';
export type { ImajinClientOptions, ImajinGraphQLError, RawResponse } from './client';
export * from './generated/graphql';
export {
  actingAs,
  claimSoftIdentity,
  compactInput,
  deactivateIdentity,
  delegate,
  getDidDocument,
  getIdentity,
  getIdentityByHandle,
  getViewer,
  listDelegations,
  onBehalfOf,
  proofFor,
  ProofTypes,
  registerIdentity,
  registerSoft,
  resolveDid,
  revokeDelegation,
  rotateKey,
  searchIdentities,
  signIn,
  signInSoft,
  signOut,
  updateProfile,
} from './identity';
export type {
  DelegatedKeyPair,
  DelegateOptions,
  DidResolutionResult,
  IdentityPage,
  ProfileChanges,
  ProofType,
  RegisterOptions,
  SessionResult,
  SoftRegistrationResult,
} from './identity';
export * from './trust';
export * from './registry';
export * from './payments';
export * from './events';
export * from './chat';
export { ImajinSubscriptionClient, type Subscription, type SubscriptionClientOptions } from './subscriptions';
export * from './consent';
