// SPDX-License-Identifier: EUPL-1.2
// `welcome-feed render` (the static edition, src/static/ built into dist/static.js): the command,
// escaping and URL filtering, JSON-LD, html-validate on every page, a text browser's reading
// order and the size of a point page. Run with `npm run test:node` after `npm run build`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import jsQR from 'jsqr';
import { generateFeed } from '../../scripts/test/generate-feed.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sampleText = readFileSync(join(root, 'demo/data/duesseldorf.json'), 'utf8');
const BASE = 'https://example.org/welcome/';
const { renderSite, escapeHtml, safeHref, markup, pointPath } = await import('../../dist/static.js');

function run(args, options = {}) {
  return new Promise(resolve => {
    execFile(process.execPath, ['bin/welcome-feed.mjs', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, ...options }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** Draws a QR path (`M x y h run v1 h-run z`, one per run of dark modules) as pixels and decodes it. */
function decodeQr(size, d, scale = 4) {
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let px = Number(x) * scale; px < (Number(x) + Number(run)) * scale; px++) {
      for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return jsQR(pixels, width, width)?.data;
}

let dir;
let site;
const read = path => readFileSync(join(site, path), 'utf8');
/** Markup a browser would run: a script element (other than JSON-LD data) or an event-handler attribute. */
function runnable(html) {
  const withoutData = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
  if (/<script/i.test(withoutData)) return '<script>';
  // attribute names only: quoted values (escaped feed text) are taken out first
  return withoutData.match(/<[a-z][^>]*>/gi)?.map(tag => tag.replace(/"[^"]*"/g, '""')).find(tag => /\son[a-z]+=/i.test(tag));
}
/** The JSON-LD documents of a page. */
const jsonLd = html => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(m => JSON.parse(m[1]));

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'welcome-render-'));
  site = join(dir, 'site');
  const { code, stderr } = await run(['render', 'demo/data/duesseldorf.json', '--out', site, '--base-url', BASE]);
  assert.equal(code, 0, stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('welcome-feed render', () => {
  test('writes a folder per UI language with index, district and point pages, calendars, css, sitemap and robots.txt', () => {
    for (const lang of ['de', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru']) {
      assert.ok(existsSync(join(site, lang, 'index.html')), lang);
      assert.ok(existsSync(join(site, lang, 'points/wp-nord/index.html')), lang);
      assert.ok(existsSync(join(site, lang, 'points/wp-nord/offers.ics')), lang);
      assert.ok(existsSync(join(site, lang, 'districts/5/index.html')), lang);
    }
    for (const file of ['index.html', 'site.css', 'sitemap.xml', 'robots.txt']) assert.ok(existsSync(join(site, file)), file);
    assert.match(read('robots.txt'), /^Sitemap: https:\/\/example\.org\/welcome\/sitemap\.xml$/m);
    assert.match(read('sitemap.xml'), /<loc>https:\/\/example\.org\/welcome\/ar\/points\/wp-nord\/<\/loc>/);
  });

  test('pages carry their language, direction, hreflang alternates and the widgets’ translations', () => {
    const ar = read('ar/points/wp-nord/index.html');
    assert.match(ar, /<html lang="ar" dir="rtl">/);
    assert.match(read('de/points/wp-nord/index.html'), /<html lang="de" dir="ltr">/);
    for (const lang of ['de', 'en', 'uk', 'x-default']) assert.match(ar, new RegExp(`<link rel="alternate" hreflang="${lang}" href="https://example.org/welcome/`));
    assert.match(ar, /<link rel="canonical" href="https:\/\/example\.org\/welcome\/ar\/points\/wp-nord\/">/);
    // the point card's own strings: "Address", "Hours" in German and Arabic
    assert.match(read('de/points/wp-nord/index.html'), /<dt>Adresse<\/dt>[\s\S]*<dt>Öffnungszeiten<\/dt>/);
    assert.match(ar, /<dt>العنوان<\/dt>/);
  });

  test('no script, one stylesheet, the CSP meta, Open Graph and the "as of" date and publisher on every page', () => {
    const files = readdirSync(site, { recursive: true }).filter(f => f.endsWith('.html'));
    assert.ok(files.length > 100);
    for (const file of files) {
      const html = read(file);
      assert.equal(runnable(html), undefined, file);
      assert.equal(html.match(/<link rel="stylesheet"/g).length, 1, file);
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;self&#39;; img-src &#39;self&#39; data:">/, file);
      assert.match(html, /<meta property="og:title" content="[^"]+">/, file);
      assert.doesNotMatch(html, /<meta property="og:image/, file);
      assert.match(html, /<footer class="site">[\s\S]*Projekt Welcome Widgets/, file);
    }
    assert.match(read('de/index.html'), /<p>Stand: 01\.11\.2026<\/p>/);
  });

  test("the publisher, a plain feed string, is marked with the feed's language on pages in other languages", () => {
    assert.match(read('ar/index.html'), /<p>الناشر: <bdi lang="de">Projekt Welcome Widgets[^<]*<\/bdi><\/p>/);
    assert.match(read('en/index.html'), /<p>Published by <bdi lang="de">Projekt Welcome Widgets[^<]*<\/bdi><\/p>/);
  });

  test('a point page has the print QR code of its own URL and links its calendar', () => {
    const html = read('de/points/wp-nord/index.html');
    assert.match(html, /<figure class="qr"><svg class="qr__code"[^>]*aria-hidden="true"[^>]*><rect[^>]*\/><path d="M[\d hvzM-]+"/);
    assert.match(html, /<bdi dir="ltr">https:\/\/example\.org\/welcome\/de\/points\/wp-nord\/<\/bdi><\/figcaption>/);
    assert.match(html, /<a href="offers\.ics" type="text\/calendar" download>/);
    const ics = read('de/points/wp-nord/offers.ics');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /SUMMARY:Asylverfahrensberatung\r\n/);
    assert.match(read('en/points/wp-nord/offers.ics'), /SUMMARY:Asylum procedure counselling\r\n/);
  });

  test('a phone reading the printed QR code gets the page\'s own address (decoded with jsQR)', () => {
    for (const path of ['de/points/wp-nord/index.html', 'ar/points/wp-nord/index.html']) {
      const svg = read(path).match(/<svg class="qr__code"[^>]*viewBox="0 0 (\d+) \1"[^>]*>.*?<path d="([^"]+)"/);
      assert.ok(svg, `${path} has a QR code`);
      assert.equal(decodeQr(Number(svg[1]), svg[2]), `${BASE}${path.replace('index.html', '')}`);
    }
  });

  test('the map link is a plain OpenStreetMap link, no embedded map', () => {
    const html = read('de/points/wp-nord/index.html');
    assert.match(html, /<a class="maplink" href="https:\/\/www\.openstreetmap\.org\/\?mlat=51\.2795&amp;mlon=6\.7562#map=18\/51\.2795\/6\.7562">Route<\/a>/);
    assert.doesNotMatch(html, /<(iframe|img|object|embed)\b/);
  });

  test('wrong usage exits 2 with the usage text; an unreadable feed exits 1', async () => {
    let result = await run(['render', 'demo/data/duesseldorf.json']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Usage: welcome-feed render/);
    result = await run(['render', 'demo/data/duesseldorf.json', '--out', join(dir, 'x'), '--lang', 'de,xx']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown language "xx"/);
    result = await run(['render', 'demo/data/duesseldorf.json', '--out', join(dir, 'x'), '--base-url', 'javascript:alert(1)']);
    assert.equal(result.code, 2);
    result = await run(['render', join(dir, 'missing.json'), '--out', join(dir, 'x')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /cannot read/);
  });

  test('never wipes a folder that holds something else', async () => {
    const other = join(dir, 'other');
    await run(['render', 'demo/data/duesseldorf.json', '--out', other, '--lang', 'de']);
    writeFileSync(join(dir, 'keep.txt'), 'precious');
    const result = await run(['render', 'demo/data/duesseldorf.json', '--out', dir, '--lang', 'de']);
    assert.equal(result.code, 2);
    assert.equal(readFileSync(join(dir, 'keep.txt'), 'utf8'), 'precious');
    // an earlier edition is replaced
    assert.equal((await run(['render', 'demo/data/duesseldorf.json', '--out', other, '--lang', 'en'])).code, 0);
    assert.ok(!existsSync(join(other, 'de')) && existsSync(join(other, 'en/index.html')));
  });

  test('--lang limits the languages, and without --base-url links stay relative (no sitemap, no QR)', async () => {
    const out = join(dir, 'relative');
    const { code } = await run(['render', 'demo/data/duesseldorf.json', '--out', out, '--lang', 'ar,de']);
    assert.equal(code, 0);
    assert.deepEqual(readdirSync(out).sort(), ['ar', 'de', 'index.html', 'robots.txt', 'site.css']);
    const html = readFileSync(join(out, 'de/points/wp-nord/index.html'), 'utf8');
    assert.match(html, /<link rel="alternate" hreflang="ar" href="\.\.\/\.\.\/\.\.\/ar\/points\/wp-nord\/">/);
    assert.doesNotMatch(html, /class="qr"|rel="canonical"/);
  });

  test('a site rendered in threads, languages side by side, is the same as one rendered in one thread', async () => {
    const feed = JSON.parse(sampleText);
    const now = new Date('2026-12-04T10:00:00+01:00');
    const one = await renderSite(feed, { baseUrl: BASE, now, threads: 1 });
    const three = await renderSite(feed, { baseUrl: BASE, now, threads: 3 });
    assert.equal(three.pages, one.pages);
    assert.deepEqual([...three.files.keys()], [...one.files.keys()]);
    for (const [path, content] of one.files) assert.equal(three.files.get(path), content, path);
    // the languages of the other threads really are there, with their own translations
    assert.match(three.files.get('ar/index.html'), /<html lang="ar" dir="rtl">/);
    assert.match(three.files.get('sitemap.xml'), /hreflang="uk"/);
  });
});

describe('escaping and URL filtering', () => {
  test('markup escapes every interpolated value; only http(s), mailto and tel links pass', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
    const name = '"><script>alert(1)</script>';
    assert.equal(String(markup`<p title="${name}">${name}${[name]}</p>`), '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '//evil.example', 'relative/path', '']) {
      assert.equal(safeHref(bad), undefined, JSON.stringify(bad));
    }
    for (const good of ['https://example.org/', 'http://example.org/a?b=c', 'mailto:a@example.org', 'tel:+49211']) assert.equal(safeHref(good), good);
  });

  test('hostile feed text and links never become markup or script links', async () => {
    const feed = JSON.parse(sampleText);
    const payload = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';
    feed.meta.title = payload;
    feed.meta.publisher = payload;
    feed.meta.contact = { email: 'x@example.org', url: 'javascript:alert(3)' };
    feed.welcomePoints[0].name = { de: payload, ar: payload };
    feed.welcomePoints[0].address.street = payload;
    feed.welcomePoints[0].contact = { url: 'javascript:alert(4)', email: 'a@example.org' };
    feed.welcomePoints[0].operator = { name: payload, url: ' JAVASCRIPT:alert(5)' };
    feed.offers[0].title = payload;
    feed.offers[0].url = 'data:text/html,<script>alert(6)</script>';
    const { files } = await renderSite(feed, { lang: ['de', 'ar'], baseUrl: BASE });
    const page = files.get(pointPath('de', feed.welcomePoints[0].id) + 'index.html');
    assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;'));
    for (const [path, content] of files) {
      if (!path.endsWith('.html')) continue;
      assert.equal(runnable(content), undefined, path);
      assert.doesNotMatch(content, /<img/i, path);
      assert.doesNotMatch(content, /href="\s*(javascript|data|vbscript):/i, path);
      // the JSON-LD cannot be closed from inside: no "<" in it at all
      for (const [, json] of content.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) assert.ok(!json.includes('<'), path);
    }
  });
});

describe('JSON-LD', () => {
  test('a point page describes a GovernmentService at a Place with name, address, geo and opening hours', () => {
    const [doc] = jsonLd(read('de/points/wp-nord/index.html'));
    assert.equal(doc['@context'], 'https://schema.org');
    const service = doc['@graph'].find(node => node['@type'] === 'GovernmentService');
    assert.equal(service.name, 'Welcome Point Nord');
    assert.equal(service.url, `${BASE}de/points/wp-nord/`);
    const place = service.availableChannel.serviceLocation;
    assert.equal(place['@type'], 'Place');
    assert.equal(place.name, 'Welcome Point Nord');
    assert.deepEqual(place.address, { '@type': 'PostalAddress', streetAddress: 'Niederrheinstraße 20', postalCode: '40474', addressLocality: 'Düsseldorf' });
    assert.deepEqual(place.geo, { '@type': 'GeoCoordinates', latitude: 51.2795, longitude: 6.7562 });
    assert.deepEqual(place.openingHoursSpecification[0], {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(day => `https://schema.org/${day}`),
      opens: '09:00',
      closes: '17:00',
    });
  });

  test('closures become specialOpeningHoursSpecification, dated offers Events', async () => {
    const feed = JSON.parse(sampleText);
    const point = feed.welcomePoints[0];
    point.closures = [{ from: '2099-12-24', to: '2099-12-26' }];
    point.openingHours = [{ days: ['mo'], opens: '09:00', closes: '12:00' }];
    feed.offers.push({ id: 'ev', welcomePointId: point.id, title: 'Fest', categoryIds: [], dates: [{ start: '2099-07-01T15:00', end: '2099-07-01T18:00' }], cost: 'free' });
    const { files } = await renderSite(feed, { lang: ['en'], baseUrl: BASE });
    const [doc] = jsonLd(files.get(pointPath('en', point.id) + 'index.html'));
    const place = doc['@graph'].find(node => node['@type'] === 'GovernmentService').availableChannel.serviceLocation;
    // the closure first; public holidays (the sample feed has meta.holidays) follow
    assert.deepEqual(place.specialOpeningHoursSpecification[0], { '@type': 'OpeningHoursSpecification', validFrom: '2099-12-24', validThrough: '2099-12-26', opens: '00:00', closes: '00:00' });
    const event = doc['@graph'].find(node => node['@type'] === 'Event' && node.name === 'Fest');
    assert.equal(event.startDate, '2099-07-01T13:00:00.000Z');
    assert.equal(event.endDate, '2099-07-01T16:00:00.000Z');
    assert.deepEqual(event.location, { '@id': `${BASE}en/points/${point.id}/#place` });
    assert.equal(event.isAccessibleForFree, true);
  });

  test('public holidays of meta.holidays are closed days on the page and in the JSON-LD, unless the point is open on holidays', async () => {
    const feed = JSON.parse(sampleText);
    feed.meta.holidays = 'DE-NW';
    const [closed, open] = feed.welcomePoints;
    closed.openingHours = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }];
    open.openingHours = closed.openingHours;
    open.openOnHolidays = true;
    const { files } = await renderSite(feed, { lang: ['de'], baseUrl: BASE, now: new Date('2026-12-04T10:00:00+01:00') });
    const page = files.get(pointPath('de', closed.id) + 'index.html');
    // 25 December 2026 is a Friday, 26 December a Saturday (closed anyway, so not listed)
    assert.match(page, /<dt>An Feiertagen geschlossen<\/dt><dd><ul class="lines"><li>25\. Dezember \(1\. Weihnachtstag\)<\/li><li>1\. Januar \(Neujahr\)<\/li>/);
    const special = place => place.specialOpeningHoursSpecification?.map(s => s.validFrom) ?? [];
    const placeOf = html => jsonLd(html)[0]['@graph'].find(node => node['@type'] === 'GovernmentService').availableChannel.serviceLocation;
    assert.ok(special(placeOf(page)).includes('2026-12-25'));
    const openPage = files.get(pointPath('de', open.id) + 'index.html');
    assert.doesNotMatch(openPage, /An Feiertagen geschlossen/);
    assert.ok(!special(placeOf(openPage)).includes('2026-12-25'));
  });

  test('a closed point shows its state, not hours: no offers, calendar, events or opening hours (as in the offer list); a temporarily closed one keeps its offers', () => {
    const feed = JSON.parse(sampleText);
    const offersOf = point => feed.offers.filter(offer => offer.welcomePointId === point.id);
    const closed = feed.welcomePoints.find(point => point.status === 'closed' && point.openingHours?.length && offersOf(point).length);
    const page = read(`de/points/${closed.id}/index.html`);
    assert.match(page, /<p class="status status--inactive">Dauerhaft geschlossen/);
    assert.doesNotMatch(page, /<dt>Öffnungszeiten<\/dt>/);
    assert.match(page, /Für diesen Welcome Point sind keine Angebote eingetragen\./);
    for (const offer of offersOf(closed)) assert.doesNotMatch(page, new RegExp(`>${offer.title.de}<`));
    assert.ok(!existsSync(join(site, `de/points/${closed.id}/offers.ics`)), 'a calendar of offers that no longer take place');
    const graph = jsonLd(page)[0]['@graph'];
    assert.deepEqual(graph.filter(node => node['@type'] === 'Event'), []);
    const place = graph.find(node => node['@type'] === 'GovernmentService').availableChannel.serviceLocation;
    assert.equal(place.openingHoursSpecification, undefined);
    assert.equal(place.specialOpeningHoursSpecification, undefined);

    const paused = feed.welcomePoints.find(point => point.status === 'temporarilyClosed' && offersOf(point).length);
    const pausedPage = read(`de/points/${paused.id}/index.html`);
    assert.match(pausedPage, /<p class="status status--inactive">Vorübergehend geschlossen/);
    assert.ok(existsSync(join(site, `de/points/${paused.id}/offers.ics`)));
    assert.match(pausedPage, new RegExp(`>${offersOf(paused)[0].title.de}<`));
  });

  test('district pages list their Places with address and geo', () => {
    const [doc] = jsonLd(read('en/districts/5/index.html'));
    assert.ok(doc['@graph'].length > 0);
    for (const place of doc['@graph']) {
      assert.equal(place['@type'], 'Place');
      assert.ok(place.name && place.address.streetAddress && place.geo.latitude, JSON.stringify(place).slice(0, 80));
    }
  });
});

describe('the pages as documents', () => {
  test('every page validates with html-validate (recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const files = readdirSync(site, { recursive: true }).filter(f => f.endsWith('.html'));
    const problems = [];
    for (const file of files) {
      const report = await validator.validateString(read(file), file);
      for (const message of report.results.flatMap(r => r.messages)) problems.push(`${file}:${message.line} ${message.ruleId}: ${message.message}`);
    }
    assert.deepEqual(problems.slice(0, 20), []);
  });

  test('a text browser (w3m -dump) reads name, address and hours in that order', async () => {
    const dump = await new Promise((resolve, reject) =>
      execFile('w3m', ['-dump', '-cols', '80', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', join(site, 'de/points/wp-nord/index.html')], (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    );
    const text = dump.replace(/\s+/g, ' ');
    const order = ['Welcome Point Nord', 'Adresse', 'Niederrheinstraße 20', '40474 Düsseldorf', 'Öffnungszeiten', 'Montag – Freitag 09:00–17:00 Uhr', 'Samstag 10:00–14:00 Uhr'];
    let at = -1;
    for (const part of order) {
      const next = text.indexOf(part, at + 1);
      assert.ok(next > at, `"${part}" after the previous part in:\n${text.slice(0, 1200)}`);
      at = next;
    }
  });

  test('a point page is at most 30 KB gzipped, also with 20 offers per point', async () => {
    const sizes = readdirSync(join(site, 'de/points')).map(slug => gzipSync(read(`de/points/${slug}/index.html`), { level: 9 }).length);
    const big = generateFeed({ offers: 1000, points: 50, seed: 1 });
    const { files } = await renderSite(big, { lang: ['de'], baseUrl: BASE });
    for (const [path, content] of files) if (/\/points\/[^/]+\/index\.html$/.test(path)) sizes.push(gzipSync(content, { level: 9 }).length);
    assert.ok(Math.max(...sizes) <= 30 * 1024, `largest point page ${Math.max(...sizes)} bytes gzipped`);
  });
});
