import { useEffect, useState } from 'react';

import {
  useCreateFairManifest,
  useFairManifestLazyQuery,
  useIdentityByHandleLazyQuery,
  useImajin,
  useSignFairManifest,
} from '@imajin/react';

import { DidText } from '../components/did-text';
import { ErrorText } from '../components/error-text';
import { ManifestField } from '../components/fields';
import { percentToPpm, ppmToPercent } from '../components/money';
import { recentManifests, rememberManifest } from '../components/recent-manifests';
import { useAction } from '../use-action';

interface Row {
  who: string;
  role: string;
  percent: string;
}
interface Upstream {
  manifest: string;
  percent: string;
}

/** A mistake in one row of the form, shown beside that row. */
class RowError extends Error {
  constructor(
    readonly row: string,
    message: string,
  ) {
    super(message);
  }
}

/** Create a .fair manifest: who is paid, for what, and which upstream manifests get a share. */
export function ManifestCreator({ onCreated }: { onCreated: (id: string) => void }) {
  const { session } = useImajin();
  const [rows, setRows] = useState<Row[]>([{ who: '', role: 'creator', percent: '100' }]);
  const [upstreams, setUpstreams] = useState<Upstream[]>([]);
  const [terms, setTerms] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [byHandle] = useIdentityByHandleLazyQuery({ fetchPolicy: 'network-only' });
  const [create] = useCreateFairManifest();

  const resolve = async (who: string, row: string): Promise<string> => {
    const text = who.trim();
    if (text === '' || text.toLowerCase() === 'me' || text === '@') return session!.did;
    if (text.startsWith('did:')) return text;
    const handle = text.replace(/^@/, '').toLowerCase();
    const found = await byHandle({ variables: { handle } });
    const did = found.data?.identityByHandle?.did;
    if (!did) throw new RowError(row, `Nobody has the handle @${handle}: check the spelling.`);
    return did;
  };
  const share = (percent: string, row: string): number => {
    const ppm = percentToPpm(percent);
    if (ppm === null || ppm <= 0 || ppm > 1_000_000)
      throw new RowError(row, `“${percent}” is not a share: type a percentage between 0.0001 and 100.`);
    return ppm;
  };

  const action = useAction(async () => {
    setCreated(null);
    const contributors = await Promise.all(
      rows.map(async (r, i) => ({
        did: await resolve(r.who, `c${i}`),
        role: r.role.trim() || 'contributor',
        share: share(r.percent, `c${i}`),
      })),
    );
    const derivesFrom = upstreams.map((u, i) => ({
      manifest: u.manifest.trim(),
      share: share(u.percent, `u${i}`),
    }));
    const sum = [...contributors, ...derivesFrom].reduce((total, c) => total + c.share, 0);
    if (sum !== 1_000_000)
      throw new Error(`The shares add up to ${ppmToPercent(sum)}: make them add up to exactly 100 %.`);
    const manifest = await create({
      version: '1.0',
      contributors,
      derivesFrom,
      terms: terms.trim() || undefined,
    });
    rememberManifest(manifest.id);
    setCreated(manifest.id);
    onCreated(manifest.id);
  });
  const blamedRow = action.error instanceof RowError ? action.error.row : null;
  const rowError = (key: string) => (blamedRow === key ? <ErrorText error={action.error} /> : null);

  return (
    <form
      className="card"
      aria-label="New manifest"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run();
      }}
    >
      <h2>New .fair manifest</h2>
      <p className="muted">
        Who gets what share of every payment. A contributor is “me”, an @handle or a DID; upstream manifests
        pass their share on along their own chain. Shares add up to 100 %.
      </p>
      <fieldset className="rows">
        <legend>Contributors</legend>
        {rows.map((r, i) => (
          <div key={i} className="row-group">
            <div className="manifest-row">
              <label>
                Contributor {i + 1}
                <input
                  value={r.who}
                  placeholder={i === 0 ? 'me' : '@handle or did:mjn:…'}
                  autoCapitalize="none"
                  aria-invalid={blamedRow === `c${i}`}
                  onChange={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, who: e.target.value } : x)))}
                />
              </label>
              <label>
                Role {i + 1}
                <input
                  value={r.role}
                  onChange={(e) =>
                    setRows(rows.map((x, j) => (j === i ? { ...x, role: e.target.value } : x)))
                  }
                />
              </label>
              <label>
                Share {i + 1} (%)
                <input
                  value={r.percent}
                  inputMode="decimal"
                  onChange={(e) =>
                    setRows(rows.map((x, j) => (j === i ? { ...x, percent: e.target.value } : x)))
                  }
                />
              </label>
              {rows.length > 1 && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setRows(rows.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              )}
            </div>
            {rowError(`c${i}`)}
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setRows([...rows, { who: '', role: '', percent: '' }])}
        >
          Add contributor
        </button>
      </fieldset>
      <fieldset className="rows">
        <legend>Upstream manifests</legend>
        {upstreams.map((u, i) => (
          <div key={i} className="row-group">
            <div className="manifest-row">
              <label>
                Upstream {i + 1}
                <input
                  value={u.manifest}
                  list="recent-manifests"
                  placeholder="fair_…"
                  aria-invalid={blamedRow === `u${i}`}
                  onChange={(e) =>
                    setUpstreams(upstreams.map((x, j) => (j === i ? { ...x, manifest: e.target.value } : x)))
                  }
                />
              </label>
              <label>
                Upstream share {i + 1} (%)
                <input
                  value={u.percent}
                  inputMode="decimal"
                  onChange={(e) =>
                    setUpstreams(upstreams.map((x, j) => (j === i ? { ...x, percent: e.target.value } : x)))
                  }
                />
              </label>
              <button
                type="button"
                className="secondary"
                onClick={() => setUpstreams(upstreams.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
            {rowError(`u${i}`)}
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setUpstreams([...upstreams, { manifest: '', percent: '' }])}
        >
          Add upstream
        </button>
      </fieldset>
      <label>
        Terms (optional)
        <textarea value={terms} rows={2} onChange={(e) => setTerms(e.target.value)} />
      </label>
      <button type="submit" disabled={action.busy}>
        {action.busy ? 'Signing and creating…' : 'Sign and create manifest'}
      </button>
      {blamedRow === null && <ErrorText error={action.error} />}
      {created && (
        <p className="ok" data-testid="manifest-created">
          Created <code className="did">{created}</code>. Contributors other than you co-sign it from their
          Money page.
        </p>
      )}
      <RecentManifestOptions />
    </form>
  );
}

/** The datalist behind every manifest-id field: manifests this browser created or opened. */
export function RecentManifestOptions() {
  return (
    <datalist id="recent-manifests">
      {recentManifests().map((id) => (
        <option key={id} value={id} />
      ))}
    </datalist>
  );
}

/** Open a manifest by id: its contributors, who has co-signed, and a button to co-sign when you are named. */
export function ManifestViewer({ manifestId, onOpen }: { manifestId: string; onOpen: (id: string) => void }) {
  const { session } = useImajin();
  const [id, setId] = useState(manifestId);
  const [load, loaded] = useFairManifestLazyQuery({ fetchPolicy: 'network-only' });
  const [sign] = useSignFairManifest();
  const opening = useAction(async (which: string) => {
    const result = await load({ variables: { id: which.trim() } });
    if (result.error) throw result.error;
    if (!result.data?.fairManifest) throw new Error(`There is no manifest ${which.trim()}: check the id.`);
    rememberManifest(which.trim());
    onOpen(which.trim());
  });
  const signing = useAction(async (which: string) => {
    await sign(which);
    await load({ variables: { id: which } });
  });
  // Opened from a link or right after creating one: show it without another click.
  useEffect(() => {
    if (manifestId) void load({ variables: { id: manifestId } });
  }, [manifestId, load]);
  const manifest = loaded.data?.fairManifest;
  const mine = manifest?.contributors.find((c) => c.did === session?.did);

  return (
    <div className="card">
      <h2>Open a manifest</h2>
      <form
        className="inline-form two"
        aria-label="Open manifest"
        onSubmit={(e) => {
          e.preventDefault();
          void opening.run(id);
        }}
      >
        <ManifestField label="Manifest id" value={id} onChange={setId} />
        <button type="submit" disabled={opening.busy || id.trim() === ''}>
          {opening.busy ? 'Opening…' : 'Open'}
        </button>
      </form>
      <ErrorText error={opening.error} />
      {manifest && (
        <>
          <p className="muted">
            By <DidText did={manifest.creator.did} />; {manifest.pendingContributors.length} co-signature
            {manifest.pendingContributors.length === 1 ? '' : 's'} pending.
          </p>
          <ul className="list" aria-label="Contributors">
            {manifest.contributors.map((c) => (
              <li key={c.did}>
                <div>
                  <strong>{c.role}</strong> {ppmToPercent(c.share)} <DidText did={c.did} />
                </div>
                <span className={c.consented ? 'ok' : 'muted'}>
                  {c.consented ? 'Co-signed' : 'Not co-signed yet'}
                </span>
              </li>
            ))}
            {manifest.derivesFrom.map((u) => (
              <li key={u.manifestId}>
                <div>
                  <strong>upstream</strong> {ppmToPercent(u.share)}{' '}
                  <code className="did">{u.manifestId}</code>
                </div>
              </li>
            ))}
          </ul>
          {mine && !mine.consented && (
            <button type="button" disabled={signing.busy} onClick={() => void signing.run(manifest.id)}>
              {signing.busy ? 'Signing…' : `Co-sign as ${mine.role}`}
            </button>
          )}
          {mine?.consented && <p className="ok">You have co-signed this manifest.</p>}
          <ErrorText error={signing.error} />
        </>
      )}
    </div>
  );
}
