import { ExitCodes, type CliError } from './errors';

/** What a command produced: `data` is the `--json` document, `text` what a person reads. */
export interface CommandResult {
  data: unknown;
  text: string;
}

export function result(data: unknown, text: string | string[]): CommandResult {
  return { data, text: Array.isArray(text) ? text.join('\n') : text };
}

/** Exactly one JSON document (pretty, newline-terminated) under --json; the text otherwise. */
export function renderResult(res: CommandResult, json: boolean): string {
  if (json) return `${JSON.stringify(res.data ?? null, null, 2)}\n`;
  return res.text.endsWith('\n') ? res.text : `${res.text}\n`;
}

/** One JSON object `{ error: { code, message } }` under --json; a sentence prefixed "mjn:" otherwise. */
export function renderError(error: CliError, json: boolean): string {
  if (json) return `${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`;
  // The API's and the verifier's codes are worth showing (they are what to search for); local ones are noise.
  const showCode = error.exitCode === ExitCodes.api || error.exitCode === ExitCodes.verification;
  return `mjn: ${error.message}${showCode && !error.message.includes(error.code) ? ` (${error.code})` : ''}\n`;
}
