// RFC 8785 JSON Canonicalization Scheme, written out here (not a dependency) because every signature
// in the system depends on these exact bytes and we want the rules visible and tested in one place.
import { utf8Encode } from './bytes';
import { EncodingError } from './errors';

const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function fail(message: string): never {
  throw new EncodingError('NOT_CANONICALIZABLE', message);
}

function serializeString(s: string): string {
  // I-JSON (which JCS requires) forbids lone surrogates; they would not survive UTF-8 anyway.
  if (LONE_SURROGATE_RE.test(s))
    fail('String contains a lone UTF-16 surrogate; it cannot be encoded as UTF-8.');
  // JSON.stringify escapes exactly as RFC 8785 §3.2.2.2 requires: \b \t \n \f \r \" \\ and \u00xx
  // (lowercase hex) for other controls; everything else, including '/' and U+007F, is literal.
  return JSON.stringify(s);
}

function serializeNumber(n: number): string {
  if (!Number.isFinite(n)) fail(`Number ${n} is not representable in JSON.`);
  // ECMAScript Number::toString is the JCS number format (RFC 8785 §3.2.2.3); -0 becomes "0".
  return Object.is(n, -0) ? '0' : String(n);
}

/**
 * A JSON-like object: its prototype is null or some realm's Object.prototype. Objects parsed in another
 * realm (a fetch response in a test VM, an iframe) count; class instances, Maps and Dates do not.
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  return (
    proto === null ||
    (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(v) === '[object Object]')
  );
}

function serialize(value: unknown, path: string, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return serializeString(value);
    case 'number':
      return serializeNumber(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return fail(`Unsupported ${typeof value} value at ${path}.`);
  }
  if (value === null) return 'null';
  if (seen.has(value)) fail(`Circular reference at ${path}.`);
  seen.add(value);
  let out: string;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) {
      if (value[i] === undefined) fail(`undefined at ${path}[${i}]; arrays may not contain undefined.`);
      items.push(serialize(value[i], `${path}[${i}]`, seen));
    }
    out = `[${items.join(',')}]`;
  } else if (isPlainObject(value)) {
    // Default sort compares UTF-16 code units, which is what RFC 8785 §3.2.3 prescribes.
    const keys = Object.keys(value).sort();
    const members: string[] = [];
    for (const key of keys) {
      const v = value[key];
      if (v === undefined) continue; // as JSON.stringify: an absent member
      members.push(`${serializeString(key)}:${serialize(v, `${path}.${key}`, seen)}`);
    }
    out = `{${members.join(',')}}`;
  } else {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
    out = fail(`Non-plain ${name} at ${path}; convert it to plain JSON first.`);
  }
  seen.delete(value);
  return out;
}

/** RFC 8785 canonical JSON text. Throws EncodingError('NOT_CANONICALIZABLE') for non-JSON values. */
export function canonicalize(value: unknown): string {
  return serialize(value, '$', new Set());
}

/** UTF-8 bytes of {@link canonicalize}: what gets signed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8Encode(canonicalize(value));
}
