import type { Logger } from '@imajin/subgraph-common';

import type { EventService } from '../event/event.service';

import type { PurchaseService } from './purchase.service';

/** Periodically expires lapsed holds and waitlist offers, and retries event DID registrations. */
export class HoldSweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly purchases: PurchaseService,
    private readonly events: EventService,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (!this.running)
        this.running = this.sweep()
          .then(() => undefined)
          .catch((error: unknown) => this.logger.warn({ err: error }, 'sweep failed'))
          .finally(() => {
            this.running = null;
          });
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  async sweep(): Promise<{ expired: number; registered: number; refunded: number }> {
    let expired = 0;
    for (let n = await this.purchases.expireDue(); n > 0; n = await this.purchases.expireDue()) expired += n;
    const registered = await this.events.registerPendingDids();
    const refunded = await this.purchases.retryRefunds();
    return { expired, registered, refunded };
  }
}
