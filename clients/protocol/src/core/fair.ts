// .fair attribution manifests: validation, content ids, settlement arithmetic and offline verification.
// Pure and isomorphic; functions that verify signatures take the CryptoBackend as a parameter.
import { sha256 } from '@noble/hashes/sha2';

import type { CryptoBackend } from './backend';
import { canonicalize } from './canonical-json';
import { isValidMjnDid } from './did.codec';
import { ProtocolError } from './errors';
import { createProtocol, type Proof } from './protocol';

export const FAIR_VERSION = '1.0';
/** Shares are integer parts per million; a manifest's contributor + upstream shares sum to exactly this. */
export const FAIR_PPM = 1_000_000;
export const FAIR_MAX_CONTRIBUTORS = 256;
export const FAIR_MAX_UPSTREAMS = 32;
/** How deep a chain may go before settlement refuses it (ids are hashes, so cycles cannot form). */
export const FAIR_MAX_DEPTH = 16;
export const FAIR_MAX_ROLE_LENGTH = 64;
export const FAIR_MAX_TERMS_LENGTH = 4096;
/** Proof types: the creator signs the manifest body, contributors sign `{ manifestId }`. */
export const FAIR_MANIFEST_TYPE = 'mjn.fair.manifest';
export const FAIR_CONSENT_TYPE = 'mjn.fair.consent';
export const FAIR_DOCUMENT_FORMAT = 'mjn.fair.json/1';

const MANIFEST_ID_RE = /^fair_[0-9a-f]{64}$/;

export type FairErrorCode =
  | 'MALFORMED'
  | 'BAD_VERSION'
  | 'BAD_DID'
  | 'BAD_ROLE'
  | 'BAD_TERMS'
  | 'BAD_MANIFEST_ID'
  | 'BAD_SHARE'
  | 'SHARE_SUM'
  | 'DUPLICATE_CONTRIBUTOR'
  | 'DUPLICATE_UPSTREAM'
  | 'NO_CONTRIBUTORS'
  | 'TOO_MANY_CONTRIBUTORS'
  | 'TOO_MANY_UPSTREAMS'
  | 'UNKNOWN_UPSTREAM'
  | 'CYCLE'
  | 'TOO_DEEP'
  | 'BAD_AMOUNT'
  | 'ID_MISMATCH'
  | 'BAD_SIGNATURE'
  | 'NOT_A_CONTRIBUTOR'
  | 'DUPLICATE_SIGNATURE';

/** A manifest, settlement or .fair.json that must be refused; `field` points at the offending input. */
export class FairError extends ProtocolError<FairErrorCode> {
  constructor(
    code: FairErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(code, message);
  }
}

export interface FairContributor {
  did: string;
  role: string;
  /** Parts per million of the amount that reaches this manifest. */
  share: number;
}

export interface FairUpstream {
  /** The upstream manifest's id (fair_…); its part settles along that manifest. */
  manifest: string;
  share: number;
}

