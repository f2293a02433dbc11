import { useState } from 'react';

import { parseMoney } from './money';

/** A manifest id input that offers the manifests this browser knows (the `recent-manifests` datalist). */
export function ManifestField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <input
        value={value}
        list="recent-manifests"
        placeholder="fair_…"
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/**
 * An amount typed in major units ("12.50"), read as integer minor units by `read()`, which also puts a
 * sentence under the field when it is not an amount; `field` and `error` are rendered by the caller.
 */
export function useAmountField(label: string, initial: string, currency = 'usd') {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const read = (): number | null => {
    const minor = parseMoney(text, currency);
    const bad = minor === null || minor === 0;
    setError(bad ? 'Type an amount such as 100 or 12.50.' : null);
    return bad ? null : minor;
  };
  const field = (
    <label>
      {label}
      <input
        value={text}
        inputMode="decimal"
        aria-invalid={error !== null}
        onChange={(e) => setText(e.target.value)}
      />
    </label>
  );
  const message = error && (
    <p className="error" role="alert">
      {error}
    </p>
  );
  return { field, message, read };
}
