import { isValidMjnDid } from '@imajin/protocol';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type DirectoryEntry,
  type IdentityDirectory,
  uniqueViolation,
} from '@imajin/subgraph-common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkUuid(id: string, field = 'id'): string {
  if (!UUID.test(id)) throw new BadUserInputError(`${field} must be a UUID`, { field });
  return id.toLowerCase();
}

export function checkDid(did: string, field: string): string {
  if (!isValidMjnDid(did)) throw new BadUserInputError(`${field} must be a well-formed did:mjn`, { field });
  return did;
}

/** Parses a signed ISO 8601 instant; it must be in the future by the injected clock. */
export function checkFutureInstant(value: string | null | undefined, now: Date, field: string): Date | null {
  if (value === null || value === undefined) return null;
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at.getTime()))
    throw new BadUserInputError(`${field} must be an ISO 8601 instant such as 2026-12-31T00:00:00.000Z`, {
      field,
    });
  if (at.getTime() <= now.getTime()) throw new BadUserInputError(`${field} must be in the future`, { field });
  return at;
}

export function checkText(value: string | null | undefined, max: number, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > max)
    throw new BadUserInputError(`${field} must be at most ${max} characters`, { field });
  return value;
}

/** A subject must be a registered, active identity. */
export async function requireActiveIdentity(
  directory: IdentityDirectory,
  did: string,
  role: string,
): Promise<void> {
  requireActiveEntry(await directory.lookup([did]), did, role);
}

/** The same check over entries already looked up. */
export function requireActiveEntry(
  entries: ReadonlyMap<string, DirectoryEntry>,
  did: string,
  role: string,
): void {
  const entry = entries.get(did);
  if (!entry) throw new NotFoundError(`No identity ${did} is registered; ${role} must be registered first`);
  if (!entry.active) throw new ForbiddenError(`Identity ${did} is deactivated; ${role} must be active`);
}

export function conflictOnUnique<T>(message: string) {
  return (error: unknown): T => {
    if (uniqueViolation(error) !== null) throw new ConflictError(message);
    throw error;
  };
}
