import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    'Signed as `mjn.events.purchaseTicket` by the buyer when the buyer is a did:mjn; a did:email buyer sends no ' +
    'proof and must be signed in as itself (signInSoft).',
})
export class PurchaseTicketInput {
  @Field()
  tierId!: string;

  @Field({
    description:
      'did:mjn (signs) or did:email (no proof; signed in as itself with signInSoft; capped per event).',
  })
  buyerDid!: string;
}

@InputType({
  description:
    'Signed as `mjn.events.joinWaitlist` by a did:mjn buyer (did:email: no proof; signed in as itself with signInSoft).',
})
export class JoinWaitlistInput {
  @Field()
  tierId!: string;

  @Field()
  buyerDid!: string;
}

@InputType({ description: 'Signed as `mjn.events.checkIn` by the host or a delegated scanner.' })
export class CheckInInput {
  @Field()
  eventId!: string;

  @Field({ description: 'The scanned ticket token (mjt1.…).' })
  token!: string;
}

@InputType({ description: 'Signed as `mjn.events.revokeTicket` by the host. A paid ticket is refunded.' })
export class RevokeTicketInput {
  @Field()
  ticketId!: string;

  @Field({ description: 'Up to 200 characters.' })
  reason!: string;
}

@InputType({ description: 'Signed as `mjn.events.transferTicket` by the current holder.' })
export class TransferTicketInput {
  @Field()
  ticketId!: string;

  @Field({ description: 'The new holder (did:mjn or did:email).' })
  toDid!: string;
}

@InputType({
  description:
    'Signed as `mjn.events.claimTickets` by the keyed identity that claimed `emailDid` with identity (claimSoftIdentity).',
})
export class ClaimTicketsInput {
  @Field({ description: 'The claimed did:email whose tickets move.' })
  emailDid!: string;

  @Field({ description: 'The did:mjn that claimed it (the signer).' })
  did!: string;
}
