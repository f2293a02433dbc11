import type { IdentityContext } from '../context';

import { toIdentity } from './identity.mapper';
import type { Identity } from './identity.types';

/** Federation entry point: other subgraphs hand us `{ did }` and the planner asks for the rest. */
export async function resolveIdentityReference(
  ref: { did: string },
  ctx: IdentityContext,
): Promise<Identity | null> {
  const row = await ctx.loaders.identity.load(ref.did);
  return row ? toIdentity(row) : null;
}
