// SPDX-License-Identifier: EUPL-1.2
// The npm package as a stranger gets it: `npm pack`, installed into an empty folder, then used the
// ways the README promises (CLI, Node imports, TypeScript, a browser page). Needs `npm run build`
// and /usr/bin/chromium (or CHROME_PATH). Dependencies come from npm's cache when they are there
// (--prefer-offline), from the registry otherwise.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { freePort } from '../../scripts/test/free-port.mjs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const exec = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const sampleFeed = join(root, 'demo/data/duesseldorf.json');

let work = '';
let consumer = '';
let packedFiles = [];

/** Runs a command, and on failure reports its output (npm's errors are otherwise invisible). */
async function run(command, args, cwd) {
  try {
    return await exec(command, args, { cwd, env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
  } catch (error) {
    error.message += `\n${error.stdout ?? ''}\n${error.stderr ?? ''}`;
    throw error;
  }
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'pack-'));
  const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', work], root);
  const [packed] = JSON.parse(stdout);
  packedFiles = packed.files.map(file => file.path);
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run(npm, ['install', join(work, packed.filename), '--prefer-offline', '--no-package-lock'], consumer);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the package ships the built files, the CLI and the sources, and no tests, fixtures, stories or tooling', () => {
  for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'bin/welcome-feed.mjs', 'custom-elements.json', 'dist/welcome-widgets.js', 'dist/feed.js', 'dist/welcome-feed.schema.json', 'dist/dark-scheme.css', 'dist/types/index.d.ts']) {
    assert.ok(packedFiles.includes(file), `${file} is in the package`);
  }
  const unwanted = packedFiles.filter(file => /(^|\/)(test|tests|stories|fixtures|scripts|demo|docs|\.storybook|\.ci)\/|\.test\.|\.stories\.|^release\//.test(file));
  assert.deepEqual(unwanted, []);
});

test('dependencies are what the installed package needs at run time, and nothing for development', () => {
  const installed = JSON.parse(readFileSync(join(consumer, 'node_modules/welcome-widgets/package.json'), 'utf8'));
  const runtime = Object.keys(installed.dependencies);
  // The public type declarations import these; the CLI tools use the rest.
  for (const name of ['lit', '@lit/localize', 'valibot', '@types/geojson']) assert.ok(runtime.includes(name), `${name} is a dependency`);
  const devOnly = runtime.filter(name => /^@types\/(?!geojson$)|eslint|rollup|storybook|typescript|test-runner|puppeteer|vite|esbuild/.test(name));
  assert.deepEqual(devOnly, [], 'no build or test tool is a run-time dependency');
});

test('`npx welcome-feed validate` and `npx -p welcome-widgets welcome-feed validate` work in the installing project', async () => {
  const { stdout } = await run('npx', ['--no-install', 'welcome-feed', 'validate', sampleFeed], consumer);
  assert.match(stdout, /duesseldorf\.json: 0 problems — \d+ Welcome Points/);
  const broken = join(work, 'broken.json');
  writeFileSync(broken, JSON.stringify({ version: 1, welcomePoints: 'none' }));
  await assert.rejects(run('npx', ['--no-install', 'welcome-feed', 'validate', broken], consumer), error => error.code === 1);
  // The form the docs give (the package named, so npx never looks for a package called
  // `welcome-feed`) uses the installed package too.
  const named = await run('npx', ['--no-install', '-p', 'welcome-widgets', 'welcome-feed', 'validate', sampleFeed], consumer);
  assert.match(named.stdout, /duesseldorf\.json: 0 problems/);
});

