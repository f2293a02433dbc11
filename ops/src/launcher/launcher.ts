import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { Client } from 'pg';

import { generateKeyPair, toBase64Url } from '@imajin/protocol';
import {
  generateNodeMasterKey,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
  type Logger,
} from '@imajin/subgraph-common';

import { REPO_ROOT } from '../schema/paths';
import { SUBGRAPHS } from '../schema/subgraph-list';

import type { LauncherConfig } from './config';
import type { LineFormatter } from './pretty-logs';
import {
  DEFAULT_RESTART_POLICY,
  ServiceSupervisor,
  type RestartPolicy,
  type SupervisedService,
} from './supervisor';

export interface RunningSystem {
  gatewayUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * `npm start`: a real PostgreSQL (embedded unless DATABASE_URL is set), then each subgraph and the gateway as
 * its own process, as they run in production. A fresh gateway key per launch signs the viewer header.
 * A service that exits is restarted with backoff; `onGiveUp` hears when one keeps crashing.
 */
export async function launch(
  config: LauncherConfig,
  logger: Logger,
  onGiveUp: (reason: string) => void,
  restartPolicy: RestartPolicy = DEFAULT_RESTART_POLICY,
  format?: LineFormatter,
): Promise<RunningSystem> {
  const ports = [config.gatewayPort, ...Object.values(config.subgraphPorts)];
  for (const port of ports) await assertPortFree(port);

  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = config.databaseUrl;
  if (!serverUrl) {
    logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir: join(config.dataDir, 'postgres'),
      persistent: true,
      logger,
    });
    serverUrl = embedded.url;
  }
  const databaseUrl = config.databaseUrl ?? (await ensureDatabase(serverUrl, 'imajin'));

  const { subgraphs, gateway } = serviceSpecs(config, {
    databaseUrl,
    nodeMasterKey: config.nodeMasterKey ?? (await nodeMasterKeyFile(config.dataDir)),
  });
  const toSupervisor = (s: SupervisedService) =>
    new ServiceSupervisor(s, logger, onGiveUp, restartPolicy, format);
  const subgraphSupervisors = subgraphs.map(toSupervisor);
  const gatewaySupervisor = toSupervisor(gateway);
  const stop = async () => {
    await gatewaySupervisor.stop();
    await Promise.all(subgraphSupervisors.map((s) => s.stop()));
    await embedded?.stop();
  };

  try {
    await Promise.all(subgraphSupervisors.map((s) => s.start()));
    await gatewaySupervisor.start();
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: `http://localhost:${config.gatewayPort}/graphql`, databaseUrl, stop };
}

/**
 * What each process gets. Subgraphs listen on SUBGRAPH_HOST (loopback by default: the gateway is the only
 * public door) and everything that calls them uses an address on that interface.
 */
export function serviceSpecs(
  config: LauncherConfig,
  shared: { databaseUrl: string; nodeMasterKey: string },
): { subgraphs: SupervisedService[]; gateway: SupervisedService } {
  const gatewayKey = generateKeyPair();
  const subgraphHost = connectHost(config.subgraphHost);
  const subgraphUrl = (port: number) => `http://${subgraphHost}:${port}`;
  const common = {
    NODE_MASTER_KEY: shared.nodeMasterKey,
    DATABASE_URL: shared.databaseUrl,
    GATEWAY_PUBLIC_KEY: toBase64Url(gatewayKey.publicKey),
    LOG_LEVEL: config.logLevel,
    NODE_ENV: config.nodeEnv,
    GATEWAY_URL: `http://${connectHost(config.gatewayHost)}:${config.gatewayPort}/graphql`,
    HOST: config.subgraphHost,
  };
  const subgraphs = SUBGRAPHS.map(({ name }) => ({
    name,
    args: [join(REPO_ROOT, `subgraphs/${name}/dist/main.js`)],
    env: {
      ...common,
      PORT: String(config.subgraphPorts[name]),
      // events calls payments' internal routes (checkouts, refunds, the outbox feed).
      ...(name === 'events' ? { PAYMENTS_URL: subgraphUrl(config.subgraphPorts.payments) } : {}),
      // trust and chat ask identity whether a delegation covers an agent's request.
      ...(name === 'trust' || name === 'chat'
        ? { IDENTITY_URL: subgraphUrl(config.subgraphPorts.identity) }
        : {}),
    },
    readyUrl: `${subgraphUrl(config.subgraphPorts[name])}/ready`,
  }));
  const gateway = {
    name: 'gateway',
    args: [join(REPO_ROOT, 'gateway/dist/main.js')],
    env: {
      GATEWAY_PRIVATE_KEY: toBase64Url(gatewayKey.seed),
      HOST: config.gatewayHost,
      PORT: String(config.gatewayPort),
      LOG_LEVEL: config.logLevel,
      NODE_ENV: config.nodeEnv,
      SUBGRAPH_URLS: SUBGRAPHS.map(
        ({ name }) => `${name}=${subgraphUrl(config.subgraphPorts[name])}/graphql`,
      ).join(','),
    },
    readyUrl: `http://${connectHost(config.gatewayHost)}:${config.gatewayPort}/ready`,
  };
  return { subgraphs, gateway };
}

/** The address to call a server on that listens on `host` (a wildcard is reachable on loopback). */
function connectHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use. Stop whatever holds it (lsof -i :${port}) or choose other ports ` +
                '(GATEWAY_PORT, IDENTITY_PORT, TRUST_PORT, ...).'
            : `Cannot listen on port ${port}: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, '0.0.0.0', () => probe.close(() => resolve()));
  });
}

/** Creates the application database on the embedded server the first time. */
async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The node master key persists in the data dir: event DIDs' private keys are sealed with it, so a new key
 * per launch would lock them away. Written once, readable only by its owner.
 */
async function nodeMasterKeyFile(dataDir: string): Promise<string> {
  const file = join(dataDir, 'node-master.key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const key = generateNodeMasterKey();
  await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
