import {
  createCipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
} from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { format, resolveConfig } from 'prettier';

import {
  buildDidDocument,
  canonicalBytes,
  canonicalFairManifest,
  canonicalize,
  cryptoBackend,
  ed25519SeedToX25519PrivateKey,
  ed25519ToX25519PublicKey,
  exportKeyPair,
  FAIR_CONSENT_TYPE,
  FAIR_DOCUMENT_FORMAT,
  FAIR_MANIFEST_TYPE,
  fairManifestId,
  keyPairFromSeed,
  largestRemainderSplit,
  mjnToDidKey,
  publicKeyToMultibase,
  RECEIPT_TYPE,
  sign,
  signEnvelope,
  signInMessage,
  signChallenge,
  signPayload,
  signTicketToken,
  softDidFromEmail,
  splitAlongChain,
  toBase64Url,
  validateFairManifest,
  x25519PublicKeyToMultibase,
  type FairManifestBody,
  type KeyPair,
  type TicketClaims,
} from '@imajin/protocol';

import { REPO_ROOT } from '../schema/paths';

/**
 * `tsc -b && node ops/dist/scripts/protocol-vectors.js`: writes clients/protocol/vectors/*.json, the test
 * vectors of clients/protocol/SPEC.md. Everything comes from fixed seeds, nonces and clocks, so running it
 * again writes the same bytes; clients/protocol/test/ checks that our code still reproduces every value.
 */
export const VECTORS_DIR = join(REPO_ROOT, 'clients', 'protocol', 'vectors');

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const sha256 = (s: string): Uint8Array => new Uint8Array(createHash('sha256').update(s, 'utf8').digest());

/** Seed of a named test key: SHA-256 of "mjn.vectors:<label>" (so anyone can re-derive it). */
export function vectorSeed(label: string): Uint8Array {
  return sha256(`mjn.vectors:${label}`);
}

/** Nonce of a named vector: the first 16 bytes of SHA-256 of "mjn.vectors.nonce:<label>". */
function vectorNonce(label: string): string {
  return toBase64Url(sha256(`mjn.vectors.nonce:${label}`).slice(0, 16));
}

const NOW = new Date('2025-01-02T03:04:05.678Z');

const key = (label: string): KeyPair => keyPairFromSeed(vectorSeed(label));

function keyInfo(label: string) {
  const kp = key(label);
  return { label, seed: hex(kp.seed), publicKey: hex(kp.publicKey), did: kp.did };
}

// --- DIDs and DID documents -------------------------------------------------------------------------

// The did:key specification's published Ed25519 vectors (w3c-ccg/did-method-key, ed25519-x25519.json).
const DID_KEY_SEEDS = [0, 1, 2, 3, 4].map((n) => n.toString(16).padStart(64, '0'));

function didVectors() {
  const derive = (seedHex: string, source: string) => {
    const kp = keyPairFromSeed(Uint8Array.from(Buffer.from(seedHex, 'hex')));
    const xpub = ed25519ToX25519PublicKey(kp.publicKey);
    return {
      source,
      seed: seedHex,
      publicKey: hex(kp.publicKey),
      multicodecKey: `ed01${hex(kp.publicKey)}`,
      publicKeyMultibase: publicKeyToMultibase(kp.publicKey),
      did: kp.did,
      didKey: mjnToDidKey(kp.did),
      privateKeyMultibase: exportKeyPair(kp).privateKeyMultibase,
      x25519PrivateKey: hex(ed25519SeedToX25519PrivateKey(kp.seed)),
      x25519PublicKey: hex(xpub),
      x25519PublicKeyMultibase: x25519PublicKeyToMultibase(xpub),
    };
  };
  const alice = key('alice');
  return {
    description:
      'Seed (32-byte Ed25519 private key) → public key → did:mjn / did:key, the exported private key, the X25519 ' +
      'keyAgreement key, a full DID document, and soft did:email DIDs. See SPEC.md §2.',
    keys: [
      ...DID_KEY_SEEDS.map((s) => derive(s, 'did:key specification (ed25519-x25519.json)')),
      ...['alice', 'bob'].map((label) => derive(hex(vectorSeed(label)), `mjn.vectors:${label}`)),
    ],
    didDocuments: [{ did: alice.did, document: buildDidDocument(alice.did) }],
    softDids: ['Alice@Example.com', ' bob+tag@Mail.Example.org ', "o'brien.x_y-z@example.co.uk"].map(
      (email) => ({ email, did: softDidFromEmail(email) }),
    ),
  };
}

