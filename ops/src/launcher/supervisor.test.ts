import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort, type Logger } from '@imajin/subgraph-common';

import { ServiceSupervisor, type RestartPolicy } from './supervisor';

// A stand-in service: answers with its pid; exits with code 3 when asked (GET /crash), or on its own
// shortly after it is ready while CRASHES_LEFT_FILE holds a number above 0 (decremented per crash), so a
// test picks how often it dies without racing its own requests against a timer.
const SERVICE = `
const fs = require('node:fs');
const http = require('node:http');
const file = process.env.CRASHES_LEFT_FILE;
const left = Number(fs.readFileSync(file, 'utf8'));
const server = http.createServer((req, res) => {
  if (req.url === '/crash') return res.end('bye', () => process.exit(3));
  res.end(String(process.pid));
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  if (left > 0) setTimeout(() => { fs.writeFileSync(file, String(left - 1)); process.exit(3); }, 200);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

// Fast backoff so the test does not sleep; every wait below has a generous bound.
const POLICY: RestartPolicy = {
  maxCrashes: 3,
  windowMs: 60_000,
  backoffMs: () => 20,
  readyTimeoutMs: 20_000,
};

function recordingLogger(lines: string[]): Logger {
  const record = (_obj: unknown, msg?: string) => {
    lines.push(typeof _obj === 'string' ? _obj : (msg ?? ''));
  };
  return { info: record, warn: record, error: record } as unknown as Logger;
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('ServiceSupervisor', () => {
  let dir: string;
  let supervisor: ServiceSupervisor | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'supervisor-'));
    await writeFile(join(dir, 'service.js'), SERVICE);
  });

  afterEach(async () => {
    await supervisor?.stop();
    supervisor = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  async function supervise(crashes: number, onGiveUp: (reason: string) => void, lines: string[]) {
    const port = await freePort();
    const crashesLeft = join(dir, 'crashes-left');
    await writeFile(crashesLeft, String(crashes));
    supervisor = new ServiceSupervisor(
      {
        name: 'chat',
        args: [join(dir, 'service.js')],
        env: { PORT: String(port), CRASHES_LEFT_FILE: crashesLeft },
        readyUrl: `http://127.0.0.1:${port}/ready`,
      },
      recordingLogger(lines),
      onGiveUp,
      POLICY,
    );
    await supervisor.start();
    return `http://127.0.0.1:${port}/ready`;
  }

  it('restarts a service that exits, says so in the log, and keeps the rest running', async () => {
    const lines: string[] = [];
    const onGiveUp = jest.fn();
    const url = await supervise(0, onGiveUp, lines);
    const firstPid = await (await fetch(url)).text();
    await fetch(url.replace(/\/ready$/, '/crash'));

    await until(() => lines.includes('chat ready again'), 'the restarted service');
    const secondPid = await (await fetch(url)).text();
    expect(secondPid).not.toBe(firstPid);
    expect(lines).toContain(
      'chat exited with code 3; restarting in 20 ms (crash 1 of 3 allowed within 60 s)',
    );
    expect(onGiveUp).not.toHaveBeenCalled();
  });

  it('gives up with a clear reason after repeated crashes within the window', async () => {
    const lines: string[] = [];
    let reason: string | undefined;
    await supervise(10, (r) => (reason = r), lines);

    await until(() => reason !== undefined, 'the supervisor to give up');
    expect(reason).toBe('chat crashed 3 times within 60 s (last exit code 3); giving up');
    expect(lines.filter((l) => l.startsWith('chat exited with code 3; restarting'))).toHaveLength(2);
  });

  it('fails the first start when the service exits before it is ready', async () => {
    const port = await freePort();
    supervisor = new ServiceSupervisor(
      { name: 'trust', args: ['-e', 'process.exit(2)'], env: {}, readyUrl: `http://127.0.0.1:${port}/` },
      recordingLogger([]),
      jest.fn(),
      POLICY,
    );
    await expect(supervisor.start()).rejects.toThrow('trust exited with 2 before it was ready');
  });
});
