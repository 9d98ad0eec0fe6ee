// SPDX-License-Identifier: EUPL-1.2
/** welcome-feed lint <feed.json> [--now <date>] [--stale-after 12m] [--format text|json] [--strict] */
import { FatalError, loadDist, parse, readJson, UsageError } from '../lib/common.mjs';
import { counts, printProblems } from '../lib/report.mjs';

export const USAGE = `Usage: welcome-feed lint <feed.json> [options]

Everything "validate" reports, plus editorial warnings, each with its JSON path, line and a
one-line hint: past events, old closures, passed validUntil, entries not verified for long,
public holidays in the next 60 days on opening days, points outside their district, points
without offers, offers of closed points, duplicate names, phone numbers without country code,
texts too long for a card. Ends with the translation coverage per language.
  --now <date>          the date to check against (YYYY-MM-DD or date-time; default: now)
  --stale-after <age>   warn about entries whose lastVerified is older: 12m (default, as the
                        widgets' "may be out of date"), 90d, 2w, 2y
  --region <code>       public holidays of this region when the feed does not say (default DE-NW)
  --format text|json    json is for CI pipelines (default text)
  --strict              exit 1 on warnings too
Exit code: 0 no errors, 1 errors (or warnings with --strict), 2 wrong usage or unreadable feed.`;

/** "12m" → { months: 12 }, "2y" → { months: 24 }, "90d" → { days: 90 }, "2w" → { days: 14 }. */
function staleAfter(age) {
  const match = /^(\d+)([dwmy])$/.exec(age);
  if (!match) throw new UsageError(`--stale-after ${JSON.stringify(age)}: write a number and d, w, m or y, e.g. 12m`);
  const [count, unit] = [Number(match[1]), match[2]];
  return unit === 'm' || unit === 'y' ? { months: count * (unit === 'y' ? 12 : 1) } : { days: count * (unit === 'w' ? 7 : 1) };
}

export async function run(args) {
  const { values, positionals } = parse(args, {
    now: { type: 'string' },
    'stale-after': { type: 'string', default: '12m' },
    region: { type: 'string', default: 'DE-NW' },
    format: { type: 'string', default: 'text' },
    strict: { type: 'boolean' },
  });
  if (positionals.length !== 1 || !['text', 'json'].includes(values.format)) return { usage: true };
  const now = values.now === undefined ? new Date() : new Date(/T/.test(values.now) ? values.now : `${values.now}T12:00:00Z`);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now ${JSON.stringify(values.now)} is not a date (YYYY-MM-DD)`);
  const [source] = positionals;
  const { text, raw } = await readJson(source);
  const editor = await loadDist('editor.js');
  let result;
  try {
    result = editor.lintFeed(raw, { now, staleAfter: staleAfter(values['stale-after']), region: values.region }, source);
  } catch (error) {
    if (error instanceof editor.FeedFormatError) throw new FatalError(`${source}: ${error.message}`);
    throw error;
  }
  const lines = editor.lineIndex(text, result.problems.map(problem => problem.path).filter(Boolean));
  for (const problem of result.problems) problem.row = problem.path ? lines(problem.path) : undefined;
  const { errors, warnings, text: summary } = counts(result.problems);
  const failed = errors > 0 || (values.strict && warnings > 0);
  if (values.format === 'json') {
    console.log(JSON.stringify({ source, ok: !failed, errors, warnings, problems: result.problems, coverage: result.coverage }, null, 2));
    return failed ? 1 : 0;
  }
  printProblems(result.problems, editor.formatProblem);
  console.log(`\nTranslation coverage (${result.coverage[0]?.total ?? 0} texts):`);
  for (const { lang, count, share } of result.coverage) {
    console.log(`  ${lang.padEnd(8)} ${String(Math.round(share * 100)).padStart(3)} %  ${'█'.repeat(Math.round(share * 20)).padEnd(20, '·')}  ${count}`);
  }
  console.log(`\n${source}: ${summary}`);
  return failed ? 1 : 0;
}
