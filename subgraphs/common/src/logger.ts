import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

// Values a database error carries: TypeORM's QueryFailedError copies the bound `parameters` (sealed seeds,
// claim codes, emails), and pg's `detail`/`where`/`internalQuery` quote row values. Logs never show them.
const SECRET_KEYS = new Set(['parameters', 'detail', 'where', 'internalQuery']);

function scrub(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value === null || typeof value !== 'object' || depth > 6 || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!SECRET_KEYS.has(key)) out[key] = scrub(inner, depth + 1, seen);
  }
  return out;
}

/** pino's error serializer (type, message, stack, code, cause), minus the values a database error carries. */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return scrub(error, 0, new WeakSet());
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  const driverError = (error as { driverError?: unknown }).driverError;
  if (driverError instanceof Error) serialized.driverError = serializeError(driverError);
  return scrub(serialized, 0, new WeakSet());
}

/** One root logger per process; services take children so every line names its service. */
export function createLogger(service: string, level = 'info', destination?: DestinationStream): Logger {
  return pino({ name: service, level, serializers: { err: serializeError } }, destination);
}
