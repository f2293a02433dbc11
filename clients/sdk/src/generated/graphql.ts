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
  /** An integer amount in minor units (cents), exact up to 9007199254740991. */
  MinorUnits: { input: number; output: number; }
};

/** An accepted invite and the mutual vouches it recorded. */
export type AcceptedInvite = {
  __typename?: 'AcceptedInvite';
  invite: Invite;
  /** inviter → accepter (backed by the invite signature) and accepter → inviter (backed by the accept signature); a pair that already had an active vouch keeps it. */
  vouches: Array<Vouch>;
};

/** Signed as `mjn.chat.addMember` by an ADMIN of the group. */
export type AddMemberInput = {
  /** True to add them as an ADMIN. */
  admin: Scalars['Boolean']['input'];
  conversationId: Scalars['ID']['input'];
  member: Scalars['String']['input'];
};

/** A file sent with a message: where it is and the hash that pins its content. */
export type Attachment = {
  __typename?: 'Attachment';
  /** `sha256:` followed by 64 lowercase hex digits of the content. */
  contentHash: Scalars['String']['output'];
  mimeType?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Size in bytes. */
  size?: Maybe<Scalars['Int']['output']>;
  /** https URL of the content. */
  url: Scalars['String']['output'];
};

export type AttachmentInput = {
  /** `sha256:` + 64 lowercase hex digits. */
  contentHash: Scalars['String']['input'];
  mimeType?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  size?: InputMaybe<Scalars['Int']['input']>;
  /** https URL, at most 2048 characters. */
  url: Scalars['String']['input'];
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

/** A balance in one currency, integer minor units. */
export type Balance = {
  __typename?: 'Balance';
  amount: Scalars['MinorUnits']['output'];
  /** ISO 4217 currency code, lower case. */
  currency: Scalars['String']['output'];
};

/** Signed as type `mjn.events.cancelEvent` by the host. Paid tickets are refunded. */
export type CancelEventInput = {
  eventId: Scalars['String']['input'];
  /** Shown to ticket holders; up to 500 characters. */
  reason: Scalars['String']['input'];
};

/** A sign-in challenge: sign it with signChallenge() and pass it to signIn within 5 minutes. */
export type Challenge = {
  __typename?: 'Challenge';
  challenge: Scalars['String']['output'];
  did: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
};

/** When and by whom a ticket was admitted. */
export type CheckIn = {
  __typename?: 'CheckIn';
  checkedInAt: Scalars['DateTimeISO']['output'];
  scanner: Identity;
  scannerDid: Scalars['String']['output'];
  ticketId: Scalars['ID']['output'];
};

/** Signed as `mjn.events.checkIn` by the host or a delegated scanner. */
export type CheckInInput = {
  eventId: Scalars['String']['input'];
  /** The scanned ticket token (mjt1.…). */
  token: Scalars['String']['input'];
};

/** A provider session where the buyer pays for one Payment; visible to whoever may see the payment. */
export type Checkout = {
  __typename?: 'Checkout';
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  payment: Payment;
  /** `local` (this node’s page) or `stripe` (Stripe Checkout). */
  provider: Scalars['String']['output'];
  status: CheckoutStatus;
  /** Where the buyer pays. Local provider: in createCheckout’s answer this is the payer’s link with the checkout’s secret; on reads it is the status page without it (no Pay button). */
  url: Scalars['String']['output'];
};

/** OPEN until paid (COMPLETED), lapsed (EXPIRED) or abandoned (CANCELED); never moves back to OPEN. */
export type CheckoutStatus =
  | 'CANCELED'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'OPEN';

/** Signed as type `mjn.identity.claimSoft` by the keyed identity that claims the email. */
export type ClaimSoftIdentityInput = {
  /** The did:email identity to claim. */
  emailDid: Scalars['String']['input'];
};

/** Signed as `mjn.events.claimTickets` by the keyed identity that claimed `emailDid` with identity (claimSoftIdentity). */
export type ClaimTicketsInput = {
  /** The did:mjn that claimed it (the signer). */
  did: Scalars['String']['input'];
  /** The claimed did:email whose tickets move. */
  emailDid: Scalars['String']['input'];
};

/** A Stripe Connect account that receives a DID’s settlements. */
export type ConnectedAccount = {
  __typename?: 'ConnectedAccount';
  identity: Identity;
  stripeAccountId: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A signed, revocable statement by `grantorDid` of what others may do with it (SPEC.md §12). Public evidence, like vouches: anyone can read it and re-verify `signature` over `signedPayload` with the grantor's key. */
export type ConsentDeclaration = {
  __typename?: 'ConsentDeclaration';
  /** True when granted to anyone (no grantee and no trust bound). */
  anyone: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The one DID it is granted to; null for a bound or anyone. */
  granteeDid?: Maybe<Scalars['String']['output']>;
  /** Who grants: the signer. */
  grantorDid: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Neither revoked nor expired: it can permit something. */
  live: Scalars['Boolean']['output'];
  /** Highest fee, integer minor units of `currency`. */
  maxFee?: Maybe<Scalars['Int']['output']>;
  /** Granted to anyone within this many trust hops of the grantor. */
  maxTrustHops?: Maybe<Scalars['Int']['output']>;
  /** Nothing received may be used for training. */
  noTraining: Scalars['Boolean']['output'];
  purposes: Array<Scalars['String']['output']>;
  retentionDays?: Maybe<Scalars['Int']['output']>;
  /** Signature of the `mjn.consent.revoke` proof. */
  revokeSignature?: Maybe<Scalars['String']['output']>;
  /** Canonical JSON of the revocation proof. */
  revokeSignedPayload?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Ed25519 signature by the grantor, base64url. */
  signature: Scalars['String']['output'];
  /** The canonical JSON (type `mjn.consent.declare`) that `signature` covers. */
  signedPayload: Scalars['String']['output'];
};

/** A page of ConsentDeclaration items. */
export type ConsentDeclarationConnection = {
  __typename?: 'ConsentDeclarationConnection';
  edges: Array<ConsentDeclarationEdge>;
  pageInfo: PageInfo;
  /** How many items match in total, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ConsentDeclarationEdge = {
  __typename?: 'ConsentDeclarationEdge';
  cursor: Scalars['String']['output'];
  node: ConsentDeclaration;
};

/** A direct or group conversation. Only its members can read it. */
export type Conversation = {
  __typename?: 'Conversation';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who created it (signed the creating proof). */
  createdBy: Identity;
  /** True when message bodies are end-to-end encrypted envelopes (see @imajin/protocol e2ee); the server stores ciphertext it cannot read. False: bodies are plaintext. */
  encrypted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: ConversationKind;
  /** The newest message (a tombstone if deleted). */
  lastMessage?: Maybe<Message>;
  /** The viewer's read pointer (a message seq; 0 when nothing read). */
  lastReadSeq: Scalars['Int']['output'];
  /** Sequence number of the newest message (0 when empty). */
  lastSeq: Scalars['Int']['output'];
  memberCount: Scalars['Int']['output'];
  /** Current members, in joining order. */
  members: Array<ConversationMember>;
  /** Signature of the proof that created the conversation, base64url. */
  signature: Scalars['String']['output'];
  /** The exact canonical JSON that was signed to create it. */
  signedPayload: Scalars['String']['output'];
  /** The group name; null for direct conversations. */
  title?: Maybe<Scalars['String']['output']>;
  /** Messages from others after the viewer's read pointer, not counting deleted ones. */
  unreadCount: Scalars['Int']['output'];
  /** Last change: a message, a membership change or a rename. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The viewer's role here. */
  viewerRole?: Maybe<MemberRole>;
};

export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  edges: Array<ConversationEdge>;
  pageInfo: PageInfo;
  /** How many items match in total, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  cursor: Scalars['String']['output'];
  node: Conversation;
};

/** DIRECT: exactly two DIDs, one per pair. GROUP: named, members managed by its admins. */
export type ConversationKind =
  | 'DIRECT'
  | 'GROUP';

/** A current member of a conversation. */
export type ConversationMember = {
  __typename?: 'ConversationMember';
  /** The ADMIN (or creator) who added them. */
  addedBy: Identity;
  identity: Identity;
  joinedAt: Scalars['DateTimeISO']['output'];
  /** The highest message sequence number this member has marked read. */
  lastReadSeq: Scalars['Int']['output'];
  role: MemberRole;
};

/** A purchase. Proof type `mjn.payments.createCheckout`, required when buyerDid is a did:mjn (signed by the buyer), absent for a soft did:email buyer. */
export type CreateCheckoutInput = {
  /** Integer minor units (cents), 1–99,999,999. */
  amount: Scalars['Int']['input'];
  /** A did:mjn DID (who signs) or a soft did:email:<local>_at_<domain>. */
  buyerDid: Scalars['String']['input'];
  /** ISO 4217 code, e.g. "usd". */
  currency: Scalars['String']['input'];
  /** What is bought (1–500 characters), shown on the checkout page. */
  description: Scalars['String']['input'];
  /** The .fair manifest the money settles along. */
  manifestId: Scalars['ID']['input'];
  /** Up to 20 string values, e.g. { "tierId": "..." }. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Idempotency key chosen by the client (1–200 of [A-Za-z0-9_.-]); same reference, same checkout. */
  reference: Scalars['String']['input'];
};

/** Signed as type `mjn.events.createEvent` by the host. */
export type CreateEventInput = {
  /** Up to 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601, after startsAt. */
  endsAt: Scalars['String']['input'];
  /** The host (signer). */
  hostDid: Scalars['String']['input'];
  /** The .fair manifest id; required when a tier is paid. */
  manifestId?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601. */
  startsAt: Scalars['String']['input'];
  /** 1–20 tiers. */
  tiers: Array<TierInput>;
  /** IANA time zone, e.g. Europe/Berlin. */
  timezone: Scalars['String']['input'];
  /** Up to 200 characters. */
  title: Scalars['String']['input'];
  /** Required for TRUST_GATED (1–3). */
  trustMaxHops?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 500 characters. */
  venue?: InputMaybe<Scalars['String']['input']>;
  visibility: EventVisibility;
};

/** A .fair manifest. The creator signs type mjn.fair.manifest over its normal form: contributors sorted by DID, derivesFrom by manifest id, terms omitted when null (the SDK does this). */
export type CreateFairManifestInput = {
  /** At most 256, each DID once. */
  contributors: Array<FairContributorInput>;
  /** At most 32; shares here and above sum to 1000000. */
  derivesFrom: Array<FairUpstreamInput>;
  /** At most 4096 characters. */
  terms?: InputMaybe<Scalars['String']['input']>;
  /** Must be "1.0". */
  version: Scalars['String']['input'];
};

/** Signed as `mjn.chat.createGroup`; the signer becomes its first ADMIN. */
export type CreateGroupInput = {
  encrypted: Scalars['Boolean']['input'];
  /** DIDs of the other initial members (at most 1000). */
  members: Array<Scalars['String']['input']>;
  /** 1–100 characters. */
  title: Scalars['String']['input'];
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

/** Signed as type `mjn.consent.declare` by the grantor (the proof signer). Audience: `grantee`, or `maxTrustHops`, or neither for anyone. */
export type DeclareConsentInput = {
  /** ISO 4217 code; required with maxFee. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 UTC instant (toISOString form), in the future; signed exactly as sent. */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  /** The one did:mjn this consent is granted to. */
  grantee?: InputMaybe<Scalars['String']['input']>;
  /** Highest fee an exchange under this consent may carry, in integer minor units of `currency`. */
  maxFee?: InputMaybe<Scalars['Int']['input']>;
  /** Anyone within this many trust hops (1–6) of the grantor, along active vouches. */
  maxTrustHops?: InputMaybe<Scalars['Int']['input']>;
  /** Nothing received may be used to train models. */
  noTraining?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1–16 distinct purposes: query, contact, training, resale, or a lowercase scope (a-z, 0-9, . _ : -). */
  purposes: Array<Scalars['String']['input']>;
  /** Longest the requester may keep what it receives (0–36500). */
  retentionDays?: InputMaybe<Scalars['Int']['input']>;
};

/** A delegation to grant, signed by the person as `mjn.identity.delegate` over exactly these fields (SPEC §3.1). */
export type DelegateInput = {
  /** The did:mjn of a registered, active identity of kind AGENT. */
  agent: Scalars['String']['input'];
  /** ISO 8601 instant (toISOString), in the future and at most 365 days ahead. */
  expiresAt: Scalars['String']['input'];
  /** At most this many delegated requests in any rolling 24 hours (1–100000); omit for no limit. */
  maxUsesPerDay?: InputMaybe<Scalars['Int']['input']>;
  /** 1–8 distinct action types the agent may sign for you: mjn.trust.vouch, mjn.trust.revokeVouch, mjn.chat.message, or mjn.payments.read (read-only money). */
  scopes: Array<Scalars['String']['input']>;
};

/** A signed, scoped, revocable permission from a person to an agent to act for them. Visible only to the two. */
export type Delegation = {
  __typename?: 'Delegation';
  /** Not revoked and not expired. */
  active: Scalars['Boolean']['output'];
  /** The agent that may act for the person. */
  agent?: Maybe<Identity>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** After this instant it covers nothing. */
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Uses allowed in any rolling 24 hours; null for no limit. */
  maxUsesPerDay?: Maybe<Scalars['Int']['output']>;
  /** The person who granted it (and signed it). */
  person?: Maybe<Identity>;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The action types it covers. */
  scopes: Array<Scalars['String']['output']>;
  /** The person's Ed25519 signature (base64url) over signedPayload. */
  signature: Scalars['String']['output'];
  /** The exact canonical JSON the person signed (mjn.identity.delegate). */
  signedPayload: Scalars['String']['output'];
  /** Delegated requests it authorised in the last 24 hours. */
  usesLast24h: Scalars['Int']['output'];
};

/** Signed as `mjn.chat.deleteMessage` by the sender or a group ADMIN. */
export type DeleteMessageInput = {
  messageId: Scalars['ID']['input'];
};

/** Signed as `mjn.chat.editMessage` by the sender. */
export type EditMessageInput = {
  attachments?: InputMaybe<Array<AttachmentInput>>;
  body: Scalars['String']['input'];
  messageId: Scalars['ID']['input'];
};

/** An event. It has its own did:mjn (an identity of kind EVENT) whose key, held sealed by the node, signs its tickets. */
export type Event = {
  __typename?: 'Event';
  cancelReason?: Maybe<Scalars['String']['output']>;
  canceledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The event's own DID; tickets are signed by it. */
  did: Scalars['String']['output'];
  /** The event DID's W3C DID document; scanners verify tickets against its assertion key. */
  didDocument: Scalars['JSON']['output'];
  /** Whether the event's DID is registered with identity yet (retried until it is). */
  didRegistered: Scalars['Boolean']['output'];
  endsAt: Scalars['DateTimeISO']['output'];
  host: Identity;
  hostDid: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The event's identity (kind EVENT). */
  identity: Identity;
  /** The .fair manifest paid tiers settle along. */
  manifestId?: Maybe<Scalars['String']['output']>;
  /** Delegated scanners (the host only; empty for others). */
  scanners: Array<Scanner>;
  /** The host's signature over the canonical `mjn.events.createEvent` payload. */
  signature: Scalars['String']['output'];
  signedPayload: Scalars['String']['output'];
  startsAt: Scalars['DateTimeISO']['output'];
  status: EventStatus;
  tiers: Array<TicketTier>;
  /** IANA time zone of the venue, e.g. Europe/Berlin. */
  timezone: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** For TRUST_GATED events: how many vouch hops from the host. */
  trustMaxHops?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  venue?: Maybe<Scalars['String']['output']>;
  visibility: EventVisibility;
};

/** A page of Event items. */
export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  /** How many items match in total, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

/** Discovery filters (all optional). */
export type EventFilter = {
  hostDid?: InputMaybe<Scalars['String']['input']>;
  /** Include canceled events. */
  includeCanceled?: Scalars['Boolean']['input'];
  /** Only events starting at or after this time. */
  startsAfter?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only events starting before this time. */
  startsBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type EventStatus =
  | 'ACTIVE'
  | 'CANCELED';

/** PUBLIC: listed in discovery. UNLISTED: reachable by id only. TRUST_GATED: only the host and identities within `trustMaxHops` vouch hops of the host may see it or buy. */
export type EventVisibility =
  | 'PUBLIC'
  | 'TRUST_GATED'
  | 'UNLISTED';

/** One entry of the flattened attribution tree. */
export type FairChainEntry = {
  __typename?: 'FairChainEntry';
  /** 0 for the root manifest’s own entries. */
  depth: Scalars['Int']['output'];
  did?: Maybe<Scalars['ID']['output']>;
  /** Exact share of the root manifest in parts per million, as a decimal string (e.g. "30000" or "52.5"); all entries of a chain sum to exactly 1000000. */
  effectiveShare: Scalars['String']['output'];
  identity?: Maybe<Identity>;
  kind: FairChainEntryKind;
  /** The manifest that lists this entry. */
  manifestId: Scalars['ID']['output'];
  /** Manifest ids from the root down to the listing manifest. */
  path: Array<Scalars['ID']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  /** Share within the listing manifest, ppm. */
  share: Scalars['Int']['output'];
  /** For UPSTREAM entries: the manifest not walked into. */
  upstreamId?: Maybe<Scalars['ID']['output']>;
};

/** UPSTREAM entries appear only where `depth` cut the walk short. */
export type FairChainEntryKind =
  | 'CONTRIBUTOR'
  | 'UPSTREAM';

/** A contributor named by a manifest. */
export type FairContributor = {
  __typename?: 'FairContributor';
  /** True once this contributor co-signed (or created) the manifest. */
  consented: Scalars['Boolean']['output'];
  /** When the contributor’s co-signature was made. */
  consentedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  did: Scalars['ID']['output'];
  identity: Identity;
  role: Scalars['String']['output'];
  /** Parts per million of what reaches this manifest. */
  share: Scalars['Int']['output'];
};

export type FairContributorInput = {
  /** did:mjn of a registered identity. */
  did: Scalars['String']['input'];
  /** What they did (author, editor, …), at most 64 characters. */
  role: Scalars['String']['input'];
  /** Parts per million (1–1000000). */
  share: Scalars['Int']['input'];
};

/** A signed .fair attribution manifest; its id is the hash of its canonical body. */
export type FairManifest = {
  __typename?: 'FairManifest';
  /** The whole attribution tree flattened to `depth` levels of upstreams, with each entry’s exact share of this manifest; upstreams below the limit are listed as UPSTREAM entries. */
  chain: Array<FairChainEntry>;
  /** Contributors sorted by DID, with their consent. */
  contributors: Array<FairContributor>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who created and signed the manifest. */
  creator: Identity;
  /** The manifests this one derives from, sorted by id. */
  derivesFrom: Array<FairUpstream>;
  /** `fair_` + hex SHA-256 of the RFC 8785 canonical manifest. */
  id: Scalars['ID']['output'];
  /** True when it arrived as a .fair.json made on another node. */
  imported: Scalars['Boolean']['output'];
  /** Contributors who have not co-signed yet. */
  pendingContributors: Array<Scalars['ID']['output']>;
  /** The creator’s Ed25519 signature (base64url) over `signedPayload`. */
  signature: Scalars['String']['output'];
  /** The exact RFC 8785 JSON the creator signed. */
  signedPayload: Scalars['String']['output'];
  /** Licence or usage terms the contributors agreed to. */
  terms?: Maybe<Scalars['String']['output']>;
  /** Manifest format version ("1.0"). */
  version: Scalars['String']['output'];
};


/** A signed .fair attribution manifest; its id is the hash of its canonical body. */
export type FairManifestChainArgs = {
  depth?: Scalars['Int']['input'];
};

/** An upstream manifest this one derives from, with its share. */
export type FairUpstream = {
  __typename?: 'FairUpstream';
  manifest?: Maybe<FairManifest>;
  manifestId: Scalars['ID']['output'];
  /** Parts per million of what reaches this manifest. */
  share: Scalars['Int']['output'];
};

export type FairUpstreamInput = {
  /** Id of an existing manifest (fair_…). */
  manifest: Scalars['String']['input'];
  /** Parts per million (1–1000000). */
  share: Scalars['Int']['input'];
};

/** Signed as type `mjn.registry.heartbeat` by the node; a fresh nonce every time. */
export type HeartbeatInput = {
  buildHash: Scalars['String']['input'];
  did: Scalars['String']['input'];
  /** A JSON object of at most 4 KB (uptime, load, ...). */
  stats?: InputMaybe<Scalars['JSON']['input']>;
  version: Scalars['String']['input'];
};

/** OFFERED: a waitlist seat waiting for its buyer to purchase. PENDING: awaiting payment until expiresAt. ISSUED: the ticket exists. EXPIRED/CANCELED: the seat was released. REFUNDED: paid too late for a seat; refunded. */
export type HoldStatus =
  | 'CANCELED'
  | 'EXPIRED'
  | 'ISSUED'
  | 'OFFERED'
  | 'PENDING'
  | 'REFUNDED';

/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type Identity = {
  __typename?: 'Identity';
  /** False once deactivated (a soft delete; the DID and its history remain). */
  active: Scalars['Boolean']['output'];
  /** Signed attestations about this identity, newest first (at most 100); `type: "vouch"` lists its vouches. */
  attestations?: Maybe<Array<Attestation>>;
  /** What this identity has been credited in `currency` through settlements, net of reversals. Visible to this identity itself and payments admins only (anyone else: FORBIDDEN; anonymous: UNAUTHENTICATED). */
  balance?: Maybe<Balance>;
  /** Every currency this identity holds, by currency code. Visible to this identity itself and payments admins only (anyone else: FORBIDDEN; anonymous: UNAUTHENTICATED). */
  balances?: Maybe<Array<Balance>>;
  /** For a claimed did:email, the keyed identity that claimed it. */
  claimedBy?: Maybe<Identity>;
  /** Consent declarations this identity granted, newest first. Public evidence, like vouches. */
  consents: ConsentDeclarationConnection;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key that verifies new proofs (multibase); null for did:email. */
  currentKey?: Maybe<Scalars['String']['output']>;
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Delegations this identity granted or received, newest first (at most 200). Only their two parties see them: you see all of yours, and on another identity only those between it and you. Anonymous: UNAUTHENTICATED. */
  delegations?: Maybe<Array<Delegation>>;
  /** did:mjn:z6Mk… or did:email:<local>_at_<domain>. */
  did: Scalars['ID']['output'];
  /** Events this identity hosts, by start time (up to 100). Others see only PUBLIC ones. */
  hostedEvents?: Maybe<Array<Event>>;
  /** Every key this identity has held, oldest first. */
  keys: Array<IdentityKey>;
  kind: IdentityKind;
  /** Ledger entries on this identity, newest first. Visible to this identity itself and payments admins only (anyone else: FORBIDDEN; anonymous: UNAUTHENTICATED). */
  ledger?: Maybe<LedgerEntryConnection>;
  /** Identities that both this identity and `with` actively vouch for (at most 100, by DID). */
  mutuals?: Maybe<Array<Identity>>;
  /** Registered nodes this identity is (a NODE identity) or operates (named as operator). */
  nodes?: Maybe<Array<Node>>;
  /** Null once the identity is deactivated. */
  profile?: Maybe<Profile>;
  /** Receipts where this identity is the buyer or one of the recipients, newest first. Visible to this identity itself and payments admins only (anyone else: FORBIDDEN; anonymous: UNAUTHENTICATED). */
  receipts?: Maybe<ReceiptConnection>;
  /** True for a did:email onramp identity without keys. */
  soft: Scalars['Boolean']['output'];
  /** Tickets this identity holds, newest first (up to 200). Only the identity itself sees them. */
  tickets?: Maybe<Array<Ticket>>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Vouches this identity gave, newest first. */
  vouchesGiven?: Maybe<VouchConnection>;
  /** Vouches this identity received, newest first. */
  vouchesReceived?: Maybe<VouchConnection>;
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityAttestationsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
  type?: InputMaybe<Scalars['String']['input']>;
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityBalanceArgs = {
  currency: Scalars['String']['input'];
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeInactive?: Scalars['Boolean']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityDelegationsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityMutualsArgs = {
  with: Scalars['String']['input'];
};


/** A DID and what the network knows about it. Keyed identities (did:mjn) sign; soft identities (did:email) are an email onramp that cannot sign until claimed by a keyed identity. */
export type IdentityReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
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

/** Signed as `mjn.events.joinWaitlist` by a did:mjn buyer (did:email: no proof; signed in as itself with signInSoft). */
export type JoinWaitlistInput = {
  buyerDid: Scalars['String']['input'];
  tierId: Scalars['String']['input'];
};

/** One line of the double-entry ledger on an identity’s account. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  amount: Scalars['MinorUnits']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  direction: LedgerEntryDirection;
  id: Scalars['ID']['output'];
  memo: Scalars['String']['output'];
  /** The settlement (or reversal) this entry belongs to. */
  settlementId: Scalars['ID']['output'];
};

export type LedgerEntryConnection = {
  __typename?: 'LedgerEntryConnection';
  edges: Array<LedgerEntryEdge>;
  pageInfo: PageInfo;
  /** How many items match in total, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** CREDIT adds to the account holder’s balance, DEBIT takes from it. */
export type LedgerEntryDirection =
  | 'CREDIT'
  | 'DEBIT';

export type LedgerEntryEdge = {
  __typename?: 'LedgerEntryEdge';
  cursor: Scalars['String']['output'];
  node: LedgerEntry;
};

/** Links the signer’s DID to a Stripe Connect account (type mjn.payments.linkStripeAccount). */
export type LinkStripeAccountInput = {
  /** The connected account id (acct_…). */
  stripeAccountId: Scalars['String']['input'];
};

/** Signed as `mjn.chat.markRead` by the member. */
export type MarkReadInput = {
  conversationId: Scalars['ID']['input'];
  /** Sequence number of the newest message read; the pointer never moves back. */
  upTo: Scalars['Int']['input'];
};

/** ADMINs add and remove members of a group. */
export type MemberRole =
  | 'ADMIN'
  | 'MEMBER';

/** A signed message. `seq` numbers a conversation's messages 1, 2, 3… with no gaps; `cursor` is its opaque position for `messages(after:)`/`messages(before:)`. */
export type Message = {
  __typename?: 'Message';
  /** The agent that signed it for `sender` under a delegation; null when the sender signed it. */
  agent?: Maybe<Identity>;
  attachments: Array<Attachment>;
  /** Plaintext, or an encrypted envelope when the conversation is encrypted. Null once deleted. */
  body?: Maybe<Scalars['String']['output']>;
  /** The sender's idempotency key: a retried send with the same clientId returns this. */
  clientId: Scalars['String']['output'];
  conversation: Conversation;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Pass to `messages(after:)` to catch up from here, e.g. after a reconnect. */
  cursor: Scalars['String']['output'];
  deletedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  editedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The message this one answers. */
  replyTo?: Maybe<Message>;
  /** 1 when sent; each edit or delete adds one. */
  revision: Scalars['Int']['output'];
  /** Every signed version, oldest first. */
  revisions: Array<MessageRevision>;
  /** Who sent it: the signer, or the person an agent signed for under a delegation. */
  sender: Identity;
  seq: Scalars['Int']['output'];
  /** Signature of the current revision's proof, base64url. */
  signature: Scalars['String']['output'];
  /** The exact canonical JSON signed for the current revision. */
  signedPayload: Scalars['String']['output'];
};

/** One signed version of a message. Bodies of deleted messages are withheld. */
export type MessageRevision = {
  __typename?: 'MessageRevision';
  action: RevisionAction;
  attachments?: Maybe<Array<Attachment>>;
  body?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  revision: Scalars['Int']['output'];
  signature: Scalars['String']['output'];
  /** Withheld (null) once the message is deleted. */
  signedPayload?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept an invite: records mutual vouches between inviter and accepter. Proof type `mjn.trust.acceptInvite` over `{code}`. Expired or revoked (FORBIDDEN), used up (CONFLICT); uses are counted atomically. */
  acceptInvite: AcceptedInvite;
  /** Add a member to a group (ADMINs only). Proof type `mjn.chat.addMember`. */
  addConversationMember: Conversation;
  /** Delegate check-in to a DID (a door scanner). Proof type `mjn.events.addScanner`, by the host. */
  addScanner: Scanner;
  /** Issue a typed attestation about another identity. Proof type `mjn.trust.attest`. */
  attest: Attestation;
  /** Attest a build hash. Proof type `mjn.registry.attestBuild`, signed by a registry admin. */
  attestBuild: AttestedBuild;
  /** Cancel: paid tickets are refunded through payments, every ticket is revoked and open holds released. Proof type `mjn.events.cancelEvent`, by the host. */
  cancelEvent: Event;
  /** Admit a ticket at the door. Proof type `mjn.events.checkIn` by the host or a delegated scanner. A second scan is a CONFLICT saying when and by whom the ticket was first admitted. */
  checkIn: CheckIn;
  /** Link a did:email to the keyed DID that signs the proof (type `mjn.identity.claimSoft`), using the emailed code. */
  claimSoftIdentity: Identity;
  /** Move the tickets bought as a did:email to the did:mjn that claimed it with identity (claimSoftIdentity). Each is re-issued with a new token; the old ones are revoked. Proof type `mjn.events.claimTickets`. */
  claimTickets: Array<Ticket>;
  /** Start signing in: returns a one-time challenge valid for 5 minutes. */
  createChallenge: Challenge;
  /** Start a purchase: returns the checkout (provider session) to send the buyer to. Idempotent by `reference`. Proof type `mjn.payments.createCheckout` from a did:mjn buyer; a did:email buyer sends no proof but must be signed in as that did:email (UNAUTHENTICATED / FORBIDDEN otherwise). With the local provider the answer’s `url` carries the checkout’s secret: only this answer has it, and only that link can pay or cancel (asking again with the same reference returns the same link). */
  createCheckout: Checkout;
  /** Create an event with its tiers; it gets its own DID (kind EVENT, registered with identity). Proof type `mjn.events.createEvent`, signed by the host. */
  createEvent: Event;
  /** Creates a manifest signed by its creator (type mjn.fair.manifest). The id is the hash of the manifest, so creating the same manifest again returns the existing one. */
  createFairManifest: FairManifest;
  /** Create a named group; the signer is its ADMIN. Proof type `mjn.chat.createGroup`. */
  createGroupConversation: Conversation;
  /** Invite someone into the trust graph. Proof type `mjn.trust.createInvite`. Each identity may have a limited number of open invites (FORBIDDEN beyond it). */
  createInvite: CreatedInvite;
  /** Deactivate (soft delete) the identity and end its sessions. Proof type `mjn.identity.deactivate`. */
  deactivate: Identity;
  /** Declare a consent (SPEC.md §12). Proof type `mjn.consent.declare`; the signer is the grantor. Errors: bad terms (BAD_USER_INPUT naming the field), an unregistered signer (NOT_FOUND), too many live declarations (CONFLICT: revoke one first), more than 200 declarations in 24 hours (RATE_LIMITED). */
  declareConsent: ConsentDeclaration;
  /** Let an agent act for you on some action types until an expiry (SPEC §3.1). Proof type `mjn.identity.delegate`, signed by you (the person). */
  delegate: Delegation;
  /** Soft-delete a message (the sender, or an ADMIN of a group): it stays as a tombstone, so history keeps its sequence. Proof `mjn.chat.deleteMessage`. */
  deleteMessage: Message;
  /** Replace the body of your message; earlier versions stay in `revisions`. Proof `mjn.chat.editMessage`. */
  editMessage: Message;
  /** The daily heartbeat, due every 24 hours. Proof type `mjn.registry.heartbeat` (fresh nonce). */
  heartbeat: Node;
  /** Stores a .fair.json exported elsewhere after verifying it offline-style (the proofs inside are the authority; no outer proof). Importing it again only adds co-signatures it lacked. */
  importFairManifest: FairManifest;
  /** Join the waitlist of a sold-out tier; a released seat is offered to the next in line as an OFFERED hold that purchaseTicket claims before it expires. Proof type `mjn.events.joinWaitlist` (did:email: none, but signed in as itself with signInSoft). */
  joinWaitlist: WaitlistEntry;
  /** Links the signer’s DID to a Stripe Connect account that receives its settlements when the stripe backend is on (type mjn.payments.linkStripeAccount). Linking again replaces the account. */
  linkStripeAccount: ConnectedAccount;
  /** Move your read pointer forward to message `upTo` (a seq). Proof type `mjn.chat.markRead`. */
  markRead: Conversation;
  /** Reserve a seat. Free tiers come back ISSUED with the ticket; paid tiers PENDING with `checkoutUrl`, and the ticket is issued when the payment completes. Proof type `mjn.events.purchaseTicket` by a did:mjn buyer; a did:email buyer sends no proof but must be signed in as itself (signInSoft with the emailed code). New holds are limited per client IP, per did:email buyer and, for unpaid holds, per tier: RATE_LIMITED says when to retry. */
  purchaseTicket: TicketHold;
  /** Refund a completed payment in full and reverse its settlement exactly; idempotent (a refunded payment returns its refund). Proof type `mjn.payments.refundPayment` by the manifest creator or a payments admin. */
  refundPayment: Refund;
  /** Register a DID. Proof type `mjn.identity.register`, signed by that DID. */
  register: Identity;
  /** Register the signing node (kind NODE) for 30 days and provision {hostname}.<domain>. Proof type `mjn.registry.registerNode`. */
  registerNode: Node;
  /** Create (or reuse) a did:email identity and email it a claim code. No signature: it cannot sign yet. */
  registerSoft: SoftRegistration;
  /** Remove a member from a group: ADMINs remove anyone, a member removes themself (leaves). Their live subscriptions to it end. Proof type `mjn.chat.removeMember`. */
  removeConversationMember: Conversation;
  /** Withdraw a scanner. Proof type `mjn.events.removeScanner`, by the host. */
  removeScanner: Scalars['Boolean']['output'];
  /** Extend the registration to max(now, registeredUntil) + 30 days. Proof type `mjn.registry.renewRegistration`. */
  renewRegistration: Node;
  /** Revoke an attestation you issued. Proof type `mjn.trust.revokeAttestation` over `{id}`. */
  revokeAttestation: Attestation;
  /** Revoke your consent declaration; it stays readable as revoked and permits nothing. Proof type `mjn.consent.revoke` over `{id}`; only the grantor may (FORBIDDEN otherwise). */
  revokeConsent: ConsentDeclaration;
  /** End a delegation at once: the next request the agent signs under it is FORBIDDEN. Proof type `mjn.identity.revokeDelegation` over { id }, by the person or the agent. */
  revokeDelegation: Delegation;
  /** Revoke a node (registry admins). Proof type `mjn.registry.revokeNode`. */
  revokeNode: Node;
  /** Revoke a ticket (a paid one is refunded). Proof type `mjn.events.revokeTicket`, by the host. */
  revokeTicket: Ticket;
  /** Revoke your vouch; it stops counting but stays in history. Proof type `mjn.trust.revokeVouch` over `{id}`. */
  revokeVouch: Vouch;
  /** Rotate to a new key; the DID stays. Proof type `mjn.identity.rotateKey`, signed by the current key (proof) and by the new key (newKeyProof). Old keys stop verifying new proofs; past signatures stay checkable via `keys`. */
  rotateKey: IdentityKey;
  /** Send a signed message (proof type `mjn.chat.message`, the signer is the sender and must be a member). Retrying with the same clientId returns the stored message; reusing it for other content is a CONFLICT. */
  sendMessage: Message;
  /** Show (or stop showing) that you are typing. Not stored and not signed; it lapses after a few seconds unless sent again. */
  setTyping: Scalars['Boolean']['output'];
  /** A contributor co-signs a manifest (type mjn.fair.consent over { manifestId }). */
  signFairManifest: FairManifest;
  /** Finish signing in: `signature` is @imajin/protocol signChallenge(keyPair, challenge), i.e. Ed25519 over the canonical JSON {type: "mjn.auth.signIn", did, challenge}. */
  signIn: Session;
  /** Sign a did:email in with the 8-digit code registerSoft emailed (single use; 5 wrong tries end a code). The session acts as the did:email, e.g. to hold ticket seats for itself. A claimed address signs in with its keyed DID instead. */
  signInSoft: Session;
  /** End a session: pass its token, or nothing to end every session of the signed-in identity. Returns how many ended. */
  signOut: Scalars['Int']['output'];
  /** Open (or get) the direct conversation between the signer and `peer`; one per pair. Proof type `mjn.chat.startDirect`. FORBIDDEN when the node requires trust hops the peer does not grant; CONFLICT when the pair already has one with the other `encrypted` setting. */
  startDirectConversation: Conversation;
  /** Give a ticket to another identity: a new token is issued to it and the old one revoked. Proof type `mjn.events.transferTicket`, by the current holder. Returns the new ticket, with its token. */
  transferTicket: Ticket;
  /** Edit event details. Proof type `mjn.events.updateEvent`, by the host. */
  updateEvent: Event;
  /** Edit the profile. Proof type `mjn.identity.updateProfile`. */
  updateProfile: Identity;
  /** Vouch for another identity. Proof type `mjn.trust.vouch`; the signer is the voucher. Errors: vouching for yourself (BAD_USER_INPUT), an unknown DID (NOT_FOUND), a deactivated one (FORBIDDEN), a second active vouch for the same DID (CONFLICT). */
  vouch: Vouch;
};


export type MutationAcceptInviteArgs = {
  code: Scalars['String']['input'];
  proof: ProofInput;
};


export type MutationAddConversationMemberArgs = {
  input: AddMemberInput;
  proof: ProofInput;
};


export type MutationAddScannerArgs = {
  input: ScannerInput;
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


export type MutationCancelEventArgs = {
  input: CancelEventInput;
  proof: ProofInput;
};


export type MutationCheckInArgs = {
  input: CheckInInput;
  proof: ProofInput;
};


export type MutationClaimSoftIdentityArgs = {
  code: Scalars['String']['input'];
  input: ClaimSoftIdentityInput;
  proof: ProofInput;
};


export type MutationClaimTicketsArgs = {
  input: ClaimTicketsInput;
  proof: ProofInput;
};


export type MutationCreateChallengeArgs = {
  did: Scalars['String']['input'];
};


export type MutationCreateCheckoutArgs = {
  input: CreateCheckoutInput;
  proof?: InputMaybe<ProofInput>;
};


export type MutationCreateEventArgs = {
  input: CreateEventInput;
  proof: ProofInput;
};


export type MutationCreateFairManifestArgs = {
  input: CreateFairManifestInput;
  proof: ProofInput;
};


export type MutationCreateGroupConversationArgs = {
  input: CreateGroupInput;
  proof: ProofInput;
};


export type MutationCreateInviteArgs = {
  input: CreateInviteInput;
  proof: ProofInput;
};


export type MutationDeactivateArgs = {
  input: DeactivateInput;
  proof: ProofInput;
};


export type MutationDeclareConsentArgs = {
  input: DeclareConsentInput;
  proof: ProofInput;
};


export type MutationDelegateArgs = {
  input: DelegateInput;
  proof: ProofInput;
};


export type MutationDeleteMessageArgs = {
  input: DeleteMessageInput;
  proof: ProofInput;
};


export type MutationEditMessageArgs = {
  input: EditMessageInput;
  proof: ProofInput;
};


export type MutationHeartbeatArgs = {
  input: HeartbeatInput;
  proof: ProofInput;
};


export type MutationImportFairManifestArgs = {
  document: Scalars['JSON']['input'];
};


export type MutationJoinWaitlistArgs = {
  input: JoinWaitlistInput;
  proof?: InputMaybe<ProofInput>;
};


export type MutationLinkStripeAccountArgs = {
  input: LinkStripeAccountInput;
  proof: ProofInput;
};


export type MutationMarkReadArgs = {
  input: MarkReadInput;
  proof: ProofInput;
};


export type MutationPurchaseTicketArgs = {
  input: PurchaseTicketInput;
  proof?: InputMaybe<ProofInput>;
};


export type MutationRefundPaymentArgs = {
  input: RefundPaymentInput;
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


export type MutationRemoveConversationMemberArgs = {
  input: RemoveMemberInput;
  proof: ProofInput;
};


export type MutationRemoveScannerArgs = {
  input: ScannerInput;
  proof: ProofInput;
};


export type MutationRenewRegistrationArgs = {
  input: RenewRegistrationInput;
  proof: ProofInput;
};


export type MutationRevokeAttestationArgs = {
  id: Scalars['ID']['input'];
  proof: ProofInput;
};


export type MutationRevokeConsentArgs = {
  id: Scalars['ID']['input'];
  proof: ProofInput;
};


export type MutationRevokeDelegationArgs = {
  id: Scalars['String']['input'];
  proof: ProofInput;
};


export type MutationRevokeNodeArgs = {
  input: RevokeNodeInput;
  proof: ProofInput;
};


export type MutationRevokeTicketArgs = {
  input: RevokeTicketInput;
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


export type MutationSendMessageArgs = {
  input: SendMessageInput;
  proof: ProofInput;
};


export type MutationSetTypingArgs = {
  conversationId: Scalars['ID']['input'];
  typing: Scalars['Boolean']['input'];
};


export type MutationSignFairManifestArgs = {
  input: SignFairManifestInput;
  proof: ProofInput;
};


export type MutationSignInArgs = {
  challenge: Scalars['String']['input'];
  did: Scalars['String']['input'];
  signature: Scalars['String']['input'];
};


export type MutationSignInSoftArgs = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
};


export type MutationSignOutArgs = {
  token?: InputMaybe<Scalars['String']['input']>;
};


export type MutationStartDirectConversationArgs = {
  input: StartDirectConversationInput;
  proof: ProofInput;
};


export type MutationTransferTicketArgs = {
  input: TransferTicketInput;
  proof: ProofInput;
};


export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
  proof: ProofInput;
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
  /** Paths of up to this many hops were ruled out: reachedDepth + reachingDepth, plus 1 for DEPTH_EXHAUSTED, where the last hop (equal to maxDepth) is only checked for a vouch joining the two sides, not expanded. */
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

/** One payment: what the buyer paid for, and where it stands. Completing it settles the amount along its .fair manifest and issues a signed receipt. Visible to the payer, the manifest’s creator, the recipients and payments admins only. */
export type Payment = {
  __typename?: 'Payment';
  /** Integer minor units as a decimal string. */
  amount: Scalars['String']['output'];
  buyer: Identity;
  checkout: Checkout;
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The .fair manifest the money settles along. */
  manifest?: Maybe<FairManifest>;
  manifestId: Scalars['ID']['output'];
  /** String key/value metadata given at checkout. */
  metadata: Scalars['JSON']['output'];
  /** `local` or `stripe`. */
  provider: Scalars['String']['output'];
  /** The signed receipt, once completed. */
  receipt?: Maybe<Receipt>;
  /** The idempotency key it was created with (events uses events:hold:<holdId>). */
  reference: Scalars['String']['output'];
  /** The refund, if it was refunded. */
  refund?: Maybe<Refund>;
  refundedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The settlement that split it, once completed. */
  settlement?: Maybe<Settlement>;
  /** The settlement that split it, once completed. */
  settlementId?: Maybe<Scalars['ID']['output']>;
  /** The buyer’s signature over createCheckout (did:mjn buyers). */
  signature?: Maybe<Scalars['String']['output']>;
  /** The canonical JSON the buyer signed. */
  signedPayload?: Maybe<Scalars['String']['output']>;
  status: PaymentStatus;
};

/** PENDING while its checkout is open; COMPLETED once paid and settled (then maybe REFUNDED); FAILED when the checkout expired or was canceled unpaid. */
export type PaymentStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'REFUNDED';

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
  /** An agent acting for a person names the person here (signed with the rest). Accepted only on actions that support delegation, under a live delegation from that person to the signer covering the action. */
  onBehalfOf?: InputMaybe<Scalars['String']['input']>;
  /** Ed25519 signature, base64url. */
  signature: Scalars['String']['input'];
  /** DID of the signer (did:mjn:z6Mk…). */
  signer: Scalars['String']['input'];
};

/** Signed as `mjn.events.purchaseTicket` by the buyer when the buyer is a did:mjn; a did:email buyer sends no proof and must be signed in as itself (signInSoft). */
export type PurchaseTicketInput = {
  /** did:mjn (signs) or did:email (no proof; signed in as itself with signInSoft; capped per event). */
  buyerDid: Scalars['String']['input'];
  tierId: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  attestedBuild?: Maybe<AttestedBuild>;
  /** Attested builds, newest first (up to 500). */
  attestedBuilds?: Maybe<Array<AttestedBuild>>;
  /** A checkout by id. Visible to the payer, the manifest’s creator, the recipients and payments admins only (anyone else: FORBIDDEN; anonymous: UNAUTHENTICATED). */
  checkout?: Maybe<Checkout>;
  /** A consent declaration by id, live or not. Public, like vouches. */
  consentDeclaration?: Maybe<ConsentDeclaration>;
  /** A conversation you are a member of (NOT_FOUND when missing, FORBIDDEN when not a member). */
  conversation?: Maybe<Conversation>;
  /** The viewer's conversations, most recent activity first, with unread counts and last message. */
  conversations?: Maybe<ConversationConnection>;
  /** The W3C DID document of a did:mjn (Multikey, with an X25519 keyAgreement key). A well-formed DID resolves from its own key even when unregistered; a registered DID shows its current (possibly rotated) key. */
  didDocument?: Maybe<Scalars['JSON']['output']>;
  /** DID resolution: { didDocument, didDocumentMetadata (created, updated, deactivated) }. */
  didResolution?: Maybe<Scalars['JSON']['output']>;
  /** An event by id (PUBLIC and UNLISTED to anyone; TRUST_GATED to the host and trusted identities). */
  event?: Maybe<Event>;
  /** Discovery: PUBLIC events by start time. With `hostDid` equal to the signed-in viewer it lists all of their events, UNLISTED and TRUST_GATED included. */
  events?: Maybe<EventConnection>;
  /** The signed manifest as a portable .fair.json (manifest, creator proof, co-signatures); it verifies offline with verifyFairDocument from @imajin/protocol. */
  exportFairManifest?: Maybe<Scalars['JSON']['output']>;
  /** A .fair manifest by id (fair_…). */
  fairManifest?: Maybe<FairManifest>;
  /** Up to 100 identities by DID, in the order asked; null where a DID is not registered. */
  identities?: Maybe<Array<Maybe<Identity>>>;
  /** An identity by DID; null when the DID is not registered. */
  identity?: Maybe<Identity>;
  /** An active identity by handle (case-insensitive). */
  identityByHandle?: Maybe<Identity>;
  /** Does `querier` reach `subject` through at most maxHops (1–6) active vouches? The yes/no other domains use. */
  isTrusted?: Maybe<Scalars['Boolean']['output']>;
  /** One message of a conversation you belong to. */
  message?: Maybe<Message>;
  /** History of a conversation you belong to, oldest first and gap-free (tombstones keep deleted messages in place): the newest `limit`, or those after `after` (catch up from the last cursor you saw), or before `before` (scroll back). Since seq runs 1, 2, 3… without gaps, older messages exist when the first seq > 1 and newer ones when the last seq < conversation.lastSeq. */
  messages?: Maybe<Array<Message>>;
  /** Identities within `depth` (1–3) hops of `did` along active vouches, closest first, then by DID. */
  neighbourhood?: Maybe<NeighbourConnection>;
  /** A registered node by its DID (any status). */
  node?: Maybe<Node>;
  /** The node holding a hostname now; null when free (EXPIRED and REVOKED nodes release theirs). */
  nodeByHostname?: Maybe<Node>;
  /** The public directory of nodes in hostname order. Without a status filter it lists ACTIVE, STALE and GRACE nodes. */
  nodes?: Maybe<NodeConnection>;
  /** A payment by id. Visible to the payer, the manifest’s creator, the recipients and payments admins only (anyone else: FORBIDDEN; anonymous: UNAUTHENTICATED). */
  payment?: Maybe<Payment>;
  /** A receipt by id. Visible to the payer, the manifest’s creator, the recipients and payments admins only (anyone else: FORBIDDEN; anonymous: UNAUTHENTICATED). */
  receipt?: Maybe<Receipt>;
  /** Revoked tickets of an event, signed by the event DID (also served as GET /events/<id>/revocations.json). */
  revocationList?: Maybe<RevocationList>;
  /** Active identities whose handle starts with a prefix, in handle order. */
  searchIdentities?: Maybe<IdentityConnection>;
  /** A settlement (or reversal) by id. Visible to the payer, the manifest’s creator, the recipients and payments admins only (anyone else: FORBIDDEN; anonymous: UNAUTHENTICATED). */
  settlement?: Maybe<Settlement>;
  /** The exact split `amount` (minor units) would get along the manifest’s chain; writes nothing. The same arithmetic as splitAlongChain in @imajin/protocol. Public, like manifests. */
  settlementPreview?: Maybe<SettlementPreview>;
  /** A ticket by id (the token only for its holder and host). */
  ticket?: Maybe<Ticket>;
  /** A purchase hold by id (its id is the buyer’s receipt: it shows the ticket and token once issued). */
  ticketHold?: Maybe<TicketHold>;
  ticketTier?: Maybe<TicketTier>;
  /** The shortest chain of active (unrevoked, unexpired) vouches from `from` to `to`, at most maxDepth (1–6) hops, each at least minWeight. Each hop carries its signed vouch; when there is none, `explanation` says why. */
  trustPath?: Maybe<TrustPath>;
  /** How much `from` trusts `to`; see TrustScore for the method. */
  trustScore?: Maybe<TrustScore>;
  /** The signed-in identity, or null without a session. */
  viewer?: Maybe<Identity>;
  /** A vouch by id, active or not. */
  vouchById?: Maybe<Vouch>;
};


export type QueryAttestedBuildArgs = {
  hash: Scalars['String']['input'];
};


export type QueryCheckoutArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsentDeclarationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryDidDocumentArgs = {
  did: Scalars['String']['input'];
};


export type QueryDidResolutionArgs = {
  did: Scalars['String']['input'];
};


export type QueryEventArgs = {
  id: Scalars['String']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryExportFairManifestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFairManifestArgs = {
  id: Scalars['ID']['input'];
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


export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
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


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReceiptArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRevocationListArgs = {
  eventId: Scalars['String']['input'];
};


export type QuerySearchIdentitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  handlePrefix: Scalars['String']['input'];
};


export type QuerySettlementArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySettlementPreviewArgs = {
  amount: Scalars['MinorUnits']['input'];
  currency: Scalars['String']['input'];
  manifestId: Scalars['ID']['input'];
};


export type QueryTicketArgs = {
  id: Scalars['String']['input'];
};


export type QueryTicketHoldArgs = {
  id: Scalars['String']['input'];
};


export type QueryTicketTierArgs = {
  id: Scalars['String']['input'];
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

/** The node-signed breakdown of one completed payment: every recipient DID down the .fair chain and its amount, summing exactly to the amount paid. Verify offline with `verifyReceipt(envelope, nodePublicKey, cryptoBackend)` from @imajin/protocol. Visible to the buyer, the recipients, the manifest’s creator and payments admins only. */
export type Receipt = {
  __typename?: 'Receipt';
  /** Integer minor units as a decimal string. */
  amount: Scalars['String']['output'];
  buyer: Identity;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  /** The portable `{ payload, signature }` envelope, to verify offline. */
  envelope: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  manifestId: Scalars['ID']['output'];
  paymentId: Scalars['ID']['output'];
  /** By DID. */
  recipients: Array<ReceiptRecipient>;
  /** Ed25519 signature by the node, base64url. */
  signature: Scalars['String']['output'];
  /** The canonical JSON (`mjn.payments.receipt`) that `signature` covers. */
  signedPayload: Scalars['String']['output'];
  /** The node that settled the payment and signed the receipt. */
  signer: Identity;
};

export type ReceiptConnection = {
  __typename?: 'ReceiptConnection';
  edges: Array<ReceiptEdge>;
  pageInfo: PageInfo;
  /** How many items match in total, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReceiptEdge = {
  __typename?: 'ReceiptEdge';
  cursor: Scalars['String']['output'];
  node: Receipt;
};

/** One recipient’s part of a payment. */
export type ReceiptRecipient = {
  __typename?: 'ReceiptRecipient';
  /** Integer minor units as a decimal string. */
  amount: Scalars['String']['output'];
  identity: Identity;
  /** How the money reached this DID: each path lists manifest ids from the paid manifest down. */
  paths: Array<Array<Scalars['ID']['output']>>;
};

/** A full refund: the provider returned the money and the settlement was reversed. */
export type Refund = {
  __typename?: 'Refund';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  paymentId: Scalars['ID']['output'];
  /** The provider’s refund id (Stripe re_...). */
  providerRefundId?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  /** The signer’s DID, the node’s DID (internal refunds) or `stripe` (refunded at Stripe). */
  requestedBy: Scalars['String']['output'];
  signature?: Maybe<Scalars['String']['output']>;
  signedPayload?: Maybe<Scalars['String']['output']>;
};

/** Refund a completed payment in full. Proof type `mjn.payments.refundPayment`, signed by the creator of the payment’s manifest or a payments admin. */
export type RefundPaymentInput = {
  paymentId: Scalars['ID']['input'];
  /** Why (1–200 characters), kept with the refund. */
  reason: Scalars['String']['input'];
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

/** Signed as `mjn.chat.removeMember` by an ADMIN, or by the member to leave. */
export type RemoveMemberInput = {
  conversationId: Scalars['ID']['input'];
  member: Scalars['String']['input'];
};

/** Signed as type `mjn.registry.renewRegistration` by the node. */
export type RenewRegistrationInput = {
  did: Scalars['String']['input'];
};

export type RevisionAction =
  | 'DELETE'
  | 'EDIT'
  | 'SEND';

/** The revoked tickets of an event, signed by the event DID over the canonical `mjn.events.revocations` payload {eventDid, ticketIds, generatedAt}, so scanners can cache it and check it offline. */
export type RevocationList = {
  __typename?: 'RevocationList';
  entries: Array<RevokedTicket>;
  eventDid: Scalars['String']['output'];
  eventId: Scalars['ID']['output'];
  generatedAt: Scalars['String']['output'];
  /** Ed25519 by the event DID, base64url. */
  signature: Scalars['String']['output'];
  /** Sorted. */
  ticketIds: Array<Scalars['String']['output']>;
};

/** Signed as type `mjn.registry.revokeNode` by a registry admin. */
export type RevokeNodeInput = {
  did: Scalars['String']['input'];
  /** Why, in 1–500 characters; shown on the node. */
  reason: Scalars['String']['input'];
};

/** Signed as `mjn.events.revokeTicket` by the host. A paid ticket is refunded. */
export type RevokeTicketInput = {
  /** Up to 200 characters. */
  reason: Scalars['String']['input'];
  ticketId: Scalars['String']['input'];
};

export type RevokedTicket = {
  __typename?: 'RevokedTicket';
  reason: Scalars['String']['output'];
  revokedAt: Scalars['DateTimeISO']['output'];
  ticketId: Scalars['ID']['output'];
};

/** Signed as type `mjn.identity.rotateKey` twice: once by the current key (proof) and once by the new key (newKeyProof), both with signer = did. */
export type RotateKeyInput = {
  did: Scalars['String']['input'];
  /** The new Ed25519 public key, multibase (z6Mk…). */
  newPublicKey: Scalars['String']['input'];
};

/** An identity allowed to check tickets in for an event. */
export type Scanner = {
  __typename?: 'Scanner';
  eventId: Scalars['ID']['output'];
  grantedAt: Scalars['DateTimeISO']['output'];
  scanner: Identity;
  scannerDid: Scalars['String']['output'];
};

/** Signed as `mjn.events.addScanner` / `mjn.events.removeScanner` by the host. */
export type ScannerInput = {
  eventId: Scalars['String']['input'];
  /** The did:mjn allowed to check tickets in. */
  scannerDid: Scalars['String']['input'];
};

/** Signed as `mjn.chat.message` over exactly these fields. In an encrypted conversation `body` is the envelope from @imajin/protocol encryptChatMessage. */
export type SendMessageInput = {
  /** At most 10. */
  attachments?: InputMaybe<Array<AttachmentInput>>;
  body: Scalars['String']['input'];
  /** 1–100 characters [A-Za-z0-9._:-], unique per sender and conversation. */
  clientId: Scalars['String']['input'];
  conversationId: Scalars['ID']['input'];
  /** A message of the same conversation this answers. */
  replyTo?: InputMaybe<Scalars['ID']['input']>;
};

/** A session: send the token as `Authorization: Bearer <token>`. */
export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTimeISO']['output'];
  identity: Identity;
  /** Shown once; the server keeps only its hash. */
  token: Scalars['String']['output'];
};

/** A payment split along its .fair chain into the ledger (or the reversal of one). Visible to the payer, the manifest’s creator, the recipients and payments admins only. */
export type Settlement = {
  __typename?: 'Settlement';
  amount: Scalars['MinorUnits']['output'];
  backend: SettlementBackendKind;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: SettlementKind;
  /** One line per recipient DID; amounts sum to amount. */
  lines: Array<SettlementLine>;
  manifest: FairManifest;
  payer: Identity;
  paymentId: Scalars['ID']['output'];
  reversedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** For a REVERSAL, the settlement it undoes. */
  reversesId?: Maybe<Scalars['ID']['output']>;
  status: SettlementStatus;
};

/** Where settled money goes. */
export type SettlementBackendKind =
  /** Book entries in the payments ledger only (default). */
  | 'LEDGER'
  /** Planned; refused until implemented. */
  | 'SOLANA'
  /** Stripe Connect transfers to each recipient’s linked account. */
  | 'STRIPE';

export type SettlementKind =
  | 'REVERSAL'
  | 'SETTLEMENT';

/** What one recipient DID gets from a settlement, summed over every path. */
export type SettlementLine = {
  __typename?: 'SettlementLine';
  amount: Scalars['MinorUnits']['output'];
  did: Scalars['ID']['output'];
  identity: Identity;
  paths: Array<SettlementPath>;
  /** Why the transfer has not gone through yet. */
  transferError?: Maybe<Scalars['String']['output']>;
  /** The provider’s transfer id, once done. */
  transferReference?: Maybe<Scalars['String']['output']>;
  /** Null in previews. */
  transferStatus?: Maybe<TransferStatus>;
};

/** How money reached a recipient: one manifest on the chain that names it. */
export type SettlementPath = {
  __typename?: 'SettlementPath';
  amount: Scalars['MinorUnits']['output'];
  /** Manifest ids from the settled manifest down to the one naming the recipient. */
  path: Array<Scalars['ID']['output']>;
  role: Scalars['String']['output'];
  /** The recipient’s share within that manifest, parts per million. */
  share: Scalars['Int']['output'];
};

/** The exact split a payment would get; nothing is written. */
export type SettlementPreview = {
  __typename?: 'SettlementPreview';
  amount: Scalars['MinorUnits']['output'];
  currency: Scalars['String']['output'];
  /** One line per recipient DID, sorted by DID; amounts sum to amount. */
  lines: Array<SettlementLine>;
  manifest: FairManifest;
};

export type SettlementStatus =
  | 'REVERSED'
  | 'SETTLED';

/** A contributor’s consent (type mjn.fair.consent), signed by the contributor. */
export type SignFairManifestInput = {
  manifestId: Scalars['String']['input'];
};

/** The outcome of registerSoft: a code was emailed to the address. */
export type SoftRegistration = {
  __typename?: 'SoftRegistration';
  /** When the emailed code stops working. */
  codeExpiresAt: Scalars['DateTimeISO']['output'];
  identity: Identity;
};

/** Signed as `mjn.chat.startDirect`; the signer is one side, `peer` the other. */
export type StartDirectConversationInput = {
  /** True for an end-to-end encrypted conversation. */
  encrypted: Scalars['Boolean']['input'];
  /** DID of the other person. */
  peer: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Your conversations as they change: new messages (unreadCount, lastMessage), members, your read pointer. */
  conversationUpdated: Conversation;
  /** Each new message of a conversation you belong to, in seq order. If the stream errors (RATE_LIMITED: you fell behind) or drops, subscribe again and catch up with messages(after: <last cursor>). */
  messageAdded: Message;
  /** Messages of a conversation you belong to as they are edited or deleted. */
  messageUpdated: Message;
  /** Others starting and stopping typing in a conversation you belong to (timeouts included). */
  typing: TypingEvent;
};


export type SubscriptionMessageAddedArgs = {
  conversationId: Scalars['ID']['input'];
};


export type SubscriptionMessageUpdatedArgs = {
  conversationId: Scalars['ID']['input'];
};


export type SubscriptionTypingArgs = {
  conversationId: Scalars['ID']['input'];
};

/** A signed assertion from the event's DID that its holder belongs in the room. `token` is the compact form for a QR code; @imajin/protocol verifyTicketToken checks it offline. */
export type Ticket = {
  __typename?: 'Ticket';
  checkIn?: Maybe<CheckIn>;
  event: Event;
  eventId: Scalars['ID']['output'];
  holder: Identity;
  holderDid: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTimeISO']['output'];
  payment?: Maybe<Payment>;
  /** The payments Payment id, for paid tickets. */
  paymentId?: Maybe<Scalars['String']['output']>;
  /** refunded, transferred, event_canceled or the host’s reason. */
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: TicketStatus;
  tier: TicketTier;
  tierId: Scalars['ID']['output'];
  /** mjt1.<payload>.<signature>; shown to the holder, the host and through the purchase hold only. */
  token?: Maybe<Scalars['String']['output']>;
  transferredFrom?: Maybe<Scalars['ID']['output']>;
  /** The ticket this one was re-issued as, after a transfer. */
  transferredTo?: Maybe<Scalars['ID']['output']>;
};

/** A seat held for one buyer. For a paid tier, pay at `checkoutUrl` before `expiresAt`; the ticket appears here once payments reports the payment complete. Free tiers come back ISSUED with the ticket. */
export type TicketHold = {
  __typename?: 'TicketHold';
  /** Integer minor units as a decimal string. */
  amount: Scalars['String']['output'];
  buyerDid: Scalars['String']['output'];
  checkoutId?: Maybe<Scalars['String']['output']>;
  /** Where the buyer pays (paid tiers). */
  checkoutUrl?: Maybe<Scalars['String']['output']>;
  currency: Scalars['String']['output'];
  eventId: Scalars['ID']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  paymentId?: Maybe<Scalars['String']['output']>;
  status: HoldStatus;
  ticket?: Maybe<Ticket>;
  tier: TicketTier;
  tierId: Scalars['ID']['output'];
};

export type TicketStatus =
  | 'REVOKED'
  | 'VALID';

/** A kind of ticket for an event: price, seats and when it is on sale. */
export type TicketTier = {
  __typename?: 'TicketTier';
  /** Seats still for sale now. */
  available: Scalars['Int']['output'];
  capacity: Scalars['Int']['output'];
  /** ISO 4217, lower case. */
  currency: Scalars['String']['output'];
  event: Event;
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Tickets (and unpaid holds) one buyer may have in this tier. */
  perBuyerLimit: Scalars['Int']['output'];
  /** Integer minor units as a decimal string ("0" for free tiers). */
  price: Scalars['String']['output'];
  /** Seats taken: issued tickets plus unexpired holds and waitlist offers. */
  reserved: Scalars['Int']['output'];
  salesEnd?: Maybe<Scalars['DateTimeISO']['output']>;
  salesStart?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A ticket tier of a new event. */
export type TierInput = {
  /** 1–100000 seats. */
  capacity: Scalars['Int']['input'];
  /** ISO 4217, lower case (e.g. "usd"). */
  currency: Scalars['String']['input'];
  /** Up to 80 characters. */
  name: Scalars['String']['input'];
  /** Tickets one buyer may hold in this tier (1–100). */
  perBuyerLimit: Scalars['Int']['input'];
  /** Integer minor units as a decimal string; "0" is free. */
  price: Scalars['String']['input'];
  /** ISO 8601; off sale from then (default: the event start). */
  salesEnd?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601; on sale from then (default: now). */
  salesStart?: InputMaybe<Scalars['String']['input']>;
};

/** NOT_NEEDED for the ledger backend (and zero parts); PENDING until the provider confirms. */
export type TransferStatus =
  | 'DONE'
  | 'FAILED'
  | 'NOT_NEEDED'
  | 'PENDING';

/** Signed as `mjn.events.transferTicket` by the current holder. */
export type TransferTicketInput = {
  ticketId: Scalars['String']['input'];
  /** The new holder (did:mjn or did:email). */
  toDid: Scalars['String']['input'];
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

/** Someone started or stopped typing in a conversation. */
export type TypingEvent = {
  __typename?: 'TypingEvent';
  conversationId: Scalars['ID']['output'];
  /** When the indicator lapses unless refreshed. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who is typing. */
  identity: Identity;
  /** False when they stopped or the indicator timed out. */
  typing: Scalars['Boolean']['output'];
};

/** Signed as type `mjn.events.updateEvent` by the host; omitted fields stay as they are. */
export type UpdateEventInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['String']['input'];
  startsAt?: InputMaybe<Scalars['String']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  trustMaxHops?: InputMaybe<Scalars['Int']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
  visibility?: InputMaybe<EventVisibility>;
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
  /** The agent that signed it on behalf of `from` under a delegation; null when `from` signed it. */
  agent?: Maybe<Identity>;
  /** Free text: where or why (up to 200 characters). */
  context?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who vouches: the signer, or the person an agent signed for under a delegation. */
  from: Identity;
  id: Scalars['ID']['output'];
  /** Signature of the `mjn.trust.revokeVouch` proof. */
  revokeSignature?: Maybe<Scalars['String']['output']>;
  /** Canonical JSON of the revocation proof. */
  revokeSignedPayload?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Ed25519 signature by `from` (by `agent` when set), base64url. */
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

/** A place in the line for a sold-out tier. */
export type WaitlistEntry = {
  __typename?: 'WaitlistEntry';
  /** How many are ahead (WAITING only). */
  ahead?: Maybe<Scalars['Int']['output']>;
  buyerDid: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The seat offered to this buyer (OFFERED). */
  hold?: Maybe<TicketHold>;
  id: Scalars['ID']['output'];
  status: WaitlistStatus;
  tierId: Scalars['ID']['output'];
};

export type WaitlistStatus =
  | 'CLAIMED'
  | 'EXPIRED'
  | 'LEFT'
  | 'OFFERED'
  | 'WAITING';

export type MessageFieldsFragment = { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null };

export type ConversationFieldsFragment = { id: string, kind: Types.ConversationKind, title: string | null, encrypted: boolean, lastSeq: number, unreadCount: number, lastReadSeq: number, viewerRole: Types.MemberRole | null, memberCount: number, createdAt: string, updatedAt: string, signature: string, signedPayload: string, createdBy: { did: string }, members: Array<{ role: Types.MemberRole, joinedAt: string, lastReadSeq: number, identity: { did: string } }>, lastMessage: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } | null };

export type StartDirectConversationMutationVariables = Exact<{
  input: Types.StartDirectConversationInput;
  proof: Types.ProofInput;
}>;


export type StartDirectConversationMutation = { startDirectConversation: { id: string, kind: Types.ConversationKind, title: string | null, encrypted: boolean, lastSeq: number, unreadCount: number, lastReadSeq: number, viewerRole: Types.MemberRole | null, memberCount: number, createdAt: string, updatedAt: string, signature: string, signedPayload: string, createdBy: { did: string }, members: Array<{ role: Types.MemberRole, joinedAt: string, lastReadSeq: number, identity: { did: string } }>, lastMessage: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } | null } };

export type CreateGroupConversationMutationVariables = Exact<{
  input: Types.CreateGroupInput;
  proof: Types.ProofInput;
}>;


export type CreateGroupConversationMutation = { createGroupConversation: { id: string, kind: Types.ConversationKind, title: string | null, encrypted: boolean, lastSeq: number, unreadCount: number, lastReadSeq: number, viewerRole: Types.MemberRole | null, memberCount: number, createdAt: string, updatedAt: string, signature: string, signedPayload: string, createdBy: { did: string }, members: Array<{ role: Types.MemberRole, joinedAt: string, lastReadSeq: number, identity: { did: string } }>, lastMessage: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } | null } };

export type AddConversationMemberMutationVariables = Exact<{
  input: Types.AddMemberInput;
  proof: Types.ProofInput;
}>;


export type AddConversationMemberMutation = { addConversationMember: { id: string, kind: Types.ConversationKind, title: string | null, encrypted: boolean, lastSeq: number, unreadCount: number, lastReadSeq: number, viewerRole: Types.MemberRole | null, memberCount: number, createdAt: string, updatedAt: string, signature: string, signedPayload: string, createdBy: { did: string }, members: Array<{ role: Types.MemberRole, joinedAt: string, lastReadSeq: number, identity: { did: string } }>, lastMessage: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } | null } };

export type RemoveConversationMemberMutationVariables = Exact<{
  input: Types.RemoveMemberInput;
  proof: Types.ProofInput;
}>;


export type RemoveConversationMemberMutation = { removeConversationMember: { id: string, kind: Types.ConversationKind, title: string | null, encrypted: boolean, lastSeq: number, unreadCount: number, lastReadSeq: number, viewerRole: Types.MemberRole | null, memberCount: number, createdAt: string, updatedAt: string, signature: string, signedPayload: string, createdBy: { did: string }, members: Array<{ role: Types.MemberRole, joinedAt: string, lastReadSeq: number, identity: { did: string } }>, lastMessage: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } | null } };

export type MarkReadMutationVariables = Exact<{
  input: Types.MarkReadInput;
  proof: Types.ProofInput;
}>;


export type MarkReadMutation = { markRead: { id: string, kind: Types.ConversationKind, title: string | null, encrypted: boolean, lastSeq: number, unreadCount: number, lastReadSeq: number, viewerRole: Types.MemberRole | null, memberCount: number, createdAt: string, updatedAt: string, signature: string, signedPayload: string, createdBy: { did: string }, members: Array<{ role: Types.MemberRole, joinedAt: string, lastReadSeq: number, identity: { did: string } }>, lastMessage: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } | null } };

export type SendMessageMutationVariables = Exact<{
  input: Types.SendMessageInput;
  proof: Types.ProofInput;
}>;


export type SendMessageMutation = { sendMessage: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } };

export type EditMessageMutationVariables = Exact<{
  input: Types.EditMessageInput;
  proof: Types.ProofInput;
}>;


export type EditMessageMutation = { editMessage: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } };

export type DeleteMessageMutationVariables = Exact<{
  input: Types.DeleteMessageInput;
  proof: Types.ProofInput;
}>;


export type DeleteMessageMutation = { deleteMessage: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } };

export type SetTypingMutationVariables = Exact<{
  conversationId: string | number;
  typing: boolean;
}>;


export type SetTypingMutation = { setTyping: boolean };

export type ConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationQuery = { conversation: { id: string, kind: Types.ConversationKind, title: string | null, encrypted: boolean, lastSeq: number, unreadCount: number, lastReadSeq: number, viewerRole: Types.MemberRole | null, memberCount: number, createdAt: string, updatedAt: string, signature: string, signedPayload: string, createdBy: { did: string }, members: Array<{ role: Types.MemberRole, joinedAt: string, lastReadSeq: number, identity: { did: string } }>, lastMessage: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } | null } | null };

export type ConversationSummaryFieldsFragment = { id: string, kind: Types.ConversationKind, title: string | null, encrypted: boolean, lastSeq: number, unreadCount: number, lastReadSeq: number, memberCount: number, updatedAt: string, lastMessage: { id: string, seq: number, body: string | null, createdAt: string, sender: { did: string } } | null };

export type ConversationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConversationsQuery = { conversations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: Types.ConversationKind, title: string | null, encrypted: boolean, lastSeq: number, unreadCount: number, lastReadSeq: number, memberCount: number, updatedAt: string, lastMessage: { id: string, seq: number, body: string | null, createdAt: string, sender: { did: string } } | null } }> } | null };

