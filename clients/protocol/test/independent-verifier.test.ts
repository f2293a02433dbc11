import { createDecipheriv, createHash, hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ed25519, x25519 } from '@noble/curves/ed25519';
import { canonicalize } from 'json-canonicalize';

// A second implementation of clients/protocol/SPEC.md, written from the spec alone: it imports no project
// code, only @noble/curves (Ed25519, X25519), an npm JCS library and Node built-ins (SHA-256, HKDF,
// AES-GCM, base64url). If it and our code disagree on a vector, the spec or the code is wrong.

/* eslint-disable @typescript-eslint/no-explicit-any -- vector files are untyped JSON */
const load = (name: string): any => JSON.parse(readFileSync(join(__dirname, '..', 'vectors', name), 'utf8'));
const fromHex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** Unpadded base64url, strictly: re-encoding must give the same text (SPEC.md §1). */
function b64url(s: string): Uint8Array {
  expect(s).toMatch(/^[A-Za-z0-9_-]*$/);
  const b = Buffer.from(s, 'base64url');
  expect(b.toString('base64url')).toBe(s);
  return new Uint8Array(b);
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58Decode(s: string): Uint8Array {
  let n = 0n;
  for (const c of s) {
    const d = B58.indexOf(c);
    expect(d).toBeGreaterThanOrEqual(0);
    n = n * 58n + BigInt(d);
  }
  const out: number[] = [];
  for (; n > 0n; n /= 256n) out.unshift(Number(n % 256n));
  for (const c of s) {
    if (c !== '1') break;
    out.unshift(0);
  }
  return Uint8Array.from(out);
}

/** 'z' + base58btc(prefix ‖ 32 bytes) → the 32 bytes. */
function multibase(mb: string, prefix: number[]): Uint8Array {
  expect(mb[0]).toBe('z');
  const b = base58Decode(mb.slice(1));
  expect(b.length).toBe(34);
  expect([b[0], b[1]]).toEqual(prefix);
  return b.slice(2);
}

const ED25519_PUB = [0xed, 0x01];
const X25519_PUB = [0xec, 0x01];
const ED25519_PRIV = [0x80, 0x26];

/** did:mjn:<mb> or did:key:<mb> → Ed25519 public key. */
function didKey(did: string): Uint8Array {
  const m = /^did:(mjn|key):(z[1-9A-HJ-NP-Za-km-z]+)$/.exec(did);
  expect(m).not.toBeNull();
  return multibase(m![2], ED25519_PUB);
}

/** SPEC.md §3: members whose value is null (or absent) are dropped, recursively inside objects. */
function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalise);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null && x !== undefined)
        .map(([k, x]) => [k, normalise(x)]),
    );
  }
  return v;
}

function verifySig(signatureB64: string, message: string, publicKey: Uint8Array): boolean {
  const sig = b64url(signatureB64);
  expect(sig.length).toBe(64);
  return ed25519.verify(sig, utf8(message), publicKey, { zip215: false });
}

