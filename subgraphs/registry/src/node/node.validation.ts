import { BadUserInputError } from '@imajin/subgraph-common';

/** Names the registry keeps for itself (and common service labels someone could impersonate). */
export const RESERVED_HOSTNAMES = new Set([
  'www',
  'api',
  'app',
  'registry',
  'admin',
  'administrator',
  'root',
  'mail',
  'email',
  'smtp',
  'imap',
  'pop',
  'pop3',
  'mx',
  'ns',
  'ns1',
  'ns2',
  'ns3',
  'ns4',
  'dns',
  'ftp',
  'sftp',
  'ssh',
  'vpn',
  'auth',
  'login',
  'sso',
  'pay',
  'payments',
  'billing',
  'profile',
  'events',
  'chat',
  'connections',
  'trust',
  'identity',
  'gateway',
  'graphql',
  'status',
  'support',
  'help',
  'docs',
  'blog',
  'static',
  'cdn',
  'assets',
  'media',
  'dev',
  'staging',
  'test',
  'localhost',
  'imajin',
  'security',
  'abuse',
  'postmaster',
  'hostmaster',
  'webmaster',
  'node',
  'nodes',
  'wildcard',
  'autodiscover',
  'autoconfig',
  'local',
]);

const LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** RFC 1123 label, lowercase, 3–63 characters, no leading or trailing '-', not reserved. */
export function validateHostname(hostname: string): string {
  const field = { field: 'hostname' };
  if (hostname.length < 3 || hostname.length > 63)
    throw new BadUserInputError('hostname must be 3–63 characters long', field);
  if (!LABEL.test(hostname))
    throw new BadUserInputError(
      'hostname may contain only lowercase a-z, 0-9 and "-", and may not start or end with "-"',
      field,
    );
  if (/^xn--/.test(hostname) || hostname.slice(2, 4) === '--')
    throw new BadUserInputError(
      'hostname may not use "--" in the third and fourth positions (IDN prefix)',
      field,
    );
  if (RESERVED_HOSTNAMES.has(hostname))
    throw new BadUserInputError(`hostname "${hostname}" is reserved; choose another`, field);
  return hostname;
}

export const BUILD_HASH = /^sha256:[0-9a-f]{64}$/;

export function validateBuildHash(hash: string, field = 'buildHash'): string {
  if (!BUILD_HASH.test(hash))
    throw new BadUserInputError('The build hash must be "sha256:" followed by 64 lowercase hex digits', {
      field,
    });
  return hash;
}

export function validateVersion(version: string): string {
  if (!/^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/.test(version))
    throw new BadUserInputError('version must be 1–64 of letters, digits, ".", "+", "_" and "-"', {
      field: 'version',
    });
  return version;
}

/** The node's public base URL: http(s), no credentials, at most 2048 characters. Returns the host. */
export function validateNodeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BadUserInputError('url must be an absolute http(s) URL', { field: 'url' });
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || url.length > 2048)
    throw new BadUserInputError('url must be an http(s) URL of at most 2048 characters', { field: 'url' });
  if (parsed.username || parsed.password)
    throw new BadUserInputError('url may not carry credentials', { field: 'url' });
  return parsed.hostname.replace(/^\[|\]$/g, '');
}

const CAPABILITY = /^[a-z][a-z0-9._-]{0,63}$/;

export function validateCapabilities(capabilities: string[]): string[] {
  if (capabilities.length > 32)
    throw new BadUserInputError('At most 32 capabilities', { field: 'capabilities' });
  for (const c of capabilities)
    if (!CAPABILITY.test(c))
      throw new BadUserInputError(
        `Capability "${c}" must be 1–64 of lowercase a-z, 0-9, ".", "_" and "-", starting with a letter`,
        { field: 'capabilities' },
      );
  if (new Set(capabilities).size !== capabilities.length)
    throw new BadUserInputError('Capabilities must not repeat', { field: 'capabilities' });
  return capabilities;
}

export function validateStats(stats: unknown): Record<string, unknown> | null {
  if (stats === undefined || stats === null) return null;
  if (typeof stats !== 'object' || Array.isArray(stats))
    throw new BadUserInputError('stats must be a JSON object', { field: 'stats' });
  if (JSON.stringify(stats).length > 4096)
    throw new BadUserInputError('stats must be at most 4 KB of JSON', { field: 'stats' });
  return stats as Record<string, unknown>;
}
