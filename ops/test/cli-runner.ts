import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'clients', 'cli', 'dist', 'main.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Builds the CLI from the current sources (a no-op when dist/ is up to date). */
export async function buildCli(): Promise<void> {
  await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', join(ROOT, 'clients', 'cli')]);
}

/**
 * Runs the built `mjn` as a real process, asynchronously (the stack runs in the test's process and must keep
 * serving); a non-zero exit is a result, not a throw.
 */
export async function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [MAIN, ...args], {
      env: { ...process.env, MJN_KEY: '', ...env },
      timeout: 20_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}
