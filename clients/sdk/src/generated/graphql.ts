/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from './graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** An accepted invite and the mutual vouches it recorded. */
export type AcceptedInvite = {
  __typename?: 'AcceptedInvite';
  invite: Invite;
  /** inviter → accepter (backed by the invite signature) and accepter → inviter (backed by the accept signature); a pair that already had an active vouch keeps it. */
  vouches: Array<Vouch>;
};

/** Signed as type `mjn.registry.attestBuild` by a registry admin. */
export type AttestBuildInput = {
  /** sha256:<64 hex> */
  hash: Scalars['String']['input'];
  /** Up to 1000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['String']['input'];
};

/** Signed as type `mjn.trust.attest` by the issuer (the proof signer). */
export type AttestInput = {
  /** Dotted lower-case name, e.g. event.attendance or email.verified (not `vouch`). */
  attestationType: Scalars['String']['input'];
  /** Up to 2,000 characters. */
  claim?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 UTC instant; signed exactly as sent. */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  /** The did:mjn the attestation is about; a registered, active identity. */
  subject: Scalars['String']['input'];
};

/** A signed, typed statement by `issuer` about `subject` (event.attendance, email.verified, …). A vouch is the attestation of type `vouch` (its claim is {"weight", "context"}); it is listed here with its own signature. */
export type Attestation = {
  __typename?: 'Attestation';
  /** Neither revoked nor expired. */
  active: Scalars['Boolean']['output'];
  /** Free-form claim (often JSON), up to 2,000 characters. */
  claim?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** For type `vouch`, the Vouch id. */
  id: Scalars['ID']['output'];
  issuer: Identity;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Ed25519 by the issuer over `signedPayload` (type `mjn.trust.attest` or `mjn.trust.vouch`). */
  signature: Scalars['String']['output'];
  signedPayload: Scalars['String']['output'];
  subject: Identity;
  /** Dotted lower-case name such as event.attendance, or `vouch`. */
  type: Scalars['String']['output'];
};

/** A build hash a registry admin vouched for; nodes must run one of these. */
export type AttestedBuild = {
  __typename?: 'AttestedBuild';
  attestedAt: Scalars['DateTimeISO']['output'];
  /** The admin who attested it. */
  attestedBy: Identity;
  /** sha256:<64 hex> of the running build. */
  hash: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** The admin's signature over the canonical `mjn.registry.attestBuild` payload. */
  signature: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** A sign-in challenge: sign it with signChallenge() and pass it to signIn within 5 minutes. */
export type Challenge = {
  __typename?: 'Challenge';
  challenge: Scalars['String']['output'];
  did: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
};

/** Signed as type `mjn.identity.claimSoft` by the keyed identity that claims the email. */
export type ClaimSoftIdentityInput = {
  /** The did:email identity to claim. */
  emailDid: Scalars['String']['input'];
};

/** Signed as type `mjn.trust.createInvite` by the inviter. Give toEmail or toDid, or neither. */
export type CreateInviteInput = {
  /** ISO 8601 UTC instant, in the future; signed exactly as sent. */
  expiresAt: Scalars['String']['input'];
  /** 1–1000 acceptances. */
  maxUses: Scalars['Int']['input'];
  /** Only this did:mjn may accept. */
  toDid?: InputMaybe<Scalars['String']['input']>;
  toEmail?: InputMaybe<Scalars['String']['input']>;
};

/** A new invite and its code: share the code; it is shown only once. */
export type CreatedInvite = {
  __typename?: 'CreatedInvite';
  /** Shown once; the server keeps only its hash. */
  code: Scalars['String']['output'];
  invite: Invite;
};

/** Signed as type `mjn.identity.deactivate` by the identity itself. */
export type DeactivateInput = {
  did: Scalars['String']['input'];
};

/** Signed as type `mjn.registry.heartbeat` by the node; a fresh nonce every time. */
export type HeartbeatInput = {
  buildHash: Scalars['String']['input'];
  did: Scalars['String']['input'];
  /** A JSON object of at most 4 KB (uptime, load, ...). */
  stats?: InputMaybe<Scalars['JSON']['input']>;
  version: Scalars['String']['input'];
};

/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type Identity = {
  __typename?: 'Identity';
  /** False once deactivated (a soft delete; the DID and its history remain). */
  active: Scalars['Boolean']['output'];
  /** Signed attestations about this identity, newest first (at most 100); `type: "vouch"` lists its vouches. */
  attestations: Array<Attestation>;
  /** For a claimed did:email, the keyed identity that claimed it. */
  claimedBy?: Maybe<Identity>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key that verifies new proofs (multibase); null for did:email. */
  currentKey?: Maybe<Scalars['String']['output']>;
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** did:mjn:z6Mk… or did:email:<local>_at_<domain>. */
  did: Scalars['ID']['output'];
  /** Every key this identity has held, oldest first. */
  keys: Array<IdentityKey>;
  kind: IdentityKind;
  /** Identities that both this identity and `with` actively vouch for (at most 100, by DID). */
  mutuals: Array<Identity>;
  /** Registered nodes this identity is (a NODE identity) or operates (named as operator). */
  nodes: Array<Node>;
  /** Null once the identity is deactivated. */
  profile?: Maybe<Profile>;
  /** True for a did:email onramp identity without keys. */
  soft: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Vouches this identity gave, newest first. */
  vouchesGiven: VouchConnection;
  /** Vouches this identity received, newest first. */
  vouchesReceived: VouchConnection;
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityAttestationsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
  type?: InputMaybe<Scalars['String']['input']>;
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityMutualsArgs = {
  with: Scalars['String']['input'];
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityVouchesGivenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeInactive?: Scalars['Boolean']['input'];
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityVouchesReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeInactive?: Scalars['Boolean']['input'];
};

/** A page of Identity items. */
export type IdentityConnection = {
  __typename?: 'IdentityConnection';
  edges: Array<IdentityEdge>;
  pageInfo: PageInfo;
  /** How many items match in total, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type IdentityEdge = {
  __typename?: 'IdentityEdge';
  cursor: Scalars['String']['output'];
  node: Identity;
};

/** One Ed25519 key an identity has held, with when it was valid. */
export type IdentityKey = {
  __typename?: 'IdentityKey';
  /** True for the key that verifies new proofs. */
  current: Scalars['Boolean']['output'];
  /** Multibase (z6Mk…) Ed25519 public key. */
  publicKeyMultibase: Scalars['String']['output'];
  /** Signature (by the previous key) that authorised this key. */
  rotationSignature?: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['DateTimeISO']['output'];
  /** When it was rotated out; null for the current key. */
  validUntil?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** What acts behind a DID: a person, a software agent, an organisation, an event or a node. */
export type IdentityKind =
  | 'AGENT'
  | 'EVENT'
  | 'HUMAN'
  | 'NODE'
  | 'ORG';

/** An invitation into the trust graph; accepting it records mutual vouches. */
export type Invite = {
  __typename?: 'Invite';
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  inviter: Identity;
  maxUses: Scalars['Int']['output'];
  /** Ed25519 signature by the inviter (type `mjn.trust.createInvite`). */
  signature: Scalars['String']['output'];
  signedPayload: Scalars['String']['output'];
  /** When set, only this DID may accept. */
  toDid?: Maybe<Scalars['String']['output']>;
  /** Who it is meant for (informational). */
  toEmail?: Maybe<Scalars['String']['output']>;
  uses: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept an invite: records mutual vouches between inviter and accepter. Proof type `mjn.trust.acceptInvite` over `{code}`. Expired or revoked (FORBIDDEN), used up (CONFLICT); uses are counted atomically. */
  acceptInvite: AcceptedInvite;
  /** Issue a typed attestation about another identity. Proof type `mjn.trust.attest`. */
  attest: Attestation;
  /** Attest a build hash. Proof type `mjn.registry.attestBuild`, signed by a registry admin. */
  attestBuild: AttestedBuild;
  /** Link a did:email to the keyed DID that signs the proof (type `mjn.identity.claimSoft`), using the emailed code. */
  claimSoftIdentity: Identity;
  /** Start signing in: returns a one-time challenge valid for 5 minutes. */
  createChallenge: Challenge;
  /** Invite someone into the trust graph. Proof type `mjn.trust.createInvite`. Each identity may have a limited number of open invites (FORBIDDEN beyond it). */
  createInvite: CreatedInvite;
  /** Deactivate (soft delete) the identity and end its sessions. Proof type `mjn.identity.deactivate`. */
  deactivate: Identity;
  /** The daily heartbeat, due every 24 hours. Proof type `mjn.registry.heartbeat` (fresh nonce). */
  heartbeat: Node;
  /** Register a DID. Proof type `mjn.identity.register`, signed by that DID. */
  register: Identity;
  /** Register the signing node (kind NODE) for 30 days and provision {hostname}.<domain>. Proof type `mjn.registry.registerNode`. */
  registerNode: Node;
  /** Create (or reuse) a did:email identity and email it a claim code. No signature: it cannot sign yet. */
  registerSoft: SoftRegistration;
  /** Extend the registration to max(now, registeredUntil) + 30 days. Proof type `mjn.registry.renewRegistration`. */
  renewRegistration: Node;
  /** Revoke an attestation you issued. Proof type `mjn.trust.revokeAttestation` over `{id}`. */
  revokeAttestation: Attestation;
  /** Revoke a node (registry admins). Proof type `mjn.registry.revokeNode`. */
  revokeNode: Node;
  /** Revoke your vouch; it stops counting but stays in history. Proof type `mjn.trust.revokeVouch` over `{id}`. */
  revokeVouch: Vouch;
  /** Rotate to a new key; the DID stays. Proof type `mjn.identity.rotateKey`, signed by the current key (proof) and by the new key (newKeyProof). Old keys stop verifying new proofs; past signatures stay checkable via `keys`. */
  rotateKey: IdentityKey;
  /** Finish signing in: `signature` is @imajin/protocol signChallenge(keyPair, challenge), i.e. Ed25519 over the canonical JSON {type: "mjn.auth.signIn", did, challenge}. */
  signIn: Session;
  /** End a session: pass its token, or nothing to end every session of the signed-in identity. Returns how many ended. */
  signOut: Scalars['Int']['output'];
  /** Edit the profile. Proof type `mjn.identity.updateProfile`. */
  updateProfile: Identity;
  /** Vouch for another identity. Proof type `mjn.trust.vouch`; the signer is the voucher. Errors: vouching for yourself (BAD_USER_INPUT), an unknown DID (NOT_FOUND), a deactivated one (FORBIDDEN), a second active vouch for the same DID (CONFLICT). */
  vouch: Vouch;
};


export type MutationAcceptInviteArgs = {
  code: Scalars['String']['input'];
  proof: ProofInput;
};


export type MutationAttestArgs = {
  input: AttestInput;
  proof: ProofInput;
};


export type MutationAttestBuildArgs = {
  input: AttestBuildInput;
  proof: ProofInput;
};


export type MutationClaimSoftIdentityArgs = {
  code: Scalars['String']['input'];
  input: ClaimSoftIdentityInput;
  proof: ProofInput;
};


export type MutationCreateChallengeArgs = {
  did: Scalars['String']['input'];
};


export type MutationCreateInviteArgs = {
  input: CreateInviteInput;
  proof: ProofInput;
};


export type MutationDeactivateArgs = {
  input: DeactivateInput;
  proof: ProofInput;
};


export type MutationHeartbeatArgs = {
  input: HeartbeatInput;
  proof: ProofInput;
};


export type MutationRegisterArgs = {
  input: RegisterInput;
  proof: ProofInput;
};


export type MutationRegisterNodeArgs = {
  input: RegisterNodeInput;
  proof: ProofInput;
};


export type MutationRegisterSoftArgs = {
  email: Scalars['String']['input'];
};


export type MutationRenewRegistrationArgs = {
  input: RenewRegistrationInput;
  proof: ProofInput;
};


export type MutationRevokeAttestationArgs = {
  id: Scalars['ID']['input'];
  proof: ProofInput;
};


export type MutationRevokeNodeArgs = {
  input: RevokeNodeInput;
  proof: ProofInput;
};


export type MutationRevokeVouchArgs = {
  id: Scalars['ID']['input'];
  proof: ProofInput;
};


export type MutationRotateKeyArgs = {
  input: RotateKeyInput;
  newKeyProof: ProofInput;
  proof: ProofInput;
};


export type MutationSignInArgs = {
  challenge: Scalars['String']['input'];
  did: Scalars['String']['input'];
  signature: Scalars['String']['input'];
};


export type MutationSignOutArgs = {
  token?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
  proof: ProofInput;
};


export type MutationVouchArgs = {
  input: VouchInput;
  proof: ProofInput;
};

/** An identity within k hops, with its distance. */
export type Neighbour = {
  __typename?: 'Neighbour';
  /** Fewest active vouches from the centre to this identity. */
  hops: Scalars['Int']['output'];
  identity: Identity;
};

/** A page of Neighbour items. */
export type NeighbourConnection = {
  __typename?: 'NeighbourConnection';
  edges: Array<NeighbourEdge>;
  pageInfo: PageInfo;
  /** How many items match in total, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type NeighbourEdge = {
  __typename?: 'NeighbourEdge';
  cursor: Scalars['String']['output'];
  node: Neighbour;
};

/** Why there is no path within the bound, and how far the search got. */
export type NoPathExplanation = {
  __typename?: 'NoPathExplanation';
  /** reachedDepth + reachingDepth: paths up to this many hops were ruled out. */
  exploredDepth: Scalars['Int']['output'];
  /** The same, for people. */
  message: Scalars['String']['output'];
  /** Nearest reach: identities the search reached from `from` (all within `reachedDepth` hops). When the reason is NOT_REACHABLE because `from` ran out of vouches, this is everything `from` can reach. */
  reachedCount: Scalars['Int']['output'];
  /** How many hops out from `from` the search went. */
  reachedDepth: Scalars['Int']['output'];
  /** Identities found to vouch, directly or through others, for `to`. */
  reachingCount: Scalars['Int']['output'];
  /** How many hops back from `to` the search went. */
  reachingDepth: Scalars['Int']['output'];
  reason: NoPathReason;
};

/** Why no trust path was found: NO_OUTGOING_VOUCHES (`from` vouches for nobody, at this minWeight), NOT_REACHABLE (everything `from` can reach was explored, or nobody vouches towards `to`: no path at any depth), DEPTH_EXHAUSTED (the search stopped at maxDepth; a longer path may exist). */
export type NoPathReason =
  | 'DEPTH_EXHAUSTED'
  | 'NOT_REACHABLE'
  | 'NO_OUTGOING_VOUCHES';

/** A registered self-hosted Imajin node. Its DID is a registered identity of kind NODE that signs its own registration, heartbeats and renewals. */
export type Node = {
  __typename?: 'Node';
  buildHash: Scalars['String']['output'];
  capabilities: Array<Scalars['String']['output']>;
  did: Scalars['ID']['output'];
  dns?: Maybe<NodeDns>;
  flagReason?: Maybe<Scalars['String']['output']>;
  /** True when the last heartbeat reported a build hash no admin attested. */
  flagged: Scalars['Boolean']['output'];
  /** {hostname}.<registry domain> */
  fqdn: Scalars['String']['output'];
  /** registeredUntil + 7 days: EXPIRED from then on, and the DNS record removed. */
  graceEndsAt: Scalars['DateTimeISO']['output'];
  heartbeatCount: Scalars['Int']['output'];
  /** True once nextHeartbeatDue has passed (the node is still ACTIVE until staleAt). */
  heartbeatOverdue: Scalars['Boolean']['output'];
  hostname: Scalars['String']['output'];
  /** The node's own identity (kind NODE). */
  identity: Identity;
  lastHeartbeatAt: Scalars['DateTimeISO']['output'];
  /** The stats of the last heartbeat. */
  lastStats?: Maybe<Scalars['JSON']['output']>;
  /** lastHeartbeatAt + 24 hours: when the next daily heartbeat is due. */
  nextHeartbeatDue: Scalars['DateTimeISO']['output'];
  /** The person or org the node says runs it (claimed in the node-signed registration, not countersigned). */
  operator?: Maybe<Identity>;
  registeredAt: Scalars['DateTimeISO']['output'];
  /** The registration lapses here (GRACE); renew before. */
  registeredUntil: Scalars['DateTimeISO']['output'];
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The node's signature over its canonical registration payload. */
  signature: Scalars['String']['output'];
  /** The exact bytes signed (RFC 8785 JSON), so anyone can re-verify. */
  signedPayload: Scalars['String']['output'];
  /** lastHeartbeatAt + 3 days: STALE from then on unless a heartbeat arrives. */
  staleAt: Scalars['DateTimeISO']['output'];
  /** Live status, derived from the stored times at query time. */
  status: NodeStatus;
  url: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** A page of Node items. */
export type NodeConnection = {
  __typename?: 'NodeConnection';
  edges: Array<NodeEdge>;
  pageInfo: PageInfo;
  /** How many items match in total, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Where the node's DNS record stands with the provider. */
export type NodeDns = {
  __typename?: 'NodeDns';
  /** PRESENT while the node holds its hostname; ABSENT once EXPIRED or REVOKED. */
  desired: Scalars['String']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** The fully qualified name, {hostname}.<registry domain>. */
  name: Scalars['String']['output'];
  /** DONE once the provider confirmed; PENDING or FAILED are retried by the sweeper. */
  state: Scalars['String']['output'];
  /** The record's target: the host of the node's url (CNAME, or A/AAAA for an IP). */
  target: Scalars['String']['output'];
};

export type NodeEdge = {
  __typename?: 'NodeEdge';
  cursor: Scalars['String']['output'];
  node: Node;
};

/** Directory filters; all given ones must match. */
export type NodeFilter = {
  /** Nodes that declare this capability. */
  capability?: InputMaybe<Scalars['String']['input']>;
  /** Live status to match; when omitted, EXPIRED and REVOKED nodes are left out. */
  status?: InputMaybe<NodeStatus>;
  version?: InputMaybe<Scalars['String']['input']>;
};

/** Derived from stored times at the moment of the query: REVOKED by an admin; EXPIRED 7 days after the registration lapsed; GRACE once it lapsed (30 days after registering or renewing); STALE after 3 days without a heartbeat; else ACTIVE. */
export type NodeStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'GRACE'
  | 'REVOKED'
  | 'STALE';

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to fetch the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An identity's public profile. */
export type Profile = {
  __typename?: 'Profile';
  /** An https URL of an image. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  bio?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  /** Unique handle: 3–30 of a-z, 0-9 and _, starting with a letter. */
  handle?: Maybe<Scalars['String']['output']>;
};

/** A signature over the RFC 8785 canonical JSON of {type, ...fields, signer, createdAt, nonce}, made with the signer's Ed25519 key. Build it with @imajin/protocol's signPayload; the server rebuilds the same bytes from the typed input, so every field of the mutation is covered. */
export type ProofInput = {
  /** When it was signed, ISO 8601 UTC exactly as signed; must be within ±5 minutes of the server. */
  createdAt: Scalars['String']['input'];
  /** A fresh random value (base64url); a nonce is accepted once per signer. */
  nonce: Scalars['String']['input'];
  /** Ed25519 signature, base64url. */
  signature: Scalars['String']['input'];
  /** DID of the signer (did:mjn:z6Mk…). */
  signer: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  attestedBuild?: Maybe<AttestedBuild>;
  /** Attested builds, newest first (up to 500). */
  attestedBuilds: Array<AttestedBuild>;
  /** The W3C DID document of a did:mjn (Multikey, with an X25519 keyAgreement key). A well-formed DID resolves from its own key even when unregistered; a registered DID shows its current (possibly rotated) key. */
  didDocument: Scalars['JSON']['output'];
  /** DID resolution: { didDocument, didDocumentMetadata (created, updated, deactivated) }. */
  didResolution: Scalars['JSON']['output'];
  /** Up to 100 identities by DID, in the order asked; null where a DID is not registered. */
  identities: Array<Maybe<Identity>>;
  /** An identity by DID; null when the DID is not registered. */
  identity?: Maybe<Identity>;
  /** An active identity by handle (case-insensitive). */
  identityByHandle?: Maybe<Identity>;
  /** Does `querier` reach `subject` through at most maxHops (1–6) active vouches? The yes/no other domains use. */
  isTrusted: Scalars['Boolean']['output'];
  /** Identities within `depth` (1–3) hops of `did` along active vouches, closest first, then by DID. */
  neighbourhood: NeighbourConnection;
  /** A registered node by its DID (any status). */
  node?: Maybe<Node>;
  /** The node holding a hostname now; null when free (EXPIRED and REVOKED nodes release theirs). */
  nodeByHostname?: Maybe<Node>;
  /** The public directory of nodes in hostname order. Without a status filter it lists ACTIVE, STALE and GRACE nodes. */
  nodes: NodeConnection;
  /** Active identities whose handle starts with a prefix, in handle order. */
  searchIdentities: IdentityConnection;
  /** The shortest chain of active (unrevoked, unexpired) vouches from `from` to `to`, at most maxDepth (1–6) hops, each at least minWeight. Each hop carries its signed vouch; when there is none, `explanation` says why. */
  trustPath: TrustPath;
  /** How much `from` trusts `to`; see TrustScore for the method. */
  trustScore: TrustScore;
  /** The signed-in identity, or null without a session. */
  viewer?: Maybe<Identity>;
  /** A vouch by id, active or not. */
  vouchById?: Maybe<Vouch>;
};


export type QueryAttestedBuildArgs = {
  hash: Scalars['String']['input'];
};


export type QueryDidDocumentArgs = {
  did: Scalars['String']['input'];
};


export type QueryDidResolutionArgs = {
  did: Scalars['String']['input'];
};


export type QueryIdentitiesArgs = {
  dids: Array<Scalars['String']['input']>;
};


export type QueryIdentityArgs = {
  did: Scalars['String']['input'];
};


export type QueryIdentityByHandleArgs = {
  handle: Scalars['String']['input'];
};


export type QueryIsTrustedArgs = {
  maxHops?: Scalars['Int']['input'];
  querier: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};


export type QueryNeighbourhoodArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: Scalars['Int']['input'];
  did: Scalars['String']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryNodeArgs = {
  did: Scalars['String']['input'];
};


export type QueryNodeByHostnameArgs = {
  hostname: Scalars['String']['input'];
};


export type QueryNodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NodeFilter>;
  first?: Scalars['Int']['input'];
};


export type QuerySearchIdentitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  handlePrefix: Scalars['String']['input'];
};


export type QueryTrustPathArgs = {
  from: Scalars['String']['input'];
  maxDepth?: Scalars['Int']['input'];
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
};


export type QueryTrustScoreArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryVouchByIdArgs = {
  id: Scalars['ID']['input'];
};

/** Signed as type `mjn.identity.register` by the DID being registered. */
export type RegisterInput = {
  /** An https URL, up to 2048 characters. */
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  /** Up to 500 characters. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** The did:mjn of the key that signs the proof. */
  did: Scalars['String']['input'];
  /** Up to 80 characters. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  handle?: InputMaybe<Scalars['String']['input']>;
  kind: IdentityKind;
};

/** Signed as type `mjn.registry.registerNode` by the node DID (kind NODE). */
export type RegisterNodeInput = {
  /** sha256:<64 hex> of the running build; must be attested. */
  buildHash: Scalars['String']['input'];
  /** Up to 32 capability names (e.g. "events", "chat"). */
  capabilities: Array<Scalars['String']['input']>;
  /** The node's did:mjn; it must be registered with identity as kind NODE and sign. */
  did: Scalars['String']['input'];
  /** The DNS label to provision: 3–63 of a-z, 0-9 and "-", not reserved, not taken. */
  hostname: Scalars['String']['input'];
  /** The registered identity (person or org) that runs this node; shown as Node.operator. */
  operatorDid?: InputMaybe<Scalars['String']['input']>;
  /** The node's public base URL (http or https). */
  url: Scalars['String']['input'];
  version: Scalars['String']['input'];
};

/** Signed as type `mjn.registry.renewRegistration` by the node. */
export type RenewRegistrationInput = {
  did: Scalars['String']['input'];
};

/** Signed as type `mjn.registry.revokeNode` by a registry admin. */
export type RevokeNodeInput = {
  did: Scalars['String']['input'];
  /** Why, in 1–500 characters; shown on the node. */
  reason: Scalars['String']['input'];
};

/** Signed as type `mjn.identity.rotateKey` twice: once by the current key (proof) and once by the new key (newKeyProof), both with signer = did. */
export type RotateKeyInput = {
  did: Scalars['String']['input'];
  /** The new Ed25519 public key, multibase (z6Mk…). */
  newPublicKey: Scalars['String']['input'];
};

/** A session: send the token as `Authorization: Bearer <token>`. */
export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTimeISO']['output'];
  identity: Identity;
  /** Shown once; the server keeps only its hash. */
  token: Scalars['String']['output'];
};

/** The outcome of registerSoft: a code was emailed to the address. */
export type SoftRegistration = {
  __typename?: 'SoftRegistration';
  /** When the emailed code stops working. */
  codeExpiresAt: Scalars['DateTimeISO']['output'];
  identity: Identity;
};

/** One step of a trust path: `from` vouched for `to` with `vouch`. */
export type TrustHop = {
  __typename?: 'TrustHop';
  from: Identity;
  to: Identity;
  /** The signed vouch; verify `signature` over `signedPayload` offline. */
  vouch: Vouch;
};

/** The shortest chain of active vouches from `from` to `to`, or why there is none. */
export type TrustPath = {
  __typename?: 'TrustPath';
  /** Set only when not found. */
  explanation?: Maybe<NoPathExplanation>;
  /** True when a path within maxDepth exists. */
  found: Scalars['Boolean']['output'];
  /** In order from `from` to `to`; empty when not found. */
  hops: Array<TrustHop>;
  /** Number of hops; null when not found. */
  length?: Maybe<Scalars['Int']['output']>;
};

/** A personalised trust score: personalised PageRank (EigenTrust style) seeded at `from`. Over the identities within 3 hops of `from` (at most 5,000, taken closest first, then by DID), each identity passes 85% of its score along its active vouches in proportion to their weights and 15% back to `from`; identities without kept vouches pass everything back to `from`. 50 power iterations from all mass at `from`, in a fixed order, so the same graph always gives the same number. Scores sum to 1 over the considered set; 0 when `to` is not within 3 hops. */
export type TrustScore = {
  __typename?: 'TrustScore';
  damping: Scalars['Float']['output'];
  from: Identity;
  iterations: Scalars['Int']['output'];
  /** How many identities the computation considered. */
  nodesConsidered: Scalars['Int']['output'];
  /** In [0, 1]. */
  score: Scalars['Float']['output'];
  to: Identity;
};

/** Signed as type `mjn.identity.updateProfile` by the identity itself. */
export type UpdateProfileInput = {
  /** An https URL, up to 2048 characters. */
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  /** Up to 500 characters. */
  bio?: InputMaybe<Scalars['String']['input']>;
  did: Scalars['String']['input'];
  /** Up to 80 characters. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  handle?: InputMaybe<Scalars['String']['input']>;
};

/** A signed statement "from trusts to, with this weight". Revoked and expired vouches stop counting in the graph but stay in history. `signedPayload` is the exact RFC 8785 JSON that `signature` (Ed25519, base64url, by `from`) covers, so anyone can verify a vouch offline. */
export type Vouch = {
  __typename?: 'Vouch';
  /** Neither revoked nor expired: it counts in trust paths and scores. */
  active: Scalars['Boolean']['output'];
  /** Free text: where or why (up to 200 characters). */
  context?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The signer. */
  from: Identity;
  id: Scalars['ID']['output'];
  /** Signature of the `mjn.trust.revokeVouch` proof. */
  revokeSignature?: Maybe<Scalars['String']['output']>;
  /** Canonical JSON of the revocation proof. */
  revokeSignedPayload?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Ed25519 signature by `from`, base64url. */
  signature: Scalars['String']['output'];
  /** The canonical JSON string that was signed: type `mjn.trust.vouch`, or for vouches recorded by an accepted invite, the `mjn.trust.createInvite` (inviter → accepter) or `mjn.trust.acceptInvite` payload. */
  signedPayload: Scalars['String']['output'];
  to: Identity;
  /** 1–100. */
  weight: Scalars['Int']['output'];
};

/** A page of Vouch items. */
export type VouchConnection = {
  __typename?: 'VouchConnection';
  edges: Array<VouchEdge>;
  pageInfo: PageInfo;
  /** How many items match in total, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type VouchEdge = {
  __typename?: 'VouchEdge';
  cursor: Scalars['String']['output'];
  node: Vouch;
};

/** Signed as type `mjn.trust.vouch` by the voucher (the proof signer). */
export type VouchInput = {
  /** Up to 200 characters. */
  context?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 UTC instant after which the vouch stops counting; signed exactly as sent. */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  /** The did:mjn vouched for; must be a registered, active identity. */
  to: Scalars['String']['input'];
  /** 1–100. */
  weight: Scalars['Int']['input'];
};

export type ProfileFieldsFragment = { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null };

export type IdentityKeyFieldsFragment = { publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null };

export type IdentityFieldsFragment = { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null };

export type IdentityQueryVariables = Exact<{
  did: string;
}>;


export type IdentityQuery = { identity: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } | null };

export type IdentityByHandleQueryVariables = Exact<{
  handle: string;
}>;


export type IdentityByHandleQuery = { identityByHandle: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } | null };

export type SearchIdentitiesQueryVariables = Exact<{
  handlePrefix: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchIdentitiesQuery = { searchIdentities: { totalCount: number, edges: Array<{ cursor: string, node: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DidDocumentQueryVariables = Exact<{
  did: string;
}>;


export type DidDocumentQuery = { didDocument: unknown };

export type DidResolutionQueryVariables = Exact<{
  did: string;
}>;


export type DidResolutionQuery = { didResolution: unknown };

export type RegisterMutationVariables = Exact<{
  input: Types.RegisterInput;
  proof: Types.ProofInput;
}>;


export type RegisterMutation = { register: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } };

export type UpdateProfileMutationVariables = Exact<{
  input: Types.UpdateProfileInput;
  proof: Types.ProofInput;
}>;


export type UpdateProfileMutation = { updateProfile: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } };

export type DeactivateMutationVariables = Exact<{
  input: Types.DeactivateInput;
  proof: Types.ProofInput;
}>;


export type DeactivateMutation = { deactivate: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } };

export type RotateKeyMutationVariables = Exact<{
  input: Types.RotateKeyInput;
  proof: Types.ProofInput;
  newKeyProof: Types.ProofInput;
}>;


export type RotateKeyMutation = { rotateKey: { publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null } };

export type RegisterSoftMutationVariables = Exact<{
  email: string;
}>;


export type RegisterSoftMutation = { registerSoft: { codeExpiresAt: string, identity: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } } };

export type ClaimSoftIdentityMutationVariables = Exact<{
  input: Types.ClaimSoftIdentityInput;
  proof: Types.ProofInput;
  code: string;
}>;


export type ClaimSoftIdentityMutation = { claimSoftIdentity: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } };

export type CreateChallengeMutationVariables = Exact<{
  did: string;
}>;


export type CreateChallengeMutation = { createChallenge: { challenge: string, did: string, expiresAt: string } };

export type SignInMutationVariables = Exact<{
  did: string;
  challenge: string;
  signature: string;
}>;


export type SignInMutation = { signIn: { token: string, expiresAt: string, identity: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } } };

export type SignOutMutationVariables = Exact<{
  token?: string | null | undefined;
}>;


export type SignOutMutation = { signOut: number };

export type NodeFieldsFragment = { did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null };

export type AttestedBuildFieldsFragment = { hash: string, version: string, notes: string | null, attestedAt: string, signature: string, attestedBy: { did: string } };

export type NodeQueryVariables = Exact<{
  did: string;
}>;


export type NodeQuery = { node: { did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null } | null };

export type NodeByHostnameQueryVariables = Exact<{
  hostname: string;
}>;


export type NodeByHostnameQuery = { nodeByHostname: { did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null } | null };

export type NodesQueryVariables = Exact<{
  filter?: Types.NodeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NodesQuery = { nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null } }> } };

export type NodeOperatorQueryVariables = Exact<{
  did: string;
}>;


export type NodeOperatorQuery = { node: { did: string, hostname: string, identity: { did: string, kind: Types.IdentityKind }, operator: { did: string, kind: Types.IdentityKind, profile: { handle: string | null } | null, nodes: Array<{ did: string, hostname: string, status: Types.NodeStatus }> } | null } | null };

export type IdentityNodesQueryVariables = Exact<{
  did: string;
}>;


export type IdentityNodesQuery = { identity: { did: string, kind: Types.IdentityKind, nodes: Array<{ did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null }> } | null };

export type AttestedBuildQueryVariables = Exact<{
  hash: string;
}>;


export type AttestedBuildQuery = { attestedBuild: { hash: string, version: string, notes: string | null, attestedAt: string, signature: string, attestedBy: { did: string } } | null };

export type AttestBuildMutationVariables = Exact<{
  input: Types.AttestBuildInput;
  proof: Types.ProofInput;
}>;


export type AttestBuildMutation = { attestBuild: { hash: string, version: string, notes: string | null, attestedAt: string, signature: string, attestedBy: { did: string } } };

export type RegisterNodeMutationVariables = Exact<{
  input: Types.RegisterNodeInput;
  proof: Types.ProofInput;
}>;


export type RegisterNodeMutation = { registerNode: { did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null } };

export type HeartbeatMutationVariables = Exact<{
  input: Types.HeartbeatInput;
  proof: Types.ProofInput;
}>;


export type HeartbeatMutation = { heartbeat: { did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null } };

export type RenewRegistrationMutationVariables = Exact<{
  input: Types.RenewRegistrationInput;
  proof: Types.ProofInput;
}>;


export type RenewRegistrationMutation = { renewRegistration: { did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null } };

export type RevokeNodeMutationVariables = Exact<{
  input: Types.RevokeNodeInput;
  proof: Types.ProofInput;
}>;


export type RevokeNodeMutation = { revokeNode: { did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null } };

export type VouchFieldsFragment = { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string } };

export type VouchMutationVariables = Exact<{
  input: Types.VouchInput;
  proof: Types.ProofInput;
}>;


export type VouchMutation = { vouch: { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string } } };

