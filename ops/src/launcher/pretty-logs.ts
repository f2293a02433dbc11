import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

import PinoPretty, { prettyFactory, type PrettyOptions } from 'pino-pretty';

/** Turns one line a service printed into what the terminal shows (with its newline). */
export type LineFormatter = (line: string) => string;

// Time of day and the service name are what a person scans for; pid and hostname are the same on every line.
const OPTIONS: PrettyOptions = {
  colorize: true,
  translateTime: 'SYS:HH:MM:ss.l',
  ignore: 'pid,hostname',
  singleLine: true,
};

/** pino JSON lines become one readable line each; anything else (a stack trace, a warning) passes as is. */
export function prettyLineFormatter(colorize = true): LineFormatter {
  const pretty = prettyFactory({ ...OPTIONS, colorize });
  return (line) => {
    if (!line.startsWith('{')) return `${line}\n`;
    try {
      return pretty(line);
    } catch {
      return `${line}\n`;
    }
  };
}

/** The launcher's own log destination in a terminal. */
export function prettyDestination(): Writable {
  return PinoPretty(OPTIONS);
}

/** Copies `from` to `to` line by line through `format`, so lines of different services never interleave. */
export function pipeLines(from: Readable, to: Writable, format: LineFormatter): void {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => to.write(format(line)));
}
