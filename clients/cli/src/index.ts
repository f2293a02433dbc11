// Public surface of @imajin/cli: run mjn in-process, or extend its command tree (e.g. with `mjn mcp`).
export { buildProgram, COMMAND_GROUPS, runCli } from './program';
export type { CommandGroup, RunCliOptions } from './program';
export { CliError, CliErrorCodes, ExitCodes } from './errors';
export type { ExitCode } from './errors';
export { handler, Runtime } from './runtime';
export type { CliApp, CliIo, GlobalOptions } from './runtime';
export { result } from './output';
export type { CommandResult } from './output';
export { loadCliConfig } from './config';
export type { CliConfig } from './config';