export type RevokeVouchMutationVariables = Exact<{
  id: string | number;
  proof: Types.ProofInput;
}>;


export type RevokeVouchMutation = { revokeVouch: { revokeSignature: string | null, revokeSignedPayload: string | null, id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string } } };

export type VouchByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type VouchByIdQuery = { vouchById: { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string } } | null };

export type IdentityVouchesQueryVariables = Exact<{
  did: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeInactive?: boolean | null | undefined;
}>;


export type IdentityVouchesQuery = { identity: { did: string, vouchesReceived: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string, profile: { handle: string | null } | null }, to: { did: string } } }> }, vouchesGiven: { totalCount: number, edges: Array<{ node: { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, to: { did: string, profile: { handle: string | null } | null }, from: { did: string } } }> } } | null };

export type MutualsQueryVariables = Exact<{
  did: string;
  with: string;
}>;


export type MutualsQuery = { identity: { did: string, mutuals: Array<{ did: string, profile: { handle: string | null } | null }> } | null };

export type TrustPathQueryVariables = Exact<{
  from: string;
  to: string;
  maxDepth?: number | null | undefined;
  minWeight?: number | null | undefined;
}>;


export type TrustPathQuery = { trustPath: { found: boolean, length: number | null, hops: Array<{ from: { did: string, profile: { handle: string | null } | null }, to: { did: string, profile: { handle: string | null } | null }, vouch: { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string } } }>, explanation: { reason: Types.NoPathReason, reachedCount: number, reachedDepth: number, reachingCount: number, reachingDepth: number, exploredDepth: number, message: string } | null } };

