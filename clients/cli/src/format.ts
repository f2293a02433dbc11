import { getIdentityByHandle, type ImajinClient } from '@imajin/sdk';

import { CliError, CliErrorCodes, ExitCodes, usageError } from './errors';

interface Labelled {
  did: string;
  profile?: { handle?: string | null } | null;
}

/** "@alice (did:mjn:z6Mk…)" when there is a handle, else the DID. */
export function label(identity: Labelled | null | undefined): string {
  if (!identity) return '(unknown)';
  const handle = identity.profile?.handle;
  return handle ? `@${handle} (${identity.did})` : identity.did;
}

/** Short form for tables: the first and last characters of a long value. */
export function shorten(value: string, keep = 10): string {
  return value.length <= keep * 2 + 1 ? value : `${value.slice(0, keep)}…${value.slice(-keep)}`;
}

/** Aligned "key  value" lines, skipping empty values. */
export function fields(rows: Array<[string, unknown]>): string[] {
  const shown = rows.filter(([, v]) => v !== undefined && v !== null && v !== '');
  const width = Math.max(0, ...shown.map(([k]) => k.length));
  return shown.map(([k, v]) => `${k.padEnd(width)}  ${String(v)}`);
}

/** A DID as given, or `@handle` looked up through the gateway. */
export async function resolveSubject(client: ImajinClient, ref: string): Promise<string> {
  if (ref.startsWith('did:')) return ref;
  if (ref.startsWith('@') && ref.length > 1) {
    const identity = await getIdentityByHandle(client, ref.slice(1));
    if (!identity) throw new CliError(CliErrorCodes.notFound, `Nobody has the handle ${ref}.`, ExitCodes.api);
    return identity.did;
  }
  throw usageError(`"${ref}" is neither a DID (did:mjn:…) nor a handle written with @ (e.g. @alice).`);
}
