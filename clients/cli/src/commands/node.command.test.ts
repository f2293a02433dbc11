import { parseStats } from './node.command';

describe('parseStats', () => {
  it('takes a JSON object, and nothing when --stats is not given', () => {
    expect(parseStats('{"load":0.1}')).toEqual({ load: 0.1 });
    expect(parseStats(undefined)).toBeNull();
  });

  it('refuses broken JSON, lists and scalars with an example', () => {
    for (const bad of ['{load', '[1]', '3', 'null']) expect(() => parseStats(bad)).toThrow(/JSON object/);
  });
});