test('every export-map entry resolves; the Node-side ones import in Node', async () => {
  const require = createRequire(join(consumer, 'package.json'));
  for (const entry of Object.keys(pkg.exports)) {
    const specifier = entry === '.' ? 'welcome-widgets' : `welcome-widgets/${entry.slice(2)}`;
    const file = require.resolve(specifier);
    assert.ok(file.startsWith(join(consumer, 'node_modules/welcome-widgets/')), `${specifier} resolves inside the installed package`);
    if (file.endsWith('.json')) {
      const { default: json } = await import(pathToFileURL(file).href, { with: { type: 'json' } });
      assert.equal(typeof json, 'object', `${specifier} is JSON`);
    }
  }
  const feed = await import(pathToFileURL(require.resolve('welcome-widgets/feed.js')).href);
  const { problems } = feed.validateFeed(JSON.parse(readFileSync(sampleFeed, 'utf8')));
  assert.deepEqual(problems.filter(problem => problem.severity === 'error'), []);
  const { default: schema } = await import(pathToFileURL(require.resolve('welcome-widgets/welcome-feed.schema.json')).href, { with: { type: 'json' } });
  assert.match(schema.$id, new RegExp(`welcome-widgets@${pkg.version.replaceAll('.', '\\.')}/`));
});

test('a TypeScript consumer type-checks against the installed declarations', async () => {
  writeFileSync(join(consumer, 'consumer.ts'), [
    "import { WelcomePointFinder, OfferList, DistrictMap, validateFeed, type FeedProblem } from 'welcome-widgets';",
    "import 'welcome-widgets/welcome-point-finder.js';",
    "import 'welcome-widgets/offer-list.js';",
    "import 'welcome-widgets/district-map.js';",
    "import { validateFeed as validateOnServer } from 'welcome-widgets/feed.js';",
    "const finder: WelcomePointFinder = document.createElement('welcome-point-finder');",
    "finder.src = '/feed.json';",
    "const list: OfferList | null = document.querySelector('offer-list');",
    "const map: DistrictMap | undefined = undefined;",
    'const problems: FeedProblem[] = validateFeed({}).problems.concat(validateOnServer({}).problems);',
    'export { list, map, problems };',
  ].join('\n'));
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, types: [] },
    files: ['consumer.ts'],
  }));
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  await run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer);
});

test('the installed dist/welcome-widgets.js renders a finder in a browser, and every element module loads', async () => {
  writeFileSync(join(consumer, 'feed.json'), readFileSync(sampleFeed));
  writeFileSync(join(consumer, 'index.html'), [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Consumer</title>',
    '<script type="module" src="/node_modules/welcome-widgets/dist/welcome-widgets.js"></script></head>',
    '<body><main><welcome-point-finder src="/feed.json"><a href="/all">All Welcome Points</a></welcome-point-finder></main></body></html>',
  ].join('\n'));
  const require = createRequire(join(consumer, 'package.json'));
  const modules = Object.entries(pkg.exports)
    .map(([entry, target]) => [entry, require.resolve(entry === '.' ? 'welcome-widgets' : `welcome-widgets/${entry.slice(2)}`), target])
    .filter(([entry, file]) => file.endsWith('.js') && entry !== './feed.js')
    .map(([, file]) => `/${relative(consumer, file)}`);
  const server = await startDevServer({ config: { rootDir: consumer, port: await freePort(), hostname: '127.0.0.1' }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    page.on('console', message => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`http://127.0.0.1:${server.config.port}/index.html`);
    await page.waitForFunction(() => document.querySelector('welcome-point-finder')?.shadowRoot?.querySelector('[part~="card"]'), { timeout: 20000 });
    const heading = await page.$eval('welcome-point-finder', el => el.shadowRoot.querySelector('h2, h3')?.textContent?.trim());
    assert.ok(heading, 'the finder shows a heading');
    const loaded = await page.evaluate(async urls => Promise.all(urls.map(url => import(url).then(m => Object.keys(m).length >= 0, e => `${url}: ${e.message}`))), modules);
    assert.deepEqual(loaded.filter(result => result !== true), [], 'every element module in the export map loads in the browser');
    assert.ok(modules.length >= 5, `checked ${modules.join(', ')}`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