/** The signed body of a manifest, in normal form (contributors by DID, upstreams by id, no null terms). */
export interface FairManifestBody {
  version: string;
  contributors: FairContributor[];
  derivesFrom: FairUpstream[];
  terms?: string;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkShare(share: unknown, field: string): number {
  if (typeof share !== 'number' || !Number.isInteger(share) || share <= 0 || share > FAIR_PPM) {
    throw new FairError(
      'BAD_SHARE',
      `${field} must be an integer number of parts per million between 1 and ${FAIR_PPM}, got ${String(share)}.`,
      field,
    );
  }
  return share;
}

export function isFairManifestId(id: unknown): id is string {
  return typeof id === 'string' && MANIFEST_ID_RE.test(id);
}

/**
 * Checks a manifest and returns it in normal form: contributors sorted by DID, upstreams by manifest id,
 * `terms` dropped when null or absent. Whether DIDs are known and upstreams exist is for the server.
 */
export function validateFairManifest(input: unknown): FairManifestBody {
  if (!isPlainObject(input)) throw new FairError('MALFORMED', 'A manifest must be a JSON object.');
  const { version, contributors, derivesFrom, terms } = input;
  const extra = Object.keys(input).filter(
    (k) => !['version', 'contributors', 'derivesFrom', 'terms'].includes(k),
  );
  if (extra.length > 0) {
    throw new FairError('MALFORMED', `Unknown manifest field(s): ${extra.join(', ')}.`, extra[0]);
  }
  if (version !== FAIR_VERSION) {
    throw new FairError(
      'BAD_VERSION',
      `version must be "${FAIR_VERSION}", got ${JSON.stringify(version)}.`,
      'version',
    );
  }
  if (!Array.isArray(contributors)) {
    throw new FairError('MALFORMED', 'contributors must be a list.', 'contributors');
  }
  const upstreamList: unknown = derivesFrom ?? [];
  if (!Array.isArray(upstreamList))
    throw new FairError('MALFORMED', 'derivesFrom must be a list.', 'derivesFrom');
  if (contributors.length === 0) {
    throw new FairError('NO_CONTRIBUTORS', 'A manifest needs at least one contributor.', 'contributors');
  }
  if (contributors.length > FAIR_MAX_CONTRIBUTORS) {
    throw new FairError(
      'TOO_MANY_CONTRIBUTORS',
      `A manifest may list at most ${FAIR_MAX_CONTRIBUTORS} contributors (got ${contributors.length}); ` +
        'group the rest in an upstream manifest.',
      'contributors',
    );
  }
  if (upstreamList.length > FAIR_MAX_UPSTREAMS) {
    throw new FairError(
      'TOO_MANY_UPSTREAMS',
      `A manifest may derive from at most ${FAIR_MAX_UPSTREAMS} manifests (got ${upstreamList.length}).`,
      'derivesFrom',
    );
  }
  let sum = 0;
  const seen = new Set<string>();
  const outContributors = contributors.map((c: unknown, i): FairContributor => {
    const field = `contributors[${i}]`;
    if (!isPlainObject(c)) throw new FairError('MALFORMED', `${field} must be { did, role, share }.`, field);
    if (typeof c.did !== 'string' || !isValidMjnDid(c.did)) {
      throw new FairError(
        'BAD_DID',
        `${field}.did must be a did:mjn DID, got ${JSON.stringify(c.did)}.`,
        `${field}.did`,
      );
    }
    if (seen.has(c.did)) {
      throw new FairError(
        'DUPLICATE_CONTRIBUTOR',
        `${c.did} is listed twice; give it one combined share.`,
        `${field}.did`,
      );
    }
    seen.add(c.did);
    if (typeof c.role !== 'string' || c.role.trim().length === 0 || c.role.length > FAIR_MAX_ROLE_LENGTH) {
      throw new FairError(
        'BAD_ROLE',
        `${field}.role must be a non-empty string of at most ${FAIR_MAX_ROLE_LENGTH} characters.`,
        `${field}.role`,
      );
    }
    sum += checkShare(c.share, `${field}.share`);
    return { did: c.did, role: c.role, share: c.share as number };
  });
  const seenUpstream = new Set<string>();
  const outUpstreams = upstreamList.map((u: unknown, i): FairUpstream => {
    const field = `derivesFrom[${i}]`;
    if (!isPlainObject(u)) throw new FairError('MALFORMED', `${field} must be { manifest, share }.`, field);
    if (!isFairManifestId(u.manifest)) {
      throw new FairError(
        'BAD_MANIFEST_ID',
        `${field}.manifest must be a manifest id (fair_ + 64 hex), got ${JSON.stringify(u.manifest)}.`,
        `${field}.manifest`,
      );
    }
    if (seenUpstream.has(u.manifest)) {
      throw new FairError(
        'DUPLICATE_UPSTREAM',
        `${u.manifest} is listed twice in derivesFrom.`,
        `${field}.manifest`,
      );
    }
    seenUpstream.add(u.manifest);
    sum += checkShare(u.share, `${field}.share`);
    return { manifest: u.manifest, share: u.share as number };
  });
  if (sum !== FAIR_PPM) {
    throw new FairError(
      'SHARE_SUM',
      `Contributor and upstream shares must sum to exactly ${FAIR_PPM} parts per million, got ${sum}.`,
      'contributors',
    );
  }
  if (
    terms !== undefined &&
    terms !== null &&
    (typeof terms !== 'string' || terms.length > FAIR_MAX_TERMS_LENGTH)
  ) {
    throw new FairError(
      'BAD_TERMS',
      `terms must be a string of at most ${FAIR_MAX_TERMS_LENGTH} characters.`,
      'terms',
    );
  }
  const body: FairManifestBody = {
    version: FAIR_VERSION,
    contributors: outContributors.sort((a, b) => byKey(a.did, b.did)),
    derivesFrom: outUpstreams.sort((a, b) => byKey(a.manifest, b.manifest)),
  };
  if (typeof terms === 'string') body.terms = terms;
  return body;
}

/** RFC 8785 canonical JSON of the normalised body: what the id hashes and the creator signs. */
export function canonicalFairManifest(body: FairManifestBody): string {
  return canonicalize(validateFairManifest(body) as unknown as Record<string, unknown>);
}

const HEX = '0123456789abcdef';

/** `fair_` + lowercase hex SHA-256 of the canonical manifest, so equal manifests share one id. */
export function fairManifestId(body: FairManifestBody): string {
  const digest = sha256(new TextEncoder().encode(canonicalFairManifest(body)));
  let hex = '';
  for (const b of digest) hex += HEX[b >> 4] + HEX[b & 15];
  return `fair_${hex}`;
}

// ---------------------------------------------------------------------------------------------------
// Settlement arithmetic
// ---------------------------------------------------------------------------------------------------

/** Resolves an upstream manifest (already validated) by id; undefined when it does not exist. */
export type FairManifestLookup = (id: string) => FairManifestBody | undefined;

export interface FairSplitPath {
  /** Manifest ids from the root down to the manifest that names this DID. */
  path: string[];
  role: string;
  /** The contributor's share within that manifest (ppm). */
  share: number;
  amount: number;
}

export interface FairSplitLine {
  did: string;
  /** Sum of `paths[].amount`: what this DID receives in total. */
  amount: number;
  paths: FairSplitPath[];
}

export interface FairSplit {
  manifestId: string;
  amount: number;
  /** One line per recipient DID, sorted by DID; amounts sum to `amount` exactly. */
  lines: FairSplitLine[];
}

const PPM_BIG = BigInt(FAIR_PPM);

/**
 * Splits `amount` across `shares` (summing to 1e6) exactly: each part is floor(amount × share / 1e6);
 * the few leftover units (fewer than the number of parts) go one each to the parts with the largest
 * remainder (amount × share mod 1e6), ties to the smaller key in UTF-16 code-unit order.
 */
export function largestRemainderSplit(
  amount: number,
  shares: ReadonlyArray<{ key: string; share: number }>,
): number[] {
  const total = BigInt(amount);
  const parts = shares.map((s) => {
    const product = total * BigInt(s.share);
    return { key: s.key, base: product / PPM_BIG, remainder: product % PPM_BIG };
  });
  let assigned = 0n;
  for (const p of parts) assigned += p.base;
  let leftover = Number(total - assigned);
  const order = parts
    .map((p, i) => i)
    .sort((a, b) => {
      const ra = parts[a].remainder;
      const rb = parts[b].remainder;
      if (ra !== rb) return ra > rb ? -1 : 1;
      return byKey(parts[a].key, parts[b].key);
    });
  const out = parts.map((p) => Number(p.base));
  for (const i of order) {
    if (leftover === 0) break;
    out[i] += 1;
    leftover -= 1;
  }
  return out;
}

function checkAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new FairError(
      'BAD_AMOUNT',
      `amount must be a non-negative integer number of minor units up to ${Number.MAX_SAFE_INTEGER}, got ${String(amount)}.`,
      'amount',
    );
  }
}

