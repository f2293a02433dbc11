import { BadUserInputError } from '@imajin/subgraph-common';

import type { ProfileInput } from './identity.inputs';

export const HANDLE_PATTERN = /^[a-z][a-z0-9_]{2,29}$/;

/** Names people would mistake for the platform or its staff. */
const RESERVED_HANDLES = new Set([
  'admin',
  'administrator',
  'root',
  'system',
  'imajin',
  'mjn',
  'support',
  'help',
  'security',
  'api',
  'www',
  'mail',
  'null',
  'undefined',
  'anonymous',
  'moderator',
  'staff',
  'official',
  'registry',
  'gateway',
]);

export interface ProfileChanges {
  handle?: string | null;
  displayName?: string | null;
  bio?: string | null;
  avatarUrl?: string | null;
}

/** Validates the profile part of an input; "" clears a field, absent keeps it. */
export function validateProfile(input: ProfileInput): ProfileChanges {
  const changes: ProfileChanges = {};
  if (input.handle !== undefined && input.handle !== null) changes.handle = validateHandle(input.handle);
  if (input.displayName !== undefined && input.displayName !== null) {
    changes.displayName = text(input.displayName, 'displayName', 80);
  }
  if (input.bio !== undefined && input.bio !== null) changes.bio = text(input.bio, 'bio', 500);
  if (input.avatarUrl !== undefined && input.avatarUrl !== null)
    changes.avatarUrl = avatarUrl(input.avatarUrl);
  return changes;
}

export function validateHandle(handle: string): string | null {
  if (handle === '') return null;
  if (!HANDLE_PATTERN.test(handle)) {
    throw new BadUserInputError(
      `Handle "${handle}" is invalid: use 3–30 lowercase letters, digits or _, starting with a letter`,
      { field: 'handle' },
    );
  }
  if (RESERVED_HANDLES.has(handle)) {
    throw new BadUserInputError(`Handle "${handle}" is reserved; choose another`, { field: 'handle' });
  }
  return handle;
}

function text(value: string, field: string, max: number): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if ([...trimmed].length > max)
    throw new BadUserInputError(`${field} is longer than ${max} characters`, { field });
  // Control characters break terminals and logs that show profiles.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(trimmed)) {
    throw new BadUserInputError(`${field} contains control characters`, { field });
  }
  return trimmed;
}

function avatarUrl(value: string): string | null {
  if (value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BadUserInputError('avatarUrl is not a URL', { field: 'avatarUrl' });
  }
  if (url.protocol !== 'https:' || value.length > 2048) {
    throw new BadUserInputError('avatarUrl must be an https URL of at most 2048 characters', {
      field: 'avatarUrl',
    });
  }
  return url.toString();
}
