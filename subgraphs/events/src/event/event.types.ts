import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { ConnectionType, JSONScalar } from '@imajin/subgraph-common';

import { Identity } from '../identity/identity.types';

export enum EventVisibility {
  PUBLIC = 'PUBLIC',
  UNLISTED = 'UNLISTED',
  TRUST_GATED = 'TRUST_GATED',
}

export enum EventStatus {
  ACTIVE = 'ACTIVE',
  CANCELED = 'CANCELED',
}

registerEnumType(EventVisibility, {
  name: 'EventVisibility',
  description:
    'PUBLIC: listed in discovery. UNLISTED: reachable by id only. TRUST_GATED: only the host and identities within ' +
    '`trustMaxHops` vouch hops of the host may see it or buy.',
});
registerEnumType(EventStatus, { name: 'EventStatus' });

@ObjectType({ description: 'A kind of ticket for an event: price, seats and when it is on sale.' })
@Directive('@key(fields: "id")')
export class TicketTier {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  eventId!: string;

  @Field()
  name!: string;

  @Field({ description: 'Integer minor units as a decimal string ("0" for free tiers).' })
  price!: string;

  @Field({ description: 'ISO 4217, lower case.' })
  currency!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int, { description: 'Seats taken: issued tickets plus unexpired holds and waitlist offers.' })
  reserved!: number;

  @Field(() => Int, { description: 'Seats still for sale now.' })
  available!: number;

  @Field(() => Date, { nullable: true })
  salesStart!: Date | null;

  @Field(() => Date, { nullable: true })
  salesEnd!: Date | null;

  @Field(() => Int, { description: 'Tickets (and unpaid holds) one buyer may have in this tier.' })
  perBuyerLimit!: number;
}

@ObjectType({
  description:
    'An event. It has its own did:mjn (an identity of kind EVENT) whose key, held sealed by the node, signs its ' +
    'tickets.',
})
@Directive('@key(fields: "id")')
export class Event {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The event's own DID; tickets are signed by it." })
  did!: string;

  @Field(() => Identity, { description: "The event's identity (kind EVENT)." })
  identity!: Identity;

  @Field(() => Identity)
  host!: Identity;

  @Field()
  hostDid!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field({ description: 'IANA time zone of the venue, e.g. Europe/Berlin.' })
  timezone!: string;

  @Field(() => EventVisibility)
  visibility!: EventVisibility;

  @Field(() => Int, {
    nullable: true,
    description: 'For TRUST_GATED events: how many vouch hops from the host.',
  })
  trustMaxHops!: number | null;

  @Field(() => String, { nullable: true, description: 'The .fair manifest paid tiers settle along.' })
  manifestId!: string | null;

  @Field(() => EventStatus)
  status!: EventStatus;

  @Field(() => Date, { nullable: true })
  canceledAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field({ description: "Whether the event's DID is registered with identity yet (retried until it is)." })
  didRegistered!: boolean;

  @Field(() => JSONScalar, {
    description: "The event DID's W3C DID document; scanners verify tickets against its assertion key.",
  })
  didDocument!: unknown;

  @Field(() => [TicketTier])
  tiers!: TicketTier[];

  @Field({ description: "The host's signature over the canonical `mjn.events.createEvent` payload." })
  signature!: string;

  @Field()
  signedPayload!: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const EventConnection = ConnectionType(Event);

@ObjectType({ description: 'An identity allowed to check tickets in for an event.' })
export class Scanner {
  @Field(() => ID)
  eventId!: string;

  @Field()
  scannerDid!: string;

  @Field(() => Identity)
  scanner!: Identity;

  @Field()
  grantedAt!: Date;
}