// --- JCS ----------------------------------------------------------------------------------------------

const JCS_CASES: Array<{ name: string; input: string }> = [
  {
    name: 'key order by UTF-16 code units',
    input: '{"b":1,"a":2,"aa":3,"A":4,"\\u00e9":5,"\\ud83d\\ude00":6,"\\ue000":7}',
  },
  {
    name: 'nested objects and arrays keep array order',
    input: '{"z":[3,1,2,{"y":null,"x":true}],"a":{"d":false,"c":[]}}',
  },
  {
    name: 'number formatting (ECMAScript Number::toString)',
    input:
      '[0,-0,1,-1,1.0,1e0,0.1,1E+2,1e21,1e20,1e-6,1e-7,123456789012345680000,0.000001,4.50,2e-3,9007199254740993,333333333.33333329,1.7976931348623157e308,5e-324]',
  },
  { name: 'string escapes', input: '["\\u0000\\u001f\\b\\t\\n\\f\\r\\"\\\\/\\u007f","\\u2028\\u2029"]' },
  { name: 'non-ASCII is literal UTF-8', input: '{"name":"Zoë Ñandú 東京 🎟️","emoji":"\\ud83d\\ude00"}' },
  { name: 'whitespace is removed', input: ' { "a" : [ 1 , 2 ] ,\n "b" : "x y" } ' },
];

function jcsVectors() {
  return {
    description:
      'RFC 8785 canonical JSON. `input` is JSON text; parse it, canonicalize, and compare with `canonical` ' +
      '(and its UTF-8 bytes with `canonicalHex`). See SPEC.md §1.',
    cases: JCS_CASES.map(({ name, input }) => {
      const canonical = canonicalize(JSON.parse(input));
      return { name, input, canonical, canonicalHex: hex(Buffer.from(canonical, 'utf8')) };
    }),
  };
}

// --- Proofs ------------------------------------------------------------------------------------------

interface ProofCase {
  name: string;
  signer: string;
  type: string;
  fields: Record<string, unknown>;
}

function proofCases(): ProofCase[] {
  const alice = key('alice');
  const bob = key('bob');
  const node = key('node');
  return [
    {
      name: 'vouch with an absent and a null optional field',
      signer: 'alice',
      type: 'mjn.trust.vouch',
      fields: { to: bob.did, weight: 3, context: null },
    },
    {
      name: 'register with non-ASCII profile text and null fields',
      signer: 'alice',
      type: 'mjn.identity.register',
      fields: {
        did: alice.did,
        kind: 'HUMAN',
        handle: 'alice',
        displayName: 'Zoë “Alice” Ñandú 🎟️',
        bio: null,
        avatarUrl: null,
      },
    },
    {
      name: 'chat message with nested attachments (nulls dropped inside objects in arrays)',
      signer: 'bob',
      type: 'mjn.chat.message',
      fields: {
        conversationId: '5f86a4a4-5466-485f-8e1b-4ed783f74764',
        body: 'Grüße aus Köln — see you at 8 ☕\nline two',
        clientId: '0b6f3a52-3f0c-4f6e-9d7a-1c2b3d4e5f60',
        replyTo: null,
        attachments: [
          {
            url: 'https://example.org/a.png',
            contentHash: 'sha256:00ff',
            name: null,
            mimeType: 'image/png',
            size: 2048,
          },
        ],
      },
    },
    {
      name: 'node heartbeat whose stats exercise JCS number formatting',
      signer: 'node',
      type: 'mjn.registry.heartbeat',
      fields: {
        did: node.did,
        buildHash: `sha256:${'ab'.repeat(32)}`,
        version: '1.2.3',
        stats: { uptime: 0.9999, bytesServed: 1e21, p50Seconds: 1.5e-7, peers: 12, load: 1.0, ratio: 1 / 3 },
      },
    },
    {
      name: 'checkout with an integer amount and metadata',
      signer: 'alice',
      type: 'mjn.payments.createCheckout',
      fields: {
        reference: 'order-42',
        amount: 1001,
        currency: 'usd',
        manifestId: `fair_${'0'.repeat(64)}`,
        buyerDid: alice.did,
        description: 'Two tickets',
        metadata: { seat: '12B', note: null },
      },
    },
    {
      name: 'consent to a .fair manifest',
      signer: 'bob',
      type: FAIR_CONSENT_TYPE,
      fields: { manifestId: `fair_${'0'.repeat(64)}` },
    },
  ];
}

