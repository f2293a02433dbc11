import { readFileSync } from 'node:fs';

import type { Command } from 'commander';
import { GraphQLError, parse, type DocumentNode } from 'graphql';

import { ClientErrorCodes, ImajinRequestError } from '@imajin/sdk';

import { CliError, ExitCodes, usageError } from '../errors';
import { result } from '../output';
import { handler, type CliApp, type Runtime } from '../runtime';

/** The query text: an argument, `-` for stdin, or `@path` for a file. */
function queryText(arg: string): string {
  if (arg === '-') return readFileSync(0, 'utf8');
  if (arg.startsWith('@')) {
    try {
      return readFileSync(arg.slice(1), 'utf8');
    } catch (error) {
      throw usageError(`Cannot read ${arg.slice(1)}: ${(error as Error).message}`);
    }
  }
  return arg;
}

export function parseVariables(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw usageError(`--variables is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw usageError('--variables must be a JSON object, e.g. \'{"did": "did:mjn:…"}\'.');
  }
  return parsed as Record<string, unknown>;
}

export function parseQuery(text: string): DocumentNode {
  try {
    return parse(text);
  } catch (error) {
    // Same code the gateway would answer with, but caught here without a round trip.
    throw new CliError(
      'GRAPHQL_PARSE_FAILED',
      `The query does not parse: ${error instanceof GraphQLError ? error.message : String(error)}`,
      ExitCodes.usage,
    );
  }
}

async function query(rt: Runtime, [text]: string[], options: { variables?: string }) {
  const document = parseQuery(queryText(text));
  const variables = parseVariables(options.variables);
  const response = await rt.client(true).rawRequest(document, variables);
  if (response.errors?.length) {
    // Partial data still goes to stdout (one document); the first error decides the code and exit status.
    if (response.data !== null) rt.emit(result(response.data, JSON.stringify(response.data, null, 2)));
    throw new ImajinRequestError(response.errors, response.status);
  }
  if (response.status < 200 || response.status >= 300) {
    throw new ImajinRequestError(
      [{ message: `HTTP ${response.status}`, extensions: { code: ClientErrorCodes.http } }],
      response.status,
    );
  }
  return result(response.data, JSON.stringify(response.data, null, 2));
}

export function registerQueryCommand(program: Command, app: CliApp): void {
  program
    .command('query')
    .description('Run any GraphQL operation through the gateway (as the signed-in identity, if any)')
    .argument('<graphql>', 'the operation text, `-` to read it from stdin, or @file')
    .option('--variables <json>', 'variables as a JSON object')
    .action(handler(app, query, true));
}
