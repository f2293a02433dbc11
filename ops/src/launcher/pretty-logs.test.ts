import { PassThrough } from 'node:stream';

import { pipeLines, prettyLineFormatter } from './pretty-logs';

const jsonLine = JSON.stringify({
  level: 30,
  time: Date.UTC(2026, 0, 1, 12, 0, 0),
  pid: 42,
  hostname: 'box',
  name: 'identity',
  requestId: 'r-1',
  msg: 'identity subgraph listening',
});

describe('prettyLineFormatter', () => {
  it('turns a pino JSON line into one readable line with level, service and message', () => {
    const out = prettyLineFormatter(false)(jsonLine);
    expect(out).toMatch(/INFO.*\(identity\): identity subgraph listening/);
    expect(out).toContain('"requestId":"r-1"');
    expect(out.trimEnd()).not.toContain('\n');
    expect(out).not.toContain('"level"');
    expect(out).not.toContain('hostname');
  });

  it('passes lines that are not JSON through unchanged', () => {
    const format = prettyLineFormatter(false);
    expect(format('    at Object.<anonymous> (main.js:1:1)')).toBe(
      '    at Object.<anonymous> (main.js:1:1)\n',
    );
    expect(format('{ not json')).toBe('{ not json\n');
  });
});

describe('pipeLines', () => {
  it('formats each whole line even when it arrives in pieces', async () => {
    const from = new PassThrough();
    const to = new PassThrough();
    const written: string[] = [];
    to.on('data', (chunk: Buffer) => written.push(chunk.toString()));
    pipeLines(from, to, (line) => `[${line}]\n`);
    from.write('first li');
    from.write('ne\nsecond line\n');
    from.end();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written.join('')).toBe('[first line]\n[second line]\n');
  });
});