export type MessagesQueryVariables = Exact<{
  conversationId: string | number;
  after?: string | null | undefined;
  before?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type MessagesQuery = { messages: Array<{ id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null }> | null };

export type MessageRevisionsQueryVariables = Exact<{
  id: string | number;
}>;


export type MessageRevisionsQuery = { message: { id: string, revisions: Array<{ revision: number, action: Types.RevisionAction, body: string | null, signature: string, signedPayload: string | null, createdAt: string }> } | null };

export type ChatMessageQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatMessageQuery = { message: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } | null };

export type MessageWithSenderQueryVariables = Exact<{
  id: string | number;
}>;


export type MessageWithSenderQuery = { message: { id: string, body: string | null, sender: { did: string, profile: { handle: string | null } | null } } | null };

export type MessageAddedSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type MessageAddedSubscription = { messageAdded: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } };

export type MessageUpdatedSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type MessageUpdatedSubscription = { messageUpdated: { id: string, seq: number, cursor: string, clientId: string, body: string | null, revision: number, createdAt: string, editedAt: string | null, deletedAt: string | null, signature: string, signedPayload: string, attachments: Array<{ url: string, contentHash: string, name: string | null, mimeType: string | null, size: number | null }>, sender: { did: string }, conversation: { id: string }, replyTo: { id: string } | null, agent: { did: string } | null } };

