import { createPrivateKey, sign, type KeyObject } from 'node:crypto';

import {
  canonicalBytes,
  cryptoBackend,
  generateKeyPair,
  keyPairFromSeed,
  publicKeyToMultibase,
  signTicketToken,
  toBase64Url,
  type KeyPair,
  type TicketClaims,
} from '@imajin/protocol';
import { LRUCache, openSecret, sealSecret, type NodeKeys } from '@imajin/subgraph-common';

export interface NewEventKey {
  did: string;
  publicKeyMultibase: string;
  sealedSeed: string;
  keyPair: KeyPair;
}

/**
 * Each event acts with its own Ed25519 key. The seed is stored sealed with the node key (AES-GCM with the event
 * DID as associated data) and opened only to sign; opened keys are cached in memory for the process.
 */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export class EventKeys {
  private readonly cache = new LRUCache<string, KeyPair>({ max: 10_000 });
  // An event signs every ticket with one key: building its KeyObject once saves ~1 ms per ticket.
  private readonly keyObjects = new WeakMap<KeyPair, KeyObject>();

  constructor(private readonly nodeKeys: NodeKeys) {}

  create(): NewEventKey {
    const keyPair = generateKeyPair();
    return {
      did: keyPair.did,
      publicKeyMultibase: publicKeyToMultibase(keyPair.publicKey),
      sealedSeed: sealSecret(this.nodeKeys, keyPair.seed, keyPair.did),
      keyPair,
    };
  }

  /** Opens the sealed seed of `eventDid`; `cacheKey` (the event id) lets later calls skip the database. */
  open(eventDid: string, sealedSeed: string, cacheKey = eventDid): KeyPair {
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const keyPair = keyPairFromSeed(openSecret(this.nodeKeys, sealedSeed, eventDid));
    if (keyPair.did !== eventDid) throw new Error(`The sealed key of ${eventDid} does not match its DID`);
    this.cache.set(cacheKey, keyPair);
    return keyPair;
  }

  cached(cacheKey: string): KeyPair | undefined {
    return this.cache.get(cacheKey);
  }

  signTicket(keyPair: KeyPair, claims: TicketClaims): string {
    let keyObject = this.keyObjects.get(keyPair);
    if (!keyObject) {
      keyObject = createPrivateKey({
        key: Buffer.concat([PKCS8_PREFIX, keyPair.seed]),
        format: 'der',
        type: 'pkcs8',
      });
      this.keyObjects.set(keyPair, keyObject);
    }
    const signer = keyObject;
    return signTicketToken(claims, keyPair.seed, {
      ...cryptoBackend,
      sign: (message) => new Uint8Array(sign(null, message, signer)),
    });
  }

  /** Ed25519 by the event over the canonical JSON of `payload` (e.g. its revocation list). */
  signJson(keyPair: KeyPair, payload: Record<string, unknown>): string {
    return toBase64Url(cryptoBackend.sign(canonicalBytes(payload), keyPair.seed));
  }
}
