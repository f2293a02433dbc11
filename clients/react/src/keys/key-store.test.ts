import { generateKeyPair } from '@imajin/protocol/browser';

import { createLocalKeyStore, createMemoryKeyStore, parseKeyFile, serializeKeyFile } from './key-store';

class MapStorage implements Pick<Storage, 'getItem' | 'setItem'> {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('key store', () => {
  it('keeps keys by DID and gives back a key that signs as the same DID', () => {
    const store = createMemoryKeyStore();
    const a = generateKeyPair();
    const b = generateKeyPair();
    store.save(a);
    store.save(b);
    store.save(a);
    expect(store.list().map((k) => k.did)).toEqual([b.did, a.did]);
    expect(store.get(a.did)?.seed).toEqual(a.seed);
    store.remove(b.did);
    expect(store.get(b.did)).toBeNull();
  });

  it('survives a reload through localStorage and ignores a corrupted entry', () => {
    const storage = new MapStorage();
    const key = generateKeyPair();
    createLocalKeyStore(storage as unknown as Storage).save(key);
    expect(createLocalKeyStore(storage as unknown as Storage).get(key.did)?.did).toBe(key.did);
    storage.setItem('imajin.keys.v1', '{not json');
    expect(createLocalKeyStore(storage as unknown as Storage).list()).toEqual([]);
  });
});

describe('key file', () => {
  it('round-trips a key through the exported JSON file', () => {
    const key = generateKeyPair();
    const back = parseKeyFile(serializeKeyFile(key));
    expect(back.did).toBe(key.did);
    expect(back.seed).toEqual(key.seed);
  });

  it('says in words what is wrong with a file that is not a key file', () => {
    expect(() => parseKeyFile('hello')).toThrow('That file is not a key file: it is not JSON.');
    expect(() => parseKeyFile('{"did":"x"}')).toThrow(/^That file is not a usable key file: /);
  });
});
