#!/usr/bin/env node
// The `mjn` executable: everything lives in runCli so tests can run it in-process too.
import { runCli } from './program';

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
