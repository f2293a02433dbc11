import {
  DELEGATE_TYPE,
  publicKeyToMultibase,
  REVOKE_DELEGATION_TYPE,
  signChallenge,
  signPayload,
  type DidDocument,
  type DidDocumentMetadata,
  type KeyPair,
  MjnActions,
} from '@imajin/protocol';

import { present, type ImajinClient } from './client';
import {
  ClaimSoftIdentityDocument,
  CreateChallengeDocument,
  DeactivateDocument,
  DelegateDocument,
  DelegationsDocument,
  DidDocumentDocument,
  DidResolutionDocument,
  IdentityByHandleDocument,
  IdentityDocument,
  RegisterDocument,
  RegisterSoftDocument,
  RevokeDelegationDocument,
  RotateKeyDocument,
  SearchIdentitiesDocument,
  SignInDocument,
  SignInSoftDocument,
  SignOutDocument,
  UpdateProfileDocument,
  ViewerDocument,
  type ClaimSoftIdentityInput,
  type DeactivateInput,
  type DelegateInput,
  type DelegationFieldsFragment,
  type IdentityFieldsFragment,
  type IdentityKeyFieldsFragment,
  type IdentityKind,
  type ProofInput,
  type RegisterInput,
  type RegisterSoftMutation,
  type RotateKeyInput,
  type SearchIdentitiesQuery,
  type SignInMutation,
  type UpdateProfileInput,
} from './generated/graphql';

/** Proof `type` per mutation; the server rebuilds the payload with these, so they must match exactly. */
export const ProofTypes = {
  register: MjnActions.identity.register,
  updateProfile: MjnActions.identity.updateProfile,
  deactivate: MjnActions.identity.deactivate,
  rotateKey: MjnActions.identity.rotateKey,
  claimSoft: MjnActions.identity.claimSoft,
  delegate: DELEGATE_TYPE,
  revokeDelegation: REVOKE_DELEGATION_TYPE,
} as const;

export type ProofType = (typeof ProofTypes)[keyof typeof ProofTypes];

// Named apart from the generated schema types (Identity, Session, ...), which index.ts also re-exports:
// these are what the shared operations actually select.
type Identity = IdentityFieldsFragment;
export type SessionResult = SignInMutation['signIn'];
export type SoftRegistrationResult = RegisterSoftMutation['registerSoft'];
export type IdentityPage = NonNullable<SearchIdentitiesQuery['searchIdentities']>;

/** didResolution's JSON: a W3C DID document plus metadata (created, updated, deactivated). */
export interface DidResolutionResult {
  didDocument: DidDocument;
  didDocumentMetadata: DidDocumentMetadata;
}

export interface RegisterOptions {
  kind: IdentityKind;
  handle?: string | null;
  displayName?: string | null;
  bio?: string | null;
  avatarUrl?: string | null;
}

/** Profile edits: omit (or null) keeps a field, `""` clears it. */
export interface ProfileChanges {
  handle?: string | null;
  displayName?: string | null;
  bio?: string | null;
  avatarUrl?: string | null;
}

/**
 * Drops undefined and null fields. The protocol drops them from the signed payload anyway; dropping them
 * from the sent input too keeps "what was signed" and "what was sent" literally the same object.
 */
export function compactInput<T extends object>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out as T;
}

/**
 * The same key with a different signer DID. After a rotation the new key no longer derives the
 * identity's DID, so proofs and sign-ins must name the identity's DID explicitly.
 */
export function actingAs(keyPair: KeyPair, did: string): KeyPair {
  return { did, publicKey: keyPair.publicKey, seed: keyPair.seed };
}

/** An agent's key that signs for a person: every helper given it sends proofs naming `onBehalfOf`. */
export interface DelegatedKeyPair extends KeyPair {
  onBehalfOf: string;
}

/**
 * The agent's key acting for `personDid` under a delegation the person granted ({@link delegate}), e.g.
 * `vouchFor(client, onBehalfOf(agentKey, alice.did), bob.did, { weight: 50 })`: the vouch is from alice and
 * records the agent. Only delegable actions accept it (SPEC §3.1); others answer FORBIDDEN.
 */
export function onBehalfOf(agentKeyPair: KeyPair, personDid: string): DelegatedKeyPair {
  return { ...agentKeyPair, onBehalfOf: personDid };
}

