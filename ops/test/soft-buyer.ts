import { openMailBody, type RunningIdentity } from '@imajin/identity';
import { registerSoft, signInSoft, type ImajinClient } from '@imajin/sdk';
import { nodeKeysFromMaster } from '@imajin/subgraph-common';

import type { Stack } from './stack';

/**
 * The code in the latest mail to `address`, read as its recipient would: the outbox keeps bodies sealed
 * with the node key, so the test opens them with the key identity was started with.
 */
export async function mailedCode(stack: Stack, address: string): Promise<string> {
  const [mail] = await stack.sql<{ body: string }>(
    'SELECT body FROM identity.mail_outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1',
    [address],
  );
  const { config } = stack.subgraphs.identity as unknown as RunningIdentity;
  const body = openMailBody(nodeKeysFromMaster(config.nodeMasterKey), address, mail.body);
  return /code is (\d{8})/.exec(body)![1];
}

/** A client signed in as the did:email of `email` (registerSoft, then signInSoft with the mailed code). */
export async function softBuyer(stack: Stack, email: string): Promise<{ client: ImajinClient; did: string }> {
  const client = stack.client();
  const { identity } = await registerSoft(client, email);
  await signInSoft(client, email, await mailedCode(stack, email.toLowerCase()));
  return { client, did: identity.did };
}
