import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';

import type { Logger } from '@imajin/subgraph-common';

import { MailOutboxEntity } from './claim-code.entity';

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

/** Where mail leaves the system. The outbox row is written first, in the caller's transaction. */
export interface MailTransport {
  send(mail: Mail): Promise<void>;
}

/** Development default: the message goes to the log (and stays in the outbox table). */
export class LogMailTransport implements MailTransport {
  constructor(private readonly logger: Logger) {}

  async send(mail: Mail): Promise<void> {
    this.logger.info({ to: mail.to, subject: mail.subject, body: mail.body }, 'mail (log transport)');
  }
}

export class SmtpMailTransport implements MailTransport {
  private readonly transport;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(smtpUrl);
  }

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.body });
  }
}

/**
 * Drains the mail outbox: rows are claimed with SKIP LOCKED so several instances never send one twice,
 * and a failed send stays pending for the next tick.
 */
export class MailDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly logger: Logger,
    private readonly intervalMs = 1000,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      // drain() never rejects; it logs its own failures.
      if (!this.running) {
        this.running = this.drain().then(() => {
          this.running = null;
        });
      }
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async drain(batch = 20): Promise<number> {
    let sent = 0;
    try {
      await this.dataSource.transaction(async (tx) => {
        const rows = await tx
          .getRepository(MailOutboxEntity)
          .createQueryBuilder('m')
          .where('m.sent_at IS NULL AND m.attempts < 10')
          .orderBy('m.id')
          .take(batch)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const row of rows) {
          try {
            await this.transport.send({ to: row.toAddress, subject: row.subject, body: row.body });
            await tx.update(
              MailOutboxEntity,
              { id: row.id },
              { sentAt: new Date(), attempts: row.attempts + 1 },
            );
            sent += 1;
          } catch (error) {
            await tx.update(
              MailOutboxEntity,
              { id: row.id },
              { attempts: row.attempts + 1, lastError: String(error) },
            );
          }
        }
      });
    } catch (error) {
      this.logger.warn({ err: error }, 'mail outbox drain failed');
    }
    return sent;
  }
}
