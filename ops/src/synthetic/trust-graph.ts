import { randomUUID } from 'node:crypto';

import type { Client } from 'pg';

import { didFromPublicKey, keyPairFromSeed, signPayload, type KeyPair } from '@imajin/protocol';

export interface TrustGraphOptions {
  identities: number;
  vouches: number;
  /** Sign every vouch for real (Ed25519 over the canonical payload); else a placeholder signature. */
  sign: boolean;
  seed?: number;
  /** Zipf exponent of in-degree popularity (power law); out-degrees are Pareto. */
  exponent?: number;
  /** Chance that a vouch a → b is returned b → a. */
  reciprocity?: number;
  /** Share of vouches created already expired, and already revoked (they must be skipped by walks). */
  expiredShare?: number;
  revokedShare?: number;
  batchSize?: number;
  now?: Date;
  onProgress?: (loaded: number) => void;
}

export interface TrustGraph {
  dids: string[];
  /** Vouches loaded (after dropping duplicate pairs and self-loops). */
  loaded: number;
  loadMs: number;
}

/** A small seeded PRNG (mulberry32): the same seed always builds the same graph. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0..n-1 with P(i) ∝ (i+1)^-s through a cumulative table (binary search). */
function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i += 1) cdf[i] = sum += (i + 1) ** -s;
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * Builds a power-law vouch graph and loads it into `trust.vouches` (the table the trust migrations create)
 * with multi-row INSERTs of unnest()ed arrays. Out-degrees are Pareto-distributed (power law, capped at 1,000);
 * half the targets are drawn by Zipf popularity that follows out-degree, half uniformly, and 30% of vouches are
 * returned. Every vouch carries the canonical payload the vouch mutation would store (signed when `sign`).
 */
export async function loadTrustGraph(client: Client, options: TrustGraphOptions): Promise<TrustGraph> {
  const started = Date.now();
  const random = prng(options.seed ?? 42);
  const now = options.now ?? new Date();
  const s = options.exponent ?? 0.9;
  const reciprocity = options.reciprocity ?? 0.3;
  // Real key pairs only when signing (deriving a key costs ~1 ms here); otherwise DIDs over random key bytes.
  const keys: Array<{ did: string; kp?: KeyPair }> = [];
  for (let i = 0; i < options.identities; i += 1) {
    const bytes = new Uint8Array(32);
    for (let b = 0; b < 32; b += 1) bytes[b] = Math.floor(random() * 256);
    if (options.sign) {
      const kp = keyPairFromSeed(bytes);
      keys.push({ did: kp.did, kp });
    } else keys.push({ did: didFromPublicKey(bytes) });
  }
  // Out-degrees: Pareto (exponent 2.2, at least 1), scaled so they sum to about `vouches`, capped at 1,000.
  const n = options.identities;
  const cap = Math.min(1000, Math.floor(n / 10));
  const raw = Array.from({ length: n }, () => Math.min(cap, (1 - random()) ** (-1 / 1.2)));
  const scale = options.vouches / (1 + reciprocity) / raw.reduce((a, b) => a + b, 0);
  const degree = raw.map((d) => Math.max(1, Math.min(cap, Math.round(d * scale))));
  // Targets: half by Zipf popularity, half uniform. Popularity follows out-degree (people who vouch a lot are
  // vouched for a lot), and a share of vouches is returned, as in real social graphs.
  const inRank = Int32Array.from(
    Array.from({ length: n }, (_, i) => i).sort((a, b) => degree[b] - degree[a] || a - b),
  );
  const pickIn = zipfSampler(n, s, random);
  const seen = new Set<number>();
  const batch = options.batchSize ?? 5000;
  const empty = (): unknown[][] => Array.from({ length: 8 }, () => []);
  let rows = empty();
  let loaded = 0;
  const flush = async () => {
    if (rows[0].length === 0) return;
    await client.query(
      `INSERT INTO trust.vouches (id, owner_did, from_did, to_did, weight, expires_at, created_at, revoked_at,
         closed_at, signature, signed_payload)
       SELECT id, f, f, t, w, e, $9, r, r, sig, p FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[],
         $5::timestamptz[], $6::timestamptz[], $7::text[], $8::text[]) AS u(id, f, t, w, e, r, sig, p)`,
      [...rows, now],
    );
    loaded += rows[0].length;
    options.onProgress?.(loaded);
    rows = empty();
  };
  const expiredShare = options.expiredShare ?? 0.01;
  const revokedShare = options.revokedShare ?? 0.01;
  const past = new Date(now.getTime() - 86_400_000);
  const add = (from: number, to: number): boolean => {
    if (from === to) return false;
    const pair = from * n + to;
    if (seen.has(pair) || seen.size >= options.vouches) return false;
    seen.add(pair);
    const weight = 1 + Math.floor(random() * 100);
    const roll = random();
    const expiresAt = roll < expiredShare ? past : null;
    const revokedAt = roll >= expiredShare && roll < expiredShare + revokedShare ? past : null;
    const fields: Record<string, unknown> = { to: keys[to].did, weight };
    if (expiresAt) fields.expiresAt = expiresAt.toISOString();
    let signature = 'synthetic';
    let canonical = JSON.stringify({ type: 'mjn.trust.vouch', ...fields, signer: keys[from].did });
    if (options.sign) {
      const signed = signPayload('mjn.trust.vouch', fields, keys[from].kp!, { now });
      signature = signed.proof.signature;
      canonical = signed.canonical;
    }
    const row = [
      randomUUID(),
      keys[from].did,
      keys[to].did,
      weight,
      expiresAt,
      revokedAt,
      signature,
      canonical,
    ];
    row.forEach((v, i) => rows[i].push(v));
    return true;
  };
  for (let from = 0; from < n && seen.size < options.vouches; from += 1) {
    for (
      let k = 0, tries = 0;
      k < degree[from] && tries < degree[from] * 3 && seen.size < options.vouches;
      tries += 1
    ) {
      const to = random() < 0.5 ? inRank[pickIn()] : Math.floor(random() * n);
      if (!add(from, to)) continue;
      k += 1;
      if (random() < reciprocity) add(to, from);
      if (rows[0].length >= batch) await flush();
    }
  }
  await flush();
  return { dids: keys.map((k) => k.did), loaded, loadMs: Date.now() - started };
}
