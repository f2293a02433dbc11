import 'reflect-metadata';
import { fromBase64Url } from '@imajin/protocol';
import {
  createLogger,
  createSubgraphDataSource,
  GatewayIdentityDirectory,
  nodeKeysFromMaster,
  ProofVerifier,
  ServiceDelegationChecker,
  startSubgraphServer,
  systemClock,
  type Clock,
  type IdentityDirectory,
  type Logger,
  GatewayTrustGraph,
  type TrustGraph,
  GatewayConsentDirectory,
  type ConsentDirectory,
  poolStatsOf,
} from '@imajin/subgraph-common';

import type { ChatConfig } from './config';
import { createContext, type ChatServices } from './context';
import { ConversationEntity, ConversationMemberEntity } from './conversation/conversation.entity';
import { ConversationService } from './conversation/conversation.service';
import { MessageEntity, MessageRevisionEntity } from './message/message.entity';
import { MessageService } from './message/message.service';
import { ChatInit1732500000500 } from './migrations/1732500000500-chat-init';
import { ChatMessageAgent1732500000550 } from './migrations/1732500000550-chat-message-agent';
import { ChatEvents } from './realtime/chat-events';
import { buildChatSchema } from './schema';

export { loadChatConfig, loadChatConfig as loadConfig, type ChatConfig } from './config';
export { buildChatSchema, buildChatSchema as buildSchema } from './schema';
export { ChatProofTypes } from './conversation/conversation.service';

export const CHAT_SCHEMA = 'chat';
export const chatEntities = [
  ConversationEntity,
  ConversationMemberEntity,
  MessageEntity,
  MessageRevisionEntity,
];
export const chatMigrations = [ChatInit1732500000500, ChatMessageAgent1732500000550];

export interface ChatStartOptions {
  clock?: Clock;
  logger?: Logger;
  /** Tests pass a StaticIdentityDirectory; by default identities are looked up through the gateway. */
  directory?: IdentityDirectory;
  /** Tests pass a fake; by default trust is asked through the gateway. */
  trust?: TrustGraph;
  /** Tests pass a StaticConsentDirectory; by default consents are read from identity through the gateway. */
  consents?: ConsentDirectory;
}

export interface RunningChat {
  url: string;
  /** ws:// URL of the graphql-ws endpoint (same server and path as HTTP). */
  wsUrl: string;
  port: number;
  services: ChatServices;
  stop(): Promise<void>;
}

export async function start(config: ChatConfig, options: ChatStartOptions = {}): Promise<RunningChat> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger('chat', config.logLevel);
  const dataSource = await createSubgraphDataSource({
    url: config.databaseUrl,
    schema: CHAT_SCHEMA,
    entities: chatEntities,
    migrations: chatMigrations,
    logger,
  });
  const directory = options.directory ?? new GatewayIdentityDirectory(config.gatewayUrl, logger);
  const trust = options.trust ?? new GatewayTrustGraph(config.gatewayUrl, logger);
  const consents = options.consents ?? new GatewayConsentDirectory(config.gatewayUrl, logger);
  // Delegated requests are authorised by identity on each use (no cache), signed as this node.
  const delegations = new ServiceDelegationChecker(
    config.nodeMasterKey ? nodeKeysFromMaster(config.nodeMasterKey) : null,
    config.identityUrl ?? null,
  );
  const proofs = new ProofVerifier(clock, undefined, delegations);
  const events = new ChatEvents(dataSource, config.databaseUrl, config.subscriptionQueue, logger);
  await events.start();
  const conversations = new ConversationService(
    dataSource,
    proofs,
    directory,
    trust,
    clock,
    { dmMaxTrustHops: config.dmMaxTrustHops },
    consents,
  );
  const messages = new MessageService(dataSource, proofs, directory, conversations, clock, {
    maxBodyBytes: config.maxBodyBytes,
    typingTimeoutMs: config.typingTimeoutMs,
  });
  const services: ChatServices = { conversations, messages, events, clock };

  const server = await startSubgraphServer({
    name: 'chat',
    schema: await buildChatSchema(),
    port: config.port,
    host: config.host,
    gatewayPublicKey: fromBase64Url(config.gatewayPublicKey),
    poolStats: poolStatsOf(dataSource),
    logger,
    websocket: true,
    context: ({ viewer, logger: requestLogger }) => createContext(services, viewer, requestLogger),
    ready: async () => {
      await dataSource.query('SELECT 1');
    },
  });

  return {
    url: server.url,
    wsUrl: server.url.replace(/^http/, 'ws'),
    port: server.port,
    services,
    stop: async () => {
      await server.stop();
      await events.stop();
      await dataSource.destroy();
    },
  };
}