function proofVectors() {
  return {
    description:
      'Signed requests: payload = {type, ...fields, signer, createdAt, nonce} with null/absent fields dropped, ' +
      'canonical = JCS(payload), signature = Ed25519(seed, UTF-8(canonical)), base64url. See SPEC.md §3.',
    keys: ['alice', 'bob', 'node'].map(keyInfo),
    proofs: proofCases().map((c, i) => {
      const signed = signPayload(c.type, c.fields, key(c.signer), {
        now: new Date(NOW.getTime() + i * 1000),
        nonce: vectorNonce(`proof-${i}`),
      });
      return {
        name: c.name,
        signer: c.signer,
        type: c.type,
        fields: c.fields,
        payload: signed.payload,
        canonical: signed.canonical,
        canonicalHex: hex(Buffer.from(signed.canonical, 'utf8')),
        proof: signed.proof,
      };
    }),
  };
}

// --- Sign-in and viewer assertion ------------------------------------------------------------------

/**
 * The viewer assertion of branch h/faults ("Viewer assertion: audience, short lifetime, client IP"), built
 * here from its definition (SPEC.md §5) rather than with signViewerAssertion, so these vectors are right
 * whether or not that branch has been merged: main's signViewerAssertion still signs the older claims.
 */
function viewerAssertion(
  signer: KeyPair,
  viewer: { did: string | null; requestId: string; aud: string; clientIp: string | null },
  iat: number,
) {
  const payload = canonicalize({ type: 'mjn.internal.viewer', ...viewer, iat });
  const body = Buffer.from(payload, 'utf8');
  return { payload, header: `${toBase64Url(body)}.${toBase64Url(sign(body, signer.seed))}` };
}

function authVectors() {
  const alice = key('alice');
  const challenge = toBase64Url(sha256('mjn.vectors.challenge').slice(0, 24));
  const message = signInMessage(alice.did, challenge);
  const cases = [
    {
      name: 'signed-in viewer, gateway to the trust subgraph',
      signer: 'gateway',
      viewer: {
        did: alice.did,
        requestId: '7d0c2f1e-8f3a-4b5c-9d6e-0f1a2b3c4d5e',
        aud: 'trust',
        clientIp: '203.0.113.7',
      },
    },
    {
      name: 'anonymous, gateway to identity (session lookup), no client address',
      signer: 'gateway',
      viewer: { did: null, requestId: 'anonymous-1', aud: 'identity', clientIp: null },
    },
    {
      name: 'node-internal call (x-imajin-service): the node DID, the route as audience',
      signer: 'node',
      viewer: { did: key('node').did, requestId: 'q1w2e3r4t5y6', aud: '/internal/refunds', clientIp: null },
    },
  ];
  return {
    description:
      'Sign-in: the client signs JCS({type:"mjn.auth.signIn", did, challenge}). Viewer assertion: the gateway ' +
      '(or a node) signs JCS({type:"mjn.internal.viewer", did, requestId, aud, clientIp, iat}) and sends ' +
      'base64url(payload).base64url(sig) in x-imajin-viewer (x-imajin-service). See SPEC.md §4 and §5.',
    signIn: {
      key: keyInfo('alice'),
      challenge,
      message: Buffer.from(message).toString('utf8'),
      signature: signChallenge(alice, challenge),
    },
    viewerAssertions: cases.map((c) => ({
      name: c.name,
      signerKey: keyInfo(c.signer),
      viewer: c.viewer,
      iat: NOW.getTime(),
      ...viewerAssertion(key(c.signer), c.viewer, NOW.getTime()),
    })),
  };
}

