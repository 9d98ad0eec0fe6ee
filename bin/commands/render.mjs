// SPDX-License-Identifier: EUPL-1.2
/**
 * `welcome-feed render <feed.json> --out <dir> [--base-url <URL>] [--lang de,en,…]`: writes the
 * static edition of a feed (plain HTML pages per language, calendars, sitemap) into a folder.
 * The renderer itself is dist/static.js (src/static/); this file only reads, parses options and
 * writes files.
 */
import { readdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readSource } from '../lib/common.mjs';
import { writeSite } from '../lib/write-site.mjs';

export const USAGE = `Usage: welcome-feed render <file-or-URL> --out <dir> [--base-url <URL>] [--lang de,en,…]

Writes the static edition of a Welcome feed: one folder per language with an index of all
Welcome Points, a page per district and per Welcome Point (with a .ics of its offers), plus
site.css, sitemap.xml and robots.txt. No JavaScript; works in every browser.
  --out <dir>        a new or empty folder, or one with an earlier edition (replaced)
  --base-url <URL>   where the site will be published (https://…/); needed for canonical
                     links, the sitemap and the QR codes on printed pages
  --lang <list>      UI languages to write, comma-separated (default: all)
Exit code: 0 written, 1 feed unusable, 2 wrong usage.`;


function parse(argv) {
  const options = { positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (!name.startsWith('--')) {
      options.positional.push(arg);
    } else if (name === '--help') {
      options.help = true;
    } else if (['--out', '--base-url', '--lang'].includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) return { error: `${name} needs a value.` };
      options[name.slice(2)] = value;
    } else {
      return { error: `Unknown option ${name}.` };
    }
  }
  return options;
}


async function loadRenderer() {
  try {
    return await import(new URL('../../dist/static.js', import.meta.url).href);
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('welcome-feed: dist/static.js is missing. In a checkout of the repository, run "npm run build" first.');
    return undefined;
  }
}

/** Runs the command; resolves with the exit code. */
export async function run(argv) {
  const options = parse(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.error || options.positional.length !== 1 || !options.out) {
    console.error(`${options.error ?? ''}${options.error ? '\n\n' : ''}${USAGE}`);
    return 2;
  }
  const [source] = options.positional;
  const renderer = await loadRenderer();
  if (!renderer) return 2;
  let lang;
  let baseUrl;
  try {
    lang = options.lang ? renderer.resolveLocales(options.lang.split(',').map(tag => tag.trim()).filter(Boolean)) : undefined;
    baseUrl = renderer.normaliseBaseUrl(options['base-url']);
  } catch (error) {
    console.error(`welcome-feed render: ${error.message}`);
    return 2;
  }
  let feed;
  try {
    feed = JSON.parse(await readSource(source));
  } catch (error) {
    console.error(`welcome-feed render: cannot read ${source}: ${error.message}`);
    return 1;
  }
  const started = performance.now();
  let result;
  try {
    result = await renderer.renderSite(feed, { baseUrl, lang });
  } catch (error) {
    if (error?.name !== 'FeedFormatError') throw error;
    console.error(`welcome-feed render: ${source}: ${error.message}`);
    return 1;
  }
  for (const problem of result.problems) console.error(`${problem.severity} ${problem.path}: ${problem.message}`);
  const out = resolve(options.out);
  if (out === resolve('/') || out === process.cwd()) {
    console.error('welcome-feed render: --out must be a folder of its own, not / or the current folder.');
    return 2;
  }
  // Replace an earlier edition (pages of removed points must go), but never wipe anything else.
  const existing = await readdir(out).catch(() => []);
  if (existing.length && !(existing.includes('site.css') && existing.includes('robots.txt'))) {
    console.error(`welcome-feed render: ${out} is not empty and holds no earlier static edition; choose an empty or new folder.`);
    return 2;
  }
  await rm(out, { recursive: true, force: true });
  await writeSite(out, result.files);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${out}: ${result.pages} pages, ${result.files.size} files in ${seconds} s${result.problems.length ? ` (${result.problems.length} feed problems, see above)` : ''}`);
  return 0;
}