export type ConversationUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConversationUpdatedSubscription = { conversationUpdated: { id: string, lastSeq: number, unreadCount: number, lastReadSeq: number, memberCount: number, lastMessage: { id: string, seq: number, body: string | null } | null } };

export type TypingSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type TypingSubscription = { typing: { conversationId: string, typing: boolean, expiresAt: string | null, identity: { did: string } } };

export type ChatInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChatInboxQuery = { conversations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: Types.ConversationKind, title: string | null, encrypted: boolean, lastSeq: number, unreadCount: number, lastReadSeq: number, memberCount: number, updatedAt: string, members: Array<{ lastReadSeq: number, identity: { did: string, profile: { handle: string | null, displayName: string | null } | null } }>, lastMessage: { deletedAt: string | null, id: string, seq: number, body: string | null, createdAt: string, sender: { did: string } } | null } }> } | null };

export type TicketTierFieldsFragment = { id: string, eventId: string, name: string, price: string, currency: string, capacity: number, reserved: number, available: number, salesStart: string | null, salesEnd: string | null, perBuyerLimit: number };

export type EventFieldsFragment = { id: string, did: string, hostDid: string, title: string, description: string | null, venue: string | null, startsAt: string, endsAt: string, timezone: string, visibility: Types.EventVisibility, trustMaxHops: number | null, manifestId: string | null, status: Types.EventStatus, canceledAt: string | null, cancelReason: string | null, didRegistered: boolean, didDocument: unknown, signature: string, createdAt: string, updatedAt: string, tiers: Array<{ id: string, eventId: string, name: string, price: string, currency: string, capacity: number, reserved: number, available: number, salesStart: string | null, salesEnd: string | null, perBuyerLimit: number }> };

