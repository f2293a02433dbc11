import { ProtocolError } from '@imajin/protocol';

import { verificationError } from '../errors';

/** Runs an offline check; a protocol error becomes exit code 4 with the protocol's reason as its code. */
export function verifying<T>(what: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ProtocolError)
      throw verificationError(error.code, `${what} is not valid: ${error.message}`);
    throw error;
  }
}
