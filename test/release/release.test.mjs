// SPDX-License-Identifier: EUPL-1.2
// `npm run release` (scripts/build/release.mjs): the archives a city hosts. Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { EXTRAS } from '../../scripts/build/release.mjs';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `welcome-widgets-${version}`;

/** Runs the release script as a person would, into a fresh folder, with the given environment. */
async function release(env = {}) {
  const out = mkdtempSync(join(tmpdir(), 'release-'));
  await run(process.execPath, ['scripts/build/release.mjs', '--out', out], { cwd: root, env: { ...process.env, ...env } });
  return {
    out,
    zip: readFileSync(join(out, `${name}.zip`)),
    tgz: readFileSync(join(out, `${name}.tar.gz`)),
    sums: readFileSync(join(out, 'SHA256SUMS'), 'utf8'),
  };
}

/** [name, mode, content] of each ustar entry. */
function readTar(buffer) {
  const entries = [];
  for (let offset = 0; offset + 512 <= buffer.length; ) {
    const header = buffer.subarray(offset, offset + 512);
    if (header.every(byte => byte === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const entryName = (prefix ? `${prefix}/` : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim(), 8);
    const mode = parseInt(field(100, 8).trim(), 8);
    entries.push({ name: entryName, mode, mtime: parseInt(field(136, 12).trim(), 8), content: buffer.subarray(offset + 512, offset + 512 + size), owner: field(265, 32) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** File names in a zip's central directory. */
function zipNames(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = buffer.readUInt16LE(offset + 28);
    names.push(buffer.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return names;
}

test('two releases of the same build are byte-identical, whatever the time zone and file dates', async () => {
  const first = await release({ TZ: 'UTC' });
  // Touch a shipped file and change the time zone: neither may change a byte.
  const later = new Date(Date.now() + 86_400_000);
  utimesSync(join(root, 'dist/welcome-widgets.js'), later, later);
  const second = await release({ TZ: 'Pacific/Auckland' });
  try {
    assert.ok(first.zip.equals(second.zip), 'zip differs between runs');
    assert.ok(first.tgz.equals(second.tgz), 'tar.gz differs between runs');
    assert.equal(first.sums, second.sums);
    for (const [file, data] of [[`${name}.zip`, first.zip], [`${name}.tar.gz`, first.tgz]]) {
      assert.match(first.sums, new RegExp(`^${createHash('sha256').update(data).digest('hex')}  ${file.replaceAll('.', '\\.')}$`, 'm'));
    }
  } finally {
    rmSync(first.out, { recursive: true });
    rmSync(second.out, { recursive: true });
  }
});

test('the archive holds the hostable bundle, schema, licence, EMBED.md and checksums, and nothing for developers', async () => {
  const { out, zip, tgz } = await release({ SOURCE_DATE_EPOCH: '1700000000' });
  rmSync(out, { recursive: true });
  const entries = readTar(gunzipSync(tgz));
  const names = entries.map(entry => entry.name);
  assert.deepEqual(zipNames(zip), names, 'zip and tar.gz list the same files in the same order');
  assert.deepEqual([...names].sort(), names, 'entries are sorted');
  assert.ok(names.every(entry => entry.startsWith(`${name}/`)), 'everything sits in one versioned folder');
  // Everything the release script lists (the hooks for the feed workshop and the static edition too).
  for (const [, inArchive] of EXTRAS) assert.ok(names.includes(`${name}/${inArchive}`), `${inArchive} is in the archive`);
  for (const required of ['EMBED.md', 'LICENSE', 'SHA256SUMS', 'welcome-feed.schema.json', 'dist/welcome-widgets.js', 'dist/dark-scheme.css']) {
    assert.ok(names.includes(`${name}/${required}`), `${required} is in the archive`);
  }
  assert.ok(names.some(entry => /\/dist\/bundle\/leaflet-map-[\w-]+\.js$/.test(entry)), 'the lazy map chunk is in the archive');
  // terser drops the libraries' licence comments; their notices travel in a file beside them
  const notices = entries.find(entry => entry.name === `${name}/THIRD-PARTY-LICENSES/welcome-widgets.txt`).content.toString();
  for (const bundled of ['lit-html', 'leaflet', 'valibot', 'uqr']) assert.match(notices, new RegExp(`^Name: ${bundled}$`, 'm'), `${bundled}'s licence is in the archive`);
  assert.match(notices, /Copyright \(c\) 2010-\d{4}, Volodymyr Agafonkin/, "Leaflet's copyright notice itself, not only its name");
  assert.deepEqual(names.filter(entry => /\.map$|\.d\.ts$|\/types\/|\.test\.|\/src\/|\/test\/|stories/.test(entry)), [], 'no source maps, declarations, sources or tests');
  assert.ok(entries.every(entry => entry.mode === 0o644 && entry.owner === ''), 'plain permissions, no owner names');
  assert.ok(entries.every(entry => entry.mtime === 1700000000), 'every entry carries SOURCE_DATE_EPOCH, not a file date or the clock');

  const byName = new Map(entries.map(entry => [entry.name.slice(name.length + 1), entry.content]));
  for (const [path, content] of byName) {
    if (!/\.m?js$/.test(path)) continue;
    assert.doesNotMatch(content.toString(), /sourceMappingURL/, `${path} points to no missing source map`);
    // Every module a hosted file imports is hosted too (the workshop loads dist/editor.js alone,
    // the configurator dist/theme.js).
    for (const [, target] of content.toString().matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const resolved = posix.normalize(posix.join(posix.dirname(path), target));
      assert.ok(byName.has(resolved), `${path} imports ${target}, which is in the archive`);
    }
  }
  // A page or guide in the archive links only to what the archive holds (the workshop's demo header
  // did not; EMBED.md once sent readers to CMS guides that were not there).
  const LINKS = { '.html': /(?:href|src)="(?![a-z]+:|#|\/)([^"#?]+)/g, '.md': /\]\((?![a-z]+:|#|\/)([^)#\s]+)/g };
  for (const [path, content] of byName) {
    const links = LINKS[posix.extname(path)];
    if (!links) continue;
    for (const [, target] of content.toString().matchAll(links)) {
      assert.ok(byName.has(posix.normalize(posix.join(posix.dirname(path), target))), `${path} links to ${target}, which is in the archive`);
    }
  }
  assert.match(byName.get('EMBED.md').toString(), /\]\(docs\/embedding\/README\.md\)/, 'EMBED.md links to the CMS guides in the archive');
  for (const page of ['demo/feed-workshop.html', 'demo/configurator.html']) {
    const html = byName.get(page).toString();
    assert.doesNotMatch(html, /data-demo-only|Demo pages|id="use-demo"/, `${page} has none of the demo's own parts`);
    assert.match(html, /<main[\s>]/, `${page} keeps its content`);
  }
  const sums = byName.get('SHA256SUMS').toString().trim().split('\n');
  assert.equal(sums.length, byName.size - 1, 'SHA256SUMS lists every other file');
  for (const line of sums) {
    const [hash, path] = line.split('  ');
    assert.equal(createHash('sha256').update(byName.get(path)).digest('hex'), hash, `checksum of ${path}`);
  }
  const schema = JSON.parse(byName.get('welcome-feed.schema.json'));
  assert.ok(schema.$id.includes(`@${version}/`), 'the schema $id carries the version');
  const embed = byName.get('EMBED.md').toString();
  assert.match(embed, new RegExp(`^# Welcome Widgets ${version.replaceAll('.', '\\.')}:`), 'EMBED.md names the version');
  assert.match(embed, /<script type="module" src="https:\/\/[^"]+\/dist\/welcome-widgets\.js"><\/script>/, 'EMBED.md shows the script tag');
  assert.match(embed, /Access-Control-Allow-Origin: \*/, 'EMBED.md names the CORS header');
});
