import type { DataSource, EntityManager } from 'typeorm';

import {
  canonicalFairManifest,
  canonicalize,
  cryptoBackend,
  FAIR_CONSENT_TYPE,
  FAIR_DOCUMENT_FORMAT,
  FAIR_MANIFEST_TYPE,
  FAIR_MAX_DEPTH,
  FairError,
  fairManifestId,
  isFairManifestId,
  validateFairManifest,
  verifyFairDocument,
  type FairDocument,
  type FairManifestBody,
  type FairManifestLookup,
  type Proof,
} from '@imajin/protocol';
import {
  BadSignatureError,
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  plainFields,
  signingKeyFromDirectory,
  type Clock,
  type IdentityDirectory,
  type Logger,
  type ProofVerifier,
  LRUCache,
} from '@imajin/subgraph-common';

export const ManifestProofTypes = {
  createFairManifest: FAIR_MANIFEST_TYPE,
  signFairManifest: FAIR_CONSENT_TYPE,
} as const;

export interface ManifestRow {
  id: string;
  owner_did: string;
  version: string;
  body: FairManifestBody;
  canonical: string;
  terms: string | null;
  signature: string;
  signed_payload: string;
  signed_at: Date;
  imported: boolean;
  created_at: Date;
}

export interface ConsentRow {
  manifest_id: string;
  signer_did: string;
  signature: string;
  signed_payload: string;
  signed_at: Date;
}

/** A FairError from @imajin/protocol as the GraphQL error a client can act on. */
export function fairInputError(error: unknown, prefix = ''): never {
  if (error instanceof FairError) {
    throw new BadUserInputError(error.message, {
      reason: error.code,
      field: error.field ? `${prefix}${error.field}` : undefined,
    });
  }
  throw error;
}

function validate(input: unknown): FairManifestBody {
  try {
    return validateFairManifest(input);
  } catch (error) {
    return fairInputError(error, 'input.');
  }
}

/** The proof fields stored inside a signed payload, so a stored signature can travel as a Proof again. */
function proofOf(signedPayload: string, signature: string): Proof {
  const p = JSON.parse(signedPayload) as { signer: string; createdAt: string; nonce: string };
  return { signer: p.signer, createdAt: p.createdAt, nonce: p.nonce, signature };
}

/**
 * .fair manifests: creation, co-signing, export/import and chain lookups. Manifests never change once
 * written (the id is their hash), so bodies are cached in memory for settlement and previews.
 */
export class ManifestService {
  private readonly cache = new LRUCache<string, FairManifestBody>({ max: 10_000 });

