import type { EntityManager } from 'typeorm';

import { emailFromSoftDid, isSoftDid } from '@imajin/protocol';
import { ForbiddenError, RateLimitedError, UnauthenticatedError, type Viewer } from '@imajin/subgraph-common';

import type { TierEntity } from '../event/event.entity';

export interface HoldLimitOptions {
  /** New holds one client IP may start per window (any buyer). */
  perIp: number;
  perIpWindowMs: number;
  /** New holds one did:email buyer may start per window, across events. */
  perEmailBuyer: number;
  perEmailBuyerWindowMs: number;
  /** Share of a paid tier's capacity that unpaid holds may lock at once (at least one seat). */
  tierUnpaidShare: number;
}

/** Who is asking for a seat, as the gateway vouched for them. */
export interface Asker {
  did: string | null;
  clientIp: string | null;
}

/** The asker of a request: the viewer's DID and, when the gateway passed it on, the client's IP. */
export function askerOf(viewer: Viewer): Asker {
  // Read defensively: the gateway may not send the client IP (older gateways, direct internal calls).
  const clientIp = (viewer as Viewer & { clientIp?: unknown }).clientIp;
  return { did: viewer.did, clientIp: typeof clientIp === 'string' && clientIp !== '' ? clientIp : null };
}

/**
 * A did:email cannot sign, so it acts only through a session it got by proving the email (signInSoft):
 * the signed-in viewer must be the buyer itself.
 */
export function requireSoftBuyer(buyerDid: string, asker: Asker): void {
  const email = emailFromSoftDid(buyerDid);
  if (!asker.did)
    throw new UnauthenticatedError(
      `Verify ${email} first: registerSoft(email) mails a code, signInSoft(email, code) returns a session ` +
        'token; send it as "Authorization: Bearer <token>" with this request',
    );
  if (asker.did !== buyerDid)
    throw new ForbiddenError(
      `You are signed in as ${asker.did}; a did:email buyer acts only for itself. Verify ${email} with ` +
        'signInSoft(email, code) and use that session',
    );
}

const retryAfter = (untilMs: number) => Math.max(1, Math.ceil(untilMs / 1000));
const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;

/**
 * Bounds on starting seat holds, counted from the holds table itself so every events instance agrees.
 * Each count runs under a transaction-scoped advisory lock (always taken in the order IP, buyer, tier), so
 * concurrent requests cannot all pass the same count.
 */
export class HoldLimits {
  constructor(private readonly options: HoldLimitOptions) {}

  async check(
    tx: EntityManager,
    hold: { buyerDid: string; asker: Asker; tier: TierEntity; paid: boolean; now: Date },
  ): Promise<void> {
    const { perIp, perIpWindowMs, perEmailBuyer, perEmailBuyerWindowMs } = this.options;
    const { asker, buyerDid, now } = hold;
    if (asker.clientIp) {
      const recent = await this.recent(tx, 'client_ip', asker.clientIp, perIpWindowMs, now);
      if (recent.n >= perIp)
        throw new RateLimitedError(
          `Too many seat holds from your network (${recent.n} in the last ${minutes(perIpWindowMs)}); ` +
            `try again in ${retryAfter(recent.oldest + perIpWindowMs - now.getTime())} s`,
          retryAfter(recent.oldest + perIpWindowMs - now.getTime()),
        );
    }
    if (isSoftDid(buyerDid)) {
      const recent = await this.recent(tx, 'buyer_did', buyerDid, perEmailBuyerWindowMs, now);
      if (recent.n >= perEmailBuyer)
        throw new RateLimitedError(
          `${emailFromSoftDid(buyerDid)} started ${recent.n} seat holds in the last ` +
            `${minutes(perEmailBuyerWindowMs)}, the most for an email buyer; try again in ` +
            `${retryAfter(recent.oldest + perEmailBuyerWindowMs - now.getTime())} s, or buy as a did:mjn`,
          retryAfter(recent.oldest + perEmailBuyerWindowMs - now.getTime()),
        );
    }
    if (hold.paid) await this.checkUnpaid(tx, hold.tier, now);
  }

  /** Unpaid holds may lock only part of a paid tier, so a few abandoned checkouts cannot shut a sale. */
  private async checkUnpaid(tx: EntityManager, tier: TierEntity, now: Date): Promise<void> {
    const limit = Math.max(1, Math.floor(tier.capacity * this.options.tierUnpaidShare));
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`unpaid:${tier.id}`]);
    const [row] = (await tx.query(
      `SELECT count(*)::int AS n, min(expires_at) AS next FROM holds
       WHERE tier_id = $1 AND status = 'PENDING' AND expires_at > $2`,
      [tier.id, now],
    )) as Array<{ n: number; next: Date | null }>;
    if (row.n >= limit) {
      const wait = retryAfter(new Date(row.next!).getTime() - now.getTime());
      throw new RateLimitedError(
        `${row.n} seats of tier "${tier.name}" are held awaiting payment, the most unpaid holds it allows at ` +
          `once (${limit} of ${tier.capacity}); try again in ${wait} s, sooner if one is paid or released`,
        wait,
      );
    }
  }

  private async recent(
    tx: EntityManager,
    column: 'client_ip' | 'buyer_did',
    value: string,
    windowMs: number,
    now: Date,
  ): Promise<{ n: number; oldest: number }> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`holds:${column}:${value}`]);
    // Waitlist offers are made by the system, not started by the buyer, so they do not count.
    const [row] = (await tx.query(
      `SELECT count(*)::int AS n, min(created_at) AS oldest FROM holds
       WHERE ${column} = $1 AND created_at > $2 AND waitlist_entry_id IS NULL`,
      [value, new Date(now.getTime() - windowMs)],
    )) as Array<{ n: number; oldest: Date | null }>;
    return { n: row.n, oldest: row.oldest ? new Date(row.oldest).getTime() : now.getTime() };
  }
}
