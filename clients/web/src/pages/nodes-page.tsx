import { useState } from 'react';

import { useNodesQuery, type NodeStatus } from '@imajin/react';

import { DidText } from '../components/did-text';
import { ErrorText } from '../components/error-text';

const STATUSES: NodeStatus[] = ['ACTIVE', 'STALE', 'GRACE', 'EXPIRED', 'REVOKED'];

/**
 * The public node directory with filters. Status and capability filter on the server; the hostname search
 * matches within the pages loaded so far (the API lists by hostname but has no substring filter).
 */
export function NodesPage() {
  const [status, setStatus] = useState<NodeStatus | ''>('');
  const [capability, setCapability] = useState('');
  const [hostname, setHostname] = useState('');
  const filter = { status: status || null, capability: capability.trim() || null };
  const nodes = useNodesQuery({ variables: { filter, first: 100 }, fetchPolicy: 'cache-and-network' });
  const connection = nodes.data?.nodes;
  const all = connection?.edges.map((e) => e.node) ?? [];
  const wanted = hostname.trim().toLowerCase();
  const shown = wanted ? all.filter((n) => n.hostname.toLowerCase().includes(wanted)) : all;

  return (
    <section className="stack">
      <h1>Nodes</h1>
      <form
        className="card filters"
        role="search"
        aria-label="Filter nodes"
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          Hostname contains
          <input
            name="hostname"
            value={hostname}
            onChange={(e) => setHostname(e.target.value)}
            autoCapitalize="none"
          />
        </label>
        <label>
          Status
          <select name="status" value={status} onChange={(e) => setStatus(e.target.value as NodeStatus | '')}>
            <option value="">Live (active, stale, grace)</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Capability
          <input name="capability" value={capability} onChange={(e) => setCapability(e.target.value)} />
        </label>
      </form>
      <ErrorText error={nodes.error} />
      {connection && (
        <p className="muted" data-testid="node-count">
          {wanted
            ? `${shown.length} of ${all.length} loaded nodes match “${hostname.trim()}”.`
            : `${connection.totalCount} node${connection.totalCount === 1 ? '' : 's'}.`}
        </p>
      )}
      <ul className="list card" aria-label="Nodes">
        {shown.map((n) => (
          <li key={n.did}>
            <div>
              <strong>{n.hostname}</strong>{' '}
              <span className={`status status-${n.status.toLowerCase()}`}>{n.status}</span>
              {n.flagged && (
                <span className="error-chip"> flagged{n.flagReason ? `: ${n.flagReason}` : ''}</span>
              )}
              <div className="muted">
                {n.url} · version {n.version}
                {n.capabilities.length > 0 && ` · ${n.capabilities.join(', ')}`}
              </div>
              <div className="muted">
                Registered until {new Date(n.registeredUntil).toLocaleDateString()}
                {n.lastHeartbeatAt && ` · last heartbeat ${new Date(n.lastHeartbeatAt).toLocaleString()}`}
              </div>
              <DidText did={n.did} />
            </div>
          </li>
        ))}
      </ul>
      {connection?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={nodes.loading}
          onClick={() =>
            void nodes.fetchMore({ variables: { filter, first: 100, after: connection.pageInfo.endCursor } })
          }
        >
          Load more
        </button>
      )}
    </section>
  );
}
