import { join } from 'node:path';

/** Repository root, from ops/src or ops/dist alike. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const SCHEMA_DIR = join(REPO_ROOT, 'schema');
