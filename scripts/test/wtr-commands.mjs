// SPDX-License-Identifier: EUPL-1.2
// Fills the gaps of @web/test-runner-commands outside Chromium so one test reads the same in every
// engine:
// - WebKit (WebDriver launcher): setViewport (upstream: modernweb-dev/web#1072) and
//   sendKeys `down`/`up` (upstream supports only `press` and `type` there).
// - Firefox (puppeteer over WebDriver BiDi): code-style key names such as `Space`, which only
//   puppeteer's CDP keyboard knows.
// - emulateMedia outside Chromium: succeeds when the page already matches (so resetting to
//   `screen` in afterEach works), otherwise a clear error naming the missing protocol feature.
// The built-in command plugins run before any plugin of ours, so we wrap them at server start.

/** W3C WebDriver key codepoints for KeyboardEvent.key names (same table as puppeteer's BiDi input). */
const WEBDRIVER_KEYS = {
  Cancel: '\uE001', Help: '\uE002', Backspace: '\uE003', Tab: '\uE004', Clear: '\uE005',
  Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Pause: '\uE00B',
  Escape: '\uE00C', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Insert: '\uE016', Delete: '\uE017', Meta: '\uE03D',
  F1: '\uE031', F2: '\uE032', F3: '\uE033', F4: '\uE034', F5: '\uE035', F6: '\uE036',
  F7: '\uE037', F8: '\uE038', F9: '\uE039', F10: '\uE03A', F11: '\uE03B', F12: '\uE03C',
};

/** `Space`, `KeyA`, `Digit1` (puppeteer/CDP code names) → the key they type. */
function keyValue(name) {
  if (name === 'Space') return ' ';
  const code = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(name);
  if (code) return (code[1] ?? code[2]).toLowerCase();
  return name;
}

function webdriverKey(name) {
  const key = keyValue(name);
  if ([...key].length === 1) return key;
  const value = WEBDRIVER_KEYS[key];
  if (!value) throw new Error(`sendKeys: unknown key "${name}" for WebDriver.`);
  return value;
}

const MEDIA_GAP = {
  firefox:
    "emulateMedia is not available in Firefox: its WebDriver BiDi has no emulation.setMediaFeaturesOverride yet " +
    '(w3c/webdriver-bidi#750) and puppeteer falls back to CDP, which Firefox lacks.',
  webdriver:
    'emulateMedia is not available in WebKit: WebDriver has no media emulation (w3c/webdriver#1693).',
};

/** Runs in the page: does it already match everything the payload asks to emulate? */
function matchesAlready(payload) {
  const queries = [];
  if (payload.media) queries.push(payload.media);
  if (payload.colorScheme) queries.push(`(prefers-color-scheme: ${payload.colorScheme})`);
  if (payload.reducedMotion) queries.push(`(prefers-reduced-motion: ${payload.reducedMotion})`);
  if (payload.forcedColors) queries.push(`(forced-colors: ${payload.forcedColors})`);
  return queries.every(query => window.matchMedia(query).matches);
}

async function emulateMediaWithout(engine, session, payload) {
  const already =
    engine === 'firefox'
      ? await session.browser.getPage(session.id).evaluate(matchesAlready, payload)
      : await session.browser.driver.execute(matchesAlready, payload);
  if (already) return true;
  throw new Error(MEDIA_GAP[engine]);
}

function engineOf(session) {
  if (session.browser.type === 'webdriver') return 'webdriver';
  if (session.browser.type === 'puppeteer' && session.browser.name === 'Firefox') return 'firefox';
  return 'chromium';
}

/** Keyboard on one WebDriver input source, so a key held with `down` still modifies a later `press`. */
async function webdriverSendKeys(driver, payload) {
  const keyActions = actions => driver.performActions([{ type: 'key', id: 'wtr-keyboard', actions }]);
  if ('type' in payload) {
    await keyActions(
      [...payload.type].flatMap(value => [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ]),
    );
  } else if ('press' in payload) {
    const value = webdriverKey(payload.press);
    await keyActions([
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
  } else if ('down' in payload) {
    await keyActions([{ type: 'keyDown', value: webdriverKey(payload.down) }]);
  } else if ('up' in payload) {
    await keyActions([{ type: 'keyUp', value: webdriverKey(payload.up) }]);
  } else {
    return undefined;
  }
  return true;
}

/** The window is bigger than the page by its toolbar and borders; size it so the page gets the viewport. */
async function webdriverSetViewport(driver, { width, height }) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
    if (innerWidth === width && innerHeight === height) return true;
    const outer = await driver.getWindowSize();
    const [newWidth, newHeight] = [outer.width + width - innerWidth, outer.height + height - innerHeight].map(Math.round);
    // Right after a resize WebKit can report a stale window size (seen once: a negative result);
    // wait and measure again rather than send WebDriver a size it rejects.
    if (!(newWidth > 0 && newHeight > 0)) {
      await new Promise(resolve => setTimeout(resolve, 200));
      continue;
    }
    await driver.setWindowSize(newWidth, newHeight);
    // WebKit hands the new size to the page a little later; measuring before it has would size the
    // window again from a stale viewport (seen: stuck at 320×400). Wait until the page has changed.
    await driver
      .waitUntil(
        async () => {
          const [w, h] = await driver.execute('return [window.innerWidth, window.innerHeight]');
          return w !== innerWidth || h !== innerHeight;
        },
        { timeout: 5000, interval: 50 },
      )
      .catch(() => undefined);
  }
  const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
  if (innerWidth === width && innerHeight === height) return true;
  throw new Error(`setViewport: WebKit kept the viewport at ${innerWidth}×${innerHeight}, not ${width}×${height}.`);
}

async function fillGap({ command, payload, session }) {
  const engine = engineOf(session);
  // The built-in command ignores forcedColors with puppeteer; Chromium's DevTools protocol has it.
  if (engine === 'chromium' && command === 'emulate-media' && payload?.forcedColors != null) {
    const features = [['forced-colors', payload.forcedColors], ['prefers-reduced-motion', payload.reducedMotion], ['prefers-color-scheme', payload.colorScheme]];
    await session.browser.getPage(session.id).emulateMediaFeatures(features.filter(([, value]) => value != null).map(([name, value]) => ({ name, value })));
    return true;
  }
  if (engine === 'chromium' || !payload || typeof payload !== 'object') return undefined;
  if (command === 'emulate-media') return emulateMediaWithout(engine, session, payload);
  if (engine === 'firefox') {
    if (command === 'send-keys') {
      const page = session.browser.getPage(session.id);
      if ('press' in payload) return page.keyboard.press(keyValue(payload.press)).then(() => true);
      if ('down' in payload) return page.keyboard.down(keyValue(payload.down)).then(() => true);
      if ('up' in payload) return page.keyboard.up(keyValue(payload.up)).then(() => true);
    }
    return undefined;
  }
  const { driver } = session.browser;
  if (command === 'send-keys') return webdriverSendKeys(driver, payload);
  if (command === 'set-viewport') return webdriverSetViewport(driver, payload);
  return undefined;
}

const WRAPPED = new Set(['send-keys-command', 'set-viewport-command', 'emulate-media-command']);

export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    serverStart({ config }) {
      for (const plugin of config.plugins ?? []) {
        if (!WRAPPED.has(plugin.name) || !plugin.executeCommand) continue;
        const builtIn = plugin.executeCommand.bind(plugin);
        plugin.executeCommand = async args => (await fillGap(args)) ?? builtIn(args);
      }
    },
  };
}
