import fs from 'node:fs';
import path from 'node:path';

import { buildSchema, getNamedType, isObjectType } from 'graphql';

import { CONNECTION_FIELDS, createImajinCache, DID_KEYED_TYPES } from './cache';
import { retryDelayMs } from './client';

const schema = buildSchema(
  fs.readFileSync(path.resolve(__dirname, '../../../../schema/api.graphql'), 'utf8'),
);

describe('createImajinCache', () => {
  it('has a pagination policy for every connection field in the schema, keyed by its non-paging arguments', () => {
    const fromSchema: Record<string, Record<string, string[]>> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!getNamedType(field.type).name.endsWith('Connection')) continue;
        fromSchema[type.name] ??= {};
        fromSchema[type.name][field.name] = field.args
          .map((a) => a.name)
          .filter((a) => a !== 'first' && a !== 'after');
      }
    }
    const sorted = (m: Record<string, Record<string, string[]>>) =>
      Object.fromEntries(
        Object.entries(m).map(([t, f]) => [
          t,
          Object.fromEntries(Object.entries(f).map(([k, v]) => [k, [...v].sort()])),
        ]),
      );
    expect(sorted(CONNECTION_FIELDS)).toEqual(sorted(fromSchema));
  });

  it('keys every did-keyed entity of the schema by did, so one identity is one cache entry', () => {
    for (const name of DID_KEYED_TYPES) expect(schema.getType(name)).toBeDefined();
    const cache = createImajinCache();
    expect(cache.identify({ __typename: 'Identity', did: 'did:mjn:zA' })).toBe(
      'Identity:{"did":"did:mjn:zA"}',
    );
    expect(cache.identify({ __typename: 'Node', did: 'did:mjn:zB' })).toBe('Node:{"did":"did:mjn:zB"}');
  });
});

describe('retryDelayMs', () => {
  it('backs off exponentially up to the cap', () => {
    const top = () => 1;
    expect([0, 1, 2, 3].map((n) => retryDelayMs(n, 30_000, top))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayMs(20, 30_000, top)).toBe(30_000);
    expect(retryDelayMs(3, 30_000, () => 0)).toBe(0);
  });
});
