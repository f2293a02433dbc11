import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';

import { openSecret, PeriodicTask, sealSecret, type Logger, type NodeKeys } from '@imajin/subgraph-common';

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

// The address is bound as associated data, so a sealed body copied onto another row does not open.
const mailContext = (to: string) => `mail:${to}`;

/** Mail bodies carry codes: the outbox stores them sealed with the node key and opens them only to send. */
export function sealMailBody(keys: NodeKeys, to: string, body: string): string {
  return sealSecret(keys, Buffer.from(body, 'utf8'), mailContext(to));
}

export function openMailBody(keys: NodeKeys, to: string, sealed: string): string {
  return Buffer.from(openSecret(keys, sealed, mailContext(to))).toString('utf8');
}

/**
 * Without SMTP the message goes to the log. Its body holds a code that signs the address in, so it is
 * logged only in development (`npm start`); in production only the fact that a mail was not delivered is.
 */
export class LogMailTransport implements MailTransport {
  constructor(
    private readonly logger: Logger,
    private readonly production: boolean,
  ) {}

  async send(mail: Mail): Promise<void> {
    if (this.production) {
      this.logger.warn(
        { subject: mail.subject },
        'mail not delivered: no SMTP_URL is configured (the body is not logged in production)',
      );
      return;
    }
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
  private readonly task: PeriodicTask;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly keys: NodeKeys,
    private readonly logger: Logger,
    intervalMs = 1000,
  ) {
    // drain() never rejects; it logs its own failures.
    this.task = new PeriodicTask({ name: 'mail dispatch', intervalMs, logger, run: () => this.drain() });
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
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
            const body =
              row.sealed && row.body ? openMailBody(this.keys, row.toAddress, row.body) : (row.body ?? '');
            await this.transport.send({ to: row.toAddress, subject: row.subject, body });
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
