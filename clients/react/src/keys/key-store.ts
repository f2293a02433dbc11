import { exportKeyPair, importKeyPair, type ExportedKeyPair, type KeyPair } from '@imajin/protocol/browser';

/**
 * Where the browser keeps private keys. They are read only to sign on this device; nothing here sends them
 * anywhere, and the page's code never puts them in a request.
 */
export interface KeyStore {
  list(): ExportedKeyPair[];
  get(did: string): KeyPair | null;
  save(keyPair: KeyPair): void;
  remove(did: string): void;
}

const STORAGE_KEY = 'imajin.keys.v1';

function memoryBacked(read: () => ExportedKeyPair[], write: (keys: ExportedKeyPair[]) => void): KeyStore {
  return {
    list: read,
    get(did) {
      const found = read().find((k) => k.did === did);
      return found ? importKeyPair(found) : null;
    },
    save(keyPair) {
      const exported = exportKeyPair(keyPair);
      write([...read().filter((k) => k.did !== exported.did), exported]);
    },
    remove(did) {
      write(read().filter((k) => k.did !== did));
    },
  };
}

/** Keys in `localStorage` of this origin: they survive reloads and stay on this device. */
export function createLocalKeyStore(storage: Storage = localStorage): KeyStore {
  return memoryBacked(
    () => {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
        return Array.isArray(parsed) ? (parsed as ExportedKeyPair[]) : [];
      } catch {
        return [];
      }
    },
    (keys) => storage.setItem(STORAGE_KEY, JSON.stringify(keys)),
  );
}

/** Keys held only while the page is open (tests, kiosks). */
export function createMemoryKeyStore(): KeyStore {
  let keys: ExportedKeyPair[] = [];
  return memoryBacked(
    () => keys,
    (next) => {
      keys = next;
    },
  );
}

/**
 * The key file: the same `{ did, publicKeyMultibase, privateKeyMultibase }` JSON the CLI and
 * `npm run example` write, so one key works in every client.
 */
export function serializeKeyFile(keyPair: KeyPair): string {
  return `${JSON.stringify(exportKeyPair(keyPair), null, 2)}\n`;
}

export function keyFileName(did: string): string {
  return `imajin-key-${did.slice(-8)}.json`;
}

/** Reads a key file; throws an Error with a readable message when it is not one. */
export function parseKeyFile(text: string): KeyPair {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error('That file is not a key file: it is not JSON.', { cause: error });
  }
  try {
    return importKeyPair(parsed as ExportedKeyPair);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`That file is not a usable key file: ${detail}`, { cause: error });
  }
}