export type TicketFieldsFragment = { id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, checkIn: { scannerDid: string, checkedInAt: string } | null };

export type TicketHoldFieldsFragment = { id: string, status: Types.HoldStatus, tierId: string, eventId: string, buyerDid: string, amount: string, currency: string, expiresAt: string, checkoutId: string | null, checkoutUrl: string | null, paymentId: string | null, ticket: { id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, checkIn: { scannerDid: string, checkedInAt: string } | null } | null };

export type EventQueryVariables = Exact<{
  id: string;
}>;


export type EventQuery = { event: { id: string, did: string, hostDid: string, title: string, description: string | null, venue: string | null, startsAt: string, endsAt: string, timezone: string, visibility: Types.EventVisibility, trustMaxHops: number | null, manifestId: string | null, status: Types.EventStatus, canceledAt: string | null, cancelReason: string | null, didRegistered: boolean, didDocument: unknown, signature: string, createdAt: string, updatedAt: string, host: { did: string }, tiers: Array<{ id: string, eventId: string, name: string, price: string, currency: string, capacity: number, reserved: number, available: number, salesStart: string | null, salesEnd: string | null, perBuyerLimit: number }> } | null };

export type EventsQueryVariables = Exact<{
  filter?: Types.EventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventsQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, did: string, hostDid: string, title: string, description: string | null, venue: string | null, startsAt: string, endsAt: string, timezone: string, visibility: Types.EventVisibility, trustMaxHops: number | null, manifestId: string | null, status: Types.EventStatus, canceledAt: string | null, cancelReason: string | null, didRegistered: boolean, didDocument: unknown, signature: string, createdAt: string, updatedAt: string, tiers: Array<{ id: string, eventId: string, name: string, price: string, currency: string, capacity: number, reserved: number, available: number, salesStart: string | null, salesEnd: string | null, perBuyerLimit: number }> } }> } | null };

