#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run test:demo`: the demo site as `npm start` serves it (same config: strict CSP and
 * Trusted Types on /demo/), loaded page by page in headless Chromium. Each page must render its
 * widgets with the sample feed, log no `securitypolicyviolation`, no error and no failed request,
 * and pass axe. Then the embed configurator is driven like an editor would: its snippet, pasted
 * into an otherwise empty page next to the built bundle, must render the configured widget.
 *
 * Needs `npm run build` first (the pages load dist/welcome-widgets.js). Prints failures and a
 * one-line summary.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { freePort } from '../../scripts/test/free-port.mjs';
import { createRequire } from 'node:module';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import config from '../../web-dev-server.config.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What each page must show once loaded: CSS selectors inside each widget's shadow root. */
const PAGES = [
  { path: '/demo/index.html', widgets: {} },
  { path: '/demo/partner.html', widgets: { 'welcome-point-finder': '[part~="card"]' } },
  { path: '/demo/district.html', widgets: { 'district-map': 'path.district', 'offer-list': '[part~="item"]' } },
  { path: '/demo/this-week.html', widgets: { 'offer-list': '[part~="item"]' } },
  { path: '/demo/quarters.html', widgets: { 'district-map': 'path.district' } },
  // The configurator starts empty: it asks for the addresses first (see below).
  { path: '/demo/configurator.html', widgets: {} },
  { path: '/demo/translations.html', widgets: {} },
  // The workshop's preview waits for a feed: empty widgets would look broken.
  { path: '/demo/feed-workshop.html', widgets: {}, hidden: ['#preview'] },
];

const failures = [];
let passed = 0;
/** Quiet when all is well: failures are printed, passes only counted. */
function check(ok, message) {
  if (ok) passed++;
  else {
    console.error(`FAIL ${message}`);
    failures.push(message);
  }
}

