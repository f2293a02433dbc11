import { useBalanceQuery, useImajin, useLedgerQuery } from '@imajin/react';

import { ErrorText } from '../components/error-text';
import { formatMoney } from '../components/money';

/** The signed-in person's balances and latest ledger entries: owner-only fields, so only for yourself. */
export function LedgerCard() {
  const { session } = useImajin();
  const did = session!.did;
  const balance = useBalanceQuery({ variables: { did, currency: 'usd' }, fetchPolicy: 'cache-and-network' });
  const ledger = useLedgerQuery({ variables: { did, first: 20 }, fetchPolicy: 'cache-and-network' });
  const balances = balance.data?.identity?.balances ?? [];
  const entries = ledger.data?.identity?.ledger?.edges.map((e) => e.node) ?? [];

  return (
    <div className="card" aria-label="Balance and ledger">
      <div className="actions spread">
        <h2>Your balance</h2>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            void balance.refetch();
            void ledger.refetch();
          }}
        >
          Refresh
        </button>
      </div>
      <ErrorText error={balance.error} />
      <p data-testid="balances">
        {balances.length === 0
          ? 'Nothing credited to you yet.'
          : balances.map((b) => formatMoney(b.amount, b.currency)).join(' · ')}
      </p>
      <h3>Ledger</h3>
      <ErrorText error={ledger.error} />
      {entries.length === 0 && !ledger.loading && <p className="muted">No entries yet.</p>}
      <ul className="list" aria-label="Ledger">
        {entries.map((e) => (
          <li key={e.id}>
            <span>
              {e.direction === 'CREDIT' ? '+' : '−'}
              {formatMoney(e.amount, e.currency)} {e.memo && <span className="muted">{e.memo}</span>}
            </span>
            <span className="muted">{new Date(e.createdAt).toLocaleString()}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
