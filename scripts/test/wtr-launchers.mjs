// SPDX-License-Identifier: EUPL-1.2
// Browser launchers for Web Test Runner: Chromium, Firefox and WebKit, all from Debian packages.
// We never download a browser; a missing one fails with the package to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromeLauncher } from '@web/test-runner-chrome';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Engines named in WTR_BROWSERS (comma-separated); Chromium when unset. */
export function selectedEngines(value = process.env.WTR_BROWSERS) {
  const engines = (value || 'chromium')
    .split(',')
    .map(name => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = engines.filter(name => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(`WTR_BROWSERS: unknown engine ${unknown.join(', ')}; use ${ENGINES.join(', ')}.`);
  }
  return [...new Set(engines)];
}

function findExecutable(envName, candidates, commands, help) {
  for (const path of [process.env[envName], ...candidates]) if (path && existsSync(path)) return path;
  for (const command of commands) {
    try {
      return execSync(`command -v ${command}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(`${help}, or set ${envName}.`);
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function chromium() {
  const executablePath = findExecutable(
    'CHROME_PATH',
    ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    ['chromium', 'google-chrome'],
    "No Chromium found. Install Debian's package (apt-get install -y chromium)",
  );
  const launcher = chromeLauncher({
    launchOptions: { executablePath, headless: true, args: chromiumArgs },
    // Each test page gets its own browser context (its own window). In one shared window only the
    // front tab is visible, so with two test files at once the other page is `hidden` and its
    // requestAnimationFrame never fires: open-wc's fixture() on a plain element waits forever.
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
  });
  launcher.name = 'Chromium'; // Debian's; the launcher says "Chrome" for any local browser
  return launcher;
}

/**
 * Firefox over WebDriver BiDi through puppeteer-core. This is what @web/test-runner-puppeteer's
 * puppeteerLauncher does, minus its dependency on the full `puppeteer` package, whose only extra
 * is a browser download.
 */
async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  await tolerateMissingScreenOrientation();
  const executablePath = findExecutable(
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    ['firefox-esr', 'firefox'],
    "No Firefox found. Install Debian's package (apt-get install -y firefox-esr)",
  );
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      // A download opens Firefox's downloads panel, which keeps the focus away from the test tab
      // for the rest of the run; Firefox then skips the default actions of keys (Enter and Space
      // activate nothing). Tests stub their downloads; this keeps a forgotten one harmless.
      extraPrefsFirefox: { 'browser.download.alwaysOpenPanel': false },
    },
    // One test file at a time: Firefox sends keys to the focused window only and throttles
    // background tabs (a test waiting there for input or a frame hangs until the run times out).
    concurrency: 1,
    createPage: async ({ context }) => {
      const page = await context.newPage();
      // puppeteer's setViewport also sends emulation.setScreenOrientationOverride, which Firefox
      // ESR 140 (Debian 12) does not know; the viewport itself is set by the other command.
      const setViewport = page.setViewport.bind(page);
      page.setViewport = async viewport => {
        try {
          await setViewport(viewport);
        } catch (error) {
          if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
        }
      };
      return page;
    },
  });
}

/**
 * Debian's Firefox ESR 140 does not know the BiDi command `emulation.setScreenOrientationOverride`,
 * which puppeteer-core 25 sends with every setViewport (newer Firefox ESR does). Viewport sizes
 * still apply; only the orientation override, which no test uses, is skipped on such a Firefox.
 */
async function tolerateMissingScreenOrientation() {
  const { BrowsingContext } = await import('puppeteer-core/internal/bidi/core/BrowsingContext.js');
  const original = BrowsingContext.prototype.setScreenOrientationOverride;
  if (original.tolerant) return;
  BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
    try {
      await original.apply(this, args);
    } catch (error) {
      if (!/unknown command/i.test(String(error?.message))) throw error;
    }
  };
  BrowsingContext.prototype.setScreenOrientationOverride.tolerant = true;
}

/**
 * WebKitGTK's MiniBrowser through a WebKitWebDriver that scripts/test/wtr-engines.mjs starts under a
 * virtual display and passes in as WTR_WEBKIT_DRIVER (host:port).
 */
async function webkit() {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const driver = process.env.WTR_WEBKIT_DRIVER;
  if (!driver) {
    throw new Error(
      'WebKit needs a running WebKitWebDriver: use `npm run test:webkit -- [files]`, ' +
        'or start `xvfb-run -a WebKitWebDriver --port=N` yourself and set WTR_WEBKIT_DRIVER=127.0.0.1:N.',
    );
  }
  const [hostname, port] = driver.includes(':') ? driver.split(':') : ['127.0.0.1', driver];
  const binary = findExecutable(
    'WEBKIT_MINIBROWSER',
    [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    ],
    [],
    "No WebKitGTK MiniBrowser found. Install Debian's webkit2gtk-driver",
  );
  const launcher = webdriverLauncher({
    hostname,
    port: Number(port),
    capabilities: {
      // No browserName: WebKitWebDriver matches it against nothing and refuses the session.
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      // Web Test Runner learns that a page started and finished over its own socket, with its own
      // timeouts; it needs no driver command to wait for a page's load event. With the default
      // ("normal") WebKitWebDriver may hold a navigation or script until then, for up to 300 s,
      // and a test that delays the load (an iframe, a request left hanging on purpose) then holds
      // the driver. CI runs saw "Timed out stopping the browser page" (120 s) and runs that ended
      // without results; see docs/browser-support.md.
      pageLoadStrategy: 'none',
    },
  });
  // The label would be built from browserName; name the engine for the reporters instead.
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = 'WebKit';
  };
  return launcher;
}

const factories = { chromium, firefox, webkit };

/** Launchers for the engines; Firefox's and WebKit's drivers load only when asked for. */
export function engineLaunchers(engines) {
  return Promise.all(engines.map(engine => factories[engine]()));
}
