import { stopBenchServer } from './bench-database';
import { loadBenchConfig } from './config';
import { benchEvents } from './events.bench';
import { benchGateway } from './gateway.bench';
import { benchPayments } from './payments.bench';
import { benchRegistry } from './registry.bench';
import { benchSignatures } from './signatures.bench';
import { benchSubscriptions } from './subscriptions.bench';
import { benchTrust } from './trust.bench';

/** `npm run bench`: every benchmark, each printing its own table (BENCH_ONLY=name,name to pick). */
async function main(): Promise<void> {
  const config = loadBenchConfig();
  const run = (name: string) => !config.only || config.only.has(name);
  if (run('signatures')) benchSignatures();
  if (run('gateway')) await benchGateway(config.databaseUrl);
  if (run('registry')) await benchRegistry(config.databaseUrl);
  if (run('trust')) await benchTrust(config.databaseUrl);
  if (run('payments')) await benchPayments(config.databaseUrl);
  if (run('events')) await benchEvents(config.databaseUrl);
  if (run('subscriptions')) await benchSubscriptions(config.databaseUrl, config.fanout);
  await stopBenchServer();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