function resolve(lookup: FairManifestLookup, id: string, path: readonly string[]): FairManifestBody {
  if (path.includes(id))
    throw new FairError('CYCLE', `Manifest ${id} derives from itself via ${path.join(' → ')}.`);
  if (path.length >= FAIR_MAX_DEPTH) {
    throw new FairError('TOO_DEEP', `The chain below ${path[0]} is deeper than ${FAIR_MAX_DEPTH} manifests.`);
  }
  const body = lookup(id);
  if (!body) throw new FairError('UNKNOWN_UPSTREAM', `Manifest ${id} is not known.`, 'manifest');
  return body;
}

/**
 * Settles `amount` along the chain rooted at `manifestId` in one pass: each manifest splits what reaches
 * it across its contributors and upstreams with {@link largestRemainderSplit} (keys: contributor DID,
 * upstream manifest id), and each upstream's part is split again inside that upstream. Parts are then
 * summed per DID. The lines always sum to `amount`, are never negative, and depend only on the manifests.
 */
export function splitAlongChain(manifestId: string, amount: number, lookup: FairManifestLookup): FairSplit {
  checkAmount(amount);
  const lines = new Map<string, FairSplitLine>();
  const walk = (id: string, value: number, parentPath: readonly string[]) => {
    const body = resolve(lookup, id, parentPath);
    const path = [...parentPath, id];
    const keys = [
      ...body.contributors.map((c) => ({ key: c.did, share: c.share })),
      ...body.derivesFrom.map((u) => ({ key: u.manifest, share: u.share })),
    ];
    const parts = largestRemainderSplit(value, keys);
    body.contributors.forEach((c, i) => {
      let line = lines.get(c.did);
      if (!line) {
        line = { did: c.did, amount: 0, paths: [] };
        lines.set(c.did, line);
      }
      line.amount += parts[i];
      line.paths.push({ path, role: c.role, share: c.share, amount: parts[i] });
    });
    body.derivesFrom.forEach((u, j) => walk(u.manifest, parts[body.contributors.length + j], path));
  };
  walk(manifestId, amount, []);
  return {
    manifestId,
    amount,
    lines: [...lines.values()].sort((a, b) => byKey(a.did, b.did)),
  };
}

