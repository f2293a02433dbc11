// The web app's chat, soft onramp, node directory and phrase backup in a real headless Chromium against
// the whole stack: two people chat live in two browser contexts.
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { generateKeyPair } from '@imajin/protocol';
import {
  attestBuild,
  registerIdentity,
  registerNode,
  revokeNode,
  vouchFor,
  type ImajinClient,
} from '@imajin/sdk';

import {
  browserKeys,
  browserPresent,
  buildAndLaunch,
  DESKTOP,
  PHONE,
  registerInBrowser,
  shot,
} from './browser-chat';
import { mailedCode } from './soft-buyer';
import { startStack, type Stack } from './stack';

const SHOTS = path.resolve(__dirname, '../../.data/test-output/web-chat');
const BUILD = `sha256:${'ab'.repeat(32)}`;
const describeBrowser = browserPresent('web-chat.e2e') ? describe : describe.skip;

describeBrowser('web app: chat, email onramp, nodes, phrase keys', () => {
  const admin = generateKeyPair();
  let stack: Stack;
  let client: ImajinClient;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await buildAndLaunch();
    stack = await startStack({ env: { registry: { REGISTRY_ADMIN_DIDS: admin.did } } });
    client = stack.client();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.stop();
  });

  async function person(viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  it('lets two people chat live: unread count, typing, reply, edit, delete and read marker', async () => {
    const alice = await person();
    const bob = await person();
    await registerInBrowser(alice, base, 'alice_chat');
    await registerInBrowser(bob, base, 'bob_chat');
    // They trust each other, so the node's DM policy lets them talk.
    const [aliceKey] = await browserKeys(alice);
    const [bobKey] = await browserKeys(bob);
    await vouchFor(client, aliceKey, bobKey.did, { weight: 80 });
    await vouchFor(client, bobKey, aliceKey.did, { weight: 80 });

    await bob.goto(`${base}/chat`);
    await bob.getByText('No conversations yet').waitFor();

    await alice.goto(`${base}/chat`);
    await alice.getByRole('textbox', { name: 'Message someone' }).fill('@bob_chat');
    await alice.getByRole('button', { name: 'Open conversation' }).click();
    await alice.getByRole('heading', { name: '@bob_chat' }).waitFor();
    await alice.getByPlaceholder('Write a message').fill('Hello Bob');
    await alice.getByRole('button', { name: 'Send' }).click();
    await alice.getByRole('list', { name: 'Messages' }).getByText('Hello Bob').waitFor();

    // Bob, who has not reloaded, sees the new conversation with one unread message.
    const bobList = bob.getByRole('list', { name: 'Conversations' });
    await bobList.getByText('@alice_chat').waitFor();
    await bobList.getByTestId('unread').getByText('1', { exact: true }).waitFor();
    await shot(bob, 'chat-unread-desktop', SHOTS);

    await bobList.getByText('@alice_chat').click();
    await bob.getByRole('list', { name: 'Messages' }).getByText('Hello Bob').waitFor();
    // Opening it marks it read: Bob's count goes away.
    await bobList.getByTestId('unread').waitFor({ state: 'detached' });

    // Bob types: Alice sees it; Bob replies and Alice sees the reply arrive.
    await bob.getByPlaceholder('Write a message').fill('Hi Ali');
    await alice.getByTestId('typing').getByText('@bob_chat is typing…').waitFor();
    await bob.getByPlaceholder('Write a message').fill('Hi Alice');
    await bob.getByRole('button', { name: 'Send' }).click();
    await alice.getByRole('list', { name: 'Messages' }).getByText('Hi Alice').waitFor();
    // Bob's read marker reaches Alice with his next message (markRead notifies only the reader).
    await alice
      .getByTestId('message')
      .filter({ hasText: 'Hello Bob' })
      .getByText('Read', { exact: true })
      .waitFor();
    await shot(alice, 'chat-desktop', SHOTS);

    // Alice edits her message; Bob sees the edit live.
    const mine = alice.getByTestId('message').filter({ hasText: 'Hello Bob' });
    await mine.getByRole('button', { name: 'Edit' }).click();
    await alice.getByLabel('New text').fill('Hello Bob, edited');
    await alice.getByRole('button', { name: 'Save' }).click();
    const edited = bob.getByTestId('message').filter({ hasText: 'Hello Bob, edited' });
    await edited.waitFor();
    await edited.getByText('edited', { exact: false }).first().waitFor();

    // Bob sends something by mistake and deletes it; Alice sees it go.
    await bob.getByPlaceholder('Write a message').fill('wrong chat, sorry');
    await bob.getByRole('button', { name: 'Send' }).click();
    await alice.getByRole('list', { name: 'Messages' }).getByText('wrong chat, sorry').waitFor();
    await bob
      .getByTestId('message')
      .filter({ hasText: 'wrong chat, sorry' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await alice.getByRole('list', { name: 'Messages' }).getByText('Message deleted').waitFor();
    expect(await alice.getByText('wrong chat, sorry').count()).toBe(0);

    await bob.setViewportSize(PHONE);
    await shot(bob, 'chat-phone', SHOTS);

    const rows = await stack.sql<{ body: string; revision: number; deleted: boolean }>(
      'SELECT body, revision, deleted_at IS NOT NULL AS deleted FROM chat.messages ORDER BY seq',
    );
    expect(rows.map(({ revision, deleted }) => ({ revision, deleted }))).toEqual([
      { revision: 2, deleted: false },
      { revision: 1, deleted: false },
      { revision: 2, deleted: true },
    ]);
    expect(rows[0].body).toBe('Hello Bob, edited');
  }, 120_000);

  it('seals an encrypted conversation in the browser: the other side reads it, the server holds ciphertext', async () => {
    const gina = await person();
    const hank = await person(PHONE);
    await registerInBrowser(gina, base, 'gina_e2ee');
    await registerInBrowser(hank, base, 'hank_e2ee');
    const [ginaKey] = await browserKeys(gina);
    const [hankKey] = await browserKeys(hank);
    await vouchFor(client, ginaKey, hankKey.did, { weight: 80 });
    await vouchFor(client, hankKey, ginaKey.did, { weight: 80 });

    await gina.goto(`${base}/chat`);
    await gina.getByRole('textbox', { name: 'Message someone' }).fill('@hank_e2ee');
    await gina.getByLabel('End-to-end encrypted').check();
    await gina.getByRole('button', { name: 'Open conversation' }).click();
    await gina.getByTestId('e2ee').waitFor();
    await gina.getByPlaceholder('Write a message').fill('meet at the old mill');
    await gina.getByRole('button', { name: 'Send' }).click();
    await gina.getByRole('list', { name: 'Messages' }).getByText('meet at the old mill').waitFor();

    await hank.goto(`${base}/chat`);
    await hank.getByRole('list', { name: 'Conversations' }).getByText('@gina_e2ee').click();
    await hank.getByRole('list', { name: 'Messages' }).getByText('meet at the old mill').waitFor();
    await shot(hank, 'chat-e2ee-phone', SHOTS);

    const [row] = await stack.sql<{ body: string }>(
      'SELECT m.body FROM chat.messages m JOIN chat.conversations c ON c.id = m.conversation_id WHERE c.encrypted',
    );
    expect(row.body).not.toContain('old mill');
    expect(JSON.parse(row.body)).toMatchObject({
      v: 1,
      alg: 'X25519-HKDF-SHA256-A256GCM',
      sender: ginaKey.did,
    });

    // The pair already has an encrypted conversation: asking for a plain one is refused in words.
    await gina.getByRole('textbox', { name: 'Message someone' }).fill('@hank_e2ee');
    await gina.getByLabel('End-to-end encrypted').uncheck();
    await gina.getByRole('button', { name: 'Open conversation' }).click();
    const refused = gina.getByRole('form', { name: 'Message someone' }).getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).not.toMatch(/CONFLICT|GraphQL|Error:/);
  }, 90_000);

  it('shows a handle nobody has as a sentence beside the field', async () => {
    const carl = await person(PHONE);
    await registerInBrowser(carl, base, 'carl_chat');
    await carl.goto(`${base}/chat`);
    await carl.getByRole('textbox', { name: 'Message someone' }).fill('@nobody_here');
    await carl.getByRole('button', { name: 'Open conversation' }).click();
    const alert = carl.getByRole('form', { name: 'Message someone' }).getByRole('alert');
    await alert.getByText('Nobody has the handle @nobody_here: check the spelling.').waitFor();
  }, 60_000);

  it('signs in by email with the mailed code, then claims the address with a key', async () => {
    const dana = await person(PHONE);
    await dana.goto(`${base}/soft`);
    await dana.getByLabel('Email', { exact: true }).fill('dana@example.com');
    await dana.getByRole('button', { name: 'Email me a code' }).click();
    // A wrong code is refused in words, beside the code field.
    await dana.getByLabel('Code from the email').fill('00000000');
    await dana.getByRole('button', { name: 'Sign in with the code' }).click();
    const refused = dana.getByRole('form', { name: 'Enter the code' }).getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).not.toMatch(/BAD_USER_INPUT|GraphQL|Error:/);

    await dana.getByLabel('Code from the email').fill(await mailedCode(stack, 'dana@example.com'));
    await dana.getByRole('button', { name: 'Sign in with the code' }).click();
    await dana.getByTestId('soft-session').waitFor();
    expect(await dana.getByTestId('soft-session').locator('code').getAttribute('title')).toBe(
      'did:email:dana_at_example.com',
    );
    await shot(dana, 'soft-phone', SHOTS);

    await registerInBrowser(dana, base, 'dana_key');
    await dana.goto(`${base}/soft`);
    await dana.getByLabel('Email to claim').fill('dana@example.com');
    await dana.getByRole('button', { name: 'Email me a claim code' }).click();
    await dana.getByLabel('Claim code from the email').waitFor();
    await dana.getByLabel('Claim code from the email').fill(await mailedCode(stack, 'dana@example.com'));
    await dana.getByRole('button', { name: 'Claim with my key' }).click();
    await dana.getByTestId('claimed').waitFor();
    const [danaKey] = await browserKeys(dana);
    const rows = await stack.sql<{ claimed_by: string }>(
      "SELECT claimed_by FROM identity.identities WHERE did = 'did:email:dana_at_example.com'",
    );
    expect(rows).toEqual([{ claimed_by: danaKey.did }]);
  }, 60_000);

  it('browses the node directory by status and hostname', async () => {
    await registerIdentity(client, admin, { kind: 'HUMAN', handle: 'nodes_admin' });
    await attestBuild(client, admin, { hash: BUILD, version: '1.0.0' });
    const nodes = [generateKeyPair(), generateKeyPair(), generateKeyPair()];
    const hostnames = ['garden-pi', 'garden-nas', 'office-box'];
    for (const [i, node] of nodes.entries()) {
      await registerIdentity(client, node, { kind: 'NODE' });
      await registerNode(client, node, {
        hostname: hostnames[i],
        url: `https://${hostnames[i]}.example`,
        buildHash: BUILD,
        version: '1.0.0',
        capabilities: ['chat'],
      });
    }
    await revokeNode(client, admin, nodes[2].did, 'retired');

    const erin = await person();
    await erin.goto(`${base}/nodes`);
    const list = erin.getByRole('list', { name: 'Nodes' });
    await list.getByText('garden-pi', { exact: true }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(2);
    await erin.getByLabel('Hostname contains').fill('nas');
    await erin.getByTestId('node-count').getByText('1 of 2 loaded nodes match “nas”.').waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    await erin.getByLabel('Hostname contains').fill('');
    await erin.getByLabel('Status').selectOption('REVOKED');
    await list.getByText('office-box', { exact: true }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    await shot(erin, 'nodes-desktop', SHOTS);
    await erin.setViewportSize(PHONE);
    await shot(erin, 'nodes-phone', SHOTS);
  }, 60_000);

  it('creates a key from 12 words and restores the same DID from them elsewhere', async () => {
    const frank = await person();
    await frank.goto(`${base}/`);
    await frank.getByRole('button', { name: 'New key with a 12-word phrase' }).click();
    const words = await frank.getByTestId('phrase').getByRole('listitem').allTextContents();
    expect(words).toHaveLength(12);
    const [created] = await browserKeys(frank);
    await shot(frank, 'phrase-desktop', SHOTS);

    const elsewhere = await person(PHONE);
    await elsewhere.goto(`${base}/`);
    const restore = elsewhere.getByRole('form', { name: 'Restore from phrase' });
    await restore.getByLabel('Restore a key from its 12 words').fill(words.slice(0, 11).join(' '));
    await restore.getByRole('button', { name: 'Restore key' }).click();
    await restore.getByRole('alert').getByText('A key phrase has 12 words; this one has 11.').waitFor();

    await restore.getByLabel('Restore a key from its 12 words').fill(words.join('  ').toUpperCase());
    await restore.getByRole('button', { name: 'Restore key' }).click();
    await elsewhere.getByRole('radio', { name: `Use key ${created.did}` }).waitFor();
    expect((await browserKeys(elsewhere)).map((k) => k.did)).toEqual([created.did]);
    await shot(elsewhere, 'phrase-restore-phone', SHOTS);
  }, 60_000);
});
