import { deriveStatus, NodeStatus } from '../src/node/node-status';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = new Date('2026-03-01T00:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
/** Registered at T0 for 30 days, last heartbeat at `hb` (offset from T0). */
const node = (hb = 0, revokedAt: Date | null = null) => ({
  registeredUntil: at(30 * DAY),
  lastHeartbeatAt: at(hb),
  revokedAt,
});

describe('deriveStatus, at every boundary', () => {
  it.each([
    ['just registered', 0, NodeStatus.ACTIVE],
    ['23h59m after the last heartbeat (heartbeat due, not missed)', 23 * HOUR + 59 * MIN, NodeStatus.ACTIVE],
    ['24h after (overdue but still ACTIVE)', DAY, NodeStatus.ACTIVE],
    ['1 ms before 3 days', 3 * DAY - 1, NodeStatus.ACTIVE],
    ['exactly 3 days without a heartbeat', 3 * DAY, NodeStatus.STALE],
    ['1 ms before 30 days', 30 * DAY - 1, NodeStatus.STALE],
    ['exactly 30 days (registration lapses)', 30 * DAY, NodeStatus.GRACE],
    ['1 ms before 37 days', 37 * DAY - 1, NodeStatus.GRACE],
    ['exactly 37 days (grace over)', 37 * DAY, NodeStatus.EXPIRED],
    ['a year later', 365 * DAY, NodeStatus.EXPIRED],
  ])('%s', (_name, offset, expected) => {
    expect(deriveStatus(node(), at(offset))).toBe(expected);
  });

  it('a heartbeat resets STALE to ACTIVE', () => {
    expect(deriveStatus(node(4 * DAY), at(4 * DAY))).toBe(NodeStatus.ACTIVE);
    expect(deriveStatus(node(4 * DAY), at(7 * DAY - 1))).toBe(NodeStatus.ACTIVE);
    expect(deriveStatus(node(4 * DAY), at(7 * DAY))).toBe(NodeStatus.STALE);
  });

  it('a recent heartbeat does not keep a lapsed registration out of GRACE or EXPIRED', () => {
    expect(deriveStatus(node(30 * DAY), at(30 * DAY))).toBe(NodeStatus.GRACE);
    expect(deriveStatus(node(37 * DAY), at(37 * DAY))).toBe(NodeStatus.EXPIRED);
  });

  it('REVOKED wins over everything', () => {
    expect(deriveStatus(node(0, at(1)), at(1))).toBe(NodeStatus.REVOKED);
    expect(deriveStatus(node(0, at(1)), at(400 * DAY))).toBe(NodeStatus.REVOKED);
  });
});
