import { Field, InputType, Int } from 'type-graphql';

import { EventVisibility } from './event.types';

@InputType({ description: 'A ticket tier of a new event.' })
export class TierInput {
  @Field({ description: 'Up to 80 characters.' })
  name!: string;

  @Field({ description: 'Integer minor units as a decimal string; "0" is free.' })
  price!: string;

  @Field({ description: 'ISO 4217, lower case (e.g. "usd").' })
  currency!: string;

  @Field(() => Int, { description: '1–100000 seats.' })
  capacity!: number;

  @Field(() => String, { nullable: true, description: 'ISO 8601; on sale from then (default: now).' })
  salesStart?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601; off sale from then (default: the event start).',
  })
  salesEnd?: string | null;

  @Field(() => Int, { description: 'Tickets one buyer may hold in this tier (1–100).' })
  perBuyerLimit!: number;
}

@InputType({ description: 'Signed as type `mjn.events.createEvent` by the host.' })
export class CreateEventInput {
  @Field({ description: 'The host (signer).' })
  hostDid!: string;

  @Field({ description: 'Up to 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Up to 5000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 500 characters.' })
  venue?: string | null;

  @Field({ description: 'ISO 8601.' })
  startsAt!: string;

  @Field({ description: 'ISO 8601, after startsAt.' })
  endsAt!: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timezone!: string;

  @Field(() => EventVisibility)
  visibility!: EventVisibility;

  @Field(() => Int, { nullable: true, description: 'Required for TRUST_GATED (1–3).' })
  trustMaxHops?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The .fair manifest id; required when a tier is paid.',
  })
  manifestId?: string | null;

  @Field(() => [TierInput], { description: '1–20 tiers.' })
  tiers!: TierInput[];
}

@InputType({
  description: 'Signed as type `mjn.events.updateEvent` by the host; omitted fields stay as they are.',
})
export class UpdateEventInput {
  @Field()
  eventId!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  venue?: string | null;

  @Field(() => String, { nullable: true })
  startsAt?: string | null;

  @Field(() => String, { nullable: true })
  endsAt?: string | null;

  @Field(() => String, { nullable: true })
  timezone?: string | null;

  @Field(() => EventVisibility, { nullable: true })
  visibility?: EventVisibility | null;

  @Field(() => Int, { nullable: true })
  trustMaxHops?: number | null;
}

@InputType({ description: 'Signed as type `mjn.events.cancelEvent` by the host. Paid tickets are refunded.' })
export class CancelEventInput {
  @Field()
  eventId!: string;

  @Field({ description: 'Shown to ticket holders; up to 500 characters.' })
  reason!: string;
}

@InputType({ description: 'Signed as `mjn.events.addScanner` / `mjn.events.removeScanner` by the host.' })
export class ScannerInput {
  @Field()
  eventId!: string;

  @Field({ description: 'The did:mjn allowed to check tickets in.' })
  scannerDid!: string;
}

@InputType({ description: 'Discovery filters (all optional).' })
export class EventFilter {
  @Field(() => String, { nullable: true })
  hostDid?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only events starting at or after this time.' })
  startsAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only events starting before this time.' })
  startsBefore?: Date | null;

  @Field({ defaultValue: false, description: 'Include canceled events.' })
  includeCanceled: boolean = false;
}