// --- .fair manifests, settlement and receipts ------------------------------------------------------

function fairFixture() {
  const [alice, bob, carol] = ['alice', 'bob', 'carol'].map(key);
  // Written out of order on purpose: the normal form sorts contributors by DID and upstreams by id.
  const upstreamInput = {
    version: '1.0',
    contributors: [
      { did: carol.did, role: 'illustrator', share: 500_000 },
      { did: bob.did, role: 'writer', share: 500_000 },
    ],
    derivesFrom: [],
    terms: null,
  };
  const upstream = validateFairManifest(upstreamInput);
  const upstreamId = fairManifestId(upstream);
  const rootInput = {
    version: '1.0',
    contributors: [
      { did: bob.did, role: 'editor', share: 333_333 },
      { did: alice.did, role: 'author', share: 416_667 },
    ],
    derivesFrom: [{ manifest: upstreamId, share: 250_000 }],
    terms: 'CC BY-SA 4.0 — attribution required',
  };
  const root = validateFairManifest(rootInput);
  const rootId = fairManifestId(root);
  const bodies = new Map<string, FairManifestBody>([
    [upstreamId, upstream],
    [rootId, root],
  ]);
  return {
    upstreamInput,
    upstream,
    upstreamId,
    rootInput,
    root,
    rootId,
    lookup: (id: string) => bodies.get(id),
  };
}

// [amount, [key, share]…]: ties (1, 3), a plain largest remainder (100, 10) and the largest safe amount.
const SPLIT_CASES = (
  [
    [1, ['b', 500_000], ['a', 500_000]],
    [3, ['x', 500_000], ['y', 250_000], ['z', 250_000]],
    [100, ['p', 333_333], ['q', 333_333], ['r', 333_334]],
    [10, ['did:mjn:z2', 333_333], ['did:mjn:z1', 333_333], ['fair_0', 333_334]],
    [9007199254740991, ['a', 1], ['b', 999_999]],
  ] as Array<[number, ...Array<[string, number]>]>
).map(([amount, ...shares]) => ({ amount, shares: shares.map(([key, share]) => ({ key, share })) }));

function fairVectors() {
  const f = fairFixture();
  const [alice, bob] = ['alice', 'bob'].map(key);
  const creatorProof = signPayload(FAIR_MANIFEST_TYPE, f.root as unknown as Record<string, unknown>, alice, {
    now: NOW,
    nonce: vectorNonce('fair-creator'),
  }).proof;
  const consent = signPayload(FAIR_CONSENT_TYPE, { manifestId: f.rootId }, bob, {
    now: new Date(NOW.getTime() + 60_000),
    nonce: vectorNonce('fair-consent'),
  }).proof;
  return {
    description:
      '.fair manifests: normal form, canonical JSON, id = "fair_" + hex SHA-256(canonical); settlement by floor ' +
      'plus largest remainder along the chain; a signed .fair.json document. See SPEC.md §6.',
    keys: ['alice', 'bob', 'carol'].map(keyInfo),
    manifests: [
      {
        name: 'upstream',
        input: f.upstreamInput,
        normalised: f.upstream,
        canonical: canonicalFairManifest(f.upstream),
        id: f.upstreamId,
      },
      {
        name: 'root',
        input: f.rootInput,
        normalised: f.root,
        canonical: canonicalFairManifest(f.root),
        id: f.rootId,
      },
    ],
    largestRemainder: SPLIT_CASES.map((c) => ({ ...c, parts: largestRemainderSplit(c.amount, c.shares) })),
    settlements: [0, 1, 2, 7, 1001, 9007199254740991].map((amount) =>
      splitAlongChain(f.rootId, amount, f.lookup),
    ),
    document: {
      format: FAIR_DOCUMENT_FORMAT,
      id: f.rootId,
      manifest: f.root,
      proof: creatorProof,
      signatures: [consent],
    },
  };
}

