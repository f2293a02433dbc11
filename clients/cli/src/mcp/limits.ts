import { CliError, ExitCodes } from '../errors';

/**
 * Bounds on what one tool call may ask of the gateway, so an agent cannot request unbounded work; inputs
 * beyond them are refused by the tool's schema with a message naming the bound (not silently clamped).
 */
export const McpLimits = {
  /** trust_path / why_no_path / is_trusted: the gateway's own maximum path length. */
  maxDepth: 6,
  /** trust_neighbourhood: hops around the subject. */
  maxNeighbourhoodDepth: 3,
  /** Any list (search, neighbourhood, ledger, chat_read). */
  maxFirst: 50,
  /** chat_send: characters in one message. */
  maxMessageLength: 4000,
  /** search: characters in the query. */
  maxQueryLength: 64,
  /** Tool calls per rolling minute, per server process (one agent). */
  callsPerMinute: 120,
  /** Of those, calls that sign and write (vouch, attest, chat_send) per rolling minute. */
  writesPerMinute: 20,
} as const;

export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * A rolling one-minute window of call times. The clock is injected so tests need no timers; a refused call
 * is not counted, so an agent that backs off gets through again once the window moves on.
 */
export class CallBudget {
  private readonly calls: number[] = [];

  constructor(
    private readonly perMinute: number,
    private readonly what: string,
    private readonly now: () => number = Date.now,
  ) {}

  take(): void {
    const t = this.now();
    while (this.calls.length > 0 && this.calls[0] <= t - 60_000) this.calls.shift();
    if (this.calls.length >= this.perMinute) {
      const waitS = Math.ceil((this.calls[0] + 60_000 - t) / 1000);
      throw new CliError(
        RATE_LIMITED,
        `Too many ${this.what}: at most ${this.perMinute} a minute; try again in ${waitS} s.`,
        ExitCodes.api,
      );
    }
    this.calls.push(t);
  }
}