/** Signs `input` as `type` and returns the `ProofInput` to send beside exactly that input. */
export function proofFor(type: string, input: object, keyPair: KeyPair | DelegatedKeyPair): ProofInput {
  const delegated = 'onBehalfOf' in keyPair ? keyPair.onBehalfOf : undefined;
  const { proof } = signPayload(type, { ...input }, keyPair, { onBehalfOf: delegated });
  const sent: ProofInput = {
    signer: proof.signer,
    createdAt: proof.createdAt,
    nonce: proof.nonce,
    signature: proof.signature,
  };
  if (delegated !== undefined) sent.onBehalfOf = delegated;
  return sent;
}

/** Registers `keyPair.did` with an optional profile. */
export async function registerIdentity(
  client: ImajinClient,
  keyPair: KeyPair,
  options: RegisterOptions,
): Promise<Identity> {
  // Fields picked one by one: anything extra would be signed and then rejected by GraphQL validation.
  const input = compactInput<RegisterInput>({
    did: keyPair.did,
    kind: options.kind,
    handle: options.handle,
    displayName: options.displayName,
    bio: options.bio,
    avatarUrl: options.avatarUrl,
  });
  const proof = proofFor(ProofTypes.register, input, keyPair);
  const data = await client.request(RegisterDocument, { input, proof });
  return data.register;
}

/** createChallenge → signChallenge → signIn; stores the token on the client and returns the session. */
export async function signIn(client: ImajinClient, keyPair: KeyPair): Promise<SessionResult> {
  const { createChallenge } = await client.request(CreateChallengeDocument, { did: keyPair.did });
  const signature = signChallenge(keyPair, createChallenge.challenge);
  const { signIn: session } = await client.request(SignInDocument, {
    did: keyPair.did,
    challenge: createChallenge.challenge,
    signature,
  });
  client.setToken(session.token);
  return session;
}

/**
 * Signs a did:email in with the code `registerSoft(email)` mailed to it (single use). The session acts as
 * the did:email: it is what lets a soft buyer hold ticket seats (`purchaseTicket(client, tierId, emailDid)`).
 * Stores the token on the client and returns the session.
 */
export async function signInSoft(client: ImajinClient, email: string, code: string): Promise<SessionResult> {
  const { signInSoft: session } = await client.request(SignInSoftDocument, { email, code });
  client.setToken(session.token);
  return session;
}

/**
 * Ends the session `token`, or every session of the signed-in identity when omitted. Clears the client's
 * token when it was among those ended. Returns how many sessions ended.
 */
export async function signOut(client: ImajinClient, token?: string): Promise<number> {
  const data = await client.request(SignOutDocument, token === undefined ? {} : { token });
  if (token === undefined || token === client.token) client.setToken(null);
  return data.signOut;
}

/** Edits the profile of `keyPair.did` (use {@link actingAs} after a key rotation). */
export async function updateProfile(
  client: ImajinClient,
  keyPair: KeyPair,
  changes: ProfileChanges,
): Promise<Identity> {
  const input = compactInput<UpdateProfileInput>({
    did: keyPair.did,
    handle: changes.handle,
    displayName: changes.displayName,
    bio: changes.bio,
    avatarUrl: changes.avatarUrl,
  });
  const proof = proofFor(ProofTypes.updateProfile, input, keyPair);
  const data = await client.request(UpdateProfileDocument, { input, proof });
  return data.updateProfile;
}

/**
 * Deactivates (soft-deletes) `keyPair.did`. The server ends its sessions; the client keeps its token so a
 * caller can observe that, and should sign out or drop it.
 */
export async function deactivateIdentity(client: ImajinClient, keyPair: KeyPair): Promise<Identity> {
  const input: DeactivateInput = { did: keyPair.did };
  const proof = proofFor(ProofTypes.deactivate, input, keyPair);
  const data = await client.request(DeactivateDocument, { input, proof });
  return data.deactivate;
}

/**
 * Rotates `did` to `newKeyPair`. Both proofs cover the same input and name `did` as signer (not the DID
 * each key derives), one signed by the current key and one by the new key to show possession of it.
 */
export async function rotateKey(
  client: ImajinClient,
  did: string,
  currentKeyPair: KeyPair,
  newKeyPair: KeyPair,
): Promise<IdentityKeyFieldsFragment> {
  const input: RotateKeyInput = { did, newPublicKey: publicKeyToMultibase(newKeyPair.publicKey) };
  // Two signPayload calls, so two random nonces: the server accepts a nonce once per signer.
  const proof = proofFor(ProofTypes.rotateKey, input, actingAs(currentKeyPair, did));
  const newKeyProof = proofFor(ProofTypes.rotateKey, input, actingAs(newKeyPair, did));
  const data = await client.request(RotateKeyDocument, { input, proof, newKeyProof });
  return data.rotateKey;
}

