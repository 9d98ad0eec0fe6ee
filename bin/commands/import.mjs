// SPDX-License-Identifier: EUPL-1.2
/** welcome-feed import <dir | files…> --out <feed.json> */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FatalError, loadDist, parse, plural, readInput, writeAll } from '../lib/common.mjs';
import { counts, printProblems } from '../lib/report.mjs';

export const USAGE = `Usage: welcome-feed import <dir | files…> --out <feed.json> [--json]

Builds a feed from CSV files as "export --format csv" writes them and spreadsheets save them
(UTF-8 with or without BOM, "," or ";", CRLF; Windows-1252 is converted with a warning).
Give a folder (all .csv files and districts.geojson in it are read) or the files themselves.
Bad rows are left out and listed as "file:row: problem"; the rest is kept.
  --out <feed.json>   where to write the feed (written only when complete)
  --json              print the problems as JSON (for scripts and CI)
Exit code: 0 ok (warnings allowed), 1 rows or values were left out, 2 wrong usage or nothing to import.`;

async function inputFiles(paths) {
  const files = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new FatalError(`cannot read ${path}: no such file or folder`);
    });
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter(name => /\.csv$/i.test(name) || name === 'districts.geojson');
    if (!names.some(name => /\.csv$/i.test(name))) throw new FatalError(`${path} has no .csv files (expected meta.csv, welcome-points.csv, offers.csv, …)`);
    files.push(...names.sort().map(name => join(path, name)));
  }
  return Promise.all(files.map(async path => ({ name: basename(path), bytes: new Uint8Array(await readInput(path)) })));
}

export async function run(args) {
  const { values, positionals } = parse(args, { out: { type: 'string', short: 'o' }, json: { type: 'boolean' } });
  if (!positionals.length || !values.out) return { usage: true };
  const editor = await loadDist('editor.js');
  const result = editor.importCsv(await inputFiles(positionals));
  if (result.fatal) throw new FatalError(result.fatal);
  const { feed, problems } = result;
  const summary = counts(problems);
  await writeAll(new Map([[values.out, `${JSON.stringify(feed, null, 2)}\n`]]));
  if (values.json) {
    console.log(JSON.stringify({ out: values.out, errors: summary.errors, warnings: summary.warnings, problems }, null, 2));
  } else {
    printProblems(problems, editor.formatProblem);
    const kept = [plural(feed.welcomePoints.length, 'Welcome Point'), plural(feed.offers.length, 'offer'), plural(feed.districts.length, 'district'), plural(feed.categories.length, 'category', 'categories')];
    console.log(`${values.out} written: ${kept.join(', ')}; ${summary.text}`);
  }
  return summary.errors ? 1 : 0;
}
