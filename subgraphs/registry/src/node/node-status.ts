/** The registry's clocks, exactly as the architecture states them. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const REGISTRATION_TTL_MS = 30 * DAY_MS;
export const HEARTBEAT_INTERVAL_MS = DAY_MS;
export const STALE_AFTER_MS = 3 * DAY_MS;
export const GRACE_MS = 7 * DAY_MS;

export enum NodeStatus {
  ACTIVE = 'ACTIVE',
  STALE = 'STALE',
  GRACE = 'GRACE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

export interface NodeTimes {
  registeredUntil: Date;
  lastHeartbeatAt: Date;
  revokedAt: Date | null;
}

/**
 * The one definition of a node's status, from stored times only, so it is right at any instant whether or
 * not the sweeper has run. Boundaries are inclusive on the later state: at exactly 3 days without a
 * heartbeat the node is STALE; at exactly registeredUntil it is in GRACE; at registeredUntil + 7 days EXPIRED.
 */
export function deriveStatus(node: NodeTimes, now: Date): NodeStatus {
  const t = now.getTime();
  const until = node.registeredUntil.getTime();
  if (node.revokedAt) return NodeStatus.REVOKED;
  if (t >= until + GRACE_MS) return NodeStatus.EXPIRED;
  if (t >= until) return NodeStatus.GRACE;
  if (t - node.lastHeartbeatAt.getTime() >= STALE_AFTER_MS) return NodeStatus.STALE;
  return NodeStatus.ACTIVE;
}

/**
 * The same rule in SQL (for filtering the directory by status at `now` = $n), kept beside the pure function
 * so they change together; the directory tests check they agree at each boundary.
 */
export function statusSql(alias: string, nowParam: string): string {
  const a = alias ? `${alias}.` : '';
  return `(CASE
    WHEN ${a}revoked_at IS NOT NULL THEN 'REVOKED'
    WHEN ${nowParam} >= ${a}registered_until + interval '7 days' THEN 'EXPIRED'
    WHEN ${nowParam} >= ${a}registered_until THEN 'GRACE'
    WHEN ${nowParam} - ${a}last_heartbeat_at >= interval '3 days' THEN 'STALE'
    ELSE 'ACTIVE' END)`;
}

/** Terminal for the sweeper: the hostname is released and the DNS record removed. */
export const isGone = (status: NodeStatus) => status === NodeStatus.EXPIRED || status === NodeStatus.REVOKED;
