import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Creates `dir` (and parents) readable by the owner only. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * Writes a secret file with mode 0600. `exclusive` refuses an existing file (EEXIST); otherwise the file is
 * replaced atomically through a temporary file, so a crash never leaves half a session file behind.
 */
export function writePrivateFile(file: string, text: string, exclusive = false): void {
  ensurePrivateDir(dirname(file));
  if (exclusive) {
    writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
    return;
  }
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  // The mode given to writeFileSync is masked by umask and ignored for an existing file: set it outright.
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}
