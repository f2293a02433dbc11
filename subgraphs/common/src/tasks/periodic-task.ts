import type { Logger } from '../logger';

export interface PeriodicTaskOptions {
  /** Names the task in its log lines. */
  name: string;
  /** Time between the end of one tick and the start of the next. */
  intervalMs: number;
  /** One tick. A rejection is logged and the task carries on at the next interval. */
  run: () => Promise<unknown>;
  logger: Logger;
  /** Each wait is intervalMs ± this fraction, so instances started together do not tick together. Default 0.1. */
  jitter?: number;
  /** Run the first tick at start instead of after the first interval. Default false. */
  runAtStart?: boolean;
  /** Level a failed tick is logged at. Default 'warn'. */
  failureLevel?: 'warn' | 'error';
  /** For tests: a number in [0, 1) (Math.random by default). */
  random?: () => number;
}

/**
 * Background work on an interval (sweepers, outbox drains, retries): never two ticks at once, since the next
 * wait starts when a tick ends; a failed tick is logged, not fatal; stop() waits for a tick in flight.
 * The timer is unref'd: a periodic task never keeps a process alive on its own.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private started = false;

  constructor(private readonly options: PeriodicTaskOptions) {}

  /** Starts ticking; a second call while started does nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    // Restarted while a tick is still in flight: that tick schedules the next one when it ends.
    if (this.running) return;
    if (this.options.runAtStart) this.tick();
    else this.schedule();
  }

  /** Stops ticking and resolves once a tick in flight has finished. The task can be started again. */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  get isRunning(): boolean {
    return this.started;
  }

  private schedule(): void {
    if (!this.started) return;
    const { intervalMs, jitter = 0.1, random = Math.random } = this.options;
    const delay = Math.max(0, Math.round(intervalMs * (1 + jitter * (2 * random() - 1))));
    this.timer = setTimeout(() => this.tick(), delay);
    this.timer.unref();
  }

  private tick(): void {
    this.timer = undefined;
    const { name, run, logger, failureLevel = 'warn' } = this.options;
    this.running = Promise.resolve()
      .then(run)
      .then(
        () => undefined,
        (error: unknown) => logger[failureLevel]({ err: error, task: name }, `${name} failed; retrying`),
      )
      .finally(() => {
        this.running = undefined;
        this.schedule();
      });
  }
}
