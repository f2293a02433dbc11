import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildDidDocument } from '@imajin/protocol';

import fairVectors from '../../../protocol/vectors/fair.json';
import receiptVectors from '../../../protocol/vectors/receipt.json';
import ticketVectors from '../../../protocol/vectors/ticket.json';
import { fakeGateway, mjn, tempHome } from '../../test/harness';

const { home, cleanup } = tempHome();
afterAll(cleanup);

function file(name: string, value: unknown): string {
  const path = join(home, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('mjn manifest verify', () => {
  it('accepts the spec vector document offline', async () => {
    const run = await mjn(home, ['manifest', 'verify', file('ok.fair.json', fairVectors.document), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true, id: fairVectors.document.id });
  });

  it('fails with exit code 4 when the manifest was altered', async () => {
    const doc = clone(fairVectors.document) as { manifest: { terms?: string } };
    doc.manifest.terms = 'changed after signing';
    const run = await mjn(home, ['manifest', 'verify', file('bad.fair.json', doc), '--json']);
    expect(run.code).toBe(4);
    expect(JSON.parse(run.stderr).error.code).toBe('ID_MISMATCH');
  });

  it('says so when the file is missing', async () => {
    const run = await mjn(home, ['manifest', 'verify', join(home, 'nope.json')]);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
  });
});

describe('mjn receipt verify', () => {
  const { envelope } = receiptVectors.receipts[0];

  it('accepts the vector receipt against its node, also wrapped as a GraphQL Receipt', async () => {
    const node = receiptVectors.nodeKey.did;
    const plain = await mjn(home, ['receipt', 'verify', file('r.json', envelope), '--node', node, '--json']);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)).toMatchObject({ valid: true, nodePinned: true, node });
    const wrapped = await mjn(home, ['receipt', 'verify', file('r2.json', { receipt: { envelope } })]);
    expect(wrapped.code).toBe(0);
    expect(wrapped.stdout).toContain('pass --node <did> to require yours');
  });

  it('fails with exit code 4 for an altered amount or another node', async () => {
    const altered = clone(envelope);
    altered.payload.amount += 1;
    expect((await mjn(home, ['receipt', 'verify', file('r3.json', altered)])).code).toBe(4);
    const other = await mjn(home, [
      'receipt',
      'verify',
      file('r4.json', envelope),
      '--node',
      ticketVectors.eventKey.did,
      '--json',
    ]);
    expect(other.code).toBe(4);
    expect(JSON.parse(other.stderr).error.code).toMatch(/BAD_SIGNATURE|BAD_SIGNER/);
  });
});

describe('mjn ticket verify', () => {
  const { token, claims } = ticketVectors.tickets[0];
  const eventDid = ticketVectors.eventKey.did;
  const list = ticketVectors.revocationLists[0];
  const savedList = { ...list.signedFields, signature: list.signature };

  it('accepts a genuine ticket offline', async () => {
    const run = await mjn(home, ['ticket', 'verify', token, '--event', eventDid, '--offline', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true, claims: { ticketId: claims.ticketId } });
  });

  const withList = (name: string, saved: unknown) =>
    mjn(home, [
      'ticket',
      'verify',
      token,
      '--event',
      eventDid,
      '--offline',
      '--revocations',
      file(name, saved),
      '--json',
    ]);

  it('refuses a ticket on the signed revocation list, and a tampered list', async () => {
    const revoked = await withList('rev.json', savedList);
    expect(revoked.code).toBe(4);
    expect(JSON.parse(revoked.stderr).error.code).toBe('REVOKED');
    const tampered = await withList('rev2.json', { ...savedList, ticketIds: [] });
    expect(tampered.code).toBe(4);
    expect(JSON.parse(tampered.stderr).error.code).toBe('BAD_SIGNATURE');
  });

  it('refuses a forged token and a ticket for another event', async () => {
    const forged = `${token.slice(0, -4)}AAAA`;
    expect((await mjn(home, ['ticket', 'verify', forged, '--event', eventDid, '--offline'])).code).toBe(4);
    const other = await mjn(home, [
      'ticket',
      'verify',
      token,
      '--event',
      receiptVectors.nodeKey.did,
      '--offline',
      '--json',
    ]);
    expect(JSON.parse(other.stderr).error.code).toBe('WRONG_EVENT');
  });

  it('fetches the DID document and revocation list once, then checks offline', async () => {
    const gateway = fakeGateway((op) => {
      if (op === 'TicketEvent') return { data: { ticket: { eventId: 'evt_1' } } };
      if (op === 'DidDocument') return { data: { didDocument: buildDidDocument(eventDid) } };
      if (op === 'RevocationList')
        return { data: { revocationList: { ...savedList, eventId: 'evt_1', entries: [] } } };
      return new Error(`unexpected ${op}`);
    });
    const run = await mjn(home, ['ticket', 'verify', token, '--event', eventDid, '--json'], {
      fetch: gateway.fetch,
    });
    expect(run.code).toBe(4);
    expect(JSON.parse(run.stderr).error.code).toBe('REVOKED');
    expect(gateway.requests.map((r) => r.operationName)).toEqual([
      'TicketEvent',
      'DidDocument',
      'RevocationList',
    ]);
  });
});
