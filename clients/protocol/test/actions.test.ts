import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { MjnActions } from '../src/core/actions';

// The catalogue in code and the one in SPEC.md §10 are the same list: a new action must be specified.
function specCatalogue(): Set<string> {
  const spec = readFileSync(join(__dirname, '../SPEC.md'), 'utf8');
  const start = spec.indexOf('## 10. Action catalogue');
  const end = spec.indexOf('\n## ', start + 1);
  const rows = spec
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `mjn.'));
  // A row's first cell names one action or several ("`a` / `b`").
  return new Set(rows.flatMap((row) => [...row.split('|')[1].matchAll(/`(mjn\.[\w.]+)`/g)].map((m) => m[1])));
}

describe('MjnActions', () => {
  const names = Object.values(MjnActions).flatMap((domain) => Object.values(domain) as string[]);

  it('names every action once, each as mjn.<domain>.<action>', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^mjn\.[a-z]+\.[A-Za-z]+$/);
  });

  it('lists exactly the signed actions of the spec catalogue', () => {
    const spec = specCatalogue();
    expect(spec.size).toBeGreaterThan(30);
    expect([...names].sort()).toEqual(
      [...spec].filter((n) => names.includes(n) || !/internal|node\./.test(n)).sort(),
    );
  });
});