export type EventIdentityQueryVariables = Exact<{
  id: string;
}>;


export type EventIdentityQuery = { event: { id: string, did: string, identity: { did: string, kind: Types.IdentityKind, active: boolean, currentKey: string | null } } | null };

export type HostedEventsQueryVariables = Exact<{
  did: string;
}>;


export type HostedEventsQuery = { identity: { did: string, hostedEvents: Array<{ id: string, did: string, hostDid: string, title: string, description: string | null, venue: string | null, startsAt: string, endsAt: string, timezone: string, visibility: Types.EventVisibility, trustMaxHops: number | null, manifestId: string | null, status: Types.EventStatus, canceledAt: string | null, cancelReason: string | null, didRegistered: boolean, didDocument: unknown, signature: string, createdAt: string, updatedAt: string, tiers: Array<{ id: string, eventId: string, name: string, price: string, currency: string, capacity: number, reserved: number, available: number, salesStart: string | null, salesEnd: string | null, perBuyerLimit: number }> }> | null } | null };

export type IdentityTicketsQueryVariables = Exact<{
  did: string;
}>;


export type IdentityTicketsQuery = { identity: { did: string, tickets: Array<{ id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, checkIn: { scannerDid: string, checkedInAt: string } | null }> | null } | null };

export type TicketHoldQueryVariables = Exact<{
  id: string;
}>;


