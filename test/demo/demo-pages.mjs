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
import { createServer } from 'node:net';
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
  { path: '/demo/configurator.html', widgets: { 'welcome-point-finder': '[part~="card"]' } },
  { path: '/demo/feed-workshop.html', widgets: {} },
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

async function freePort() {
  return new Promise(resolve => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
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

const settle = page => page.evaluate(() => new Promise(resolve => setTimeout(resolve, 300)));

try {
  for (const { path, widgets } of PAGES) {
    const { page, problems, response } = await open(path);
    const csp = response.headers()['content-security-policy'] ?? '';
    check(csp.includes("require-trusted-types-for 'script'") && !csp.includes('unsafe-inline'), `${path}: served with the strict CSP and Trusted Types`);
    check(await waitForWidgets(page, widgets), `${path}: widgets render (${Object.keys(widgets).join(', ') || 'none'})`);
    await settle(page);
    const violations = await page.evaluate(() => window.__violations);
    check(violations.length === 0, `${path}: no securitypolicyviolation${violations.length ? `: ${violations.join('; ')}` : ''}`);
    check(problems.length === 0, `${path}: no errors or failed requests${problems.length ? `: ${problems.join('; ')}` : ''}`);
    const a11y = await axe(page);
    check(a11y.length === 0, `${path}: axe finds no violations${a11y.length ? `: ${a11y.join('; ')}` : ''}`);
    await page.close();
  }

  // The configurator, used like an editor would.
  const { page, problems } = await open('/demo/configurator.html');
  await waitForWidgets(page, { 'welcome-point-finder': '[part~="card"]' });
  await page.waitForFunction(() => document.querySelectorAll('#district-options option').length === 10, { timeout: 10000 });
  await page.click('[data-ui-lang="en"]');
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
  const snippet = await page.$eval('#snippet', code => code.textContent);
  const bundle = `${origin}/dist/welcome-widgets.js`;
  const feed = `${origin}/demo/data/duesseldorf.json`;
  check(
    snippet === [
      `<script type="module" src="${bundle}"></script>`,
      '<style>', '  .welcome-theme {', '    --welcome-color-accent: #7a1f5c;', '    --welcome-color-on-accent: #ffffff;', '    --welcome-color-focus: #7a1f5c;', '  }', '</style>',
      `<offer-list src="${feed}" district="7" lang="en" group-by="day" class="welcome-theme"></offer-list>`,
    ].join('\n'),
    `configurator: snippet is exactly script tag + colour rule + element\n${snippet}`,
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
  check(violations.length === 0 && problems.length === 0, `configurator: no CSP violation, error or failed request while editing ${[...violations, ...problems].join('; ')}`);
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
