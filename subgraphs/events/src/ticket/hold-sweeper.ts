import { PeriodicTask, type Logger } from '@imajin/subgraph-common';

import type { EventService } from '../event/event.service';

import type { PurchaseService } from './purchase.service';

/** Periodically expires lapsed holds and waitlist offers, and retries event DID registrations. */
export class HoldSweeper {
  private readonly task: PeriodicTask;

  constructor(
    private readonly purchases: PurchaseService,
    private readonly events: EventService,
    intervalMs: number,
    logger: Logger,
  ) {
    this.task = new PeriodicTask({ name: 'hold sweep', intervalMs, logger, run: () => this.sweep() });
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  async sweep(): Promise<{ expired: number; registered: number; refunded: number }> {
    let expired = 0;
    for (let n = await this.purchases.expireDue(); n > 0; n = await this.purchases.expireDue()) expired += n;
    const registered = await this.events.registerPendingDids();
    const refunded = await this.purchases.retryRefunds();
    return { expired, registered, refunded };
  }
}
