import { useState } from 'react';

import { useCreateCheckout, useImajin } from '@imajin/react';

import { ErrorText } from '../components/error-text';
import { ManifestField, useAmountField } from '../components/fields';
import { ReceiptCard } from '../components/receipt-card';
import { useAction } from '../use-action';

// getRandomValues, unlike randomUUID, also works on plain http from another machine of the local network.
function newReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Pay an amount along a manifest through the node's checkout, then see the signed receipt. */
export function PayForm({ manifestId }: { manifestId: string }) {
  const { session } = useImajin();
  const [manifest, setManifest] = useState(manifestId);
  const amount = useAmountField('Amount (USD)', '10.00');
  const [description, setDescription] = useState('A payment');
  const [checkout, setCheckout] = useState<{ url: string; paymentId: string } | null>(null);
  const [createCheckout] = useCreateCheckout();
  const action = useAction(async () => {
    setCheckout(null);
    const minor = amount.read();
    if (minor === null) return;
    const made = await createCheckout(
      {
        // The idempotency key: a new one per click, so pressing Pay twice makes two payments on purpose only.
        reference: newReference(),
        amount: minor,
        currency: 'usd',
        manifestId: manifest.trim(),
        description: description.trim() || 'A payment',
      },
      session!.did,
    );
    setCheckout({ url: made.url, paymentId: made.payment.id });
  });

  return (
    <form
      className="card"
      aria-label="Pay"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <h2>Pay along a manifest</h2>
      <ManifestField label="Manifest to pay" value={manifest} onChange={setManifest} />
      <div className="inline-form">
        {amount.field}
        <label>
          What for
          <input value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <button type="submit" disabled={action.busy || manifest.trim() === ''}>
          {action.busy ? 'Signing…' : 'Start checkout'}
        </button>
      </div>
      {amount.message}
      <ErrorText error={action.error} />
      {checkout && (
        <>
          <p>
            <a className="button" href={checkout.url} target="_blank" rel="noopener">
              Open the checkout
            </a>{' '}
            <span className="muted">The link is yours alone: it can pay this checkout.</span>
          </p>
          <ReceiptCard paymentId={checkout.paymentId} />
        </>
      )}
    </form>
  );
}
