import { QueryFailedError } from 'typeorm';

/**
 * The unique index a failed write collided with (Postgres 23505), '' when the driver did not name it, or null
 * for any other error: services turn a race the pre-check could not see into the same CONFLICT.
 */
export function uniqueViolation(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const pgError = error.driverError as { code?: string; constraint?: string } | undefined;
  return pgError?.code === '23505' ? (pgError.constraint ?? '') : null;
}
