import { pino, type Logger } from 'pino';

export type { Logger };

/** One root logger per process; services take children so every line names its service. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({ name: service, level });
}
