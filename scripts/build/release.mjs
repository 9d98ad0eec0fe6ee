// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run release`: the files a city hosts, as release/welcome-widgets-<version>.zip and .tar.gz
 * (plus release/SHA256SUMS for the two archives). Run after `npm run build`.
 *
 *   node scripts/build/release.mjs [--out <dir>]
 *
 * Reproducible: the same dist/ gives byte-identical archives. Every entry gets the same date
 * (SOURCE_DATE_EPOCH, else the last commit's date), mode 0644, no owner names, and the
 * entries are sorted. test/release/release.test.mjs builds twice and compares.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TarArchive, ZipArchive } from 'archiver';

const root = new URL('../..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `welcome-widgets-${version}`;

/**
 * What the archive holds besides dist/: [path in the repository, path in the archive].
 * The feed workshop and the embed configurator keep their places beside dist/ (demo/…), so their
 * relative links to ../dist/ work unchanged when a city unpacks the archive on its server or a PC.
 * The static edition is not here: `welcome-feed render` runs in Node, from the npm package.
 * The licences of the npm packages inside the hosted files go with them (MIT and BSD ask for it).
 */
export const EXTRAS = [
  ['dist/welcome-feed.schema.json', 'welcome-feed.schema.json'],
  ['LICENSE', 'LICENSE'],
  ['dist/licenses/welcome-widgets.txt', 'THIRD-PARTY-LICENSES/welcome-widgets.txt'],
  ['dist/licenses/editor.txt', 'THIRD-PARTY-LICENSES/editor.txt'],
  ['scripts/build/release-embed.md', 'EMBED.md'],
  ...[
    'demo/feed-workshop.html',
    'demo/workshop/boot.mjs',
    'demo/workshop/workshop.mjs',
    'demo/workshop/check-url.mjs',
    'demo/workshop/texts.mjs',
    'demo/workshop/workshop.css',
    'demo/configurator.html',
    'demo/configurator/configurator.mjs',
    'demo/configurator/texts.mjs',
    'demo/configurator/configurator.css',
    'demo/configurator/feed-check.mjs',
    'demo/configurator/snippet.mjs',
    'demo/demo.css',
    'demo/favicon.svg',
    // To try a snippet before the city's feed exists (marked as sample data; licences in its README).
    'demo/data/duesseldorf.json',
    'demo/data/rhine-schematic.geojson',
    'demo/data/README.md',
    // The guides EMBED.md sends web editors to, with every page they link to (a test follows the links).
    'docs/embedding/README.md',
    'docs/embedding/wordpress.md',
    'docs/embedding/typo3.md',
    'docs/embedding/drupal.md',
    'docs/embedding/generic-cms.md',
    'docs/embedding/hosting.md',
    'docs/api.md',
    'docs/editors.md',
    'docs/spreadsheets.md',
    'docs/accessibility-statement.md',
    'docs/privacy.md',
    'docs/feed.md',
    'docs/static-edition.md',
    'docs/screenshots/static-point-de-phone.png',
    'docs/screenshots/static-point-ar-phone.png',
    'docs/screenshots/static-point-de-print.png',
    'docs/screenshots/static-point-ar-print.png',
  ].map(path => [path, path]),
];

/**
 * A page in the archive without its elements marked `data-demo-only` (the demo's header, which
 * links to the other demo pages; "use this demo's addresses"): the archive holds none of those
 * pages. Each marked element goes with everything up to its closing tag.
 */
export function withoutDemoOnly(html) {
  for (let marked; (marked = /^[ \t]*<(\w+)\b[^>]*\sdata-demo-only\b[^>]*>/m.exec(html)); ) {
    const tags = new RegExp(`<(/?)${marked[1]}\\b[^>]*>`, 'g');
    tags.lastIndex = marked.index;
    let depth = 0;
    let end = -1;
    for (let tag; end < 0 && (tag = tags.exec(html)); ) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) end = tags.lastIndex;
    }
    if (end < 0) throw new Error(`<${marked[1]} data-demo-only> is never closed`);
    html = html.slice(0, marked.index) + html.slice(end).replace(/^[ \t]*\r?\n/, '');
  }
  return html;
}

