import { deriveStatus, GRACE_MS, HEARTBEAT_INTERVAL_MS, STALE_AFTER_MS } from './node-status';
import type { AttestedBuildEntity, NodeEntity } from './node.entity';
import type { AttestedBuild, Node } from './node.types';

const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

export function toNode(row: NodeEntity, now: Date, domain: string): Node {
  const nextHeartbeatDue = plus(row.lastHeartbeatAt, HEARTBEAT_INTERVAL_MS);
  return {
    did: row.did,
    identity: { did: row.did },
    operator: row.operatorDid ? { did: row.operatorDid } : null,
    hostname: row.hostname,
    fqdn: `${row.hostname}.${domain}`,
    url: row.url,
    buildHash: row.buildHash,
    version: row.version,
    capabilities: row.capabilities,
    status: deriveStatus(row, now),
    flagged: row.flagged,
    flagReason: row.flagReason,
    registeredAt: row.registeredAt,
    registeredUntil: row.registeredUntil,
    graceEndsAt: plus(row.registeredUntil, GRACE_MS),
    lastHeartbeatAt: row.lastHeartbeatAt,
    nextHeartbeatDue,
    heartbeatOverdue: now.getTime() > nextHeartbeatDue.getTime(),
    staleAt: plus(row.lastHeartbeatAt, STALE_AFTER_MS),
    heartbeatCount: row.heartbeatCount,
    lastStats: row.lastStats,
    revokedAt: row.revokedAt,
    revokeReason: row.revokeReason,
    dns: null,
    signature: row.signature,
    signedPayload: row.signedPayload,
  };
}

export function toAttestedBuild(row: AttestedBuildEntity): AttestedBuild {
  return {
    hash: row.buildHash,
    version: row.version,
    notes: row.notes,
    attestedBy: { did: row.attestedBy },
    attestedAt: row.createdAt,
    signature: row.signature,
  };
}