export type TicketHoldQuery = { ticketHold: { id: string, status: Types.HoldStatus, tierId: string, eventId: string, buyerDid: string, amount: string, currency: string, expiresAt: string, checkoutId: string | null, checkoutUrl: string | null, paymentId: string | null, ticket: { id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, checkIn: { scannerDid: string, checkedInAt: string } | null } | null } | null };

export type TicketWithPaymentQueryVariables = Exact<{
  id: string;
}>;


export type TicketWithPaymentQuery = { ticket: { id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, payment: { id: string, reference: string, amount: string, currency: string, manifestId: string, description: string, metadata: unknown, provider: string, status: Types.PaymentStatus, settlementId: string | null, createdAt: string, completedAt: string | null, refundedAt: string | null, buyer: { did: string } } | null, checkIn: { scannerDid: string, checkedInAt: string } | null } | null };

export type TicketHoldWithPaymentQueryVariables = Exact<{
  id: string;
}>;


export type TicketHoldWithPaymentQuery = { ticketHold: { id: string, status: Types.HoldStatus, tierId: string, eventId: string, buyerDid: string, amount: string, currency: string, expiresAt: string, checkoutId: string | null, checkoutUrl: string | null, paymentId: string | null, ticket: { id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, payment: { id: string, reference: string, amount: string, currency: string, manifestId: string, description: string, metadata: unknown, provider: string, status: Types.PaymentStatus, settlementId: string | null, createdAt: string, completedAt: string | null, refundedAt: string | null, buyer: { did: string } } | null, checkIn: { scannerDid: string, checkedInAt: string } | null } | null } | null };

export type RevocationListQueryVariables = Exact<{
  eventId: string;
}>;


export type RevocationListQuery = { revocationList: { eventId: string, eventDid: string, ticketIds: Array<string>, generatedAt: string, signature: string, entries: Array<{ ticketId: string, revokedAt: string, reason: string }> } | null };

export type CreateEventMutationVariables = Exact<{
  input: Types.CreateEventInput;
  proof: Types.ProofInput;
}>;


export type CreateEventMutation = { createEvent: { id: string, did: string, hostDid: string, title: string, description: string | null, venue: string | null, startsAt: string, endsAt: string, timezone: string, visibility: Types.EventVisibility, trustMaxHops: number | null, manifestId: string | null, status: Types.EventStatus, canceledAt: string | null, cancelReason: string | null, didRegistered: boolean, didDocument: unknown, signature: string, createdAt: string, updatedAt: string, tiers: Array<{ id: string, eventId: string, name: string, price: string, currency: string, capacity: number, reserved: number, available: number, salesStart: string | null, salesEnd: string | null, perBuyerLimit: number }> } };

export type UpdateEventMutationVariables = Exact<{
  input: Types.UpdateEventInput;
  proof: Types.ProofInput;
}>;


export type UpdateEventMutation = { updateEvent: { id: string, did: string, hostDid: string, title: string, description: string | null, venue: string | null, startsAt: string, endsAt: string, timezone: string, visibility: Types.EventVisibility, trustMaxHops: number | null, manifestId: string | null, status: Types.EventStatus, canceledAt: string | null, cancelReason: string | null, didRegistered: boolean, didDocument: unknown, signature: string, createdAt: string, updatedAt: string, tiers: Array<{ id: string, eventId: string, name: string, price: string, currency: string, capacity: number, reserved: number, available: number, salesStart: string | null, salesEnd: string | null, perBuyerLimit: number }> } };

export type CancelEventMutationVariables = Exact<{
  input: Types.CancelEventInput;
  proof: Types.ProofInput;
}>;


export type CancelEventMutation = { cancelEvent: { id: string, did: string, hostDid: string, title: string, description: string | null, venue: string | null, startsAt: string, endsAt: string, timezone: string, visibility: Types.EventVisibility, trustMaxHops: number | null, manifestId: string | null, status: Types.EventStatus, canceledAt: string | null, cancelReason: string | null, didRegistered: boolean, didDocument: unknown, signature: string, createdAt: string, updatedAt: string, tiers: Array<{ id: string, eventId: string, name: string, price: string, currency: string, capacity: number, reserved: number, available: number, salesStart: string | null, salesEnd: string | null, perBuyerLimit: number }> } };

export type AddScannerMutationVariables = Exact<{
  input: Types.ScannerInput;
  proof: Types.ProofInput;
}>;


export type AddScannerMutation = { addScanner: { eventId: string, scannerDid: string, grantedAt: string } };

export type RemoveScannerMutationVariables = Exact<{
  input: Types.ScannerInput;
  proof: Types.ProofInput;
}>;


export type RemoveScannerMutation = { removeScanner: boolean };

export type PurchaseTicketMutationVariables = Exact<{
  input: Types.PurchaseTicketInput;
  proof?: Types.ProofInput | null | undefined;
}>;


export type PurchaseTicketMutation = { purchaseTicket: { id: string, status: Types.HoldStatus, tierId: string, eventId: string, buyerDid: string, amount: string, currency: string, expiresAt: string, checkoutId: string | null, checkoutUrl: string | null, paymentId: string | null, ticket: { id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, checkIn: { scannerDid: string, checkedInAt: string } | null } | null } };

export type JoinWaitlistMutationVariables = Exact<{
  input: Types.JoinWaitlistInput;
  proof?: Types.ProofInput | null | undefined;
}>;


export type JoinWaitlistMutation = { joinWaitlist: { id: string, tierId: string, buyerDid: string, status: Types.WaitlistStatus, ahead: number | null, createdAt: string, hold: { id: string, status: Types.HoldStatus, tierId: string, eventId: string, buyerDid: string, amount: string, currency: string, expiresAt: string, checkoutId: string | null, checkoutUrl: string | null, paymentId: string | null, ticket: { id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, checkIn: { scannerDid: string, checkedInAt: string } | null } | null } | null } };

export type CheckInMutationVariables = Exact<{
  input: Types.CheckInInput;
  proof: Types.ProofInput;
}>;


export type CheckInMutation = { checkIn: { ticketId: string, scannerDid: string, checkedInAt: string } };

export type RevokeTicketMutationVariables = Exact<{
  input: Types.RevokeTicketInput;
  proof: Types.ProofInput;
}>;


export type RevokeTicketMutation = { revokeTicket: { id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, checkIn: { scannerDid: string, checkedInAt: string } | null } };

export type TransferTicketMutationVariables = Exact<{
  input: Types.TransferTicketInput;
  proof: Types.ProofInput;
}>;


export type TransferTicketMutation = { transferTicket: { id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, checkIn: { scannerDid: string, checkedInAt: string } | null } };

export type ClaimTicketsMutationVariables = Exact<{
  input: Types.ClaimTicketsInput;
  proof: Types.ProofInput;
}>;


export type ClaimTicketsMutation = { claimTickets: Array<{ id: string, eventId: string, tierId: string, holderDid: string, status: Types.TicketStatus, issuedAt: string, token: string | null, paymentId: string | null, revokedAt: string | null, revokeReason: string | null, transferredTo: string | null, transferredFrom: string | null, checkIn: { scannerDid: string, checkedInAt: string } | null }> };

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


export type SearchIdentitiesQuery = { searchIdentities: { totalCount: number, edges: Array<{ cursor: string, node: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

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

export type ConsentDeclarationFieldsFragment = { id: string, grantorDid: string, granteeDid: string | null, maxTrustHops: number | null, anyone: boolean, purposes: Array<string>, maxFee: number | null, currency: string | null, expiresAt: string | null, retentionDays: number | null, noTraining: boolean, createdAt: string, revokedAt: string | null, live: boolean, signature: string, signedPayload: string, revokeSignature: string | null, revokeSignedPayload: string | null };

export type ConsentDeclarationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsentDeclarationQuery = { consentDeclaration: { id: string, grantorDid: string, granteeDid: string | null, maxTrustHops: number | null, anyone: boolean, purposes: Array<string>, maxFee: number | null, currency: string | null, expiresAt: string | null, retentionDays: number | null, noTraining: boolean, createdAt: string, revokedAt: string | null, live: boolean, signature: string, signedPayload: string, revokeSignature: string | null, revokeSignedPayload: string | null } | null };

export type ConsentsQueryVariables = Exact<{
  did: string;
  purpose?: string | null | undefined;
  includeInactive?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsentsQuery = { identity: { did: string, consents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, grantorDid: string, granteeDid: string | null, maxTrustHops: number | null, anyone: boolean, purposes: Array<string>, maxFee: number | null, currency: string | null, expiresAt: string | null, retentionDays: number | null, noTraining: boolean, createdAt: string, revokedAt: string | null, live: boolean, signature: string, signedPayload: string, revokeSignature: string | null, revokeSignedPayload: string | null } }> } } | null };

export type DeclareConsentMutationVariables = Exact<{
  input: Types.DeclareConsentInput;
  proof: Types.ProofInput;
}>;


export type DeclareConsentMutation = { declareConsent: { id: string, grantorDid: string, granteeDid: string | null, maxTrustHops: number | null, anyone: boolean, purposes: Array<string>, maxFee: number | null, currency: string | null, expiresAt: string | null, retentionDays: number | null, noTraining: boolean, createdAt: string, revokedAt: string | null, live: boolean, signature: string, signedPayload: string, revokeSignature: string | null, revokeSignedPayload: string | null } };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
  proof: Types.ProofInput;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, grantorDid: string, granteeDid: string | null, maxTrustHops: number | null, anyone: boolean, purposes: Array<string>, maxFee: number | null, currency: string | null, expiresAt: string | null, retentionDays: number | null, noTraining: boolean, createdAt: string, revokedAt: string | null, live: boolean, signature: string, signedPayload: string, revokeSignature: string | null, revokeSignedPayload: string | null } };

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

export type SignInSoftMutationVariables = Exact<{
  email: string;
  code: string;
}>;


export type SignInSoftMutation = { signInSoft: { token: string, expiresAt: string, identity: { did: string, kind: Types.IdentityKind, soft: boolean, active: boolean, deactivatedAt: string | null, createdAt: string, updatedAt: string, currentKey: string | null, profile: { handle: string | null, displayName: string | null, bio: string | null, avatarUrl: string | null } | null, keys: Array<{ publicKeyMultibase: string, validFrom: string, validUntil: string | null, current: boolean, rotationSignature: string | null }>, claimedBy: { did: string } | null } } };

export type SignOutMutationVariables = Exact<{
  token?: string | null | undefined;
}>;


export type SignOutMutation = { signOut: number };

export type DelegationFieldsFragment = { id: string, scopes: Array<string>, expiresAt: string, maxUsesPerDay: number | null, usesLast24h: number, active: boolean, createdAt: string, revokedAt: string | null, signature: string, signedPayload: string, person: { did: string } | null, agent: { did: string } | null };

export type DelegateMutationVariables = Exact<{
  input: Types.DelegateInput;
  proof: Types.ProofInput;
}>;


export type DelegateMutation = { delegate: { id: string, scopes: Array<string>, expiresAt: string, maxUsesPerDay: number | null, usesLast24h: number, active: boolean, createdAt: string, revokedAt: string | null, signature: string, signedPayload: string, person: { did: string } | null, agent: { did: string } | null } };

export type RevokeDelegationMutationVariables = Exact<{
  id: string;
  proof: Types.ProofInput;
}>;


export type RevokeDelegationMutation = { revokeDelegation: { id: string, scopes: Array<string>, expiresAt: string, maxUsesPerDay: number | null, usesLast24h: number, active: boolean, createdAt: string, revokedAt: string | null, signature: string, signedPayload: string, person: { did: string } | null, agent: { did: string } | null } };

export type DelegationsQueryVariables = Exact<{
  did: string;
  includeInactive?: boolean | null | undefined;
}>;


export type DelegationsQuery = { identity: { did: string, delegations: Array<{ id: string, scopes: Array<string>, expiresAt: string, maxUsesPerDay: number | null, usesLast24h: number, active: boolean, createdAt: string, revokedAt: string | null, signature: string, signedPayload: string, person: { did: string } | null, agent: { did: string } | null }> | null } | null };

export type LiveMessagesSubscriptionVariables = Exact<{
  conversationId: string | number;
}>;


export type LiveMessagesSubscription = { messageAdded: { id: string, seq: number, cursor: string, body: string | null, signature: string, sender: { did: string, profile: { handle: string | null } | null } } };

