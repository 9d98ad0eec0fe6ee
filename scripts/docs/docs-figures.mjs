#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Figures about the sample feed in the docs come from the feed itself, so prose and data cannot
 * drift apart. In Markdown a figure is written `<!-- figure:points -->13<!-- /figure -->`.
 *
 *   node scripts/docs/docs-figures.mjs           rewrite the figures from demo/data/duesseldorf.json
 *   node scripts/docs/docs-figures.mjs --check   exit 1 when a figure is stale or unknown (npm test)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const FILES = ['README.md', 'docs/feed.md', 'docs/welcome-point-finder.md'];

/** Every figure a document may quote, computed from the committed sample feed. */
export function sampleFigures() {
  const bytes = readFileSync(new URL('demo/data/duesseldorf.json', root));
  const feed = JSON.parse(bytes.toString('utf8'));
  const points = feed.welcomePoints;
  const count = status => points.filter(point => (point.status ?? 'active') === status).length;
  const kb = size => `${Math.round(size / 1024)} KB`;
  return {
    points: points.length,
    'points-closed': count('closed'),
    'points-not-open': count('closed') + count('temporarilyClosed'),
    offers: feed.offers.length,
    districts: feed.districts.length,
    categories: feed.categories.length,
    'sample-size': kb(bytes.length),
    'sample-gzip': kb(gzipSync(bytes, { level: 9 }).length),
  };
}

const FIGURE = /<!-- figure:([\w-]+) -->(.*?)<!-- \/figure -->/g;

const check = process.argv.includes('--check');
const figures = sampleFigures();
const problems = [];
for (const file of FILES) {
  const url = new URL(file, root);
  const text = readFileSync(url, 'utf8');
  const updated = text.replace(FIGURE, (whole, name, value) => {
    if (!(name in figures)) {
      problems.push(`${file}: unknown figure "${name}" (known: ${Object.keys(figures).join(', ')})`);
      return whole;
    }
    const actual = String(figures[name]);
    if (actual !== value) problems.push(`${file}: ${name} says ${value}, the sample feed has ${actual}`);
    return `<!-- figure:${name} -->${actual}<!-- /figure -->`;
  });
  if (!check && updated !== text) writeFileSync(url, updated);
}
if (check && problems.length) {
  console.error(`${problems.join('\n')}\nRun \`node scripts/docs/docs-figures.mjs\` and commit the docs.`);
  process.exit(1);
}
if (!check && problems.some(problem => problem.includes('unknown figure'))) {
  console.error(problems.filter(problem => problem.includes('unknown figure')).join('\n'));
  process.exit(1);
}
