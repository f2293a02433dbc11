import { useState } from 'react';

import { useSettlementSplitLazyQuery } from '@imajin/react';

import { ErrorText } from '../components/error-text';
import { ManifestField, useAmountField } from '../components/fields';
import { SettlementPicture } from '../components/settlement-picture';
import { useAction } from '../use-action';

/** How an amount would split along a manifest's chain, as a picture; nothing is paid or written. */
export function SettlementPreview({ manifestId }: { manifestId: string }) {
  const [manifest, setManifest] = useState(manifestId);
  const amount = useAmountField('Amount to split (USD)', '100.00');
  const [preview, result] = useSettlementSplitLazyQuery({ fetchPolicy: 'network-only' });
  const action = useAction(async () => {
    const minor = amount.read();
    if (minor === null) return;
    const answer = await preview({
      variables: { manifestId: manifest.trim(), amount: minor, currency: 'usd' },
    });
    if (answer.error) throw answer.error;
  });
  const split = result.data?.settlementPreview;

  return (
    <form
      className="card"
      aria-label="Settlement preview"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <h2>Preview a settlement</h2>
      <div className="inline-form">
        <ManifestField label="Manifest" value={manifest} onChange={setManifest} />
        {amount.field}
        <button type="submit" disabled={action.busy || manifest.trim() === ''}>
          {action.busy ? 'Splitting…' : 'Preview'}
        </button>
      </div>
      {amount.message}
      <ErrorText error={action.error} />
      {split && (
        <SettlementPicture
          amount={Number(split.amount)}
          currency={split.currency}
          lines={split.lines.map((l) => ({
            did: l.did,
            amount: l.amount,
            label: l.identity.profile?.handle ? `@${l.identity.profile.handle}` : `${l.did.slice(0, 14)}…`,
            paths: l.paths,
          }))}
        />
      )}
    </form>
  );
}