function receiptVectors() {
  const f = fairFixture();
  const node = key('node');
  const buyer = key('dave');
  const split = splitAlongChain(f.rootId, 1001, f.lookup);
  const envelope = signEnvelope(
    RECEIPT_TYPE,
    {
      receiptId: 'rcpt_000102030405060708090a0b',
      paymentId: 'pay_3f1c',
      checkoutId: 'chk_9a2e',
      reference: 'order-42',
      manifestId: f.rootId,
      amount: 1001,
      currency: 'usd',
      buyerDid: buyer.did,
      settlementId: 'set_51d0',
      recipients: split.lines.map((l) => ({
        did: l.did,
        amount: l.amount,
        paths: l.paths.map((p) => p.path),
      })),
      completedAt: NOW.toISOString(),
    },
    node,
    { now: NOW, nonce: vectorNonce('receipt') },
  );
  return {
    description:
      'A payment receipt envelope {payload, signature} signed by the node DID (payload.signer). Verify by ' +
      're-canonicalising payload. Amounts are JSON numbers here (GraphQL shows them as strings). See SPEC.md §7.',
    nodeKey: keyInfo('node'),
    receipts: [{ envelope, canonical: canonicalize(envelope.payload) }],
  };
}

// --- Tickets ------------------------------------------------------------------------------------------

function ticketVectors() {
  const event = key('event');
  const holder = key('alice');
  const claims: TicketClaims = {
    ticketId: 'tkt_6a0e3f0c-2f7b-4a51-9b8e-3c1d2e4f5a6b',
    eventDid: event.did,
    holderDid: holder.did,
    tier: 'tier_1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b',
    issuedAt: NOW.toISOString(),
  };
  const token = signTicketToken(claims, event.seed, cryptoBackend);
  const revoked = {
    type: 'mjn.events.revocations',
    eventDid: event.did,
    ticketIds: [claims.ticketId, 'tkt_f00dbabe-0000-4000-8000-000000000001'],
    generatedAt: new Date(NOW.getTime() + 3_600_000).toISOString(),
  };
  return {
    description:
      'Ticket token "mjt1." + base64url(JCS payload) + "." + base64url(Ed25519 by the event DID), and a signed ' +
      'revocation list. See SPEC.md §8.',
    eventKey: keyInfo('event'),
    tickets: [{ claims, payload: canonicalize({ type: 'mjn.events.ticket', ...claims }), token }],
    revocationLists: [
      {
        signedFields: revoked,
        canonical: canonicalize(revoked),
        signature: toBase64Url(sign(canonicalBytes(revoked), event.seed)),
      },
    ],
  };
}

// --- End-to-end encryption ---------------------------------------------------------------------------

const E2EE_SALT = 'mjn.chat.e2ee.v1';

function aesGcm(keyBytes: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: string) {
  const cipher = createCipheriv('aes-256-gcm', keyBytes, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  return toBase64Url(Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]));
}

/** X25519(mine, theirs) with node:crypto, independently of the protocol's noble-based derivation. */
function x25519Shared(myPrivate: Uint8Array, myPublic: Uint8Array, theirPublic: Uint8Array): Uint8Array {
  const jwk = (x: Uint8Array, d?: Uint8Array) => ({
    kty: 'OKP',
    crv: 'X25519',
    x: toBase64Url(x),
    ...(d ? { d: toBase64Url(d) } : {}),
  });
  return new Uint8Array(
    diffieHellman({
      privateKey: createPrivateKey({ key: jwk(myPublic, myPrivate), format: 'jwk' }),
      publicKey: createPublicKey({ key: jwk(theirPublic), format: 'jwk' }),
    }),
  );
}

