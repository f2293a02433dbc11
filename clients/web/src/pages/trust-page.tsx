import { useEffect, useState } from 'react';

import {
  useIdentityByHandleLazyQuery,
  useIdentityVouchesQuery,
  useImajin,
  useNeighbourhoodQuery,
  useTrustPathLazyQuery,
  useViewerQuery,
} from '@imajin/react';

import { DidText } from '../components/did-text';
import { ErrorText } from '../components/error-text';
import { TrustGraph, type GraphEdge, type GraphNode } from '../components/trust-graph';
import { useLocation } from '../router';
import { useAction } from '../use-action';

const handleOf = (i: { did: string; profile?: { handle?: string | null } | null }) =>
  i.profile?.handle ? `@${i.profile.handle}` : `${i.did.slice(0, 12)}…`;

/** Your trust neighbourhood as a picture, and the trust path between two people with its signed evidence. */
export function TrustPage() {
  return (
    <section className="stack">
      <h1>Trust</h1>
      <Neighbourhood />
      <TrustPathFinder />
    </section>
  );
}

function Neighbourhood() {
  const { session } = useImajin();
  const me = session!.did;
  const viewer = useViewerQuery();
  const hood = useNeighbourhoodQuery({
    variables: { did: me, depth: 2, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const vouches = useIdentityVouchesQuery({
    variables: { did: me, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const people = hood.data?.neighbourhood?.edges.map((e) => e.node) ?? [];

  const nodes: GraphNode[] = [
    { id: me, label: viewer.data?.viewer ? handleOf(viewer.data.viewer) : 'you', hops: 0 },
    ...people.map((p) => ({ id: p.identity.did, label: handleOf(p.identity), hops: p.hops })),
  ];
  const shown = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  for (const { node: v } of vouches.data?.identity?.vouchesGiven?.edges ?? []) {
    if (shown.has(v.to.did)) edges.push({ source: me, target: v.to.did, label: String(v.weight) });
  }
  for (const { node: v } of vouches.data?.identity?.vouchesReceived?.edges ?? []) {
    if (shown.has(v.from.did)) edges.push({ source: v.from.did, target: me, label: String(v.weight) });
  }
  // People two or more hops away are reached through others; a dashed line says so without guessing who.
  for (const p of people) {
    if (p.hops >= 2) edges.push({ source: me, target: p.identity.did, indirect: true });
  }

  return (
    <div className="card">
      <h2>Your neighbourhood</h2>
      <ErrorText error={hood.error ?? vouches.error} />
      {hood.loading && !hood.data && <p className="muted">Loading…</p>}
      <TrustGraph nodes={nodes} edges={edges} label="Your trust neighbourhood" />
      <ul className="chips" aria-label="People in your neighbourhood">
        {people.map((p) => (
          <li key={p.identity.did}>
            {handleOf(p.identity)} <span className="muted">{p.hops === 1 ? '1 hop' : `${p.hops} hops`}</span>
          </li>
        ))}
      </ul>
      {hood.data && people.length === 0 && (
        <p className="muted">Nobody yet: vouch for someone, or ask them to vouch for you.</p>
      )}
    </div>
  );
}

function TrustPathFinder() {
  const { session } = useImajin();
  const url = useLocation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(url.searchParams.get('to') ?? '');
  const [byHandle] = useIdentityByHandleLazyQuery({ fetchPolicy: 'network-only' });
  const [findPath, path] = useTrustPathLazyQuery({ fetchPolicy: 'network-only' });

  // A DID as is; a handle is looked up first, with a sentence when nobody has it.
  const resolve = async (text: string, fallback: string): Promise<string> => {
    const value = text.trim() || fallback;
    if (value.startsWith('did:')) return value;
    const handle = value.replace(/^@/, '').toLowerCase();
    const { data, error } = await byHandle({ variables: { handle } });
    if (error) throw error;
    if (!data?.identityByHandle) throw new Error(`Nobody has the handle @${handle}.`);
    return data.identityByHandle.did;
  };
  const action = useAction(async () => {
    const [a, b] = await Promise.all([resolve(from, session!.did), resolve(to, '')]);
    const { error } = await findPath({ variables: { from: a, to: b } });
    if (error) throw error;
  });
  const initialTo = url.searchParams.get('to');
  useEffect(() => {
    if (initialTo) void action.run();
    // Only when arriving with ?to=, not on every edit.
  }, [initialTo]);

  const result = path.data?.trustPath;
  return (
    <div className="card">
      <h2>Trust path</h2>
      <form
        aria-label="Trust path"
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run();
        }}
      >
        <label>
          From
          <input name="from" value={from} onChange={(e) => setFrom(e.target.value)} placeholder="you" />
        </label>
        <label>
          To
          <input
            name="to"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            placeholder="@handle or did:mjn:…"
          />
        </label>
        <button type="submit" disabled={action.busy || to.trim() === ''}>
          {action.busy ? 'Searching…' : 'Find path'}
        </button>
      </form>
      <ErrorText error={action.error} />
      {result && !action.busy && (
        <div data-testid="trust-path">
          {result.found ? (
            <>
              <p className="ok">
                Found: {result.length} {result.length === 1 ? 'hop' : 'hops'}.
              </p>
              <TrustGraph
                label="The trust path"
                nodes={[
                  ...result.hops.map((h, i) => ({ id: h.from.did, label: handleOf(h.from), hops: i })),
                  ...result.hops
                    .slice(-1)
                    .map((h) => ({ id: h.to.did, label: handleOf(h.to), hops: result.hops.length })),
                ]}
                edges={result.hops.map((h) => ({
                  source: h.from.did,
                  target: h.to.did,
                  label: String(h.vouch.weight),
                }))}
              />
              <ol className="hops" aria-label="Hops">
                {result.hops.map((h) => (
                  <li key={h.vouch.id}>
                    <p>
                      <strong>{handleOf(h.from)}</strong> vouches for <strong>{handleOf(h.to)}</strong> with
                      weight {h.vouch.weight}
                      {h.vouch.context ? ` (“${h.vouch.context}”)` : ''}, signed{' '}
                      {new Date(h.vouch.createdAt).toLocaleString()}.
                    </p>
                    <details>
                      <summary>Signed evidence</summary>
                      <p>
                        Signer <DidText did={h.from.did} />
                      </p>
                      <p>Signature</p>
                      <code className="evidence" data-testid="hop-signature">
                        {h.vouch.signature}
                      </code>
                      <p>Signed payload (JCS)</p>
                      <code className="evidence">
                        {typeof h.vouch.signedPayload === 'string'
                          ? h.vouch.signedPayload
                          : JSON.stringify(h.vouch.signedPayload)}
                      </code>
                    </details>
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p className="why-not" data-testid="why-not">
              No trust path. {result.explanation?.message}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
