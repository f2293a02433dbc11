import { isValidMjnDid } from '@imajin/protocol';
import { BadUserInputError } from '@imajin/subgraph-common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function checkUuid(value: unknown, field: string): string {
  if (typeof value !== 'string' || !UUID.test(value))
    throw new BadUserInputError(`${field} must be an id (a lowercase UUID)`, { field });
  return value;
}

export function checkDid(value: unknown, field: string): string {
  if (typeof value !== 'string' || !isValidMjnDid(value))
    throw new BadUserInputError(`${field} must be a did:mjn DID`, { field });
  return value;
}

export function checkSeq(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new BadUserInputError(`${field} must be a message sequence number (an integer ≥ 0)`, { field });
  return value;
}
