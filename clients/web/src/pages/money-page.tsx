import { useState } from 'react';

import { recentManifests } from '../components/recent-manifests';
import { navigate, useLocation } from '../router';

import { LedgerCard } from './money-ledger';
import { ManifestCreator, ManifestViewer, RecentManifestOptions } from './money-manifests';
import { PayForm } from './money-pay';
import { SettlementPreview } from './money-preview';

/**
 * Money: .fair manifests (create, open, co-sign), the split of an amount as a picture, paying through the
 * checkout with a receipt checked in the browser, and your balance and ledger. `?manifest=` selects one.
 */
export function MoneyPage() {
  const url = useLocation();
  const [current, setCurrent] = useState(
    () => url.searchParams.get('manifest') ?? recentManifests()[0] ?? '',
  );
  const select = (id: string) => {
    setCurrent(id);
    navigate(`/money?manifest=${encodeURIComponent(id)}`);
  };
  return (
    <section className="stack">
      <h1>Money</h1>
      <RecentManifestOptions />
      <ManifestCreator onCreated={select} />
      <ManifestViewer key={`v${current}`} manifestId={current} onOpen={select} />
      <SettlementPreview key={`s${current}`} manifestId={current} />
      <PayForm key={`p${current}`} manifestId={current} />
      <LedgerCard />
    </section>
  );
}