/** The AES-256-GCM key `me` shares with `them` (SPEC.md §9), with its intermediate values. */
function agreement(me: KeyPair, them: KeyPair) {
  const xm = ed25519SeedToX25519PrivateKey(me.seed);
  const pm = ed25519ToX25519PublicKey(me.publicKey);
  const pt = ed25519ToX25519PublicKey(them.publicKey);
  const shared = x25519Shared(xm, pm, pt);
  const [first, second] = [pm, pt].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const info = Buffer.concat([first, second]);
  const aesKey = new Uint8Array(hkdfSync('sha256', shared, Buffer.from(E2EE_SALT), info, 32));
  return { xm, pm, pt, shared, info, aesKey };
}

function e2eeVectors() {
  const [alice, bob] = ['alice', 'bob'].map(key);
  const ab = agreement(alice, bob);
  // Decrypt-only: encryptChatMessage always draws random IVs and message keys, so this envelope is built
  // here with fixed ones by the construction SPEC.md §9 describes; decryptChatMessage must open it.
  const conversationId = '5f86a4a4-5466-485f-8e1b-4ed783f74764';
  const plaintext = 'Hallo Bob 👋 — geheim';
  const messageKey = sha256('mjn.vectors.e2ee.messageKey');
  const iv = (label: string) => sha256(`mjn.vectors.e2ee.iv:${label}`).slice(0, 12);
  const envelope = {
    v: 1,
    alg: 'X25519-HKDF-SHA256-A256GCM',
    sender: alice.did,
    iv: toBase64Url(iv('content')),
    ct: aesGcm(
      messageKey,
      iv('content'),
      Buffer.from(plaintext, 'utf8'),
      `${E2EE_SALT}|content|${conversationId}|${alice.did}`,
    ),
    keys: [alice, bob].map((r) => ({
      did: r.did,
      iv: toBase64Url(iv(r.did)),
      key: aesGcm(
        agreement(alice, r).aesKey,
        iv(r.did),
        messageKey,
        `${E2EE_SALT}|key|${conversationId}|${alice.did}|${r.did}`,
      ),
    })),
  };
  return {
    description:
      'E2EE: Ed25519 → X25519 keys, X25519 shared secret, HKDF-SHA-256 (salt "mjn.chat.e2ee.v1", info = the two ' +
      'X25519 public keys sorted bytewise) → AES-256-GCM key; and a decrypt-only envelope. See SPEC.md §9.',
    keys: ['alice', 'bob'].map(keyInfo),
    agreement: {
      aliceX25519Private: hex(ab.xm),
      aliceX25519Public: hex(ab.pm),
      bobX25519Private: hex(ed25519SeedToX25519PrivateKey(bob.seed)),
      bobX25519Public: hex(ab.pt),
      sharedSecret: hex(ab.shared),
      hkdfSalt: E2EE_SALT,
      hkdfInfo: hex(ab.info),
      aesKey: hex(ab.aesKey),
    },
    envelopes: [
      { conversationId, plaintext, messageKey: hex(messageKey), body: JSON.stringify(envelope), envelope },
    ],
  };
}

/** Every vector file by name. */
export function buildVectors(): Record<string, unknown> {
  return {
    'did.json': didVectors(),
    'jcs.json': jcsVectors(),
    'proofs.json': proofVectors(),
    'auth.json': authVectors(),
    'fair.json': fairVectors(),
    'receipt.json': receiptVectors(),
    'ticket.json': ticketVectors(),
    'e2ee.json': e2eeVectors(),
  };
}

async function main(): Promise<void> {
  mkdirSync(VECTORS_DIR, { recursive: true });
  const options = { ...(await resolveConfig(join(VECTORS_DIR, 'x.json'))), parser: 'json' };
  for (const [name, value] of Object.entries(buildVectors())) {
    // Formatted as the repository's prettier would, so `prettier --check` and a rerun change nothing.
    writeFileSync(join(VECTORS_DIR, name), await format(JSON.stringify(value, null, 2), options));
  }
  process.stdout.write(`Wrote ${Object.keys(buildVectors()).length} vector files to ${VECTORS_DIR}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