export type IsTrustedQueryVariables = Exact<{
  querier: string;
  subject: string;
  maxHops?: number | null | undefined;
}>;


export type IsTrustedQuery = { isTrusted: boolean };

export type NeighbourhoodQueryVariables = Exact<{
  did: string;
  depth?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { hops: number, identity: { did: string, profile: { handle: string | null } | null } } }> } };

export type TrustScoreQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type TrustScoreQuery = { trustScore: { score: number, nodesConsidered: number, damping: number, iterations: number } };

export type InviteFieldsFragment = { id: string, toEmail: string | null, toDid: string | null, maxUses: number, uses: number, expiresAt: string, createdAt: string, signature: string, signedPayload: string, inviter: { did: string } };

export type CreateInviteMutationVariables = Exact<{
  input: Types.CreateInviteInput;
  proof: Types.ProofInput;
}>;


export type CreateInviteMutation = { createInvite: { code: string, invite: { id: string, toEmail: string | null, toDid: string | null, maxUses: number, uses: number, expiresAt: string, createdAt: string, signature: string, signedPayload: string, inviter: { did: string } } } };

export type AcceptInviteMutationVariables = Exact<{
  code: string;
  proof: Types.ProofInput;
}>;


export type AcceptInviteMutation = { acceptInvite: { invite: { id: string, toEmail: string | null, toDid: string | null, maxUses: number, uses: number, expiresAt: string, createdAt: string, signature: string, signedPayload: string, inviter: { did: string } }, vouches: Array<{ id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string } }> } };

