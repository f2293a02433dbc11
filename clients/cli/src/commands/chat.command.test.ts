import type { MessageFieldsFragment } from '@imajin/sdk';

import { messageLine, parseCount } from './chat.command';

const message = {
  id: 'msg_1',
  seq: 3,
  body: 'hi there',
  createdAt: '2026-12-01T10:00:00.000Z',
  deletedAt: null,
  sender: { did: 'did:mjn:z6Mkalice' },
} as unknown as MessageFieldsFragment;

describe('messageLine', () => {
  it('prints time, seq, sender and body on one line', () => {
    expect(messageLine(message, false)).toBe('2026-12-01T10:00:00.000Z #3 did:mjn:z6Mkalice: hi there\n');
  });

  it('prints one compact JSON object per line under --json', () => {
    const line = messageLine(message, true);
    expect(line.trimEnd()).not.toContain('\n');
    expect(JSON.parse(line)).toMatchObject({ id: 'msg_1', body: 'hi there' });
  });

  it('shows a deleted message as deleted, not its old body', () => {
    expect(messageLine({ ...message, deletedAt: '2026-12-01T11:00:00.000Z' }, false)).toContain('(deleted)');
  });
});

describe('parseCount', () => {
  it('takes a positive whole number and refuses anything else', () => {
    expect(parseCount('5', '--count')).toBe(5);
    for (const bad of ['0', '-1', '1.5', 'x', ''])
      expect(() => parseCount(bad, '--count')).toThrow(/--count/);
  });
});
