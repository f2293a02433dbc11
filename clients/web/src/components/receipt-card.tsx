import { useEffect } from 'react';

import {
  cryptoBackend,
  publicKeyFromDid,
  verifyReceipt,
  type SignedEnvelope,
} from '@imajin/protocol/browser';
import { usePaymentQuery } from '@imajin/react';

import { DidText } from './did-text';
import { ErrorText } from './error-text';
import { formatMoney } from './money';

type Verdict = { ok: true; text: string } | { ok: false; text: string };

/**
 * Checks the receipt in this browser: the envelope's signature against the key inside the node's own did:mjn
 * (the receipt's signer, which identity must know as the NODE identity), and that the parts add up.
 */
function verdictOf(envelope: unknown, signer: { did: string; kind: string } | null | undefined): Verdict {
  if (!signer) return { ok: false, text: 'The receipt names no signer, so it cannot be checked.' };
  if (signer.kind !== 'NODE')
    return {
      ok: false,
      text: `The receipt is signed by a ${signer.kind.toLowerCase()}, not by this node: do not trust it.`,
    };
  try {
    verifyReceipt(envelope as SignedEnvelope, publicKeyFromDid(signer.did), cryptoBackend);
    return { ok: true, text: 'Receipt verified in your browser: signed by this node, and the parts add up.' };
  } catch (error) {
    return { ok: false, text: `This receipt does NOT verify: ${(error as Error).message}` };
  }
}

/**
 * A payment as its payer follows it: waiting while the checkout is open (polled every second), then the signed
 * receipt with where the money went and whether the signature verifies.
 */
export function ReceiptCard({ paymentId }: { paymentId: string }) {
  const query = usePaymentQuery({
    variables: { id: paymentId },
    fetchPolicy: 'network-only',
    pollInterval: 1000,
  });
  const payment = query.data?.payment;
  const receipt = payment?.receipt;
  const done = Boolean(receipt) || payment?.status === 'REFUNDED' || payment?.status === 'FAILED';
  const { stopPolling } = query;
  useEffect(() => {
    if (done) stopPolling();
  }, [done, stopPolling]);
  if (!payment)
    return query.error ? (
      <ErrorText error={query.error} />
    ) : (
      <p className="muted" role="status">
        Loading the payment…
      </p>
    );
  if (payment.status === 'PENDING')
    return (
      <p className="progress" role="status">
        Waiting for the payment: pay in the checkout, then come back here.
      </p>
    );
  if (!receipt)
    return (
      <p className="muted" role="status">
        Payment {payment.status.toLowerCase()}; the receipt is on its way…
      </p>
    );
  const verdict = verdictOf(receipt.envelope, receipt.signer);
  return (
    <div className="receipt" data-testid="receipt">
      <h3>Receipt</h3>
      <p>
        Paid <strong>{formatMoney(receipt.amount, receipt.currency)}</strong> on{' '}
        {new Date(receipt.createdAt).toLocaleString()}.
      </p>
      <ul className="list" aria-label="Where the money went">
        {receipt.recipients.map((r) => (
          <li key={r.identity.did}>
            <DidText did={r.identity.did} /> <strong>{formatMoney(r.amount, receipt.currency)}</strong>
          </li>
        ))}
      </ul>
      <p className={verdict.ok ? 'ok verdict' : 'error verdict'} data-testid="receipt-verdict">
        {verdict.text}
      </p>
      <details>
        <summary>Signed receipt</summary>
        <p className="muted">
          Signer <DidText did={receipt.signer?.did ?? ''} />
        </p>
        <code className="evidence" data-testid="receipt-signature">
          {receipt.signature}
        </code>
        <code className="evidence">{receipt.signedPayload}</code>
      </details>
    </div>
  );
}
