import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  exportKeyPair,
  generateKeyPair,
  importKeyPair,
  keyPairFromSeed,
  type KeyPair,
} from '@imajin/protocol';

import { CliError, CliErrorCodes, ExitCodes, usageError } from '../errors';

import { writePrivateFile } from './private-file';

const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A 32-byte Ed25519 seed from 64 hex digits (an optional 0x prefix is allowed). */
export function seedFromHex(hex: string): Uint8Array {
  const clean = hex.trim().replace(/^0x/i, '');
  if (!/^[0-9a-fA-F]{64}$/.test(clean)) {
    throw usageError('A seed is 32 bytes written as 64 hexadecimal digits.');
  }
  return Uint8Array.from(Buffer.from(clean, 'hex'));
}

export function assertKeyName(name: string): void {
  if (!KEY_NAME.test(name)) {
    throw usageError(
      `"${name}" is not a usable key name: use 1–64 letters, digits, "_", "-" or ".", starting with a letter or digit.`,
    );
  }
}

export interface StoredKey {
  name: string;
  file: string;
  keyPair: KeyPair;
}

/**
 * Key files in `<home>/keys/<name>.json`, in @imajin/protocol's export format ({ did, publicKeyMultibase,
 * privateKeyMultibase }), the same as `npm run example` writes, so keys move between the two.
 */
export class KeyStore {
  constructor(readonly dir: string) {}

  fileFor(name: string): string {
    assertKeyName(name);
    return join(this.dir, `${name}.json`);
  }

  /** Writes a new key (random, or from `seed`); never replaces an existing file. */
  create(name: string, seed?: Uint8Array): StoredKey {
    const file = this.fileFor(name);
    const keyPair = seed ? keyPairFromSeed(seed) : generateKeyPair();
    try {
      writePrivateFile(file, `${JSON.stringify(exportKeyPair(keyPair), null, 2)}\n`, true);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw usageError(
          `A key named "${name}" already exists at ${file}; choose another --name or remove that file yourself.`,
        );
      }
      throw error;
    }
    return { name, file, keyPair };
  }

  load(name: string): StoredKey {
    const file = this.fileFor(name);
    if (!existsSync(file)) {
      throw new CliError(
        CliErrorCodes.notFound,
        `No key named "${name}" in ${this.dir}: create one with \`mjn keygen --name ${name}\`.`,
        ExitCodes.usage,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw usageError(`The key file ${file} is not valid JSON.`);
    }
    try {
      return { name, file, keyPair: importKeyPair(parsed as Parameters<typeof importKeyPair>[0]) };
    } catch (error) {
      throw usageError(`The key file ${file} is not a usable key: ${(error as Error).message}`);
    }
  }

  /** Names of the stored keys, sorted. */
  list(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
  }
}