/** A proof per SPEC.md §3: rebuild the payload, canonicalize, verify. Returns the canonical text. */
function checkProof(type: string, fields: object, proof: any, publicKey = didKey(proof.signer)): string {
  expect(proof.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(b64url(proof.nonce).length).toBe(16);
  const payload = {
    type,
    ...(normalise(fields) as object),
    signer: proof.signer,
    createdAt: proof.createdAt,
    nonce: proof.nonce,
  };
  const canonical = canonicalize(payload);
  expect(verifySig(proof.signature, canonical, publicKey)).toBe(true);
  return canonical;
}

/** SPEC.md §2.3: X25519 private key = SHA-512(seed)[0..32], clamped as RFC 7748 §5 says. */
function x25519Private(seed: Uint8Array): Uint8Array {
  const k = new Uint8Array(createHash('sha512').update(seed).digest().subarray(0, 32));
  k[0] &= 248;
  k[31] = (k[31] & 127) | 64;
  return k;
}

// The did:key specification's published Ed25519 vectors (seeds 0x00…00 to 0x00…04).
const PUBLISHED_DID_KEYS = [
  'did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp',
  'did:key:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG',
  'did:key:z6MknGc3ocHs3zdPiJbnaaqDi58NGb4pk1Sp9WxWufuXSdxf',
  'did:key:z6MkvqoYXQfDDJRv8L4wKzxYeuKyVZBfi9Qo6Ro8MiLH3kDQ',
  'did:key:z6MkwW6aqMnjgrhJXFUko3NnZPGzVpkNzhYK7yEhnsibmLwL',
];

describe('independent verifier', () => {
  it('decodes every DID to the key its seed derives, as did:key does (did.json)', () => {
    const v = load('did.json');
    expect(v.keys.slice(0, 5).map((k: any) => k.didKey)).toEqual(PUBLISHED_DID_KEYS);
    for (const k of v.keys) {
      const pub = ed25519.getPublicKey(fromHex(k.seed));
      expect(hex(pub)).toBe(k.publicKey);
      expect(hex(didKey(k.did))).toBe(k.publicKey);
      expect(k.did.slice('did:mjn:'.length)).toBe(k.didKey.slice('did:key:'.length));
      expect(hex(multibase(k.privateKeyMultibase, ED25519_PRIV))).toBe(k.seed);
      const xpub = ed25519.utils.toMontgomery(pub);
      expect(hex(xpub)).toBe(k.x25519PublicKey);
      expect(hex(multibase(k.x25519PublicKeyMultibase, X25519_PUB))).toBe(k.x25519PublicKey);
      expect(hex(x25519Private(fromHex(k.seed)))).toBe(k.x25519PrivateKey);
      expect(hex(x25519.getPublicKey(x25519Private(fromHex(k.seed))))).toBe(k.x25519PublicKey);
    }
    for (const { did, document } of v.didDocuments) {
      const mb = did.slice('did:mjn:'.length);
      const vm = `${did}#${mb}`;
      expect(document.id).toBe(did);
      expect(document.verificationMethod[0]).toEqual({
        id: vm,
        type: 'Multikey',
        controller: did,
        publicKeyMultibase: mb,
      });
      const ka = document.verificationMethod[1];
      expect(hex(multibase(ka.publicKeyMultibase, X25519_PUB))).toBe(
        hex(ed25519.utils.toMontgomery(didKey(did))),
      );
      expect(document.keyAgreement).toEqual([ka.id]);
      for (const rel of ['authentication', 'assertionMethod', 'capabilityInvocation', 'capabilityDelegation'])
        expect(document[rel]).toEqual([vm]);
    }
    for (const { email, did } of v.softDids) {
      const [local, domain] = email.trim().toLowerCase().split('@');
      const escaped = local.replace(
        /[^a-z0-9._-]/g,
        (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
      );
      expect(did).toBe(`did:email:${escaped}_at_${domain}`);
    }
  });

  it('canonicalizes every JCS case the same way (jcs.json)', () => {
    for (const c of load('jcs.json').cases) {
      expect(canonicalize(JSON.parse(c.input))).toBe(c.canonical);
      expect(hex(utf8(c.canonical))).toBe(c.canonicalHex);
    }
  });

  it('verifies every signed request from its type, fields and proof (proofs.json)', () => {
    for (const p of load('proofs.json').proofs) {
      expect(checkProof(p.type, p.fields, p.proof)).toBe(p.canonical);
      expect(canonicalize(p.payload)).toBe(p.canonical);
    }
  });

  it('verifies the sign-in signature and the viewer assertions (auth.json)', () => {
    const v = load('auth.json');
    const message = canonicalize({
      type: 'mjn.auth.signIn',
      did: v.signIn.key.did,
      challenge: v.signIn.challenge,
    });
    expect(message).toBe(v.signIn.message);
    expect(verifySig(v.signIn.signature, message, didKey(v.signIn.key.did))).toBe(true);
    for (const a of v.viewerAssertions) {
      const [body, signature] = a.header.split('.');
      const payload = Buffer.from(b64url(body)).toString('utf8');
      expect(payload).toBe(a.payload);
      expect(canonicalize(JSON.parse(payload))).toBe(payload);
      const claims = JSON.parse(payload);
      expect(Object.keys(claims).sort()).toEqual(['aud', 'clientIp', 'did', 'iat', 'requestId', 'type']);
      expect(claims).toEqual({ type: 'mjn.internal.viewer', ...a.viewer, iat: a.iat });
      expect(verifySig(signature, payload, ed25519.getPublicKey(fromHex(a.signerKey.seed)))).toBe(true);
    }
  });

  it('derives manifest ids, settles exactly and verifies the .fair.json (fair.json)', () => {
    const v = load('fair.json');
    const bodies = new Map<string, any>();
    for (const m of v.manifests) {
      const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const normal = {
        version: m.input.version,
        contributors: [...m.input.contributors].sort((a, b) => byKey(a.did, b.did)),
        derivesFrom: [...m.input.derivesFrom].sort((a, b) => byKey(a.manifest, b.manifest)),
        ...(typeof m.input.terms === 'string' ? { terms: m.input.terms } : {}),
      };
      expect(canonicalize(normal)).toBe(m.canonical);
      expect(`fair_${createHash('sha256').update(m.canonical, 'utf8').digest('hex')}`).toBe(m.id);
      bodies.set(m.id, normal);
    }
    for (const c of v.largestRemainder) expect(largestRemainder(c.amount, c.shares)).toEqual(c.parts);
    for (const s of v.settlements) {
      const totals = new Map<string, number>();
      const walk = (id: string, amount: number) => {
        const body = bodies.get(id);
        const parts = largestRemainder(amount, [
          ...body.contributors.map((c: any) => ({ key: c.did, share: c.share })),
          ...body.derivesFrom.map((u: any) => ({ key: u.manifest, share: u.share })),
        ]);
        body.contributors.forEach((c: any, i: number) =>
          totals.set(c.did, (totals.get(c.did) ?? 0) + parts[i]),
        );
        body.derivesFrom.forEach((u: any, j: number) =>
          walk(u.manifest, parts[body.contributors.length + j]),
        );
      };
      walk(s.manifestId, s.amount);
      const lines = [...totals].sort(([a], [b]) => (a < b ? -1 : 1));
      expect(s.lines.map((l: any) => [l.did, l.amount])).toEqual(lines);
      expect(lines.reduce((sum, [, n]) => sum + n, 0)).toBe(s.amount);
    }
    const doc = v.document;
    expect(doc.format).toBe('mjn.fair.json/1');
    expect(doc.id).toBe(v.manifests.find((m: any) => m.name === 'root').id);
    checkProof('mjn.fair.manifest', doc.manifest, doc.proof);
    for (const p of doc.signatures) checkProof('mjn.fair.consent', { manifestId: doc.id }, p);
  });

  it('verifies the receipt against the node DID and checks its sum (receipt.json)', () => {
    const v = load('receipt.json');
    for (const { envelope, canonical } of v.receipts) {
      const p = envelope.payload;
      expect(p.type).toBe('mjn.payments.receipt');
      expect(p.signer).toBe(v.nodeKey.did);
      expect(canonicalize(p)).toBe(canonical);
      expect(verifySig(envelope.signature, canonical, didKey(p.signer))).toBe(true);
      expect(p.recipients.reduce((sum: number, r: any) => sum + r.amount, 0)).toBe(p.amount);
    }
  });

  it('verifies the ticket token and the revocation list with the event DID (ticket.json)', () => {
    const v = load('ticket.json');
    for (const t of v.tickets) {
      const [prefix, body, signature, ...rest] = t.token.split('.');
      expect([prefix, rest]).toEqual(['mjt1', []]);
      const payload = Buffer.from(b64url(body)).toString('utf8');
      expect(payload).toBe(canonicalize({ type: 'mjn.events.ticket', ...t.claims }));
      expect(verifySig(signature, payload, didKey(JSON.parse(payload).eventDid))).toBe(true);
    }
    for (const l of v.revocationLists) {
      expect(canonicalize(l.signedFields)).toBe(l.canonical);
      expect(verifySig(l.signature, l.canonical, didKey(l.signedFields.eventDid))).toBe(true);
    }
  });

  it('derives the shared AES key and decrypts the envelope for each recipient (e2ee.json)', () => {
    const v = load('e2ee.json');
    const a = v.agreement;
    const seed = (label: string) => fromHex(v.keys.find((k: any) => k.label === label).seed);
    const xPriv = x25519Private;
    expect(hex(xPriv(seed('alice')))).toBe(a.aliceX25519Private);
    const shared = x25519.getSharedSecret(fromHex(a.aliceX25519Private), fromHex(a.bobX25519Public));
    expect(hex(shared)).toBe(a.sharedSecret);
    expect(hex(x25519.getSharedSecret(fromHex(a.bobX25519Private), fromHex(a.aliceX25519Public)))).toBe(
      a.sharedSecret,
    );
    const kek = (mine: Uint8Array, theirs: Uint8Array) => {
      const pubs = [x25519.getPublicKey(mine), theirs].map((k) => Buffer.from(k)).sort(Buffer.compare);
      return new Uint8Array(
        hkdfSync('sha256', x25519.getSharedSecret(mine, theirs), 'mjn.chat.e2ee.v1', Buffer.concat(pubs), 32),
      );
    };
    expect(hex(kek(fromHex(a.aliceX25519Private), fromHex(a.bobX25519Public)))).toBe(a.aesKey);
    const open = (key: Uint8Array, iv: string, data: string, aad: string) => {
      const bytes = b64url(data);
      const d = createDecipheriv('aes-256-gcm', key, b64url(iv));
      d.setAAD(utf8(aad));
      d.setAuthTag(bytes.subarray(bytes.length - 16));
      return Buffer.concat([d.update(bytes.subarray(0, bytes.length - 16)), d.final()]);
    };
    for (const e of v.envelopes) {
      const env = JSON.parse(e.body);
      const senderX = ed25519.utils.toMontgomery(didKey(env.sender));
      for (const label of ['alice', 'bob']) {
        const me = v.keys.find((k: any) => k.label === label);
        const wrapped = env.keys.find((k: any) => k.did === me.did);
        const aad = `mjn.chat.e2ee.v1|key|${e.conversationId}|${env.sender}|${me.did}`;
        const messageKey = open(kek(xPriv(seed(label)), senderX), wrapped.iv, wrapped.key, aad);
        expect(hex(messageKey)).toBe(e.messageKey);
        const content = open(
          messageKey,
          env.iv,
          env.ct,
          `mjn.chat.e2ee.v1|content|${e.conversationId}|${env.sender}`,
        );
        expect(content.toString('utf8')).toBe(e.plaintext);
      }
    }
  });
});

/** SPEC.md §6.3: floor, then one unit each by largest remainder, ties to the smaller key (UTF-16 order). */
function largestRemainder(amount: number, shares: Array<{ key: string; share: number }>): number[] {
  const parts = shares.map((s, i) => {
    const product = BigInt(amount) * BigInt(s.share);
    return { i, key: s.key, base: product / 1_000_000n, rest: product % 1_000_000n };
  });
  let left = BigInt(amount) - parts.reduce((sum, p) => sum + p.base, 0n);
  const out = parts.map((p) => Number(p.base));
  const order = [...parts].sort((x, y) =>
    x.rest !== y.rest ? (x.rest > y.rest ? -1 : 1) : x.key < y.key ? -1 : 1,
  );
  for (const p of order) {
    if (left === 0n) break;
    out[p.i] += 1;
    left -= 1n;
  }
  return out;
}
