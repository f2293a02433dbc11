import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import type { FairManifestBody } from '@imajin/protocol';

import { Identity } from '../identity/identity.types';

@ObjectType({ description: 'A signed .fair attribution manifest; its id is the hash of its canonical body.' })
@Directive('@key(fields: "id")')
export class FairManifest {
  @Field(() => ID, { description: '`fair_` + hex SHA-256 of the RFC 8785 canonical manifest.' })
  id!: string;

  @Field({ description: 'Manifest format version ("1.0").' })
  version!: string;

  @Field(() => String, { nullable: true, description: 'Licence or usage terms the contributors agreed to.' })
  terms!: string | null;

  @Field(() => Identity, { description: 'Who created and signed the manifest.' })
  creator!: Identity;

  @Field({ description: 'The creator’s Ed25519 signature (base64url) over `signedPayload`.' })
  signature!: string;

  @Field({ description: 'The exact RFC 8785 JSON the creator signed.' })
  signedPayload!: string;

  @Field({ description: 'True when it arrived as a .fair.json made on another node.' })
  imported!: boolean;

  @Field()
  createdAt!: Date;

  /** The normalised body; resolvers read contributors and upstreams from it. */
  body!: FairManifestBody;
}

@ObjectType({ description: 'A contributor named by a manifest.' })
export class FairContributor {
  @Field(() => ID)
  did!: string;

  @Field(() => Identity)
  identity!: Identity;

  @Field()
  role!: string;

  @Field(() => Int, { description: 'Parts per million of what reaches this manifest.' })
  share!: number;

  @Field({ description: 'True once this contributor co-signed (or created) the manifest.' })
  consented!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the contributor’s co-signature was made.' })
  consentedAt!: Date | null;
}

@ObjectType({ description: 'An upstream manifest this one derives from, with its share.' })
export class FairUpstream {
  @Field(() => ID)
  manifestId!: string;

  @Field(() => FairManifest, { nullable: true })
  manifest!: FairManifest | null;

  @Field(() => Int, { description: 'Parts per million of what reaches this manifest.' })
  share!: number;
}

export enum FairChainEntryKind {
  CONTRIBUTOR = 'CONTRIBUTOR',
  UPSTREAM = 'UPSTREAM',
}
registerEnumType(FairChainEntryKind, {
  name: 'FairChainEntryKind',
  description: 'UPSTREAM entries appear only where `depth` cut the walk short.',
});

@ObjectType({ description: 'One entry of the flattened attribution tree.' })
export class FairChainEntry {
  @Field(() => FairChainEntryKind)
  kind!: FairChainEntryKind;

  @Field(() => Int, { description: '0 for the root manifest’s own entries.' })
  depth!: number;

  @Field(() => ID, { description: 'The manifest that lists this entry.' })
  manifestId!: string;

  @Field(() => [ID], { description: 'Manifest ids from the root down to the listing manifest.' })
  path!: string[];

  @Field(() => ID, { nullable: true })
  did!: string | null;

  @Field(() => Identity, { nullable: true })
  identity!: Identity | null;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => ID, { nullable: true, description: 'For UPSTREAM entries: the manifest not walked into.' })
  upstreamId!: string | null;

  @Field(() => Int, { description: 'Share within the listing manifest, ppm.' })
  share!: number;

  @Field({
    description:
      'Exact share of the root manifest in parts per million, as a decimal string (e.g. "30000" or "52.5"); ' +
      'all entries of a chain sum to exactly 1000000.',
  })
  effectiveShare!: string;
}

@InputType()
export class FairContributorInput {
  @Field({ description: 'did:mjn of a registered identity.' })
  did!: string;

  @Field({ description: 'What they did (author, editor, …), at most 64 characters.' })
  role!: string;

  @Field(() => Int, { description: 'Parts per million (1–1000000).' })
  share!: number;
}

@InputType()
export class FairUpstreamInput {
  @Field({ description: 'Id of an existing manifest (fair_…).' })
  manifest!: string;

  @Field(() => Int, { description: 'Parts per million (1–1000000).' })
  share!: number;
}

@InputType({
  description:
    'A .fair manifest. The creator signs type mjn.fair.manifest over its normal form: contributors sorted by ' +
    'DID, derivesFrom by manifest id, terms omitted when null (the SDK does this).',
})
export class CreateFairManifestInput {
  @Field({ description: 'Must be "1.0".' })
  version!: string;

  @Field(() => [FairContributorInput], { description: 'At most 256, each DID once.' })
  contributors!: FairContributorInput[];

  @Field(() => [FairUpstreamInput], { description: 'At most 32; shares here and above sum to 1000000.' })
  derivesFrom!: FairUpstreamInput[];

  @Field(() => String, { nullable: true, description: 'At most 4096 characters.' })
  terms?: string | null;
}

@InputType({ description: 'A contributor’s consent (type mjn.fair.consent), signed by the contributor.' })
export class SignFairManifestInput {
  @Field()
  manifestId!: string;
}