export interface FairChainEntry {
  kind: 'CONTRIBUTOR' | 'UPSTREAM';
  /** 0 for the root manifest's own entries. */
  depth: number;
  /** The manifest that lists this entry. */
  manifestId: string;
  /** Root → listing manifest. */
  path: string[];
  /** Set for CONTRIBUTOR. */
  did?: string;
  role?: string;
  /** Set for UPSTREAM (only where the depth limit cut the walk). */
  upstream?: string;
  /** Share within the listing manifest (ppm). */
  share: number;
  /** Exact share of the root, in ppm, as a decimal string ("210000", "52.5"). */
  effectiveShare: string;
}

/** ppm × shares / 1e6^k as an exact decimal string (every such product terminates in base 10). */
function ppmDecimal(numerator: bigint, scaleDigits: number): string {
  if (scaleDigits === 0) return numerator.toString();
  const s = numerator.toString().padStart(scaleDigits + 1, '0');
  const int = s.slice(0, -scaleDigits);
  const frac = s.slice(-scaleDigits).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/**
 * Flattens the attribution tree to `maxDepth` levels of upstreams (0 = the root's own list) with each
 * entry's exact share of the root. Upstreams beyond the limit stay as UPSTREAM entries, so the effective
 * shares of all entries always sum to 1,000,000 ppm.
 */
export function flattenChain(
  manifestId: string,
  lookup: FairManifestLookup,
  maxDepth = FAIR_MAX_DEPTH,
): FairChainEntry[] {
  const out: FairChainEntry[] = [];
  // effective = product(shares) / 1e6^(depth) in ppm: numerator over 10^(6·depth).
  const walk = (id: string, depth: number, parentPath: readonly string[], numerator: bigint) => {
    const body = resolve(lookup, id, parentPath);
    const path = [...parentPath, id];
    const scale = 6 * depth;
    for (const c of body.contributors) {
      out.push({
        kind: 'CONTRIBUTOR',
        depth,
        manifestId: id,
        path,
        did: c.did,
        role: c.role,
        share: c.share,
        effectiveShare: ppmDecimal(numerator * BigInt(c.share), scale),
      });
    }
    for (const u of body.derivesFrom) {
      const next = numerator * BigInt(u.share);
      if (depth < maxDepth) walk(u.manifest, depth + 1, path, next);
      else {
        out.push({
          kind: 'UPSTREAM',
          depth,
          manifestId: id,
          path,
          upstream: u.manifest,
          share: u.share,
          effectiveShare: ppmDecimal(next, scale),
        });
      }
    }
  };
  walk(manifestId, 0, [], 1n);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Portable signed manifests (.fair.json)
// ---------------------------------------------------------------------------------------------------

/**
 * What travels with a work: the manifest, the creator's proof over it (type mjn.fair.manifest, fields =
 * the normalised body) and each consenting contributor's proof (type mjn.fair.consent, fields =
 * `{ manifestId }`). Everything needed to verify is inside; no server is asked.
 */
export interface FairDocument {
  format: typeof FAIR_DOCUMENT_FORMAT;
  id: string;
  manifest: FairManifestBody;
  proof: Proof;
  signatures: Proof[];
}

export interface VerifiedFairDocument {
  id: string;
  manifest: FairManifestBody;
  creator: string;
  /** Contributor DIDs with a valid consent, sorted. */
  consented: string[];
  /** Contributor DIDs that have not (yet) co-signed, sorted. */
  pending: string[];
}

export interface VerifyFairDocumentOptions {
  /** The key to check `did`'s signature with; default: the key the did:mjn itself encodes. */
  publicKeyFor?: (did: string) => Uint8Array | undefined;
}

function proofFields(p: unknown, field: string): Proof {
  if (!isPlainObject(p))
    throw new FairError('MALFORMED', `${field} must be { signer, createdAt, nonce, signature }.`, field);
  const { signer, createdAt, nonce, signature } = p;
  if ([signer, createdAt, nonce, signature].some((v) => typeof v !== 'string')) {
    throw new FairError(
      'MALFORMED',
      `${field} must be { signer, createdAt, nonce, signature } strings.`,
      field,
    );
  }
  return { signer, createdAt, nonce, signature } as Proof;
}

/**
 * Verifies a .fair.json offline: shape, manifest rules, that the id is the hash of the manifest, the
 * creator's proof, and every co-signature (each from a listed contributor, at most one each). Proofs
 * carry no freshness window here: a manifest is re-verified long after it was signed.
 */
export function verifyFairDocument(
  document: unknown,
  backend: CryptoBackend,
  options: VerifyFairDocumentOptions = {},
): VerifiedFairDocument {
  if (!isPlainObject(document))
    throw new FairError('MALFORMED', 'A .fair.json document must be a JSON object.');
  if (document.format !== FAIR_DOCUMENT_FORMAT) {
    throw new FairError('MALFORMED', `format must be "${FAIR_DOCUMENT_FORMAT}".`, 'format');
  }
  const manifest = validateFairManifest(document.manifest);
  const id = fairManifestId(manifest);
  if (document.id !== id) {
    throw new FairError(
      'ID_MISMATCH',
      `The document's id does not match its manifest (expected ${id}).`,
      'id',
    );
  }
  const protocol = createProtocol(backend);
  const check = (type: string, fields: Record<string, unknown>, proof: Proof, field: string) => {
    try {
      protocol.verifyProof(type, fields, proof, {
        publicKey: isValidMjnDid(proof.signer) ? options.publicKeyFor?.(proof.signer) : undefined,
        windowMs: Infinity,
      });
    } catch (error) {
      throw new FairError('BAD_SIGNATURE', `${field}: ${(error as Error).message}`, field);
    }
  };
  const creatorProof = proofFields(document.proof, 'proof');
  check(FAIR_MANIFEST_TYPE, manifest as unknown as Record<string, unknown>, creatorProof, 'proof');
  if (!Array.isArray(document.signatures))
    throw new FairError('MALFORMED', 'signatures must be a list.', 'signatures');
  const contributors = new Set(manifest.contributors.map((c) => c.did));
  const consented = new Set<string>();
  document.signatures.forEach((raw: unknown, i) => {
    const field = `signatures[${i}]`;
    const proof = proofFields(raw, field);
    if (!contributors.has(proof.signer)) {
      throw new FairError(
        'NOT_A_CONTRIBUTOR',
        `${field} is by ${proof.signer}, who is not a contributor.`,
        field,
      );
    }
    if (consented.has(proof.signer)) {
      throw new FairError('DUPLICATE_SIGNATURE', `${field}: ${proof.signer} co-signed twice.`, field);
    }
    check(FAIR_CONSENT_TYPE, { manifestId: id }, proof, field);
    consented.add(proof.signer);
  });
  // The creator signed the whole manifest, which is consent enough if they are also a contributor.
  if (contributors.has(creatorProof.signer)) consented.add(creatorProof.signer);
  const sorted = [...contributors].sort(byKey);
  return {
    id,
    manifest,
    creator: creatorProof.signer,
    consented: sorted.filter((d) => consented.has(d)),
    pending: sorted.filter((d) => !consented.has(d)),
  };
}