/**
 * dist/ files a web server needs for the drop-in bundle: welcome-widgets.js and the chunks it loads
 * from bundle/. Not the source maps and type declarations (npm package only), not the per-element
 * npm entries and their chunks/ (for bundlers), not the Node-only feed.js. Plus editor.js, which
 * the feed workshop runs in the browser, theme.js with its chunk, which the embed configurator
 * checks colours with, and dark-scheme.css, which host pages link.
 */
export function isHostable(path) {
  return (
    ['welcome-widgets.js', 'editor.js', 'theme.js', 'dark-scheme.css'].includes(path) ||
    (path.startsWith(`bundle${sep}`) && path.endsWith('.js')) ||
    (path.startsWith(`chunks${sep}theme-`) && path.endsWith('.js'))
  );
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => relative(dir, join(entry.parentPath, entry.name)));
}

/** The archive's files as [name inside the archive, contents], sorted by name. */
export function collectFiles() {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'welcome-widgets.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const files = new Map();
  for (const path of listFiles(dist).filter(isHostable)) {
    // The maps stay in the npm package; a hosted file must not point to one that is not there.
    const text = readFileSync(join(dist, path), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
    files.set(`dist/${path.split(sep).join('/')}`, Buffer.from(text));
  }
  for (const [from, to] of EXTRAS) {
    if (from.endsWith('.png')) {
      files.set(to, readFileSync(join(root, from)));
      continue;
    }
    const text = readFileSync(join(root, from), 'utf8').replaceAll('{{version}}', version);
    files.set(to, to.endsWith('.html') ? withoutDemoOnly(text) : text);
  }
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sums = sorted.map(([path, data]) => `${sha256(data)}  ${path}\n`).join('');
  return [...sorted, ['SHA256SUMS', sums]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

/** One date for every entry, so a rebuild of the same sources gives the same bytes. */
function archiveDate() {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return new Date(fromEnv * 1000);
  try {
    return new Date(Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' })) * 1000);
  } catch {
    return new Date(Date.UTC(2020, 0, 1)); // no git (e.g. an unpacked tarball): still reproducible
  }
}

function writeArchive(archive, file, files, date) {
  return new Promise((resolve, reject) => {
    const output = createWriteStream(file);
    output.on('close', resolve);
    archive.on('error', reject);
    archive.on('warning', reject);
    archive.pipe(output);
    for (const [path, data] of files) {
      archive.append(Buffer.from(data), { name: `${name}/${path}`, date, mode: 0o644 });
    }
    archive.finalize();
  });
}

export async function release(outDir = join(root, 'release')) {
  const files = collectFiles();
  const date = archiveDate();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const zip = join(outDir, `${name}.zip`);
  const tgz = join(outDir, `${name}.tar.gz`);
  await writeArchive(new ZipArchive({ zlib: { level: 9 } }), zip, files, date);
  await writeArchive(new TarArchive({ gzip: true, gzipOptions: { level: 9 } }), tgz, files, date);
  const sums = [zip, tgz].map(file => `${sha256(readFileSync(file))}  ${relative(outDir, file)}\n`).join('');
  writeFileSync(join(outDir, 'SHA256SUMS'), sums);
  return { zip, tgz, files };
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const outIndex = process.argv.indexOf('--out');
  const { zip, tgz, files } = await release(outIndex > 0 ? process.argv[outIndex + 1] : undefined);
  const kb = bytes => `${(bytes / 1024).toFixed(1)} KB`;
  for (const [path, data] of files) console.log(`  ${kb(Buffer.byteLength(data)).padStart(9)}  ${path}`);
  for (const file of [zip, tgz]) console.log(`${relative(root, file)}: ${kb(readFileSync(file).length)}`);
}
