import { useState } from 'react';

import {
  useIdentityVouchesQuery,
  useImajin,
  useRevokeVouch,
  useSearchIdentitiesLazyQuery,
  useVouch,
} from '@imajin/react';

import { DidText } from '../components/did-text';
import { ErrorText } from '../components/error-text';
import { navigate } from '../router';
import { useAction } from '../use-action';

/** Find people by handle, vouch for them, and revoke vouches you gave. */
export function PeoplePage() {
  const { session } = useImajin();
  const me = session!.did;
  const [prefix, setPrefix] = useState('');
  const [search, found] = useSearchIdentitiesLazyQuery({ fetchPolicy: 'network-only' });
  const mine = useIdentityVouchesQuery({ variables: { did: me }, fetchPolicy: 'cache-and-network' });
  const [vouch] = useVouch();
  const [revoke] = useRevokeVouch();
  const [weight, setWeight] = useState(50);
  const vouching = useAction(async (to: string) => {
    await vouch({ to, weight });
    await mine.refetch();
  });
  const revoking = useAction(async (id: string) => {
    await revoke(id);
    await mine.refetch();
  });
  const searching = useAction(async () => {
    await search({ variables: { handlePrefix: prefix.trim().replace(/^@/, '').toLowerCase() } });
  });
  const given = mine.data?.identity?.vouchesGiven?.edges.map((e) => e.node) ?? [];
  const vouchedFor = new Set(given.map((v) => v.to.did));
  const results = found.data?.searchIdentities?.edges.map((e) => e.node) ?? [];

  return (
    <section className="stack">
      <h1>People</h1>
      <form
        className="card"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void searching.run();
        }}
      >
        <label>
          Find people by handle
          <input
            name="handlePrefix"
            value={prefix}
            onChange={(e) => setPrefix(e.target.value)}
            placeholder="@handle"
            autoCapitalize="none"
          />
        </label>
        <label>
          Vouch weight (1–100)
          <input
            name="weight"
            type="number"
            min={1}
            max={100}
            value={weight}
            onChange={(e) => setWeight(Number(e.target.value))}
          />
        </label>
        <button type="submit" disabled={searching.busy || prefix.trim() === ''}>
          Search
        </button>
        <ErrorText error={searching.error ?? found.error} />
      </form>

      {found.called && !found.loading && results.length === 0 && !found.error && (
        <p className="muted">Nobody has a handle starting with “{prefix}”.</p>
      )}
      {results.length > 0 && (
        <ul className="list card" aria-label="Search results">
          {results.map((p) => (
            <li key={p.did}>
              <div>
                <strong>@{p.profile?.handle}</strong>{' '}
                {p.profile?.displayName && <span>{p.profile.displayName}</span>}
                <div>
                  <DidText did={p.did} />
                </div>
              </div>
              <div className="actions">
                {p.did !== me && !vouchedFor.has(p.did) && (
                  <button type="button" disabled={vouching.busy} onClick={() => void vouching.run(p.did)}>
                    Vouch for @{p.profile?.handle}
                  </button>
                )}
                {vouchedFor.has(p.did) && <span className="ok">You vouch for them</span>}
                {p.did !== me && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => navigate(`/trust?to=${encodeURIComponent(p.did)}`)}
                  >
                    Trust path
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <ErrorText error={vouching.error} />

      <div className="card">
        <h2>Vouches you gave</h2>
        <ErrorText error={mine.error} />
        {given.length === 0 && <p className="muted">None yet: find someone you know and vouch for them.</p>}
        <ul className="list" aria-label="Vouches you gave">
          {given.map((v) => (
            <li key={v.id}>
              <div>
                <strong>@{v.to.profile?.handle ?? '?'}</strong> weight {v.weight}
                {v.context && <span> · {v.context}</span>}
              </div>
              <button
                type="button"
                className="secondary"
                disabled={revoking.busy}
                onClick={() => void revoking.run(v.id)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
        <ErrorText error={revoking.error} />
      </div>
    </section>
  );
}
