import { useEffect, useState } from 'react';

import { formatMoney } from './money';

export interface SplitLine {
  did: string;
  amount: number | string;
  label: string;
  paths: Array<{ path: string[]; role: string; amount: number | string }>;
}

interface Box {
  key: string;
  label: string;
  sub: string;
  column: number;
  value: number;
  y: number;
  h: number;
  out: number;
  in: number;
}

const NODE_W = 14;
const GAP = 14;
const PAD_TOP = 8;

// Phones get a narrower drawing, so the labels keep a readable size instead of shrinking with the picture.
function useNarrow(): boolean {
  const query = '(max-width: 600px)';
  const [narrow, setNarrow] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const update = () => setNarrow(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return narrow;
}

const shortId = (id: string) => (id.length > 14 ? `${id.slice(0, 9)}…${id.slice(-4)}` : id);

/**
 * How `amount` flows along the manifest chain, as a Sankey drawn in plain SVG: the settled manifest on the left,
 * upstream manifests in the middle columns, recipients on the right; band widths are proportional to money.
 */
export function SettlementPicture({
  amount,
  currency,
  lines,
}: {
  amount: number;
  currency: string;
  lines: SplitLine[];
}) {
  const narrow = useNarrow();
  const WIDTH = narrow ? 380 : 720;
  const LABELS = narrow ? 132 : 190;
  const boxes = new Map<string, Box>();
  const links: Array<{ from: string; to: string; value: number; role?: string }> = [];
  let depth = 0;
  const manifest = (path: string[]) => {
    const key = `m:${path.join('>')}`;
    let box = boxes.get(key);
    if (!box) {
      const id = path[path.length - 1];
      box = {
        key,
        label: shortId(id),
        sub: path.length === 1 ? 'paid to' : 'upstream',
        column: path.length - 1,
        value: 0,
        y: 0,
        h: 0,
        out: 0,
        in: 0,
      };
      boxes.set(key, box);
    }
    depth = Math.max(depth, path.length);
    return box;
  };
  for (const line of lines) {
    for (const p of line.paths) {
      const value = Number(p.amount);
      for (let i = 1; i <= p.path.length; i++) manifest(p.path.slice(0, i)).value += value;
      for (let i = 1; i < p.path.length; i++) {
        const from = `m:${p.path.slice(0, i).join('>')}`;
        const to = `m:${p.path.slice(0, i + 1).join('>')}`;
        const link = links.find((l) => l.from === from && l.to === to);
        if (link) link.value += value;
        else links.push({ from, to, value });
      }
      links.push({ from: `m:${p.path.join('>')}`, to: `r:${line.did}`, value, role: p.role });
    }
  }
  for (const line of lines)
    boxes.set(`r:${line.did}`, {
      key: `r:${line.did}`,
      label: line.label,
      sub: formatMoney(line.amount, currency),
      column: depth,
      value: Number(line.amount),
      y: 0,
      h: 0,
      out: 0,
      in: 0,
    });

  const columns = depth + 1;
  const perColumn = Array.from({ length: columns }, (_, c) =>
    [...boxes.values()].filter((b) => b.column === c),
  );
  const most = Math.max(...perColumn.map((c) => c.length), 1);
  const height = Math.max(160, most * 46 + PAD_TOP * 2);
  const scale = amount > 0 ? (height - PAD_TOP * 2 - GAP * (most - 1)) / amount : 0;
  for (const column of perColumn) {
    let y = PAD_TOP;
    for (const box of column) {
      box.h = Math.max(2, box.value * scale);
      box.y = y;
      y += box.h + GAP;
    }
  }
  const x = (column: number) => 10 + (column * (WIDTH - LABELS - NODE_W)) / Math.max(1, columns - 1);

  return (
    <figure className="sankey" data-testid="settlement-picture">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`How ${formatMoney(amount, currency)} splits: ${lines.map((l) => `${l.label} gets ${formatMoney(l.amount, currency)}`).join(', ')}`}
      >
        {links.map((l, i) => {
          const a = boxes.get(l.from)!;
          const b = boxes.get(l.to)!;
          const w = Math.max(1, l.value * scale);
          const y0 = a.y + a.out + w / 2;
          const y1 = b.y + b.in + w / 2;
          a.out += w;
          b.in += w;
          const x0 = x(a.column) + NODE_W;
          const x1 = x(b.column);
          const mid = (x0 + x1) / 2;
          return (
            <path
              key={i}
              d={`M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1}`}
              className={l.role ? 'flow' : 'flow upstream'}
              strokeWidth={w}
              fill="none"
            >
              <title>{`${formatMoney(l.value, currency)}${l.role ? ` as ${l.role}` : ' upstream'}`}</title>
            </path>
          );
        })}
        {[...boxes.values()].map((b) => (
          <g key={b.key}>
            <rect
              x={x(b.column)}
              y={b.y}
              width={NODE_W}
              height={b.h}
              rx={2}
              className={b.key.startsWith('r:') ? 'node recipient' : 'node'}
            />
            <text x={x(b.column) + NODE_W + 6} y={b.y + b.h / 2 - 2} className="label">
              {b.label}
            </text>
            <text x={x(b.column) + NODE_W + 6} y={b.y + b.h / 2 + 12} className="sub">
              {b.key.startsWith('m:') ? `${b.sub} · ${formatMoney(b.value, currency)}` : b.sub}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted">
        {formatMoney(amount, currency)} from the manifest on the left to {lines.length}{' '}
        {lines.length === 1 ? 'recipient' : 'recipients'}; band widths are proportional to money.
      </figcaption>
    </figure>
  );
}
