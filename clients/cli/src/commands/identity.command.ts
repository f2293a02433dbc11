import { Option, type Command } from 'commander';

import { keyPairFromSeed, publicKeyToMultibase } from '@imajin/protocol';
import {
  getViewer,
  registerIdentity,
  signIn,
  signOut,
  updateProfile,
  type IdentityFieldsFragment,
  type IdentityKind,
} from '@imajin/sdk';

import { fields, label } from '../format';
import { result } from '../output';
import { handler, type CliApp, type Runtime } from '../runtime';
import { seedFromHex } from '../store/key-store';

function identityLines(identity: IdentityFieldsFragment): string[] {
  return fields([
    ['did', identity.did],
    ['kind', identity.kind],
    ['handle', identity.profile?.handle ? `@${identity.profile.handle}` : undefined],
    ['name', identity.profile?.displayName],
    ['bio', identity.profile?.bio],
    ['active', identity.active ? undefined : 'no (deactivated)'],
  ]);
}

interface KeygenOptions {
  seed?: string;
  name?: string;
}

function keygen(rt: Runtime, _args: string[], options: KeygenOptions) {
  const name = options.name ?? rt.keyName;
  const stored = rt.keys.create(name, options.seed === undefined ? undefined : seedFromHex(options.seed));
  return result(
    {
      name,
      did: stored.keyPair.did,
      publicKeyMultibase: publicKeyToMultibase(stored.keyPair.publicKey),
      file: stored.file,
    },
    [
      `Created key "${name}": ${stored.keyPair.did}`,
      `Saved to ${stored.file} (mode 600). Anyone holding this file can act as this DID: keep it private.`,
    ],
  );
}

function didOf(_rt: Runtime, [seedHex]: string[]) {
  const did = keyPairFromSeed(seedFromHex(seedHex)).did;
  return result({ did }, did);
}

interface RegisterOptions {
  name?: string;
  kind: string;
  handle?: string;
  bio?: string;
}

async function register(rt: Runtime, _args: string[], options: RegisterOptions) {
  const { keyPair } = rt.key();
  rt.progress(`Registering ${keyPair.did} at ${rt.gateway}…`);
  const identity = await registerIdentity(rt.client(), keyPair, {
    kind: options.kind.toUpperCase() as IdentityKind,
    handle: options.handle,
    displayName: options.name,
    bio: options.bio,
  });
  return result(identity, [`Registered ${label(identity)}.`, ...identityLines(identity)]);
}

async function login(rt: Runtime) {
  const stored = rt.key();
  const client = rt.client();
  rt.progress(`Signing in to ${rt.gateway} as ${stored.keyPair.did}…`);
  const session = await signIn(client, stored.keyPair);
  rt.sessions.set(rt.gateway, {
    did: session.identity.did,
    token: session.token,
    expiresAt: String(session.expiresAt),
    key: stored.name,
  });
  return result(
    { did: session.identity.did, gateway: rt.gateway, expiresAt: session.expiresAt },
    `Signed in to ${rt.gateway} as ${label(session.identity)} until ${String(session.expiresAt)}.`,
  );
}

async function whoami(rt: Runtime) {
  const session = rt.requireSession();
  const viewer = await getViewer(rt.client(true));
  if (!viewer) {
    return result(
      { did: null, gateway: rt.gateway },
      `The gateway does not know the session for ${session.did}: run \`mjn login\`.`,
    );
  }
  return result({ ...viewer, gateway: rt.gateway, sessionExpiresAt: session.expiresAt }, [
    ...identityLines(viewer),
    ...fields([
      ['gateway', rt.gateway],
      ['session until', session.expiresAt],
    ]),
  ]);
}

async function logout(rt: Runtime) {
  const session = rt.session();
  if (!session) return result({ signedOut: false, gateway: rt.gateway }, `Not signed in to ${rt.gateway}.`);
  try {
    await signOut(rt.client(true), session.token);
  } finally {
    // Forget the token even when the gateway could not be told: it stays valid there until it expires.
    rt.sessions.delete(rt.gateway);
  }
  return result({ signedOut: true, did: session.did, gateway: rt.gateway }, `Signed out of ${rt.gateway}.`);
}

interface ProfileOptions {
  handle?: string;
  name?: string;
  bio?: string;
  avatar?: string;
}

async function profileSet(rt: Runtime, _args: string[], options: ProfileOptions) {
  const keyPair = rt.signer();
  rt.progress('Updating the profile…');
  const identity = await updateProfile(rt.client(), keyPair, {
    handle: options.handle,
    displayName: options.name,
    bio: options.bio,
    avatarUrl: options.avatar,
  });
  return result(identity, [`Updated ${label(identity)}.`, ...identityLines(identity)]);
}

export function registerIdentityCommands(program: Command, app: CliApp): void {
  program
    .command('keygen')
    .description('Create an Ed25519 key (and so a DID) in the key directory; never overwrites a key')
    .option('--seed <hex>', 'derive the key from this 32-byte seed (64 hex digits) instead of at random')
    .option('--name <name>', 'the key name (default: --key, MJN_KEY or "default")')
    .action(handler(app, keygen));

  program
    .command('did')
    .description('Print the did:mjn of a 32-byte seed (for scripts; nothing is stored)')
    .argument('<seed-hex>', 'the seed as 64 hex digits')
    .action(handler(app, didOf));

  program
    .command('register')
    .description("Register the key's DID at the gateway, with an optional profile")
    .addOption(
      new Option('--kind <kind>', 'what the identity is')
        .choices(['human', 'agent', 'node'])
        .default('human'),
    )
    .option('--handle <handle>', 'a unique handle: 3–30 of a-z, 0-9, _')
    .option('--name <name>', 'display name')
    .option('--bio <bio>', 'a short bio')
    .action(handler(app, register));

  program
    .command('login')
    .description('Sign in with the key (challenge → signature → session token), stored per gateway')
    .action(handler(app, login));

  program
    .command('whoami')
    .description('Show the signed-in identity at this gateway')
    .action(handler(app, whoami, true));

  program
    .command('logout')
    .description('End the session at this gateway and forget its token')
    .action(handler(app, logout, true));

  const profile = program.command('profile').description('Your profile');
  profile
    .command('set')
    .description('Change handle, display name, bio or avatar; "" clears a field, an omitted one is kept')
    .option('--handle <handle>', 'new handle')
    .option('--name <name>', 'display name')
    .option('--bio <bio>', 'bio')
    .option('--avatar <url>', 'avatar URL')
    .action(handler(app, profileSet));
}
