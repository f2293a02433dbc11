import { Field, InputType } from 'type-graphql';

@InputType({
  description: 'Links the signer’s DID to a Stripe Connect account (type mjn.payments.linkStripeAccount).',
})
export class LinkStripeAccountInput {
  @Field({ description: 'The connected account id (acct_…).' })
  stripeAccountId!: string;
}