export type FairManifestFieldsFragment = { id: string, version: string, terms: string | null, imported: boolean, createdAt: string, signature: string, signedPayload: string, pendingContributors: Array<string>, creator: { did: string }, contributors: Array<{ did: string, role: string, share: number, consented: boolean, consentedAt: string | null }>, derivesFrom: Array<{ manifestId: string, share: number }> };

export type CreateFairManifestMutationVariables = Exact<{
  input: Types.CreateFairManifestInput;
  proof: Types.ProofInput;
}>;


export type CreateFairManifestMutation = { createFairManifest: { id: string, version: string, terms: string | null, imported: boolean, createdAt: string, signature: string, signedPayload: string, pendingContributors: Array<string>, creator: { did: string }, contributors: Array<{ did: string, role: string, share: number, consented: boolean, consentedAt: string | null }>, derivesFrom: Array<{ manifestId: string, share: number }> } };

export type SignFairManifestMutationVariables = Exact<{
  input: Types.SignFairManifestInput;
  proof: Types.ProofInput;
}>;


export type SignFairManifestMutation = { signFairManifest: { id: string, version: string, terms: string | null, imported: boolean, createdAt: string, signature: string, signedPayload: string, pendingContributors: Array<string>, creator: { did: string }, contributors: Array<{ did: string, role: string, share: number, consented: boolean, consentedAt: string | null }>, derivesFrom: Array<{ manifestId: string, share: number }> } };

export type ImportFairManifestMutationVariables = Exact<{
  document: unknown;
}>;


export type ImportFairManifestMutation = { importFairManifest: { id: string, version: string, terms: string | null, imported: boolean, createdAt: string, signature: string, signedPayload: string, pendingContributors: Array<string>, creator: { did: string }, contributors: Array<{ did: string, role: string, share: number, consented: boolean, consentedAt: string | null }>, derivesFrom: Array<{ manifestId: string, share: number }> } };

export type FairManifestQueryVariables = Exact<{
  id: string | number;
}>;


export type FairManifestQuery = { fairManifest: { id: string, version: string, terms: string | null, imported: boolean, createdAt: string, signature: string, signedPayload: string, pendingContributors: Array<string>, creator: { did: string }, contributors: Array<{ did: string, role: string, share: number, consented: boolean, consentedAt: string | null }>, derivesFrom: Array<{ manifestId: string, share: number }> } | null };

export type ExportFairManifestQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportFairManifestQuery = { exportFairManifest: unknown };

export type FairChainQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
}>;


export type FairChainQuery = { fairManifest: { id: string, chain: Array<{ kind: Types.FairChainEntryKind, depth: number, manifestId: string, path: Array<string>, did: string | null, role: string | null, upstreamId: string | null, share: number, effectiveShare: string }> } | null };

export type SettlementLineFieldsFragment = { did: string, amount: number, transferStatus: Types.TransferStatus | null, transferReference: string | null, transferError: string | null, paths: Array<{ path: Array<string>, role: string, share: number, amount: number }> };

export type SettlementPreviewQueryVariables = Exact<{
  manifestId: string | number;
  amount: number;
  currency: string;
}>;


export type SettlementPreviewQuery = { settlementPreview: { amount: number, currency: string, manifest: { id: string }, lines: Array<{ did: string, amount: number, transferStatus: Types.TransferStatus | null, transferReference: string | null, transferError: string | null, paths: Array<{ path: Array<string>, role: string, share: number, amount: number }> }> } | null };

export type SettlementQueryVariables = Exact<{
  id: string | number;
}>;


export type SettlementQuery = { settlement: { id: string, kind: Types.SettlementKind, paymentId: string, reversesId: string | null, amount: number, currency: string, backend: Types.SettlementBackendKind, status: Types.SettlementStatus, createdAt: string, reversedAt: string | null, payer: { did: string }, manifest: { id: string }, lines: Array<{ did: string, amount: number, transferStatus: Types.TransferStatus | null, transferReference: string | null, transferError: string | null, paths: Array<{ path: Array<string>, role: string, share: number, amount: number }> }> } | null };

export type BalanceQueryVariables = Exact<{
  did: string;
  currency: string;
}>;


export type BalanceQuery = { identity: { did: string, balance: { currency: string, amount: number } | null, balances: Array<{ currency: string, amount: number }> | null } | null };

export type LedgerQueryVariables = Exact<{
  did: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LedgerQuery = { identity: { did: string, ledger: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, direction: Types.LedgerEntryDirection, amount: number, currency: string, settlementId: string, memo: string, createdAt: string } }> } | null } | null };

export type LinkStripeAccountMutationVariables = Exact<{
  input: Types.LinkStripeAccountInput;
  proof: Types.ProofInput;
}>;


export type LinkStripeAccountMutation = { linkStripeAccount: { stripeAccountId: string, updatedAt: string, identity: { did: string } } };

export type ReceiptFieldsFragment = { id: string, paymentId: string, amount: string, currency: string, manifestId: string, signature: string, signedPayload: string, envelope: unknown, createdAt: string, buyer: { did: string }, signer: { did: string, kind: Types.IdentityKind }, recipients: Array<{ amount: string, paths: Array<Array<string>>, identity: { did: string } }> };

export type PaymentFieldsFragment = { id: string, reference: string, amount: string, currency: string, manifestId: string, description: string, metadata: unknown, provider: string, status: Types.PaymentStatus, settlementId: string | null, createdAt: string, completedAt: string | null, refundedAt: string | null, buyer: { did: string } };

export type CheckoutFieldsFragment = { id: string, provider: string, url: string, status: Types.CheckoutStatus, expiresAt: string, createdAt: string, closedAt: string | null, payment: { id: string, reference: string, amount: string, currency: string, manifestId: string, description: string, metadata: unknown, provider: string, status: Types.PaymentStatus, settlementId: string | null, createdAt: string, completedAt: string | null, refundedAt: string | null, buyer: { did: string } } };

export type RefundFieldsFragment = { id: string, paymentId: string, reason: string, requestedBy: string, providerRefundId: string | null, signature: string | null, createdAt: string };

export type CreateCheckoutMutationVariables = Exact<{
  input: Types.CreateCheckoutInput;
  proof?: Types.ProofInput | null | undefined;
}>;


export type CreateCheckoutMutation = { createCheckout: { id: string, provider: string, url: string, status: Types.CheckoutStatus, expiresAt: string, createdAt: string, closedAt: string | null, payment: { id: string, reference: string, amount: string, currency: string, manifestId: string, description: string, metadata: unknown, provider: string, status: Types.PaymentStatus, settlementId: string | null, createdAt: string, completedAt: string | null, refundedAt: string | null, buyer: { did: string } } } };

export type CheckoutQueryVariables = Exact<{
  id: string | number;
}>;


export type CheckoutQuery = { checkout: { id: string, provider: string, url: string, status: Types.CheckoutStatus, expiresAt: string, createdAt: string, closedAt: string | null, payment: { id: string, reference: string, amount: string, currency: string, manifestId: string, description: string, metadata: unknown, provider: string, status: Types.PaymentStatus, settlementId: string | null, createdAt: string, completedAt: string | null, refundedAt: string | null, buyer: { did: string } } } | null };

export type PaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentQuery = { payment: { id: string, reference: string, amount: string, currency: string, manifestId: string, description: string, metadata: unknown, provider: string, status: Types.PaymentStatus, settlementId: string | null, createdAt: string, completedAt: string | null, refundedAt: string | null, checkout: { id: string, status: Types.CheckoutStatus, url: string }, manifest: { id: string } | null, settlement: { id: string, status: Types.SettlementStatus } | null, receipt: { id: string, paymentId: string, amount: string, currency: string, manifestId: string, signature: string, signedPayload: string, envelope: unknown, createdAt: string, buyer: { did: string }, signer: { did: string, kind: Types.IdentityKind }, recipients: Array<{ amount: string, paths: Array<Array<string>>, identity: { did: string } }> } | null, refund: { id: string, paymentId: string, reason: string, requestedBy: string, providerRefundId: string | null, signature: string | null, createdAt: string } | null, buyer: { did: string } } | null };

export type ReceiptQueryVariables = Exact<{
  id: string | number;
}>;


export type ReceiptQuery = { receipt: { id: string, paymentId: string, amount: string, currency: string, manifestId: string, signature: string, signedPayload: string, envelope: unknown, createdAt: string, buyer: { did: string }, signer: { did: string, kind: Types.IdentityKind }, recipients: Array<{ amount: string, paths: Array<Array<string>>, identity: { did: string } }> } | null };

export type IdentityReceiptsQueryVariables = Exact<{
  did: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IdentityReceiptsQuery = { identity: { did: string, receipts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, paymentId: string, amount: string, currency: string, manifestId: string, signature: string, signedPayload: string, envelope: unknown, createdAt: string, buyer: { did: string }, signer: { did: string, kind: Types.IdentityKind }, recipients: Array<{ amount: string, paths: Array<Array<string>>, identity: { did: string } }> } }> } | null } | null };

export type RefundPaymentMutationVariables = Exact<{
  input: Types.RefundPaymentInput;
  proof: Types.ProofInput;
}>;


export type RefundPaymentMutation = { refundPayment: { id: string, paymentId: string, reason: string, requestedBy: string, providerRefundId: string | null, signature: string | null, createdAt: string } };

export type SettlementSplitQueryVariables = Exact<{
  manifestId: string | number;
  amount: number;
  currency: string;
}>;


export type SettlementSplitQuery = { settlementPreview: { amount: number, currency: string, manifest: { id: string }, lines: Array<{ did: string, amount: number, identity: { did: string, profile: { handle: string | null } | null }, paths: Array<{ path: Array<string>, role: string, share: number, amount: number }> }> } | null };

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


export type NodesQuery = { nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null } }> } | null };

export type NodeOperatorQueryVariables = Exact<{
  did: string;
}>;


export type NodeOperatorQuery = { node: { did: string, hostname: string, identity: { did: string, kind: Types.IdentityKind }, operator: { did: string, kind: Types.IdentityKind, profile: { handle: string | null } | null, nodes: Array<{ did: string, hostname: string, status: Types.NodeStatus }> | null } | null } | null };

export type IdentityNodesQueryVariables = Exact<{
  did: string;
}>;


export type IdentityNodesQuery = { identity: { did: string, kind: Types.IdentityKind, nodes: Array<{ did: string, hostname: string, fqdn: string, url: string, buildHash: string, version: string, capabilities: Array<string>, status: Types.NodeStatus, flagged: boolean, flagReason: string | null, registeredAt: string, registeredUntil: string, graceEndsAt: string, lastHeartbeatAt: string, nextHeartbeatDue: string, heartbeatOverdue: boolean, staleAt: string, heartbeatCount: number, lastStats: unknown, revokedAt: string | null, revokeReason: string | null, identity: { did: string }, operator: { did: string } | null, dns: { name: string, target: string, desired: string, state: string, lastError: string | null } | null }> | null } | null };

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

export type VouchFieldsFragment = { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string }, agent: { did: string } | null };

export type VouchMutationVariables = Exact<{
  input: Types.VouchInput;
  proof: Types.ProofInput;
}>;


export type VouchMutation = { vouch: { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string }, agent: { did: string } | null } };

export type RevokeVouchMutationVariables = Exact<{
  id: string | number;
  proof: Types.ProofInput;
}>;


export type RevokeVouchMutation = { revokeVouch: { revokeSignature: string | null, revokeSignedPayload: string | null, id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string }, agent: { did: string } | null } };

export type VouchByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type VouchByIdQuery = { vouchById: { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string }, agent: { did: string } | null } | null };

export type IdentityVouchesQueryVariables = Exact<{
  did: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeInactive?: boolean | null | undefined;
}>;


export type IdentityVouchesQuery = { identity: { did: string, vouchesReceived: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string, profile: { handle: string | null } | null }, to: { did: string }, agent: { did: string } | null } }> } | null, vouchesGiven: { totalCount: number, edges: Array<{ node: { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, to: { did: string, profile: { handle: string | null } | null }, from: { did: string }, agent: { did: string } | null } }> } | null } | null };

export type MutualsQueryVariables = Exact<{
  did: string;
  with: string;
}>;


export type MutualsQuery = { identity: { did: string, mutuals: Array<{ did: string, profile: { handle: string | null } | null }> | null } | null };

export type TrustPathQueryVariables = Exact<{
  from: string;
  to: string;
  maxDepth?: number | null | undefined;
  minWeight?: number | null | undefined;
}>;


export type TrustPathQuery = { trustPath: { found: boolean, length: number | null, hops: Array<{ from: { did: string, profile: { handle: string | null } | null }, to: { did: string, profile: { handle: string | null } | null }, vouch: { id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string }, agent: { did: string } | null } }>, explanation: { reason: Types.NoPathReason, reachedCount: number, reachedDepth: number, reachingCount: number, reachingDepth: number, exploredDepth: number, message: string } | null } | null };

export type IsTrustedQueryVariables = Exact<{
  querier: string;
  subject: string;
  maxHops?: number | null | undefined;
}>;


export type IsTrustedQuery = { isTrusted: boolean | null };

export type NeighbourhoodQueryVariables = Exact<{
  did: string;
  depth?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { hops: number, identity: { did: string, profile: { handle: string | null } | null } } }> } | null };

export type TrustScoreQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type TrustScoreQuery = { trustScore: { score: number, nodesConsidered: number, damping: number, iterations: number } | null };

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


export type AcceptInviteMutation = { acceptInvite: { invite: { id: string, toEmail: string | null, toDid: string | null, maxUses: number, uses: number, expiresAt: string, createdAt: string, signature: string, signedPayload: string, inviter: { did: string } }, vouches: Array<{ id: string, weight: number, context: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, from: { did: string }, to: { did: string }, agent: { did: string } | null }> } };

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


export type AttestationsQuery = { identity: { did: string, attestations: Array<{ id: string, type: string, claim: string | null, expiresAt: string | null, createdAt: string, revokedAt: string | null, active: boolean, signature: string, signedPayload: string, issuer: { did: string, profile: { handle: string | null } | null }, subject: { did: string } }> | null } | null };

