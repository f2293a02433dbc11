import { stopBenchServer } from './bench-database';
import { loadBenchConfig } from './config';
import { benchGateway } from './gateway.bench';
import { benchRegistry } from './registry.bench';
import { benchSignatures } from './signatures.bench';
import { benchTrust } from './trust.bench';

/** `npm run bench`: every benchmark, each printing its own table (BENCH_ONLY=name,name to pick). */
async function main(): Promise<void> {
  const config = loadBenchConfig();
  const run = (name: string) => !config.only || config.only.has(name);
  if (run('signatures')) benchSignatures();
  if (run('gateway')) await benchGateway(config.databaseUrl);
  if (run('registry')) await benchRegistry(config.databaseUrl);
  if (run('trust')) await benchTrust(config.databaseUrl);
  await stopBenchServer();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
