#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * npm run bench:feed — how fast the feed layer is on a large feed, against the goals of the
 * feed issue: validation ≤ 2× JSON.parse, a filter query ≤ 2 ms.
 *
 *   node --expose-gc scripts/bench/bench-feed.mjs [--points 500] [--offers 10000] [--runs 9] [--check]
 *
 * Uses the built dist/feed.js (run `npm run build` first) on a feed from
 * scripts/test/generate-feed.mjs. Each timing is the median of several runs; with --expose-gc the
 * heap is collected before each timed step, so one step's garbage is not billed to the next
 * (JSON.parse leaves megabytes of young objects that the next allocation would otherwise have
 * to move). Node runs V8 like Chrome; absolute figures vary with the machine and its load.
 * --check exits 1 when a goal is missed.
 */
import * as v from 'valibot';
import { generateFeed } from '../test/generate-feed.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const POINTS = option('points', 500);
const OFFERS = option('offers', 10000);
const RUNS = option('runs', 9);
const QUERY_RUNS = 50;

const feedModule = await import(new URL('../../dist/feed.js', import.meta.url).href).catch(() => {
  console.error('dist/feed.js is missing: run "npm run build" first.');
  process.exit(2);
});
const { validateFeed, filterOffers, filterPoints, schema } = feedModule;

const collect = globalThis.gc ?? (() => {});
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function time(fn) {
  collect();
  const start = performance.now();
  const result = fn();
  return [performance.now() - start, result];
}

const text = JSON.stringify(generateFeed({ points: POINTS, offers: OFFERS, seed: 1 }));
const parse = [];
const validate = [];
const ratios = [];
const valibotOnly = [];
const indexBuild = [];
const wordsBuild = [];
// Monday 10:30 in Düsseldorf: many offers running, many ahead this week.
const at = new Date('2026-11-02T09:30:00Z');
let validated;
for (let run = 0; run < RUNS; run++) {
  const [parseMs, json] = time(() => JSON.parse(text));
  const [validateMs, result] = time(() => validateFeed(json));
  parse.push(parseMs);
  validate.push(validateMs);
  ratios.push(validateMs / parseMs);
  validated = result;
  // The query engine indexes each feed object once, on the first filter; text search adds a word index.
  indexBuild.push(time(() => filterOffers(result.feed, {}, at))[0]);
  wordsBuild.push(time(() => filterOffers(result.feed, { query: 'x' }, at))[0]);
  // For comparison: the same work through valibot alone, without the allocation-free fast path.
  const fresh = JSON.parse(text);
  valibotOnly.push(time(() => v.safeParse(schema.Feed, fresh))[0]);
}
if (validated.problems.length) throw new Error(`the generated feed has ${validated.problems.length} problems`);
const { feed } = validated;

const queries = [
  ['filterOffers: text "sprachcafe"', () => filterOffers(feed, { query: 'sprachcafe' }, at)],
  ['filterOffers: text, Arabic, 2 words', () => filterOffers(feed, { query: 'مقهى اللغة' }, at)],
  ['filterOffers: category + free + open now', () => filterOffers(feed, { category: 'language', cost: 'free', openNow: true }, at)],
  ['filterOffers: this week (upcomingDays 7)', () => filterOffers(feed, { upcomingDays: 7 }, at)],
  ['filterOffers: text + 4 other criteria', () => filterOffers(feed, { query: 'beratung', district: '3', audience: 'refugees', language: 'ar', upcomingDays: 7 }, at)],
  ['filterOffers: a new word each time (typing)', i => filterOffers(feed, { query: `welcome point ${i}` }, at)],
  ['filterPoints: text + open now', () => filterPoints(feed, { query: 'welcome', openNow: true }, at)],
];
const queryRows = queries.map(([name, fn]) => {
  fn(-1);
  const times = Array.from({ length: QUERY_RUNS }, (_, i) => {
    const start = performance.now();
    const count = fn(i).length;
    return [performance.now() - start, count];
  });
  return { name, ms: median(times.map(([ms]) => ms)), count: times[0][1] };
});

const ms = value => `${value.toFixed(value < 10 ? 2 : 1)} ms`.padStart(10);
const mark = ok => (ok ? '✓' : '✗ goal missed');
const ratio = median(ratios);
const slowestQuery = Math.max(...queryRows.map(row => row.ms));
console.log(
  `Welcome feed benchmark — ${POINTS} points, ${OFFERS.toLocaleString('en')} offers, ${(text.length / 1e6).toFixed(1)} MB JSON; ` +
    `node ${process.version}, median of ${RUNS} runs${globalThis.gc ? ', heap collected before each step' : ' (run with --expose-gc for steadier figures)'}\n`,
);
console.log(`  JSON.parse                                   ${ms(median(parse))}`);
console.log(`  validateFeed                                 ${ms(median(validate))}   ${ratio.toFixed(2)}× JSON.parse   goal ≤ 2×   ${mark(ratio <= 2)}`);
console.log(`  (valibot alone, without the fast path)       ${ms(median(valibotOnly))}   ${(median(valibotOnly) / median(parse)).toFixed(2)}× JSON.parse`);
console.log(`  query index, built on the first filter       ${ms(median(indexBuild))}`);
console.log(`  word index, built on the first text search   ${ms(median(wordsBuild))}`);
for (const row of queryRows) {
  console.log(`  ${row.name.padEnd(44)} ${ms(row.ms)}   ${String(row.count).padStart(5)} hits   goal ≤ 2 ms   ${mark(row.ms <= 2)}`);
}
if (args.includes('--check') && (ratio > 2 || slowestQuery > 2)) process.exit(1);