  constructor(
    private readonly dataSource: DataSource,
    private readonly verifier: ProofVerifier,
    private readonly directory: IdentityDirectory,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async getMany(ids: readonly string[]): Promise<Array<ManifestRow | null>> {
    const rows: ManifestRow[] = await this.dataSource.query(
      'SELECT * FROM fair_manifests WHERE id = ANY($1) AND deleted_at IS NULL',
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async get(id: string): Promise<ManifestRow> {
    const [row] = await this.getMany([id]);
    if (!row) throw new NotFoundError(`No .fair manifest ${id}; check the id (fair_…)`);
    return row;
  }

  /** Co-signatures per manifest id. */
  async consents(ids: readonly string[]): Promise<ConsentRow[][]> {
    const rows: ConsentRow[] = await this.dataSource.query(
      `SELECT manifest_id, signer_did, signature, signed_payload, signed_at FROM fair_signatures
        WHERE manifest_id = ANY($1) AND deleted_at IS NULL ORDER BY signer_did`,
      [ids],
    );
    return ids.map((id) => rows.filter((r) => r.manifest_id === id));
  }

  /**
   * Loads every manifest below `rootId` (one query per level) and returns a lookup over them, for the
   * protocol's split and flatten functions. Unknown ids are left out, so the protocol reports them.
   */
  async chainLookup(
    rootId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FairManifestLookup> {
    let frontier = [rootId];
    for (let depth = 0; frontier.length > 0 && depth <= FAIR_MAX_DEPTH; depth++) {
      const missing = frontier.filter((id) => !this.cache.has(id));
      if (missing.length > 0) {
        const rows: Array<{ id: string; body: FairManifestBody }> = await manager.query(
          'SELECT id, body FROM fair_manifests WHERE id = ANY($1) AND deleted_at IS NULL',
          [missing],
        );
        for (const r of rows) this.cache.set(r.id, r.body);
      }
      frontier = frontier.flatMap((id) => this.cache.get(id)?.derivesFrom.map((u) => u.manifest) ?? []);
    }
    return (id) => this.cache.get(id);
  }

  /** Creates a manifest signed by its creator; creating the same manifest again returns the existing one. */
  async create(input: object, proof: Proof): Promise<ManifestRow> {
    const body = validate(plainFields(input));
    const id = fairManifestId(body);
    const publicKey = await signingKeyFromDirectory(this.directory, proof.signer);
    // The creator signs the normal form (contributors by DID, upstreams by id) that the id hashes.
    const verified = this.verifier.verify({
      type: FAIR_MANIFEST_TYPE,
      fields: body as unknown as Record<string, unknown>,
      proof,
      publicKey,
    });
    await this.checkReferences(body);
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      await this.verifier.record(tx, verified);
      await this.insert(
        tx,
        id,
        body,
        verified.canonical,
        verified.signature,
        verified.signer,
        verified.createdAt,
        now,
        false,
      );
      const [row] = (await tx.query('SELECT * FROM fair_manifests WHERE id = $1', [id])) as ManifestRow[];
      return row;
    });
  }

  /** A contributor consents to a manifest by signing its id; signing twice changes nothing. */
  async sign(input: { manifestId: string }, proof: Proof): Promise<ManifestRow> {
    if (!isFairManifestId(input.manifestId)) {
      throw new BadUserInputError('manifestId must be a manifest id (fair_ + 64 hex)', {
        field: 'input.manifestId',
      });
    }
    const publicKey = await signingKeyFromDirectory(this.directory, proof.signer);
    const verified = this.verifier.verify({
      type: FAIR_CONSENT_TYPE,
      fields: { manifestId: input.manifestId },
      proof,
      publicKey,
    });
    const manifest = await this.get(input.manifestId);
    if (!manifest.body.contributors.some((c) => c.did === verified.signer)) {
      throw new ForbiddenError(
        `${verified.signer} is not a contributor of ${manifest.id}; only contributors co-sign`,
      );
    }
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      await this.verifier.record(tx, verified);
      await tx.query(
        `INSERT INTO fair_signatures (manifest_id, signer_did, owner_did, signature, signed_payload, signed_at, created_at)
         VALUES ($1, $2, $2, $3, $4, $5, $6) ON CONFLICT (manifest_id, signer_did) DO NOTHING`,
        [manifest.id, verified.signer, verified.signature, verified.canonical, verified.createdAt, now],
      );
    });
    return manifest;
  }

  /** The portable .fair.json: manifest, creator proof and every co-signature; verifies offline. */
  async export(id: string): Promise<FairDocument> {
    const row = await this.get(id);
    const [consents] = await this.consents([id]);
    return {
      format: FAIR_DOCUMENT_FORMAT,
      id: row.id,
      manifest: row.body,
      proof: proofOf(row.signed_payload, row.signature),
      signatures: consents.map((c) => proofOf(c.signed_payload, c.signature)),
    };
  }

