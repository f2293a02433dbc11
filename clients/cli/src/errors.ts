import { ProtocolError } from '@imajin/protocol';
import { ClientErrorCodes, ImajinRequestError } from '@imajin/sdk';

/**
 * Exit codes, stable for scripts: 0 ok, 1 the command line or a local input is wrong, 2 the API refused
 * with a code, 3 the gateway could not be reached or could not answer (retrying later may help), 4 an
 * offline verification failed (forged, altered, revoked or malformed evidence).
 */
export const ExitCodes = {
  ok: 0,
  usage: 1,
  api: 2,
  unavailable: 3,
  verification: 4,
} as const;

export type ExitCode = (typeof ExitCodes)[keyof typeof ExitCodes];

/** Codes mjn assigns itself, beside the API's (BAD_USER_INPUT, UNAUTHENTICATED, ...). */
export const CliErrorCodes = {
  usage: 'USAGE',
  badInput: 'BAD_USER_INPUT',
  unauthenticated: 'UNAUTHENTICATED',
  notFound: 'NOT_FOUND',
  network: ClientErrorCodes.network,
  verification: 'VERIFICATION_FAILED',
} as const;

/** An error mjn reports as one sentence, with a code for `--json` and an exit code for scripts. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(CliErrorCodes.badInput, message, ExitCodes.usage);
}

/** Offline verification failed: `code` is the protocol's reason (BAD_SIGNATURE, REVOKED, ID_MISMATCH, ...). */
export function verificationError(code: string, message: string): CliError {
  return new CliError(code, message, ExitCodes.verification);
}

const UNAVAILABLE_STATUSES = new Set([0, 502, 503, 504]);

/** Turns anything thrown into a CliError; unknown errors keep their message but never their stack. */
export function toCliError(error: unknown, gateway?: string): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof ImajinRequestError) return fromRequestError(error, gateway);
  if (error instanceof ProtocolError) {
    return new CliError(error.code, error.message, ExitCodes.usage);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CliError('INTERNAL_ERROR', message, ExitCodes.unavailable);
}

function fromRequestError(error: ImajinRequestError, gateway?: string): CliError {
  const first = error.errors[0];
  const code = error.code ?? ClientErrorCodes.http;
  const message = first?.message ?? error.message;
  if (code === ClientErrorCodes.network) {
    const where = gateway ? ` at ${gateway}` : '';
    const timedOut = /timeout|aborted/i.test(message);
    return new CliError(
      code,
      timedOut
        ? `The gateway${where} did not answer in time; try again.`
        : `Cannot reach the gateway${where}: is it running? (set --gateway or MJN_GATEWAY)`,
      ExitCodes.unavailable,
    );
  }
  if (UNAVAILABLE_STATUSES.has(error.status) || code === 'INTERNAL_SERVER_ERROR') {
    return new CliError(code, message, ExitCodes.unavailable);
  }
  return new CliError(code, message, ExitCodes.api);
}