// The snippet page: an empty HTML page beside the bundle, no CSP of ours (a CMS page may have any).
let snippetHtml = '';
const port = await freePort();
const server = await startDevServer({
  config: {
    ...config,
    port,
    middleware: [
      ...config.middleware,
      // The city's host as hosting.md asks: the feed with the CORS header.
      async function corsFeed(ctx, next) {
        if (!ctx.path.startsWith('/cors/')) return next();
        ctx.url = ctx.url.slice('/cors'.length);
        await next();
        ctx.set('Access-Control-Allow-Origin', '*');
      },
      function snippetPage(ctx, next) {
        if (ctx.path !== '/snippet-check/page.html') return next();
        ctx.type = 'html';
        ctx.body = `<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Snippet</title></head>\n<body>\n${snippetHtml}\n</body></html>\n`;
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);

/** Opens a page with listeners for CSP violations, errors and failed requests installed first. */
async function open(path) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems = [];
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('console', message => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', request => problems.push(`request failed: ${request.url()}`));
  page.on('response', response => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', event =>
      window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`));
  });
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  return { page, problems, response };
}

/** Waits until every listed widget shows its content, or returns what it found instead. */
async function waitForWidgets(page, widgets) {
  try {
    await page.waitForFunction(
      expected => Object.entries(expected).every(([tag, selector]) => {
        const elements = [...document.querySelectorAll(tag)];
        return elements.length > 0 && elements.every(el => el.shadowRoot?.querySelector(selector));
      }),
      { timeout: 15000, polling: 100 },
      widgets,
    );
    return true;
  } catch {
    return false;
  }
}

async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
  });
}

/** Waits for the page's widgets (nested ones too) to finish updating and drawing their maps, then a frame and the tasks it queued. */
const settle = page =>
  page.evaluate(async () => {
    const widgets = [];
    const visit = root => {
      for (const el of root.querySelectorAll('*')) {
        if ('updateComplete' in el) widgets.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    for (const el of widgets) {
      await el.updateComplete;
      // A map nobody can see (a preview before any feed is open) is never drawn.
      if (el.checkVisibility()) await el.mapReady;
    }
    await new Promise(resolve =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      }),
    );
  });

try {
  for (const { path, widgets, hidden } of PAGES) {
    const { page, problems, response } = await open(path);
    const csp = response.headers()['content-security-policy'] ?? '';
    check(csp.includes("require-trusted-types-for 'script'") && !csp.includes('unsafe-inline'), `${path}: served with the strict CSP and Trusted Types`);
    check(await waitForWidgets(page, widgets), `${path}: widgets render (${Object.keys(widgets).join(', ') || 'none'})`);
    await settle(page);
    for (const selector of hidden ?? []) {
      check(!(await page.$eval(selector, el => el.checkVisibility())), `${path}: ${selector} stays hidden until there is something to show`);
    }
    const violations = await page.evaluate(() => window.__violations);
    check(violations.length === 0, `${path}: no securitypolicyviolation${violations.length ? `: ${violations.join('; ')}` : ''}`);
    check(problems.length === 0, `${path}: no errors or failed requests${problems.length ? `: ${problems.join('; ')}` : ''}`);
    const a11y = await axe(page);
    check(a11y.length === 0, `${path}: axe finds no violations${a11y.length ? `: ${a11y.join('; ')}` : ''}`);
    await page.close();
  }

  // The configurator, used like an editor would.
  const { page, problems } = await open('/demo/configurator.html');
  const snippetText = () => page.$eval('#snippet', code => code.textContent);
  check(!(await snippetText()).includes('127.0.0.1') && (await page.$eval('#copy', b => b.disabled)), 'configurator: no snippet and no copy before the addresses are entered');
  check((await snippetText()).startsWith('Tragen Sie zuerst die Adresse des Skripts'), 'configurator: the code box asks for the addresses first');
  const feedStatus = () => page.$eval('#feed-status', s => s.textContent);
  const setFeed = async url => {
    await page.click('#feed-url', { count: 3 });
    await page.keyboard.press('Backspace');
    await page.type('#feed-url', url);
    await page.keyboard.press('Tab');
  };
  const sample = JSON.parse(readFileSync(new URL('../../demo/data/duesseldorf.json', import.meta.url), 'utf8'));
  await page.click('[data-ui-lang="en"]');
  // A feed on another origin without the CORS header: said exactly, with the header to add.
  const otherOrigin = `http://localhost:${port}`;
  // The bundle, likewise: module scripts from another origin need the same header.
  const bundleStatus = () => page.$eval('#bundle-status', s => s.textContent);
  await page.type('#bundle-url', `${otherOrigin}/cors/dist/welcome-widgets.js`);
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => /^Script found/.test(document.getElementById('bundle-status').textContent), { timeout: 10000 }).catch(() => undefined);
  check((await bundleStatus()) === 'Script found. Other websites may load it (CORS header present).', `configurator: a bundle with CORS is found (${await bundleStatus()})`);
  await page.click('#bundle-url', { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type('#bundle-url', `${origin}/dist/welcome-widgets.js`);
  await setFeed(`${otherOrigin}/demo/data/duesseldorf.json`);
  await page.waitForFunction(() => /HTTP response header/.test(document.getElementById('bundle-status').textContent), { timeout: 10000 }).catch(() => undefined);
  check(
    (await bundleStatus()) === 'The script loads on this website, but websites at other addresses may not load it. The server of the script must send this HTTP response header:Access-Control-Allow-Origin: *',
    `configurator: a bundle without the header is flagged for partner sites (${await bundleStatus()})`,
  );
  await page.waitForFunction(() => !/Checking/.test(document.getElementById('feed-status').textContent), { timeout: 10000 });
  check(
    (await feedStatus()) === 'The data server answers, but does not allow other websites to read the data (CORS). The server of the data must send this HTTP response header:Access-Control-Allow-Origin: *' &&
      (await page.$eval('#feed-url', i => i.getAttribute('aria-invalid'))) === 'true',
    `configurator: a feed without CORS on another origin gets the exact header to add (${await feedStatus()})`,
  );
  const corsA11y = await axe(page);
  check(corsA11y.length === 0, `configurator: axe finds no violations with the CORS message${corsA11y.length ? `: ${corsA11y.join('; ')}` : ''}`);
  // The same feed with the header: found, with its figures.
  await setFeed(`${otherOrigin}/cors/demo/data/duesseldorf.json`);
  await page.waitForFunction(() => /^Data found/.test(document.getElementById('feed-status').textContent), { timeout: 10000 }).catch(() => undefined);
  check(
    (await feedStatus()) === `Data found: ${sample.welcomePoints.length} Welcome Points, ${sample.offers.length} offers. Other websites may read it (CORS header present).`,
    `configurator: a feed with CORS is found and counted (${await feedStatus()})`,
  );
  // "Use this demo's addresses": same-origin feed without the header works here but not for partners.
  await page.click('#use-demo');
  await page.waitForFunction(() => /HTTP response header/.test(document.getElementById('feed-status').textContent), { timeout: 10000 }).catch(() => undefined);
  check((await feedStatus()).startsWith('The data loads on this website, but websites at other addresses may not read it.'), `configurator: a same-origin feed without the header is flagged for partner sites (${await feedStatus()})`);
  check(await waitForWidgets(page, { 'welcome-point-finder': '[part~="card"]' }), 'configurator: preview shows the finder once the addresses are there');
  await page.waitForFunction(count => document.querySelectorAll('#district-options option').length === count, { timeout: 10000 }, sample.districts.length);
  for (const [width, height, where] of [[1280, 900, 'beside'], [375, 800, 'under']]) {
    await page.setViewport({ width, height });
    const box = await page.evaluate(() => {
      const rect = selector => document.querySelector(selector).getBoundingClientRect().toJSON();
      return { form: rect('#config'), code: rect('.configurator__snippet') };
    });
    const ok = where === 'beside'
      ? box.code.left >= box.form.right && box.code.top - box.form.top < 100
      : box.code.top >= box.form.bottom && box.code.top - box.form.bottom < 100;
    check(ok, `configurator: at ${width} px the code is ${where} the form (form ${JSON.stringify(box.form)}, code ${JSON.stringify(box.code)})`);
  }
  await page.setViewport({ width: 1280, height: 900 });
  check(await page.$eval('h1', h => h.textContent === 'Set up a widget for your page' && document.documentElement.lang === 'en'), 'configurator: switches to English');
  await page.click('input[name="widget"][value="offer-list"]');
  await page.type('#district', '7');
  await page.select('#group-by', 'day');
  await page.select('#lang', 'en');
  await page.click('#use-colours');
  await page.$eval('#accent', input => {
    input.value = '#7a1f5c';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const snippet = await snippetText();
  const bundle = `${origin}/dist/welcome-widgets.js`;
  const feed = `${origin}/demo/data/duesseldorf.json`;
  const fallback = `${origin}/demo/partner.html`;
  check(
    snippet === [
      `<script type="module" src="${bundle}"></script>`,
      '<style>', '  .welcome-theme {',
      '    --welcome-color-accent: #7a1f5c;', '    --welcome-color-on-accent: #ffffff;', '    --welcome-color-accent-soft: #f2e9ef;',
      '    --welcome-color-accent-text: #7a1f5c;', '    --welcome-color-focus: #7a1f5c;',
      '  }', '</style>',
      `<offer-list src="${feed}" district="7" lang="en" group-by="day" class="welcome-theme">`,
      `  <a href="${fallback}">All offers of the Welcome Points</a>`,
      '</offer-list>',
    ].join('\n'),
    `configurator: snippet is exactly script tag + colour rule + element with its fallback link\n${snippet}`,
  );
  check(await waitForWidgets(page, { 'offer-list': '[part~="item"]' }), 'configurator: live preview shows the offer list');
  check(
    await page.$eval('#preview offer-list', el => el.getAttribute('district') === '7' && getComputedStyle(el).getPropertyValue('--welcome-color-accent').trim() === '#7a1f5c'),
    'configurator: preview has the district and the colour (set through CSSOM)',
  );
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copied').textContent !== '', { timeout: 5000 });
  check((await page.evaluate(() => navigator.clipboard.readText())) === snippet, 'configurator: "Copy code" puts the exact snippet on the clipboard');
  check((await page.$eval('#copied', p => p.textContent)) === 'Code copied. Now paste it into your page.', 'configurator: the live region announces the copy');

  await page.click('#district', { count: 3 });
  await page.type('#district', 'Gerresheim');
  check(
    (await page.$eval('#district-warning', p => !p.hidden && p.textContent)) === '“Gerresheim” is in district 7. Please enter the number 7.' &&
      (await page.$eval('#district', i => i.getAttribute('aria-invalid'))) === 'true',
    'configurator: a quarter name instead of the district id gets a warning naming the id',
  );
  await page.click('#district', { count: 3 });
  await page.type('#district', '42');
  check((await page.$eval('#warnings', w => w.textContent)).includes('There is no district “42”'), 'configurator: an unknown district id gets a warning');
  await page.click('[data-ui-lang="de"]');
  check((await page.$eval('#warnings', w => w.textContent)).includes('Einen Stadtbezirk „42“ gibt es in den Daten nicht'), 'configurator: warnings in German too');
  await settle(page);
  const configuratorA11y = await axe(page);
  check(configuratorA11y.length === 0, `configurator: axe finds no violations after editing${configuratorA11y.length ? `: ${configuratorA11y.join('; ')}` : ''}`);
  const violations = await page.evaluate(() => window.__violations);
  // The browser reports the deliberately blocked cross-origin read of the feed without CORS.
  const expected = problem => problem.includes(`${otherOrigin}/demo/data/`) || problem === 'console.error: Failed to load resource: net::ERR_FAILED';
  const unexpected = problems.filter(problem => !expected(problem));
  check(problems.length > unexpected.length, 'configurator: the CORS check really tried the feed without the header');
  check(violations.length === 0 && unexpected.length === 0, `configurator: no CSP violation, error or failed request while editing ${[...violations, ...unexpected].join('; ')}`);
  await page.close();

  // The snippet, pasted into an empty page beside the bundle.
  snippetHtml = snippet;
  const pasted = await open('/snippet-check/page.html');
  check(await waitForWidgets(pasted.page, { 'offer-list': '[part~="item"]' }), 'snippet page: the offer list renders from the pasted snippet');
  const rendered = await pasted.page.$eval('offer-list', el => ({
    accent: getComputedStyle(el).getPropertyValue('--welcome-color-accent').trim(),
    dir: el.getAttribute('dir'),
    groups: el.shadowRoot.querySelectorAll('[part~="group-heading"]').length,
    english: /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow/.test(el.shadowRoot.textContent),
  }));
  check(rendered.accent === '#7a1f5c', 'snippet page: the colour rule applies');
  check(rendered.groups > 0 && rendered.english, 'snippet page: grouped by day, in English');
  check(pasted.problems.length === 0, `snippet page: no errors or failed requests ${pasted.problems.join('; ')}`);
  await pasted.page.close();
} finally {
  await browser.close();
  await server.stop();
}

if (failures.length) {
  console.error(`demo: ${failures.length} check(s) failed, ${passed} passed`);
  process.exit(1);
}
console.log(`demo: ${passed} checks passed (CSP, Trusted Types, axe, configurator snippet)`);
