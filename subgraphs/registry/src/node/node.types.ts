import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType, JSONScalar } from '@imajin/subgraph-common';

import { NodeStatus } from './node-status';

registerEnumType(NodeStatus, {
  name: 'NodeStatus',
  description:
    'Derived from stored times at the moment of the query: REVOKED by an admin; EXPIRED 7 days after the ' +
    'registration lapsed; GRACE once it lapsed (30 days after registering or renewing); STALE after 3 days ' +
    'without a heartbeat; else ACTIVE.',
});

@ObjectType({
  description: 'An identity, as the registry knows it: only its DID (identity resolves the rest).',
})
@Directive('@key(fields: "did")')
export class Identity {
  @Field(() => ID)
  did!: string;
}

@ObjectType({ description: "Where the node's DNS record stands with the provider." })
export class NodeDns {
  @Field({ description: 'The fully qualified name, {hostname}.<registry domain>.' })
  name!: string;

  @Field({ description: "The record's target: the host of the node's url (CNAME, or A/AAAA for an IP)." })
  target!: string;

  @Field({ description: 'PRESENT while the node holds its hostname; ABSENT once EXPIRED or REVOKED.' })
  desired!: string;

  @Field({ description: 'DONE once the provider confirmed; PENDING or FAILED are retried by the sweeper.' })
  state!: string;

  @Field(() => String, { nullable: true })
  lastError!: string | null;
}

@ObjectType({ description: 'A build hash a registry admin vouched for; nodes must run one of these.' })
export class AttestedBuild {
  @Field({ description: 'sha256:<64 hex> of the running build.' })
  hash!: string;

  @Field()
  version!: string;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => Identity, { description: 'The admin who attested it.' })
  attestedBy!: Identity;

  @Field()
  attestedAt!: Date;

  @Field({ description: "The admin's signature over the canonical `mjn.registry.attestBuild` payload." })
  signature!: string;
}

@ObjectType({
  description:
    'A registered self-hosted Imajin node. Its DID is a registered identity of kind NODE that signs its own ' +
    'registration, heartbeats and renewals.',
})
@Directive('@key(fields: "did")')
export class Node {
  @Field(() => ID)
  did!: string;

  @Field(() => Identity, { description: "The node's own identity (kind NODE)." })
  identity!: Identity;

  @Field(() => Identity, {
    nullable: true,
    description:
      'The person or org the node says runs it (claimed in the node-signed registration, not countersigned).',
  })
  operator!: Identity | null;

  @Field()
  hostname!: string;

  @Field({ description: '{hostname}.<registry domain>' })
  fqdn!: string;

  @Field()
  url!: string;

  @Field()
  buildHash!: string;

  @Field()
  version!: string;

  @Field(() => [String])
  capabilities!: string[];

  @Field(() => NodeStatus, { description: 'Live status, derived from the stored times at query time.' })
  status!: NodeStatus;

  @Field({ description: 'True when the last heartbeat reported a build hash no admin attested.' })
  flagged!: boolean;

  @Field(() => String, { nullable: true })
  flagReason!: string | null;

  @Field()
  registeredAt!: Date;

  @Field({ description: 'The registration lapses here (GRACE); renew before.' })
  registeredUntil!: Date;

  @Field({ description: 'registeredUntil + 7 days: EXPIRED from then on, and the DNS record removed.' })
  graceEndsAt!: Date;

  @Field()
  lastHeartbeatAt!: Date;

  @Field({ description: 'lastHeartbeatAt + 24 hours: when the next daily heartbeat is due.' })
  nextHeartbeatDue!: Date;

  @Field({ description: 'True once nextHeartbeatDue has passed (the node is still ACTIVE until staleAt).' })
  heartbeatOverdue!: boolean;

  @Field({ description: 'lastHeartbeatAt + 3 days: STALE from then on unless a heartbeat arrives.' })
  staleAt!: Date;

  @Field(() => Int)
  heartbeatCount!: number;

  @Field(() => JSONScalar, { nullable: true, description: 'The stats of the last heartbeat.' })
  lastStats!: Record<string, unknown> | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason!: string | null;

  @Field(() => NodeDns, { nullable: true })
  dns!: NodeDns | null;

  @Field({ description: "The node's signature over its canonical registration payload." })
  signature!: string;

  @Field({ description: 'The exact bytes signed (RFC 8785 JSON), so anyone can re-verify.' })
  signedPayload!: string;
}

export const NodeConnection = ConnectionType(Node);

@InputType({ description: 'Signed as type `mjn.registry.registerNode` by the node DID (kind NODE).' })
export class RegisterNodeInput {
  @Field({ description: "The node's did:mjn; it must be registered with identity as kind NODE and sign." })
  did!: string;

  @Field({ description: 'The DNS label to provision: 3–63 of a-z, 0-9 and "-", not reserved, not taken.' })
  hostname!: string;

  @Field({ description: "The node's public base URL (http or https)." })
  url!: string;

  @Field({ description: 'sha256:<64 hex> of the running build; must be attested.' })
  buildHash!: string;

  @Field()
  version!: string;

  @Field(() => [String], { description: 'Up to 32 capability names (e.g. "events", "chat").' })
  capabilities!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The registered identity (person or org) that runs this node; shown as Node.operator.',
  })
  operatorDid?: string | null;
}

@InputType({ description: 'Signed as type `mjn.registry.heartbeat` by the node; a fresh nonce every time.' })
export class HeartbeatInput {
  @Field()
  did!: string;

  @Field()
  buildHash!: string;

  @Field()
  version!: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'A JSON object of at most 4 KB (uptime, load, ...).',
  })
  stats?: Record<string, unknown> | null;
}

@InputType({ description: 'Signed as type `mjn.registry.renewRegistration` by the node.' })
export class RenewRegistrationInput {
  @Field()
  did!: string;
}

@InputType({ description: 'Signed as type `mjn.registry.attestBuild` by a registry admin.' })
export class AttestBuildInput {
  @Field({ description: 'sha256:<64 hex>' })
  hash!: string;

  @Field()
  version!: string;

  @Field(() => String, { nullable: true, description: 'Up to 1000 characters.' })
  notes?: string | null;
}

@InputType({ description: 'Signed as type `mjn.registry.revokeNode` by a registry admin.' })
export class RevokeNodeInput {
  @Field()
  did!: string;

  @Field({ description: 'Why, in 1–500 characters; shown on the node.' })
  reason!: string;
}

@InputType({ description: 'Directory filters; all given ones must match.' })
export class NodeFilter {
  @Field(() => NodeStatus, {
    nullable: true,
    description: 'Live status to match; when omitted, EXPIRED and REVOKED nodes are left out.',
  })
  status?: NodeStatus | null;

  @Field(() => String, { nullable: true })
  version?: string | null;

  @Field(() => String, { nullable: true, description: 'Nodes that declare this capability.' })
  capability?: string | null;
}
