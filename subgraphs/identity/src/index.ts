import 'reflect-metadata';
import { fromBase64Url } from '@imajin/protocol';
import {
  createLogger,
  createSubgraphDataSource,
  nodeKeysFromMaster,
  ProofVerifier,
  startSubgraphServer,
  systemClock,
  viewerFromHeader,
  type Clock,
  type Logger,
  poolStatsOf,
} from '@imajin/subgraph-common';

import type { IdentityConfig } from './config';
import { ConsentService } from './consent/consent.service';
import { createContext, type IdentityServices } from './context';
import { mountDelegationRoutes } from './delegation/delegation.routes';
import { DelegationService } from './delegation/delegation.service';
import { DidDocumentService } from './did-document/did-document.service';
import { IdentityEntity } from './identity/identity.entity';
import { IdentityService } from './identity/identity.service';
import { IdentityKeyEntity } from './key/key.entity';
import { KeyService } from './key/key.service';
import { IdentityInit1732500000100 } from './migrations/1732500000100-identity-init';
import { IdentitySoftSessions1732500000110 } from './migrations/1732500000110-identity-soft-sessions';
import { IdentityConsents1732500000140 } from './migrations/1732500000140-identity-consents';
import { IdentityDelegations1732500000150 } from './migrations/1732500000150-identity-delegations';
import { NodeIdentityService } from './node-identity/node-identity.service';
import { buildIdentitySchema } from './schema';
import { ChallengeEntity, SessionEntity } from './session/session.entity';
import { mountSessionRoutes } from './session/session.routes';
import { SessionService } from './session/session.service';
import { ClaimCodeEntity, MailOutboxEntity } from './soft-identity/claim-code.entity';
import { LogMailTransport, MailDispatcher, SmtpMailTransport } from './soft-identity/mailer';
import { SoftIdentityService } from './soft-identity/soft-identity.service';

export { loadIdentityConfig, loadIdentityConfig as loadConfig, type IdentityConfig } from './config';
export { buildIdentitySchema, buildIdentitySchema as buildSchema } from './schema';
export { openMailBody } from './soft-identity/mailer';

export const IDENTITY_SCHEMA = 'identity';
export const identityEntities = [
  IdentityEntity,
  IdentityKeyEntity,
  SessionEntity,
  ChallengeEntity,
  ClaimCodeEntity,
  MailOutboxEntity,
];
export const identityMigrations = [
  IdentityInit1732500000100,
  IdentitySoftSessions1732500000110,
  IdentityConsents1732500000140,
  IdentityDelegations1732500000150,
];

export interface RunningIdentity {
  url: string;
  port: number;
  /** What it was started with (tests open sealed mail with its node key). */
  config: IdentityConfig;
  services: IdentityServices;
  mail: MailDispatcher;
  stop(): Promise<void>;
}

export async function start(
  config: IdentityConfig,
  options: { clock?: Clock; logger?: Logger } = {},
): Promise<RunningIdentity> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger('identity', config.logLevel);
  const dataSource = await createSubgraphDataSource({
    url: config.databaseUrl,
    schema: IDENTITY_SCHEMA,
    entities: identityEntities,
    migrations: identityMigrations,
    logger,
  });
  const proofs = new ProofVerifier(clock);
  const keys = new KeyService(dataSource, proofs, clock);
  const nodeKeys = nodeKeysFromMaster(config.nodeMasterKey);
  await new NodeIdentityService(dataSource, clock, logger).ensure(nodeKeys.signing);
  const sessions = new SessionService(dataSource, keys, clock, {
    sessionTtlMs: config.sessionTtlMs,
    challengeTtlMs: 5 * 60_000,
  });
  const services: IdentityServices = {
    identities: new IdentityService(dataSource, proofs, keys, clock),
    keys,
    sessions,
    softIdentities: new SoftIdentityService(dataSource, proofs, keys, sessions, nodeKeys, clock),
    didDocuments: new DidDocumentService(dataSource),
    consents: new ConsentService(dataSource, proofs, keys, clock),
    delegations: new DelegationService(dataSource, proofs, keys, clock),
  };
  if (!config.smtpUrl && config.production)
    logger.warn('SMTP_URL is not set: emailed codes cannot be delivered, so did:email sign-in will not work');
  const transport = config.smtpUrl
    ? new SmtpMailTransport(config.smtpUrl, config.mailFrom)
    : new LogMailTransport(logger, config.production);
  const mail = new MailDispatcher(dataSource, transport, nodeKeys, logger);
  mail.start();

  const gatewayPublicKey = fromBase64Url(config.gatewayPublicKey);
  const server = await startSubgraphServer({
    name: 'identity',
    schema: await buildIdentitySchema(),
    port: config.port,
    host: config.host,
    gatewayPublicKey,
    poolStats: poolStatsOf(dataSource),
    logger,
    context: ({ viewer, logger: requestLogger }) => createContext(services, viewer, requestLogger),
    ready: async () => {
      await dataSource.query('SELECT 1');
    },
    routes: (app) => {
      mountSessionRoutes(
        app,
        services.sessions,
        (header) => viewerFromHeader(header, gatewayPublicKey, 'identity'),
        logger,
      );
      mountDelegationRoutes(app, services.delegations, nodeKeys, logger);
    },
  });

  return {
    url: server.url,
    port: server.port,
    config,
    services,
    mail,
    stop: async () => {
      await server.stop();
      await mail.stop();
      await dataSource.destroy();
    },
  };
}
