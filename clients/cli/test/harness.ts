import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runCli } from '../src/program';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fake gateway: answers each GraphQL request by operation name; records what was sent. */
export interface FakeGateway {
  fetch: typeof fetch;
  requests: Array<{ operationName?: string; variables: Record<string, unknown>; authorization?: string }>;
}

export function fakeGateway(
  answer: (operationName: string | undefined, variables: Record<string, unknown>) => unknown,
): FakeGateway {
  const requests: FakeGateway['requests'] = [];
  const fetchImpl = (async (_url: unknown, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as {
      operationName?: string;
      variables: Record<string, unknown>;
    };
    const headers = (init?.headers ?? {}) as Record<string, string>;
    requests.push({ ...body, authorization: headers.authorization });
    const reply = answer(body.operationName, body.variables);
    if (reply instanceof Error) throw reply;
    return new Response(JSON.stringify(reply), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: fetchImpl, requests };
}

/** A temporary MJN_HOME per test file, removed by cleanup(). */
export function tempHome(): { home: string; cleanup(): void } {
  const home = mkdtempSync(join(tmpdir(), 'mjn-test-'));
  return { home, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

/** Runs mjn in-process with captured output. */
export async function mjn(
  home: string,
  argv: string[],
  options: { fetch?: typeof fetch; tty?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { MJN_HOME: home, MJN_GATEWAY: 'http://gateway.test/graphql', ...options.env },
    fetch: options.fetch ?? fakeGateway(() => new Error('no network in this test')).fetch,
    io: {
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
      errIsTTY: options.tty ?? false,
    },
  });
  return { code, stdout, stderr };
}