export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const ConversationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<ConversationFieldsFragment, unknown>;
export const ConversationSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationSummaryFieldsFragment, unknown>;
export const TicketTierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"perBuyerLimit"}}]}}]} as unknown as DocumentNode<TicketTierFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostDid"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"trustMaxHops"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"didRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"didDocument"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTierFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"perBuyerLimit"}}]}}]} as unknown as DocumentNode<EventFieldsFragment, unknown>;
export const TicketFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<TicketFieldsFragment, unknown>;
export const TicketHoldFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerDid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutId"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutUrl"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<TicketHoldFieldsFragment, unknown>;
export const ProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}}]} as unknown as DocumentNode<ProfileFieldsFragment, unknown>;
export const IdentityKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}}]} as unknown as DocumentNode<IdentityKeyFieldsFragment, unknown>;
export const IdentityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}}]} as unknown as DocumentNode<IdentityFieldsFragment, unknown>;
export const ConsentDeclarationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentDeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantorDid"}},{"kind":"Field","name":{"kind":"Name","value":"granteeDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrustHops"}},{"kind":"Field","name":{"kind":"Name","value":"anyone"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"maxFee"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"noTraining"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignature"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignedPayload"}}]}}]} as unknown as DocumentNode<ConsentDeclarationFieldsFragment, unknown>;
export const DelegationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"usesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<DelegationFieldsFragment, unknown>;
export const FairManifestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FairManifestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FairManifest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"consented"}},{"kind":"Field","name":{"kind":"Name","value":"consentedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContributors"}},{"kind":"Field","name":{"kind":"Name","value":"derivesFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<FairManifestFieldsFragment, unknown>;
export const SettlementLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferStatus"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"transferError"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<SettlementLineFieldsFragment, unknown>;
export const ReceiptFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Receipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"envelope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReceiptFieldsFragment, unknown>;
export const PaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}}]} as unknown as DocumentNode<PaymentFieldsFragment, unknown>;
export const CheckoutFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Checkout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}}]} as unknown as DocumentNode<CheckoutFieldsFragment, unknown>;
export const RefundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"providerRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RefundFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"fqdn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"buildHash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"flagReason"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredUntil"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextHeartbeatDue"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"staleAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStats"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"desired"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<NodeFieldsFragment, unknown>;
export const AttestedBuildFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestedBuildFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttestedBuild"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"attestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AttestedBuildFieldsFragment, unknown>;
export const VouchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<VouchFieldsFragment, unknown>;
export const InviteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toEmail"}},{"kind":"Field","name":{"kind":"Name","value":"toDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"inviter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<InviteFieldsFragment, unknown>;
export const AttestationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AttestationFieldsFragment, unknown>;
export const StartDirectConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartDirectConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartDirectConversationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDirectConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]} as unknown as DocumentNode<StartDirectConversationMutation, StartDirectConversationMutationVariables>;
export const CreateGroupConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroupConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroupConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]} as unknown as DocumentNode<CreateGroupConversationMutation, CreateGroupConversationMutationVariables>;
export const AddConversationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConversationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConversationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]} as unknown as DocumentNode<AddConversationMemberMutation, AddConversationMemberMutationVariables>;
export const RemoveConversationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveConversationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConversationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]} as unknown as DocumentNode<RemoveConversationMemberMutation, RemoveConversationMemberMutationVariables>;
export const MarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkReadInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]} as unknown as DocumentNode<MarkReadMutation, MarkReadMutationVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const EditMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditMessageInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<EditMessageMutation, EditMessageMutationVariables>;
export const DeleteMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<DeleteMessageMutation, DeleteMessageMutationVariables>;
export const SetTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"typing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"typing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"typing"}}}]}]}}]} as unknown as DocumentNode<SetTypingMutation, SetTypingMutationVariables>;
export const ConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const ConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsQuery, ConversationsQueryVariables>;
export const MessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Messages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<MessagesQuery, MessagesQueryVariables>;
export const MessageRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<MessageRevisionsQuery, MessageRevisionsQueryVariables>;
export const ChatMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<ChatMessageQuery, ChatMessageQueryVariables>;
export const MessageWithSenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageWithSender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessageWithSenderQuery, MessageWithSenderQueryVariables>;
export const MessageAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<MessageAddedSubscription, MessageAddedSubscriptionVariables>;
export const MessageUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<MessageUpdatedSubscription, MessageUpdatedSubscriptionVariables>;
export const ConversationUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationUpdatedSubscription, ConversationUpdatedSubscriptionVariables>;
export const TypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Typing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"typing"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]}}]} as unknown as DocumentNode<TypingSubscription, TypingSubscriptionVariables>;
export const ChatInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]}}]} as unknown as DocumentNode<ChatInboxQuery, ChatInboxQueryVariables>;
export const EventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Event"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"perBuyerLimit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostDid"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"trustMaxHops"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"didRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"didDocument"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTierFields"}}]}}]}}]} as unknown as DocumentNode<EventQuery, EventQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"perBuyerLimit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostDid"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"trustMaxHops"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"didRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"didDocument"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTierFields"}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const EventIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}}]}}]}}]}}]} as unknown as DocumentNode<EventIdentityQuery, EventIdentityQueryVariables>;
export const HostedEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostedEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"perBuyerLimit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostDid"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"trustMaxHops"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"didRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"didDocument"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTierFields"}}]}}]}}]} as unknown as DocumentNode<HostedEventsQuery, HostedEventsQueryVariables>;
export const IdentityTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<IdentityTicketsQuery, IdentityTicketsQueryVariables>;
export const TicketHoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHoldFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerDid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutId"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutUrl"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}}]} as unknown as DocumentNode<TicketHoldQuery, TicketHoldQueryVariables>;
export const TicketWithPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketWithPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}}]} as unknown as DocumentNode<TicketWithPaymentQuery, TicketWithPaymentQueryVariables>;
export const TicketHoldWithPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketHoldWithPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHoldFields"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerDid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutId"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutUrl"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}}]} as unknown as DocumentNode<TicketHoldWithPaymentQuery, TicketHoldWithPaymentQueryVariables>;
export const RevocationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevocationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revocationList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventDid"}},{"kind":"Field","name":{"kind":"Name","value":"ticketIds"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<RevocationListQuery, RevocationListQueryVariables>;
export const CreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"perBuyerLimit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostDid"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"trustMaxHops"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"didRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"didDocument"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTierFields"}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"perBuyerLimit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostDid"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"trustMaxHops"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"didRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"didDocument"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTierFields"}}]}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const CancelEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelEventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketTierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"salesStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesEnd"}},{"kind":"Field","name":{"kind":"Name","value":"perBuyerLimit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"hostDid"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"trustMaxHops"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"didRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"didDocument"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketTierFields"}}]}}]}}]} as unknown as DocumentNode<CancelEventMutation, CancelEventMutationVariables>;
export const AddScannerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddScanner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScannerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addScanner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]} as unknown as DocumentNode<AddScannerMutation, AddScannerMutationVariables>;
export const RemoveScannerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveScanner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScannerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeScanner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}]}]}}]} as unknown as DocumentNode<RemoveScannerMutation, RemoveScannerMutationVariables>;
export const PurchaseTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchaseTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseTicketInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHoldFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerDid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutId"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutUrl"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}}]} as unknown as DocumentNode<PurchaseTicketMutation, PurchaseTicketMutationVariables>;
export const JoinWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinWaitlistInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ahead"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketHoldFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketHoldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TicketHold"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"buyerDid"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutId"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutUrl"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}}]} as unknown as DocumentNode<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const RevokeTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeTicketInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<RevokeTicketMutation, RevokeTicketMutationVariables>;
export const TransferTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferTicketInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<TransferTicketMutation, TransferTicketMutationVariables>;
export const ClaimTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimTicketsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"holderDid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"transferredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scannerDid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<ClaimTicketsMutation, ClaimTicketsMutationVariables>;
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
export const ConsentDeclarationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentDeclaration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentDeclarationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentDeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantorDid"}},{"kind":"Field","name":{"kind":"Name","value":"granteeDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrustHops"}},{"kind":"Field","name":{"kind":"Name","value":"anyone"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"maxFee"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"noTraining"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignature"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignedPayload"}}]}}]} as unknown as DocumentNode<ConsentDeclarationQuery, ConsentDeclarationQueryVariables>;
export const ConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Consents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentDeclarationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentDeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantorDid"}},{"kind":"Field","name":{"kind":"Name","value":"granteeDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrustHops"}},{"kind":"Field","name":{"kind":"Name","value":"anyone"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"maxFee"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"noTraining"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignature"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignedPayload"}}]}}]} as unknown as DocumentNode<ConsentsQuery, ConsentsQueryVariables>;
export const DeclareConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareConsentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentDeclarationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentDeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantorDid"}},{"kind":"Field","name":{"kind":"Name","value":"granteeDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrustHops"}},{"kind":"Field","name":{"kind":"Name","value":"anyone"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"maxFee"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"noTraining"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignature"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignedPayload"}}]}}]} as unknown as DocumentNode<DeclareConsentMutation, DeclareConsentMutationVariables>;
export const RevokeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentDeclarationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentDeclarationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentDeclaration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grantorDid"}},{"kind":"Field","name":{"kind":"Name","value":"granteeDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrustHops"}},{"kind":"Field","name":{"kind":"Name","value":"anyone"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"maxFee"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"noTraining"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignature"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignedPayload"}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const RegisterSoftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSoft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSoft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codeExpiresAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<RegisterSoftMutation, RegisterSoftMutationVariables>;
export const ClaimSoftIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimSoftIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimSoftIdentityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimSoftIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<ClaimSoftIdentityMutation, ClaimSoftIdentityMutationVariables>;
export const CreateChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateChallengeMutation, CreateChallengeMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signature"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}},{"kind":"Argument","name":{"kind":"Name","value":"challenge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}}},{"kind":"Argument","name":{"kind":"Name","value":"signature"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signature"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignInSoftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInSoft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInSoft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"avatarUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicKeyMultibase"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"rotationSignature"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Identity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentKey"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<SignInSoftMutation, SignInSoftMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const DelegateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Delegate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DelegateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"usesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<DelegateMutation, DelegateMutationVariables>;
export const RevokeDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"usesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<RevokeDelegationMutation, RevokeDelegationMutationVariables>;
export const DelegationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Delegations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"usesLast24h"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<DelegationsQuery, DelegationsQueryVariables>;
export const LiveMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveMessagesSubscription, LiveMessagesSubscriptionVariables>;
export const CreateFairManifestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFairManifest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFairManifestInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFairManifest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FairManifestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FairManifestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FairManifest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"consented"}},{"kind":"Field","name":{"kind":"Name","value":"consentedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContributors"}},{"kind":"Field","name":{"kind":"Name","value":"derivesFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<CreateFairManifestMutation, CreateFairManifestMutationVariables>;
export const SignFairManifestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignFairManifest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignFairManifestInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signFairManifest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FairManifestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FairManifestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FairManifest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"consented"}},{"kind":"Field","name":{"kind":"Name","value":"consentedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContributors"}},{"kind":"Field","name":{"kind":"Name","value":"derivesFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<SignFairManifestMutation, SignFairManifestMutationVariables>;
export const ImportFairManifestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportFairManifest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importFairManifest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FairManifestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FairManifestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FairManifest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"consented"}},{"kind":"Field","name":{"kind":"Name","value":"consentedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContributors"}},{"kind":"Field","name":{"kind":"Name","value":"derivesFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<ImportFairManifestMutation, ImportFairManifestMutationVariables>;
export const FairManifestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FairManifest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fairManifest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FairManifestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FairManifestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FairManifest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"consented"}},{"kind":"Field","name":{"kind":"Name","value":"consentedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingContributors"}},{"kind":"Field","name":{"kind":"Name","value":"derivesFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<FairManifestQuery, FairManifestQueryVariables>;
export const ExportFairManifestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportFairManifest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportFairManifest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ExportFairManifestQuery, ExportFairManifestQueryVariables>;
export const FairChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FairChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fairManifest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamId"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveShare"}}]}}]}}]}}]} as unknown as DocumentNode<FairChainQuery, FairChainQueryVariables>;
export const SettlementPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"manifestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MinorUnits"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"manifestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"manifestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferStatus"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"transferError"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<SettlementPreviewQuery, SettlementPreviewQueryVariables>;
export const SettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Settlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"reversesId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reversedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manifest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transferStatus"}},{"kind":"Field","name":{"kind":"Name","value":"transferReference"}},{"kind":"Field","name":{"kind":"Name","value":"transferError"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<SettlementQuery, SettlementQueryVariables>;
export const BalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Balance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<BalanceQuery, BalanceQueryVariables>;
export const LedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ledger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerQuery, LedgerQueryVariables>;
export const LinkStripeAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkStripeAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkStripeAccountInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkStripeAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stripeAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]}}]} as unknown as DocumentNode<LinkStripeAccountMutation, LinkStripeAccountMutationVariables>;
export const CreateCheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCheckoutInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCheckout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Checkout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}}]} as unknown as DocumentNode<CreateCheckoutMutation, CreateCheckoutMutationVariables>;
export const CheckoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Checkout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckoutFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Checkout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}}]} as unknown as DocumentNode<CheckoutQuery, CheckoutQueryVariables>;
export const PaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manifest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefundFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Receipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"envelope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"providerRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PaymentQuery, PaymentQueryVariables>;
export const ReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Receipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Receipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"envelope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReceiptQuery, ReceiptQueryVariables>;
export const IdentityReceiptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Receipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifestId"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"envelope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<IdentityReceiptsQuery, IdentityReceiptsQueryVariables>;
export const RefundPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPaymentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Refund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"providerRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const SettlementSplitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementSplit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"manifestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MinorUnits"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"manifestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"manifestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettlementSplitQuery, SettlementSplitQueryVariables>;
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
export const VouchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Vouch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VouchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<VouchMutation, VouchMutationVariables>;
export const RevokeVouchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeVouch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeVouch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignature"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSignedPayload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<RevokeVouchMutation, RevokeVouchMutationVariables>;
export const VouchByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VouchById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouchById"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<VouchByIdQuery, VouchByIdQueryVariables>;
export const IdentityVouchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityVouches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"vouchesReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vouchesGiven"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<IdentityVouchesQuery, IdentityVouchesQueryVariables>;
export const MutualsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mutuals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"with"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"mutuals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"with"},"value":{"kind":"Variable","name":{"kind":"Name","value":"with"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MutualsQuery, MutualsQueryVariables>;
export const TrustPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vouch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reachedDepth"}},{"kind":"Field","name":{"kind":"Name","value":"reachingCount"}},{"kind":"Field","name":{"kind":"Name","value":"reachingDepth"}},{"kind":"Field","name":{"kind":"Name","value":"exploredDepth"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<TrustPathQuery, TrustPathQueryVariables>;
export const IsTrustedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsTrusted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"querier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isTrusted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"querier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"querier"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}]}]}}]} as unknown as DocumentNode<IsTrustedQuery, IsTrustedQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const TrustScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"nodesConsidered"}},{"kind":"Field","name":{"kind":"Name","value":"damping"}},{"kind":"Field","name":{"kind":"Name","value":"iterations"}}]}}]}}]} as unknown as DocumentNode<TrustScoreQuery, TrustScoreQueryVariables>;
export const CreateInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInviteInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toEmail"}},{"kind":"Field","name":{"kind":"Name","value":"toDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"inviter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<CreateInviteMutation, CreateInviteMutationVariables>;
export const AcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InviteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vouches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VouchFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InviteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invite"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toEmail"}},{"kind":"Field","name":{"kind":"Name","value":"toDid"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"inviter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VouchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vouch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const AttestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Attest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttestInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttestationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AttestMutation, AttestMutationVariables>;
export const RevokeAttestationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAttestation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proof"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAttestation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"proof"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proof"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttestationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<RevokeAttestationMutation, RevokeAttestationMutationVariables>;
export const AttestationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attestations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"did"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"did"},"value":{"kind":"Variable","name":{"kind":"Name","value":"did"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"attestations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttestationFields"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttestationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attestation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedPayload"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"did"}}]}}]}}]} as unknown as DocumentNode<AttestationsQuery, AttestationsQueryVariables>;