import { existsSync, readFileSync } from 'node:fs';

import { usageError } from '../errors';

import { writePrivateFile } from './private-file';

/** One signed-in session, kept per gateway URL. */
export interface StoredSession {
  did: string;
  token: string;
  expiresAt: string;
  /** The key name it was signed in with. */
  key: string;
}

type SessionFile = Record<string, StoredSession>;

/** `<home>/sessions.json` (mode 0600): bearer tokens by gateway URL, so one key can be signed in to several. */
export class SessionStore {
  constructor(readonly file: string) {}

  private read(): SessionFile {
    if (!existsSync(this.file)) return {};
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? (parsed as SessionFile)
        : {};
    } catch {
      throw usageError(
        `The session file ${this.file} is not valid JSON; remove it and run \`mjn login\` again.`,
      );
    }
  }

  get(gateway: string): StoredSession | undefined {
    return this.read()[gateway];
  }

  set(gateway: string, session: StoredSession): void {
    const all = this.read();
    all[gateway] = session;
    writePrivateFile(this.file, `${JSON.stringify(all, null, 2)}\n`);
  }

  /** Forgets the session of `gateway`; true when there was one. */
  delete(gateway: string): boolean {
    const all = this.read();
    if (!(gateway in all)) return false;
    delete all[gateway];
    writePrivateFile(this.file, `${JSON.stringify(all, null, 2)}\n`);
    return true;
  }
}
