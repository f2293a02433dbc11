import type { KeyPair } from '@imajin/protocol';
import { MjnActions } from '@imajin/protocol';

import { present, type ImajinClient } from './client';
import {
  AttestBuildDocument,
  AttestedBuildDocument,
  HeartbeatDocument,
  IdentityNodesDocument,
  NodeByHostnameDocument,
  NodeDocument,
  NodesDocument,
  RegisterNodeDocument,
  RenewRegistrationDocument,
  RevokeNodeDocument,
  type AttestBuildInput,
  type AttestedBuildFieldsFragment,
  type HeartbeatInput,
  type NodeFieldsFragment,
  type NodeFilter,
  type NodesQuery,
  type RegisterNodeInput,
  type RenewRegistrationInput,
  type RevokeNodeInput,
} from './generated/graphql';
import { compactInput, proofFor } from './identity';

/** Proof `type` per registry mutation; the server rebuilds the payload with these. */
export const RegistryProofTypes = {
  registerNode: MjnActions.registry.registerNode,
  heartbeat: MjnActions.registry.heartbeat,
  renewRegistration: MjnActions.registry.renewRegistration,
  attestBuild: MjnActions.registry.attestBuild,
  revokeNode: MjnActions.registry.revokeNode,
} as const;

export type RegisteredNode = NodeFieldsFragment;
export type NodePage = NonNullable<NodesQuery['nodes']>;

export interface RegisterNodeOptions {
  hostname: string;
  url: string;
  /** sha256:<64 hex> of the running build; it must be attested. */
  buildHash: string;
  version: string;
  capabilities?: string[];
  /** The registered identity that runs the node, shown as Node.operator. */
  operatorDid?: string | null;
}

/** Registers `nodeKey.did` (an identity of kind NODE) as a node; it signs its own registration. */
export async function registerNode(
  client: ImajinClient,
  nodeKey: KeyPair,
  options: RegisterNodeOptions,
): Promise<RegisteredNode> {
  const input = compactInput<RegisterNodeInput>({
    did: nodeKey.did,
    hostname: options.hostname,
    url: options.url,
    buildHash: options.buildHash,
    version: options.version,
    capabilities: options.capabilities ?? [],
    operatorDid: options.operatorDid,
  });
  const proof = proofFor(RegistryProofTypes.registerNode, input, nodeKey);
  return (await client.request(RegisterNodeDocument, { input, proof })).registerNode;
}

/** The daily heartbeat, signed by the node with a fresh nonce. */
export async function sendHeartbeat(
  client: ImajinClient,
  nodeKey: KeyPair,
  beat: { buildHash: string; version: string; stats?: Record<string, unknown> | null },
): Promise<RegisteredNode> {
  const input = compactInput<HeartbeatInput>({ did: nodeKey.did, ...beat });
  const proof = proofFor(RegistryProofTypes.heartbeat, input, nodeKey);
  return (await client.request(HeartbeatDocument, { input, proof })).heartbeat;
}

/** Extends the registration to max(now, registeredUntil) + 30 days. */
export async function renewRegistration(client: ImajinClient, nodeKey: KeyPair): Promise<RegisteredNode> {
  const input: RenewRegistrationInput = { did: nodeKey.did };
  const proof = proofFor(RegistryProofTypes.renewRegistration, input, nodeKey);
  return (await client.request(RenewRegistrationDocument, { input, proof })).renewRegistration;
}

/** Attests a build hash (registry admins only). */
export async function attestBuild(
  client: ImajinClient,
  adminKey: KeyPair,
  build: { hash: string; version: string; notes?: string | null },
): Promise<AttestedBuildFieldsFragment> {
  const input = compactInput<AttestBuildInput>(build);
  const proof = proofFor(RegistryProofTypes.attestBuild, input, adminKey);
  return (await client.request(AttestBuildDocument, { input, proof })).attestBuild;
}

/** Revokes a node (registry admins only). */
export async function revokeNode(
  client: ImajinClient,
  adminKey: KeyPair,
  did: string,
  reason: string,
): Promise<RegisteredNode> {
  const input: RevokeNodeInput = { did, reason };
  const proof = proofFor(RegistryProofTypes.revokeNode, input, adminKey);
  return (await client.request(RevokeNodeDocument, { input, proof })).revokeNode;
}

export async function getNode(client: ImajinClient, did: string): Promise<RegisteredNode | null> {
  return (await client.request(NodeDocument, { did })).node;
}

export async function getNodeByHostname(
  client: ImajinClient,
  hostname: string,
): Promise<RegisteredNode | null> {
  return (await client.request(NodeByHostnameDocument, { hostname })).nodeByHostname;
}

/** The public directory; without a status filter it lists ACTIVE, STALE and GRACE nodes. */
export async function listNodes(
  client: ImajinClient,
  options: { filter?: NodeFilter | null; first?: number; after?: string | null } = {},
): Promise<NodePage> {
  return present((await client.request(NodesDocument, compactInput(options))).nodes, 'nodes');
}

/** The nodes an identity is or operates (the registry's extension of Identity). */
export async function getIdentityNodes(client: ImajinClient, did: string): Promise<RegisteredNode[] | null> {
  return (await client.request(IdentityNodesDocument, { did })).identity?.nodes ?? null;
}

export async function getAttestedBuild(
  client: ImajinClient,
  hash: string,
): Promise<AttestedBuildFieldsFragment | null> {
  return (await client.request(AttestedBuildDocument, { hash })).attestedBuild;
}
