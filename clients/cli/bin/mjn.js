#!/usr/bin/env node
// The installed `mjn` command. A committed shim rather than dist/main.js itself: npm links bins at install
// time, before `tsc -b` has built dist/, and skips a bin whose file does not exist yet.
try {
  require.resolve('../dist/main.js');
} catch {
  process.stderr.write('mjn is not built yet: run `npm run build` (tsc -b) in the repository first.\n');
  process.exit(1);
}
require('../dist/main.js');
