// Public surface of @imajin/react: generated typed documents and hooks for every shared operation, the
// Apollo Client 4 setup, the browser key store and the hooks that sign with it.
export * from './generated/graphql';
export * from './generated/hooks';
export { createImajinCache } from './apollo/cache';
export { createImajinClient, type ImajinClientOptions } from './apollo/client';
export { errorCode, errorMessage, fieldOfError } from './errors/error-message';
export {
  createLocalKeyStore,
  createMemoryKeyStore,
  keyFileName,
  parseKeyFile,
  serializeKeyFile,
  type KeyStore,
} from './keys/key-store';
export {
  ImajinProvider,
  useImajin,
  type ImajinProviderProps,
  type ImajinSession,
} from './session/imajin-provider';
export { useSession } from './session/use-session';
export { proofFor, useSignedMutation, type SignedMutationOptions } from './signing/use-signed-mutation';
export { useVouch, useRevokeVouch } from './signing/use-vouch';
export {
  useCreateCheckout,
  useCreateFairManifest,
  useSignFairManifest,
  type FairManifestDraft,
} from './signing/use-payments';
export { useCheckIn, useCreateEvent, usePurchaseTicket } from './signing/use-events';
