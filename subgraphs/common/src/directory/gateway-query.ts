import { UnavailableError } from '../errors';
import type { Logger } from '../logger';

/**
 * One anonymous read of another domain through the supergraph (never its tables). `what` names the
 * domain in errors; any failure is logged and surfaces as a retryable INTERNAL_SERVER_ERROR, so a caller
 * that needs the answer fails closed.
 */
export async function queryGateway<T>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
  logger: Logger,
  what: string,
): Promise<T> {
  let body: { data?: T | null; errors?: unknown[] };
  try {
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    body = (await res.json()) as typeof body;
  } catch (error) {
    logger.error({ err: error }, `${what} unreachable`);
    throw new UnavailableError(`The ${what} is unreachable; try again shortly`);
  }
  if (!body.data || body.errors?.length) {
    logger.error({ errors: body.errors }, `${what} query failed`);
    throw new UnavailableError(`The ${what} could not answer; try again shortly`);
  }
  return body.data;
}
