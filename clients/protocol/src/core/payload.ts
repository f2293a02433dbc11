import { isPlainObject } from './canonical-json';
import { PayloadError } from './errors';

export type Fields = Record<string, unknown>;

export interface PayloadMeta {
  signer: string;
  createdAt: string;
  nonce: string;
  /** The person an agent acts for under a delegation; signed, and absent when the signer acts as itself. */
  onBehalfOf?: string | null;
}

const RESERVED = new Set(['type', 'signer', 'onBehalfOf', 'createdAt', 'nonce']);

/*
 * Normalisation rule (server and clients both rely on it, so a GraphQL input with an omitted optional
 * field and one with an explicit null sign the same bytes):
 *  - object keys whose value is undefined or null are dropped, recursively in nested objects
 *    (including objects inside arrays); array elements themselves are kept as they are;
 *  - Date values become Date#toISOString();
 *  - anything else passes through and must then be plain JSON (canonicalize rejects the rest).
 */
function normalise(value: unknown, path: string): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new PayloadError('BAD_VALUE', `Invalid Date at ${path}.`);
    return value.toISOString();
  }
  if (Array.isArray(value)) return value.map((v, i) => normalise(v, `${path}[${i}]`));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || v === null) continue;
      out[k] = normalise(v, `${path}.${k}`);
    }
    return out;
  }
  return value;
}

/**
 * `{type, ...fields, signer, onBehalfOf?, createdAt, nonce}` after normalisation: the object whose JCS is
 * signed. `onBehalfOf` follows the same rule as fields: absent or null is left out.
 */
export function buildPayload(type: string, fields: Fields, meta: PayloadMeta): Record<string, unknown> {
  if (typeof type !== 'string' || type.length === 0) {
    throw new PayloadError('BAD_VALUE', 'Payload type must be a non-empty string such as "mjn.trust.vouch".');
  }
  if (!isPlainObject(fields)) throw new PayloadError('BAD_VALUE', 'Payload fields must be a plain object.');
  for (const key of Object.keys(fields)) {
    if (RESERVED.has(key)) {
      throw new PayloadError('RESERVED_KEY', `Field '${key}' is reserved for the proof; rename it.`);
    }
  }
  const normalised = normalise(fields, '$') as Record<string, unknown>;
  const onBehalfOf = meta.onBehalfOf ?? undefined;
  return {
    type,
    ...normalised,
    signer: meta.signer,
    ...(onBehalfOf === undefined ? {} : { onBehalfOf }),
    createdAt: meta.createdAt,
    nonce: meta.nonce,
  };
}