export type AttestationFieldsFragment = { id: string, type: string, claim: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, issuer: { did: string }, subject: { did: string } };

export type AttestMutationVariables = Exact<{
  input: Types.AttestInput;
  proof: Types.ProofInput;
}>;


export type AttestMutation = { attest: { id: string, type: string, claim: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, issuer: { did: string }, subject: { did: string } } };

export type RevokeAttestationMutationVariables = Exact<{
  id: string | number;
  proof: Types.ProofInput;
}>;


export type RevokeAttestationMutation = { revokeAttestation: { id: string, type: string, claim: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, issuer: { did: string }, subject: { did: string } } };

export type AttestationsQueryVariables = Exact<{
  did: string;
  type?: string | null | undefined;
  includeInactive?: boolean | null | undefined;
}>;


export type AttestationsQuery = { identity: { did: string, attestations: Array<{ id: string, type: string, claim: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, issuer: { did: string, profile: { handle: string | null } | null }, subject: { did: string } }> } | null };

export const ProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]} as unknown as DocumentNode<ProfileFieldsFragment, unknown>;
export const IdentityKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}}]} as unknown as DocumentNode<IdentityKeyFieldsFragment, unknown>;
export const IdentityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}}]} as unknown as DocumentNode<IdentityFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"buildHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextHeartbeatDue"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStats"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"desired"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<NodeFieldsFragment, unknown>;
export const AttestedBuildFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestedBuildFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttestedBuild"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"attestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AttestedBuildFieldsFragment, unknown>;
export const VouchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<VouchFieldsFragment, unknown>;
export const InviteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toEmail"}},{"kind":"Field","name":{"kind":"Name","value":"toDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"inviter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<InviteFieldsFragment, unknown>;
export const AttestationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AttestationFieldsFragment, unknown>;
export const IdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Identity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<IdentityQuery, IdentityQueryVariables>;
export const IdentityByHandleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityByHandle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityByHandle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<IdentityByHandleQuery, IdentityByHandleQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SearchIdentitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchIdentities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handlePrefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchIdentities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handlePrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handlePrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<SearchIdentitiesQuery, SearchIdentitiesQueryVariables>;
export const DidDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DidDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"didDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}]}]}}]} as unknown as DocumentNode<DidDocumentQuery, DidDocumentQueryVariables>;
export const DidResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DidResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"didResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}]}]}}]} as unknown as DocumentNode<DidResolutionQuery, DidResolutionQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const DeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Deactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<DeactivateMutation, DeactivateMutationVariables>;
export const RotateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateKeyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newKeyProof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}},{"kind":"Argument","name":{"kind":"Name","value":"newKeyProof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newKeyProof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}}]} as unknown as DocumentNode<RotateKeyMutation, RotateKeyMutationVariables>;
export const RegisterSoftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSoft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSoft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<RegisterSoftMutation, RegisterSoftMutationVariables>;
export const ClaimSoftIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimSoftIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimSoftIdentityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimSoftIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<ClaimSoftIdentityMutation, ClaimSoftIdentityMutationVariables>;
export const CreateChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateChallengeMutation, CreateChallengeMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signature"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}},{"kind":"Argument","name":{"kind":"Name","value":"challenge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}}},{"kind":"Argument","name":{"kind":"Name","value":"signature"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signature"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"buildHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextHeartbeatDue"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStats"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"desired"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodeByHostnameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeByHostname"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hostname"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeByHostname"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hostname"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hostname"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"buildHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextHeartbeatDue"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStats"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"desired"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<NodeByHostnameQuery, NodeByHostnameQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"buildHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextHeartbeatDue"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStats"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"desired"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const NodeOperatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeOperatorQuery, NodeOperatorQueryVariables>;
export const IdentityNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"buildHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextHeartbeatDue"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStats"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"desired"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<IdentityNodesQuery, IdentityNodesQueryVariables>;
export const AttestedBuildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttestedBuild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hash"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attestedBuild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hash"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hash"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttestedBuildFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestedBuildFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttestedBuild"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"attestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AttestedBuildQuery, AttestedBuildQueryVariables>;
export const AttestBuildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttestBuild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttestBuildInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attestBuild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttestedBuildFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestedBuildFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttestedBuild"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"attestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AttestBuildMutation, AttestBuildMutationVariables>;
export const RegisterNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterNodeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"buildHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextHeartbeatDue"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStats"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"desired"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<RegisterNodeMutation, RegisterNodeMutationVariables>;
export const HeartbeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Heartbeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HeartbeatInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heartbeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"buildHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextHeartbeatDue"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStats"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"desired"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<HeartbeatMutation, HeartbeatMutationVariables>;
export const RenewRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewRegistrationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"buildHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextHeartbeatDue"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStats"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"desired"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<RenewRegistrationMutation, RenewRegistrationMutationVariables>;
export const RevokeNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeNodeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"buildHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextHeartbeatDue"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStats"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"desired"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<RevokeNodeMutation, RevokeNodeMutationVariables>;
export const VouchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Vouch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VouchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<VouchMutation, VouchMutationVariables>;
export const RevokeVouchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeVouch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeVouch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignature"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignedPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<RevokeVouchMutation, RevokeVouchMutationVariables>;
export const VouchByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VouchById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouchById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<VouchByIdQuery, VouchByIdQueryVariables>;
export const IdentityVouchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityVouches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"vouchesReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vouchesGiven"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<IdentityVouchesQuery, IdentityVouchesQueryVariables>;
export const MutualsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mutuals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"with"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"mutuals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"with"},"value":{"kind":"Variable","name":{"kind":"Name","value":"with"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MutualsQuery, MutualsQueryVariables>;
export const TrustPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vouch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reachedDepth"}},{"kind":"Field","name":{"kind":"Name","value":"reachingCount"}},{"kind":"Field","name":{"kind":"Name","value":"reachingDepth"}},{"kind":"Field","name":{"kind":"Name","value":"exploredDepth"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<TrustPathQuery, TrustPathQueryVariables>;
export const IsTrustedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsTrusted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"querier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isTrusted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"querier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"querier"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}]}]}}]} as unknown as DocumentNode<IsTrustedQuery, IsTrustedQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const TrustScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"nodesConsidered"}},{"kind":"Field","name":{"kind":"Name","value":"damping"}},{"kind":"Field","name":{"kind":"Name","value":"iterations"}}]}}]}}]} as unknown as DocumentNode<TrustScoreQuery, TrustScoreQueryVariables>;
export const CreateInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInviteInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toEmail"}},{"kind":"Field","name":{"kind":"Name","value":"toDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"inviter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<CreateInviteMutation, CreateInviteMutationVariables>;
export const AcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vouches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toEmail"}},{"kind":"Field","name":{"kind":"Name","value":"toDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"inviter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const AttestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Attest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttestInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttestationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AttestMutation, AttestMutationVariables>;
export const RevokeAttestationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAttestation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAttestation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttestationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<RevokeAttestationMutation, RevokeAttestationMutationVariables>;
export const AttestationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attestations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttestationFields"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AttestationsQuery, AttestationsQueryVariables>;