import { spawn, type ChildProcess } from 'node:child_process';

import type { Logger } from '@imajin/subgraph-common';

import { pipeLines, type LineFormatter } from './pretty-logs';

export interface SupervisedService {
  name: string;
  /** Arguments to `node` (the entry script first). */
  args: string[];
  env: Record<string, string>;
  /** Polled until it answers 200 after each start. */
  readyUrl: string;
}

export interface RestartPolicy {
  /** This many crashes within `windowMs` and the supervisor gives up. */
  maxCrashes: number;
  windowMs: number;
  /** Delay before the restart that follows the n-th crash in the window (n from 1). */
  backoffMs: (crash: number) => number;
  /** How long a (re)started service may take to answer its ready URL. */
  readyTimeoutMs: number;
}

// 1 s, 2 s, 4 s, 8 s: a service that keeps failing is given up on after the 5th crash within a minute.
export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  maxCrashes: 5,
  windowMs: 60_000,
  backoffMs: (crash) => Math.min(1000 * 2 ** (crash - 1), 30_000),
  readyTimeoutMs: 60_000,
};

/**
 * Runs one service as a child process and restarts it when it exits, so one crash does not take the
 * whole stack down; after too many crashes in a row it calls `onGiveUp` (the launcher then stops all).
 */
export class ServiceSupervisor {
  private child: ChildProcess | null = null;
  private crashes: number[] = [];
  private restartTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private everReady = false;

  constructor(
    private readonly service: SupervisedService,
    private readonly logger: Logger,
    private readonly onGiveUp: (reason: string) => void,
    private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY,
    /** Reformats the child's output lines (pretty logs in a terminal); none: its output passes untouched. */
    private readonly format?: LineFormatter,
  ) {}

  /** The first start: resolves once ready; rejects if the service exits or never gets ready (bad config). */
  async start(): Promise<void> {
    const child = this.spawnChild();
    await this.waitReady(child);
    this.everReady = true;
    this.logger.info({ service: this.service.name }, `${this.service.name} ready`);
  }

  /** Cancels any pending restart and terminates the child (SIGTERM, SIGKILL after 10 s). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    if (this.child) await terminate(this.child);
  }

  private spawnChild(): ChildProcess {
    const child = spawn(process.execPath, this.service.args, {
      env: { ...process.env, ...this.service.env },
      stdio: ['ignore', this.format ? 'pipe' : 'inherit', this.format ? 'pipe' : 'inherit'],
    });
    if (this.format && child.stdout && child.stderr) {
      pipeLines(child.stdout, process.stdout, this.format);
      pipeLines(child.stderr, process.stderr, this.format);
    }
    this.child = child;
    child.once('exit', (code, signal) => this.onExit(code, signal));
    return child;
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    // Before the first ready, start() reports the failure; nothing to restart yet.
    if (this.stopped || !this.everReady) return;
    const { name } = this.service;
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < this.policy.windowMs), now];
    const exit = signal ? `signal ${signal}` : `code ${code}`;
    const windowS = Math.round(this.policy.windowMs / 1000);
    if (this.crashes.length >= this.policy.maxCrashes) {
      const reason = `${name} crashed ${this.crashes.length} times within ${windowS} s (last exit ${exit}); giving up`;
      this.logger.error({ service: name, code, signal, crashes: this.crashes.length }, reason);
      this.onGiveUp(reason);
      return;
    }
    const delay = this.policy.backoffMs(this.crashes.length);
    this.logger.error(
      { service: name, code, signal, crashes: this.crashes.length, restartInMs: delay },
      `${name} exited with ${exit}; restarting in ${formatDelay(delay)} ` +
        `(crash ${this.crashes.length} of ${this.policy.maxCrashes} allowed within ${windowS} s)`,
    );
    this.restartTimer = setTimeout(() => this.restart(), delay);
  }

  private restart(): void {
    this.restartTimer = null;
    if (this.stopped) return;
    const child = this.spawnChild();
    this.waitReady(child).then(
      () => this.logger.info({ service: this.service.name }, `${this.service.name} ready again`),
      // An exit is handled (and counted) by onExit; a hang is only reported.
      (error: unknown) => {
        if (child.exitCode === null && child.signalCode === null && !this.stopped)
          this.logger.warn({ service: this.service.name }, (error as Error).message);
      },
    );
  }

  private async waitReady(child: ChildProcess): Promise<void> {
    const { name, readyUrl } = this.service;
    const deadline = Date.now() + this.policy.readyTimeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(
          `${name} exited with ${child.signalCode ?? child.exitCode} before it was ready (see its log above)`,
        );
      if (this.stopped) throw new Error(`${name} was stopped before it was ready`);
      try {
        const res = await fetch(readyUrl, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${name} was not ready at ${readyUrl} within ${this.policy.readyTimeoutMs / 1000} s`);
  }
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
