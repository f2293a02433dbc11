import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';

import type { IdentityContext } from '../context';
import { toIdentity } from '../identity/identity.mapper';
import { Challenge, Session } from '../identity/identity.types';

import type { SessionEntity } from './session.entity';

async function toSession(
  issued: { token: string; session: SessionEntity },
  ctx: IdentityContext,
): Promise<Session> {
  const identity = await ctx.services.identities.get(issued.session.did);
  return { token: issued.token, expiresAt: issued.session.expiresAt, identity: toIdentity(identity!) };
}

@Resolver()
export class SessionResolver {
  @Mutation(() => Challenge, {
    description: 'Start signing in: returns a one-time challenge valid for 5 minutes.',
  })
  async createChallenge(@Arg('did') did: string, @Ctx() ctx: IdentityContext): Promise<Challenge> {
    const row = await ctx.services.sessions.createChallenge(did);
    return { challenge: row.challenge, did: row.did, expiresAt: row.expiresAt };
  }

  @Mutation(() => Session, {
    description:
      'Finish signing in: `signature` is @imajin/protocol signChallenge(keyPair, challenge), i.e. Ed25519 over the ' +
      'canonical JSON {type: "mjn.auth.signIn", did, challenge}.',
  })
  async signIn(
    @Arg('did') did: string,
    @Arg('challenge') challenge: string,
    @Arg('signature') signature: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<Session> {
    return toSession(await ctx.services.sessions.signIn(did, challenge, signature), ctx);
  }

  @Mutation(() => Session, {
    description:
      'Sign a did:email in with the 8-digit code registerSoft emailed (single use; 5 wrong tries end a code). ' +
      'The session acts as the did:email, e.g. to hold ticket seats for itself. A claimed address signs in ' +
      'with its keyed DID instead.',
  })
  async signInSoft(
    @Arg('email') email: string,
    @Arg('code') code: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<Session> {
    return toSession(await ctx.services.softIdentities.signIn(email, code), ctx);
  }

  @Mutation(() => Int, {
    description:
      'End a session: pass its token, or nothing to end every session of the signed-in identity. Returns how many ended.',
  })
  async signOut(
    @Arg('token', () => String, { nullable: true }) token: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<number> {
    return ctx.services.sessions.signOut(token, ctx.viewer.did);
  }
}
