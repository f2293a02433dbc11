import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

import { fromBase64Url, toBase64Url } from '@imajin/protocol';

/**
 * The proof that whoever completes a local checkout is its payer: a per-checkout secret that only the
 * create response carries (inside the checkout URL). It is an HMAC of the checkout id under a key derived
 * from the node master key, so nothing secret is stored, the same reference gets the same link again, and
 * a link for one checkout opens no other.
 */
export class CheckoutSecrets {
  private readonly key: Buffer;

  constructor(nodeMasterKey: string) {
    this.key = Buffer.from(
      hkdfSync(
        'sha256',
        fromBase64Url(nodeMasterKey),
        'imajin-payments-v1',
        'mjn.payments.checkout-secret',
        32,
      ),
    );
  }

  secretFor(checkoutId: string): string {
    return toBase64Url(createHmac('sha256', this.key).update(checkoutId, 'utf8').digest());
  }

  /** Constant-time: how much of a guess matches must not show in the response time. */
  matches(checkoutId: string, candidate: string): boolean {
    const expected = Buffer.from(this.secretFor(checkoutId), 'utf8');
    const given = Buffer.from(candidate, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
