// SPDX-License-Identifier: EUPL-1.2
// What makes the map look like Düsseldorf and keeps it readable: the Rhine from `context-src` with
// its credit, the "schematic boundaries" note, and a view that keeps districts, labels and markers
// clear of the zoom buttons and the edge in every UI language.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { canEmulateMedia } from '../helpers/media.js';
import 'axe-core/axe.min.js';
import '../../src/components/district-map/district-map.js';
import type { DistrictMap } from '../../src/components/district-map/district-map.component.js';
import type { WelcomeFeed } from '../../src/feed/schema.js';
import { getLocale } from '../../src/i18n/localization.js';
import { waitUntil } from '../helpers/wait.js';

const SAMPLE = '/demo/data/duesseldorf.json';
const RHINE = '/demo/data/rhine-schematic.geojson';
const LOCALES = ['en', 'de', 'de-x-ls', 'ar', 'fa', 'ru', 'tr', 'uk'] as const;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Resolves when @lit/localize reports `locale` loaded and active. */
function localeReady(locale: string): Promise<void> {
  return new Promise(resolve => {
    const onStatus = (event: Event) => {
      const { detail } = event as CustomEvent<{ status: string; readyLocale?: string }>;
      if (detail.status !== 'ready' || detail.readyLocale !== locale) return;
      window.removeEventListener('lit-localize-status', onStatus);
      resolve();
    };
    window.addEventListener('lit-localize-status', onStatus);
  });
}

type Rect = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;
const overlaps = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
const within = (a: Rect, b: Rect) => a.left >= b.left - 0.5 && a.top >= b.top - 0.5 && a.right <= b.right + 0.5 && a.bottom <= b.bottom + 0.5;
const union = (rects: Rect[]): Rect => ({
  left: Math.min(...rects.map(r => r.left)),
  top: Math.min(...rects.map(r => r.top)),
  right: Math.max(...rects.map(r => r.right)),
  bottom: Math.max(...rects.map(r => r.bottom)),
});

after(() => {
  document.documentElement.lang = 'en';
});

