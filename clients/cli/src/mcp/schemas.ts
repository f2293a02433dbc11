import { z } from 'zod';

import { McpLimits } from './limits';

/** A DID or @handle, as every tool that names a person takes it. */
export const subject = z
  .string()
  .min(2)
  .max(200)
  .regex(/^(did:|@)/, 'Expected a DID (did:mjn:…) or a handle written with @ (e.g. @alice).');

export const first = z
  .number()
  .int()
  .min(1)
  .max(McpLimits.maxFirst)
  .describe(`how many to return, 1–${McpLimits.maxFirst}`);

export const pathDepth = z
  .number()
  .int()
  .min(1)
  .max(McpLimits.maxDepth)
  .describe(`longest chain of vouches to consider, 1–${McpLimits.maxDepth}`);

export const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'Expected a three-letter ISO 4217 currency code, e.g. "usd".')
  // Payments stores and reports currencies in lower case.
  .transform((c) => c.toLowerCase());
