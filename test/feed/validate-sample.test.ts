// SPDX-License-Identifier: EUPL-1.2
// `meta.sample` (issue #21 item 14): optional, a boolean; anything else is one problem, and the
// rest of the meta stays.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';

let small: { meta: Record<string, unknown> };

before(async () => {
  small = (await (await fetch('/test/fixtures/small.json')).json()) as typeof small;
});

describe('validate: meta.sample', () => {
  const table: Array<[string, unknown, boolean | undefined, number]> = [
    ['absent: no flag, no problem', undefined, undefined, 0],
    ['true is kept', true, true, 0],
    ['false is kept', false, false, 0],
    ['a string is a problem and is dropped', 'yes', undefined, 1],
  ];
  for (const [name, value, kept, problems] of table) {
    it(name, () => {
      const json = structuredClone(small);
      if (value !== undefined) json.meta.sample = value;
      const result = validateFeed(json);
      expect(result.feed.meta.sample).to.equal(kept);
      expect(result.feed.meta.title).to.deep.equal(small.meta.title);
      const about = result.problems.filter(p => p.path.startsWith('meta.sample'));
      expect(about, JSON.stringify(result.problems)).to.have.length(problems);
    });
  }

  it('the sample feed is marked as sample', async () => {
    const sample = (await (await fetch('/demo/data/duesseldorf.json')).json()) as unknown;
    expect(validateFeed(sample).feed.meta.sample).to.equal(true);
  });
});