describe('<district-map> context layer: the Rhine', () => {
  it('draws the demo\'s schematic Rhine as water under labels and markers, and credits OpenStreetMap in the map\'s credit line', async () => {
    const el = await fixture<DistrictMap>(html`<district-map src=${SAMPLE} context-src=${RHINE} lang="en"></district-map>`);
    await el.mapReady;
    await waitUntil(() => $(el, 'path.context--water'), 'no water drawn');
    await waitUntil(() => /OpenStreetMap/.test($(el, '[part="attribution"]')!.textContent), 'no credit for the river');
    const credit = $(el, '[part="attribution"]')!.textContent.replace(/\s+/g, ' ');
    expect(credit).to.contain('Rhine: schematic, derived from © OpenStreetMap contributors (ODbL)');
    // The river crosses the city: its box reaches from the north to the south of the districts.
    const river = $(el, 'path.context--water')!.getBoundingClientRect();
    const city = union($$(el, 'path.district').map(p => p.getBoundingClientRect()));
    expect(river.height).to.be.greaterThan(0.8 * city.bottom - 0.8 * city.top);
    expect(getComputedStyle($(el, 'path.context--water')!).pointerEvents).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('in forced colours the river keeps an outline in system colours (Chromium: the only engine that emulates it)', async function () {
    if (!canEmulateMedia) this.skip();
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await fixture<DistrictMap>(html`<district-map src=${SAMPLE} context-src=${RHINE} lang="en"></district-map>`);
      await el.mapReady;
      await waitUntil(() => $(el, 'path.context--water'), 'no water drawn');
      const probe = document.createElement('span');
      probe.style.cssText = 'color: GrayText; background: Canvas';
      document.body.append(probe);
      const water = getComputedStyle($(el, 'path.context--water')!);
      expect(water.stroke).to.equal(getComputedStyle(probe).color);
      expect(water.fill).to.equal(getComputedStyle(probe).backgroundColor);
      probe.remove();
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('shows a credit as text only, never as markup', async () => {
    const blob = URL.createObjectURL(new Blob([JSON.stringify({ type: 'FeatureCollection', attribution: '<img src=x onerror="window.__pwned=1">', features: [] })], { type: 'application/json' }));
    const el = await fixture<DistrictMap>(html`<district-map src=${SAMPLE} context-src=${blob} lang="en"></district-map>`);
    await el.mapReady;
    await waitUntil(() => $(el, '[part="attribution"]')!.textContent.includes('<img'), 'credit not shown');
    expect($(el, '[part="attribution"] img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    URL.revokeObjectURL(blob);
  });
});

describe('<district-map> schematic boundaries', () => {
  let sample: WelcomeFeed;
  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as WelcomeFeed;
  });

  it('says the boundaries are approximate when the feed marks them schematic, on the map and clear of labels', async () => {
    const feed = structuredClone(sample);
    feed.meta.schematicBoundaries = true;
    const el = await fixture<DistrictMap>(html`<district-map .feed=${feed} lang="en"></district-map>`);
    await el.mapReady;
    const note = $(el, '[part="boundaries-note"]')!;
    expect(note.textContent.trim()).to.equal('The district boundaries on this map are only approximate.');
    const box = note.getBoundingClientRect();
    expect(within(box, $(el, '.map__stage')!.getBoundingClientRect()), 'on the map').to.be.true;
    for (const label of $$(el, '.district-label:not(.district-label--outside) .district-label__text')) {
      expect(overlaps(label.getBoundingClientRect(), box), `label ${label.textContent} under the note`).to.be.false;
    }
    await expect(el).to.be.accessible();
  });

  it('shows no note when the feed does not say so', async () => {
    const el = await fixture<DistrictMap>(html`<district-map .feed=${sample} lang="en"></district-map>`);
    await el.mapReady;
    expect($(el, '[part="boundaries-note"]')).to.equal(null);
  });
});

describe('<district-map> fits the districts clear of the zoom buttons and the edge', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  const cases: Array<[number, string]> = [...LOCALES.map(locale => [412, locale] as [number, string]), [320, 'en'], [320, 'ar'], [1024, 'en']];
  for (const [width, locale] of cases) {
    it(`${width} px, ${locale}: no district, label or marker under the controls or cut at the edge`, async () => {
      fixtureCleanup();
      await setViewport({ width, height: 823 });
      const el = await fixture<DistrictMap>(html`<district-map src=${SAMPLE} lang=${locale} style="margin: 0"></district-map>`);
      if (getLocale() !== locale) await localeReady(locale);
      await el.mapReady;
      await el.updateComplete;
      const stage = $(el, '.map__stage')!.getBoundingClientRect();
      const controls = $(el, '.map__controls')!.getBoundingClientRect();
      const districts = union($$(el, 'path.district').map(p => p.getBoundingClientRect()));
      expect(overlaps(districts, controls), `districts ${JSON.stringify(districts)} under the controls ${JSON.stringify(controls)}`).to.be.false;
      expect(within(districts, stage), 'districts inside the map').to.be.true;
      const labels = $$(el, '.district-label');
      expect(labels).to.have.length(10);
      for (const label of labels) {
        expect(label.classList.contains('district-label--outside'), 'every label in view').to.be.false;
        const box = label.querySelector('.district-label__text')!.getBoundingClientRect();
        expect(overlaps(box, controls), `label ${label.textContent} under the controls`).to.be.false;
        expect(within(box, stage), `label ${label.textContent} cut at the edge`).to.be.true;
      }
      for (const marker of $$(el, '.marker__button')) {
        const box = marker.getBoundingClientRect();
        expect(overlaps(box, controls), `${marker.getAttribute('aria-label')} under the controls`).to.be.false;
        expect(within(box, stage), `${marker.getAttribute('aria-label')} cut at the edge`).to.be.true;
      }
    });
  }
});
