import { parseChatEnvelope } from '@imajin/protocol';
import { BadUserInputError } from '@imajin/subgraph-common';

import type { AttachmentInput } from './message.inputs';

const HASH = /^sha256:[0-9a-f]{64}$/;
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/i;
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,100}$/;
export const MAX_ATTACHMENTS = 10;

export function checkClientId(value: unknown): string {
  if (typeof value !== 'string' || !CLIENT_ID.test(value))
    throw new BadUserInputError('clientId must be 1–100 characters of A-Z a-z 0-9 . _ : -', {
      field: 'clientId',
    });
  return value;
}

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export function checkAttachments(list: AttachmentInput[] | null | undefined): AttachmentInput[] {
  if (list === null || list === undefined) return [];
  if (!Array.isArray(list) || list.length > MAX_ATTACHMENTS)
    throw new BadUserInputError(`attachments must be a list of at most ${MAX_ATTACHMENTS}`, {
      field: 'attachments',
    });
  list.forEach((a, i) => {
    const field = `attachments[${i}]`;
    if (parseUrl(a.url)?.protocol !== 'https:')
      throw new BadUserInputError(`${field}.url must be an https URL of at most 2048 characters`, { field });
    if (typeof a.contentHash !== 'string' || !HASH.test(a.contentHash))
      throw new BadUserInputError(
        `${field}.contentHash must be sha256: followed by 64 lowercase hex digits`,
        {
          field,
        },
      );
    if (a.name != null && (typeof a.name !== 'string' || a.name.length < 1 || a.name.length > 200))
      throw new BadUserInputError(`${field}.name must be 1–200 characters`, { field });
    if (a.mimeType != null && (typeof a.mimeType !== 'string' || !MIME.test(a.mimeType)))
      throw new BadUserInputError(`${field}.mimeType must look like type/subtype`, { field });
    if (a.size != null && (!Number.isInteger(a.size) || a.size < 0))
      throw new BadUserInputError(`${field}.size must be a whole number of bytes`, { field });
  });
  // Stored exactly as signed (nulls and all), so the stored payload re-verifies.
  return JSON.parse(JSON.stringify(list)) as AttachmentInput[];
}

/**
 * Plaintext bodies are capped at `maxBytes` UTF-8 bytes. Encrypted bodies must be an e2ee envelope (the
 * server cannot read it, only check its shape), capped at 4× plus room for one wrapped key per member.
 */
export function checkBody(
  body: unknown,
  options: { encrypted: boolean; maxBytes: number; members: number; hasAttachments: boolean; sender: string },
): string {
  if (typeof body !== 'string') throw new BadUserInputError('body must be a string', { field: 'body' });
  const bytes = Buffer.byteLength(body, 'utf8');
  if (options.encrypted) {
    const limit = options.maxBytes * 4 + options.members * 256;
    if (bytes > limit)
      throw new BadUserInputError(`The encrypted body is ${bytes} bytes; the limit here is ${limit}`, {
        field: 'body',
      });
    let sender: string;
    try {
      sender = parseChatEnvelope(body).sender;
    } catch {
      throw new BadUserInputError(
        'This conversation is end-to-end encrypted: body must be an envelope from encryptChatMessage',
        { field: 'body' },
      );
    }
    // Recipients decrypt with the signer's key; an envelope naming someone else could not be opened.
    if (sender !== options.sender)
      throw new BadUserInputError('The envelope names another sender than the signer', { field: 'body' });
    return body;
  }
  if (bytes > options.maxBytes)
    throw new BadUserInputError(`body is ${bytes} bytes; the limit is ${options.maxBytes}`, {
      field: 'body',
    });
  if (body.trim().length === 0 && !options.hasAttachments)
    throw new BadUserInputError('body must not be empty (unless the message has attachments)', {
      field: 'body',
    });
  return body;
}