/** Creates (or reuses) the did:email identity for `email` and has a claim code emailed to it. */
export async function registerSoft(client: ImajinClient, email: string): Promise<SoftRegistrationResult> {
  const data = await client.request(RegisterSoftDocument, { email });
  return data.registerSoft;
}

/** Links `emailDid` to `keyPair.did`, which signs the claim; `code` is the emailed code. */
export async function claimSoftIdentity(
  client: ImajinClient,
  keyPair: KeyPair,
  emailDid: string,
  code: string,
): Promise<Identity> {
  const input: ClaimSoftIdentityInput = { emailDid };
  const proof = proofFor(ProofTypes.claimSoft, input, keyPair);
  const data = await client.request(ClaimSoftIdentityDocument, { input, proof, code });
  return data.claimSoftIdentity;
}

/** DID resolution: the document (current key after rotations) and its metadata. */
export async function resolveDid(client: ImajinClient, did: string): Promise<DidResolutionResult> {
  const data = await client.request(DidResolutionDocument, { did });
  return present(data.didResolution, 'didResolution') as DidResolutionResult;
}

/** Just the W3C DID document of `did`. */
export async function getDidDocument(client: ImajinClient, did: string): Promise<DidDocument> {
  const data = await client.request(DidDocumentDocument, { did });
  return present(data.didDocument, 'didDocument') as DidDocument;
}

export async function getIdentity(client: ImajinClient, did: string): Promise<Identity | null> {
  const data = await client.request(IdentityDocument, { did });
  return data.identity;
}

export async function getIdentityByHandle(client: ImajinClient, handle: string): Promise<Identity | null> {
  const data = await client.request(IdentityByHandleDocument, { handle });
  return data.identityByHandle;
}

/** The signed-in identity, or null without a session. */
export async function getViewer(client: ImajinClient): Promise<Identity | null> {
  const data = await client.request(ViewerDocument, {});
  return data.viewer;
}

export async function searchIdentities(
  client: ImajinClient,
  handlePrefix: string,
  page: { first?: number; after?: string | null } = {},
): Promise<IdentityPage> {
  const data = await client.request(SearchIdentitiesDocument, compactInput({ handlePrefix, ...page }));
  return present(data.searchIdentities, 'searchIdentities');
}

type Delegation = DelegationFieldsFragment;

export interface DelegateOptions {
  /** Action types the agent may sign for you (see DELEGABLE_SCOPES in @imajin/protocol). */
  scopes: string[];
  /** Sent and signed as Date#toISOString(); at most 365 days ahead. */
  expiresAt: Date | string;
  /** At most this many delegated requests in any rolling 24 hours. */
  maxUsesPerDay?: number;
}

/** `keyPair.did` (the person) lets `agentDid` (an AGENT identity) act for it on `scopes` until `expiresAt`. */
export async function delegate(
  client: ImajinClient,
  keyPair: KeyPair,
  agentDid: string,
  options: DelegateOptions,
): Promise<Delegation> {
  const input = compactInput<DelegateInput>({
    agent: agentDid,
    scopes: options.scopes,
    expiresAt: new Date(options.expiresAt).toISOString(),
    maxUsesPerDay: options.maxUsesPerDay,
  });
  const proof = proofFor(ProofTypes.delegate, input, keyPair);
  const data = await client.request(DelegateDocument, { input, proof });
  return data.delegate;
}

/** Ends delegation `id` at once; signed by its person or its agent. */
export async function revokeDelegation(
  client: ImajinClient,
  keyPair: KeyPair,
  id: string,
): Promise<Delegation> {
  const proof = proofFor(ProofTypes.revokeDelegation, { id }, keyPair);
  const data = await client.request(RevokeDelegationDocument, { id, proof });
  return data.revokeDelegation;
}

/**
 * Delegations `did` granted or received that the signed-in viewer is party to (sign in first), newest first;
 * live ones only unless `includeInactive`.
 */
export async function listDelegations(
  client: ImajinClient,
  did: string,
  includeInactive = false,
): Promise<Delegation[]> {
  const data = await client.request(DelegationsDocument, { did, includeInactive });
  return present(present(data.identity, 'identity').delegations, 'delegations');
}
