// SPDX-License-Identifier: EUPL-1.2
/**
 * welcome-feed validate <file-or-URL> [--json] [--strict]
 *
 * Prints every problem with its JSON path and line, then a summary ("0 problems").
 * Uses the same validator as the widgets (dist/feed.js), so what passes here loads in the
 * browser without problems.
 */
import { loadDist, painter, parse, plural, readSource } from '../lib/common.mjs';

export const USAGE = `Usage: welcome-feed validate <file-or-URL> [--json] [--strict]

Checks a Welcome feed (format version 1) and prints every problem with its JSON path.
  --json     print the result as JSON (for scripts and CI)
  --strict   treat warnings as errors
Exit code: 0 valid, 1 errors (or unreadable feed), 2 wrong usage.`;

export async function run(args) {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, strict: { type: 'boolean' } });
  if (positionals.length !== 1) return { usage: true };
  const [source] = positionals;
  const report = await check(source);
  const errors = report.problems.filter(p => p.severity === 'error').length + (report.fatal ? 1 : 0);
  const warnings = report.problems.filter(p => p.severity === 'warning').length;
  const failed = errors > 0 || (values.strict && warnings > 0);
  if (values.json) {
    console.log(JSON.stringify({ source, valid: !failed, errors, warnings, ...report }, null, 2));
  } else {
    print(source, report, errors, warnings);
  }
  return failed ? 1 : 0;
}

/** Reads, parses and validates; never throws for problems with the feed itself. */
async function check(source) {
  let text;
  try {
    text = await readSource(source);
  } catch (error) {
    return { fatal: `cannot read the feed: ${error.message}`, problems: [] };
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { describeJsonError } = await loadDist('editor.js');
    return { fatal: `not valid JSON: ${describeJsonError(error, text)}`, problems: [] };
  }
  const feedModule = await loadDist('feed.js');
  let result;
  try {
    result = feedModule.validateFeed(data);
  } catch (error) {
    if (error instanceof feedModule.FeedFormatError) return { fatal: error.message, problems: [] };
    throw error;
  }
  const { lineIndex } = await loadDist('editor.js');
  const lines = lineIndex(text);
  const { feed } = result;
  return {
    counts: {
      districts: feed.districts.length,
      categories: feed.categories.length,
      welcomePoints: feed.welcomePoints.length,
      offers: feed.offers.length,
    },
    problems: result.problems.map(problem => ({ ...problem, line: lines(problem.path) })),
  };
}

function print(source, report, errors, warnings) {
  const paint = painter();
  if (report.fatal) {
    console.log(`${paint(31, 'error')}   ${source}: ${report.fatal}`);
    console.log(`\n${source}: the feed cannot be used (1 error)`);
    return;
  }
  for (const { severity, path, message, line, entry } of report.problems) {
    const label = severity === 'error' ? paint(31, 'error  ') : paint(33, 'warning');
    // Positions shift as a feed is edited; the id and name say which entry it is.
    console.log(`${label} ${path}${line ? paint(2, ` (line ${line})`) : ''}: ${message}${entry ? paint(2, ` — in ${entry}`) : ''}`);
  }
  const { welcomePoints, offers, districts, categories } = report.counts;
  const total = errors + warnings;
  const summary =
    total === 0 ? '0 problems' : `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  const kept = [plural(welcomePoints, 'Welcome Point'), plural(offers, 'offer'), plural(districts, 'district'), plural(categories, 'category', 'categories')];
  console.log(`${report.problems.length ? '\n' : ''}${source}: ${summary} — ${kept.join(', ')} after validation`);
}