  /**
   * Stores a .fair.json made elsewhere after verifying it as anyone would offline (keys from the DIDs,
   * no freshness window: the proofs may be old). Its proofs are not nonces here, so they are not logged.
   * Importing a manifest that exists adds any co-signatures it did not have.
   */
  async import(document: unknown): Promise<ManifestRow> {
    let verified;
    try {
      verified = verifyFairDocument(document, cryptoBackend);
    } catch (error) {
      if (error instanceof FairError && error.code === 'BAD_SIGNATURE') {
        throw new BadSignatureError(`The .fair.json does not verify: ${error.message}`, {
          reason: 'BAD_SIGNATURE',
        });
      }
      return fairInputError(error, 'document.');
    }
    const doc = document as FairDocument;
    await this.checkReferences(verified.manifest);
    const now = this.clock.now();
    const creator = doc.proof;
    const signedPayload = (type: string, fields: Record<string, unknown>, p: Proof) =>
      canonicalize({ type, ...fields, signer: p.signer, createdAt: p.createdAt, nonce: p.nonce });
    return this.dataSource.transaction(async (tx) => {
      await this.insert(
        tx,
        verified.id,
        verified.manifest,
        signedPayload(FAIR_MANIFEST_TYPE, verified.manifest as unknown as Record<string, unknown>, creator),
        creator.signature,
        creator.signer,
        new Date(creator.createdAt),
        now,
        true,
      );
      for (const p of doc.signatures) {
        await tx.query(
          `INSERT INTO fair_signatures (manifest_id, signer_did, owner_did, signature, signed_payload, signed_at, created_at)
           VALUES ($1, $2, $2, $3, $4, $5, $6) ON CONFLICT (manifest_id, signer_did) DO NOTHING`,
          [
            verified.id,
            p.signer,
            p.signature,
            signedPayload(FAIR_CONSENT_TYPE, { manifestId: verified.id }, p),
            new Date(p.createdAt),
            now,
          ],
        );
      }
      const [row] = (await tx.query('SELECT * FROM fair_manifests WHERE id = $1', [
        verified.id,
      ])) as ManifestRow[];
      return row;
    });
  }

  /** Contributors must be identities this node knows; upstreams must already be stored here. */
  private async checkReferences(body: FairManifestBody): Promise<void> {
    const dids = body.contributors.map((c) => c.did);
    const known = await this.directory.lookup(dids);
    const unknown = dids.filter((d) => !known.get(d)?.active);
    if (unknown.length > 0) {
      throw new BadUserInputError(
        `Unknown or inactive contributor DID(s): ${unknown.slice(0, 5).join(', ')}; each contributor must be a registered identity`,
        { reason: 'UNKNOWN_DID', field: 'input.contributors', dids: unknown },
      );
    }
    const upstreams = body.derivesFrom.map((u) => u.manifest);
    if (upstreams.length > 0) {
      const rows: Array<{ id: string }> = await this.dataSource.query(
        'SELECT id FROM fair_manifests WHERE id = ANY($1) AND deleted_at IS NULL',
        [upstreams],
      );
      const found = new Set(rows.map((r) => r.id));
      const missing = upstreams.filter((u) => !found.has(u));
      if (missing.length > 0) {
        throw new BadUserInputError(
          `Unknown upstream manifest(s): ${missing.join(', ')}; create or import them first`,
          { reason: 'UNKNOWN_UPSTREAM', field: 'input.derivesFrom' },
        );
      }
    }
  }

  private async insert(
    tx: EntityManager,
    id: string,
    body: FairManifestBody,
    canonical: string,
    signature: string,
    creator: string,
    signedAt: Date,
    now: Date,
    imported: boolean,
  ): Promise<void> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO fair_manifests (id, owner_did, version, body, canonical, terms, signature, signed_payload,
                                   signed_at, imported, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        id,
        creator,
        body.version,
        JSON.stringify(body),
        canonicalFairManifest(body),
        body.terms ?? null,
        signature,
        canonical,
        signedAt,
        imported,
        now,
      ],
    );
    if (inserted.length === 0) {
      this.logger.debug({ manifestId: id }, 'manifest already stored');
      return;
    }
    await tx.query(
      `INSERT INTO fair_contributors (manifest_id, did, owner_did, position, role, share)
       SELECT $1, did, did, ord - 1, role, share
         FROM unnest($2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS c (did, role, share, ord)`,
      [
        id,
        body.contributors.map((c) => c.did),
        body.contributors.map((c) => c.role),
        body.contributors.map((c) => c.share),
      ],
    );
    if (body.derivesFrom.length > 0) {
      await tx.query(
        `INSERT INTO fair_upstreams (manifest_id, upstream_id, owner_did, position, share)
         SELECT $1, upstream, $2, ord - 1, share
           FROM unnest($3::text[], $4::int[]) WITH ORDINALITY AS u (upstream, share, ord)`,
        [id, creator, body.derivesFrom.map((u) => u.manifest), body.derivesFrom.map((u) => u.share)],
      );
    }
  }
}
