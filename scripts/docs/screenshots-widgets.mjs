#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Screenshots of <offer-list> and <district-map> for docs/screenshots/, taken in headless Chromium
 * from the source (served by @web/dev-server with esbuild): the offer list on the test fixture
 * feed, the map on the sample feed.
 *
 *   node scripts/docs/screenshots-widgets.mjs                 # the documented set
 *   ONLY=landlords node scripts/docs/screenshots-widgets.mjs  # the shots whose file name matches
 *   node scripts/docs/screenshots-widgets.mjs "lang=ar&attrs=filters" 320 /tmp/x.png [expand]
 */
import { existsSync, mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const root = new URL('../..', import.meta.url).pathname;
const chromium = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const port = Number(process.env.PORT ?? 8797);

const SAMPLE = '/demo/data/duesseldorf.json';
const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const RHINE = '/demo/data/rhine-schematic.geojson';
/** The finder's "Map" button, then a one-finger swipe over the map: the page scrolls, the hint shows. */
async function mapPaneWithTouchHint(page) {
  await page.evaluate(() => [...document.querySelector('#root > *').shadowRoot.querySelectorAll('[part="panes"] button')].at(-1).click());
  await page.waitForFunction(() => document.querySelector('#root > *').shadowRoot.querySelector('district-map')?.shadowRoot?.querySelector('.leaflet-marker-icon'), { timeout: 20_000 });
  await page.evaluate(() => {
    const canvas = document.querySelector('#root > *').shadowRoot.querySelector('district-map').shadowRoot.querySelector('.map__canvas');
    const { x, y, width, height } = canvas.getBoundingClientRect();
    const at = (dy) => ({ pointerType: 'touch', pointerId: 7, clientX: x + width / 2, clientY: y + height / 2 + dy, bubbles: true });
    canvas.dispatchEvent(new PointerEvent('pointerdown', at(0)));
    canvas.dispatchEvent(new PointerEvent('pointermove', at(60)));
  });
  await page.waitForFunction(() => !document.querySelector('#root > *').shadowRoot.querySelector('district-map').shadowRoot.querySelector('.map-hint').hidden);
}
/** Keyboard only: Tab until focus is in the map (its one Tab stop), then End to its last marker. */
async function keyboardOnMarker(page) {
  const inMap = () => page.evaluate(() => Boolean(document.querySelector('#root > *').shadowRoot.activeElement?.matches('.district, .marker__button')));
  for (let i = 0; i < 10 && !(await inMap()); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelector('#root > *').shadowRoot.activeElement?.classList.contains('marker__button'));
}
const SHOTS = [
  { name: 'offer-list-1280.png', query: 'attrs=filters', width: 1280, expand: true },
  { name: 'offer-list-320.png', query: 'attrs=filters', width: 320, expand: true },
  { name: 'offer-list-day-1280.png', query: 'attrs=group-by=day', width: 1280 },
  { name: 'offer-list-ar-320.png', query: 'lang=ar&attrs=filters', width: 320, expand: true },
  { name: 'offer-list-compact-320.png', query: 'attrs=welcome-point=wp-mitte,group-by=none,compact,heading-level=4', width: 320 },
  // Issue #21: the sample notice, a card's matching offers with their next date, times and addresses kept whole at 360 px.
  { name: 'finder-landlords-de-360.png', query: `tag=welcome-point-finder&src=${SAMPLE}&lang=de&attrs=audience=landlords,view=list`, width: 360, clip: 1600 },
  { name: 'finder-landlords-ar-360.png', query: `tag=welcome-point-finder&src=${SAMPLE}&lang=ar&attrs=audience=landlords,view=list`, width: 360, clip: 1600 },
  { name: 'offer-list-times-de-360.png', query: `src=${SAMPLE}&lang=de&attrs=selected=wp-stadtmitte,group-by=none,limit=4`, width: 360, expand: true },
  { name: 'offer-list-times-ar-360.png', query: `src=${SAMPLE}&lang=ar&attrs=selected=wp-stadtmitte,group-by=none,limit=4`, width: 360, expand: true },
  { name: 'district-map-default.png', query: `tag=district-map&src=${SAMPLE}`, width: 960 },
  { name: 'district-map-selected.png', query: `tag=district-map&src=${SAMPLE}&attrs=district=9,selected=wp-07`, width: 960 },
  { name: 'district-map-rtl.png', query: `tag=district-map&src=${SAMPLE}&lang=ar`, width: 960 },
  { name: 'district-map-desktop-labels.png', query: `tag=district-map&src=${SAMPLE}&attrs=context-src=${RHINE},height=640`, width: 1280 },
  { name: 'district-map-keyboard-focus.png', query: `tag=district-map&src=${SAMPLE}&attrs=context-src=${RHINE}`, width: 960, act: keyboardOnMarker },
  { name: 'district-map-forced-colors.png', query: `tag=district-map&src=${SAMPLE}&attrs=context-src=${RHINE}`, width: 960, forcedColors: true },
  { name: 'finder-360-switch-list.png', query: `tag=welcome-point-finder&src=${SAMPLE}&attrs=view=both`, width: 360, firstScreen: true },
  { name: 'finder-360-switch-map-gesture-hint.png', query: `tag=welcome-point-finder&src=${SAMPLE}&attrs=view=both`, width: 360, act: mapPaneWithTouchHint },
  { name: 'district-map-consent.png', query: `tag=district-map&src=${SAMPLE}&attrs=tile-url=${encodeURIComponent(OSM)},tile-attribution=© OpenStreetMap`, width: 960 },
];

const server = await startDevServer({
  config: {
    rootDir: root,
    port,
    nodeResolve: { exportConditions: ['production'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox'], headless: true });
try {
  const [query, width, out, expand] = process.argv.slice(2);
  const only = process.env.ONLY && new RegExp(process.env.ONLY);
  const shots = query
    ? [{ query, width: Number(width), path: out, expand: !!expand }]
    : SHOTS.filter(shot => !only || only.test(shot.name)).map(shot => {
        mkdirSync(`${root}docs/screenshots`, { recursive: true });
        return { ...shot, path: `${root}docs/screenshots/${shot.name}` };
      });
  for (const shot of shots) {
    const page = await browser.newPage();
    page.on('pageerror', error => console.error('page error:', error.message));
    page.on('console', message => { if (message.type() === 'error') console.error('console:', message.text()); });
    await page.setViewport({ width: shot.width, height: shot.width < 400 ? 760 : 900 });
    if (shot.forcedColors) await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    await page.goto(`http://localhost:${port}/scripts/docs/widget-preview.html?${shot.query}`);
    // A list, an empty or error message, or a drawn map.
    await page.waitForFunction(
      () => document.querySelector('#root > *')?.shadowRoot?.querySelector('.list, .status--empty, [role=alert], .leaflet-marker-icon'),
      { timeout: 20_000 },
    );
    if (shot.expand) {
      await page.evaluate(() => document.querySelector('offer-list').shadowRoot.querySelector('.offer__toggle').click());
    }
    await page.evaluate(() => document.activeElement?.blur?.());
    await new Promise(resolve => setTimeout(resolve, 1500));
    await shot.act?.(page);
    const clip = shot.clip ?? Number(process.env.CLIP ?? 0);
    await page.screenshot({ path: shot.path, fullPage: !clip, ...(clip ? { clip: { x: 0, y: Number(process.env.CLIP_Y ?? 0), width: shot.width, height: clip } } : {}) });
    await page.close();
    console.log(shot.path);
  }
} finally {
  await browser.close();
  await server.stop();
}
