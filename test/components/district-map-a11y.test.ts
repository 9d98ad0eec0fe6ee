// SPDX-License-Identifier: EUPL-1.2
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import 'axe-core/axe.min.js';
import { stubMediaQuery } from '../helpers/media.js';
import { mapAtRest, mapSettled } from '../helpers/map.js';
import { until, waitUntil } from '../helpers/wait.js';
import '../../src/components/district-map/district-map.js';
import type { DistrictMap } from '../../src/components/district-map/district-map.component.js';
import type { WelcomeFeed } from '../../src/feed/schema.js';
import { getLocale } from '../../src/i18n/localization.js';

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

const FEED = '/test/fixtures/district-map.json';
const SAMPLE = '/demo/data/duesseldorf.json';
const TILES = '/__test/tile/{z}/{x}/{y}.png';

async function mapFixture(template: ReturnType<typeof html>): Promise<DistrictMap> {
  const el = await fixture<DistrictMap>(template);
  await mapSettled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Everything Tab visits, starting before `from`, until focus leaves `host`. */
async function tabSequence(from: HTMLElement, host: Element, limit = 60): Promise<Element[]> {
  from.focus();
  const seen: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (!active || !host.shadowRoot!.contains(active)) return seen;
    seen.push(active);
  }
  throw new Error('focus never left the map (keyboard trap?)');
}

/** axe on a map, in the language given (one per `describe` run). */
function accessibilitySuite(lang: 'en' | 'ar') {
  describe(`axe, lang="${lang}"`, () => {
    it('map view has no violations', async () => {
      const el = await mapFixture(html`<district-map src=${FEED} lang=${lang}></district-map>`);
      await expect(el).to.be.accessible();
    });

    it('map view with a selected district and an open popup has no violations', async () => {
      // The state, not the way there: the popup opens when the move to the selection ends and
      // then fades in, and WebKit under automation may hold animation clocks at 0 ms for over a
      // second. Without animations (reduced motion) the popup is open, fully opaque, once drawn.
      stubMediaQuery('(prefers-reduced-motion: reduce)', true);
      try {
        const el = await mapFixture(html`<district-map src=${FEED} lang=${lang} district="d1" selected="wp-a"></district-map>`);
        await waitUntil(() => $(el, '.popup'), 'no popup');
        expect(getComputedStyle($(el, '.leaflet-popup')!).opacity).to.equal('1');
        await expect(el).to.be.accessible();
      } finally {
        sinon.restore();
      }
    });

    it('list view has no violations', async () => {
      const el = await mapFixture(html`<district-map src=${FEED} lang=${lang} view="list"></district-map>`);
      await expect(el).to.be.accessible();
    });

    it('consent placeholder has no violations', async () => {
      const el = await mapFixture(html`<district-map src=${FEED} lang=${lang} tile-url=${`${TILES}?${lang}`} tile-attribution="© Test"></district-map>`);
      expect($(el, '[part="consent"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('error state has no violations', async () => {
      const el = await fixture<DistrictMap>(html`<district-map src="/__test/status/503" lang=${lang}></district-map>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'no alert');
      await expect(el).to.be.accessible();
    });

    it('the sample feed has no violations', async () => {
      const el = await mapFixture(html`<district-map src=${SAMPLE} lang=${lang}></district-map>`);
      await expect(el).to.be.accessible();
    });
  });
}

describe('<district-map> accessibility', () => {
  const pageLang = document.documentElement.lang;
  before(() => (document.documentElement.lang = 'en'));
  after(() => (document.documentElement.lang = pageLang));

  accessibilitySuite('en');
  accessibilitySuite('ar');

  describe('keyboard', () => {
    async function keyboardFixture() {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button id="before">before</button>
        <district-map src=${FEED} lang="en"></district-map>
        <button id="after">after</button>
      </div>`);
      const el = wrapper.querySelector('district-map')!;
      await el.mapReady;
      return { wrapper, el, before: wrapper.querySelector<HTMLButtonElement>('#before')! };
    }
    const nameOf = (node: Element | null) => node?.getAttribute('aria-label') ?? node?.textContent.trim();

    it('the map is one Tab stop, with "Skip map" before its buttons: not one stop per district and marker', async () => {
      const { el, before } = await keyboardFixture();
      const sequence = await tabSequence(before, el);
      const names = sequence.map(nameOf);
      // Before: the element's toolbar, then the skip, then the map's buttons; after: the credit line.
      expect(names).to.deep.equal(['List view', 'Skip map', 'Zoom in', 'Zoom out', 'Show all districts', 'District 1: Mitte (Welcome Points: 2)', 'Leaflet']);
      const inMap = sequence.filter(node => node.closest('.map__canvas'));
      expect(inMap.length, 'Tab presses inside the map').to.equal(1);
      // The list's buttons are not extra (invisible) stops in map view.
      expect(sequence.some(node => node.matches('.list button'))).to.be.false;
      expect(deepActiveElement()?.id).to.equal('after');
      // The map says how it works.
      const canvas = $(el, '.map__canvas')!;
      const help = el.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!)!;
      expect(help.textContent).to.match(/Arrow keys .* Escape leaves the map/);
    });

    it('arrow keys move through districts, then markers, in order; Home and End; Enter selects; Escape leaves', async () => {
      const { el, before } = await keyboardFixture();
      before.focus();
      await sendKeys({ press: 'Tab' });
      while (!deepActiveElement()?.matches('path.district')) await sendKeys({ press: 'Tab' });
      const visited: string[] = [];
      for (let i = 0; i < 8; i++) {
        const active = deepActiveElement() as HTMLElement;
        visited.push(active.dataset.districtId ?? active.dataset.pointId!);
        await sendKeys({ press: 'ArrowDown' });
      }
      expect(visited).to.deep.equal(['d1', 'd2', 'd3', 'wp-a', 'wp-b', 'wp-c', 'wp-closed', 'wp-x']);
      // Only the item with focus is in the tab order.
      const stops = $$(el, '.map__canvas [tabindex="0"]');
      expect(stops.map(node => (node).dataset.pointId)).to.deep.equal(['wp-x']);
      await sendKeys({ press: 'Home' });
      expect((deepActiveElement() as HTMLElement).dataset.districtId).to.equal('d1');
      await sendKeys({ press: 'ArrowUp' });
      expect((deepActiveElement() as HTMLElement).dataset.districtId, 'stays at the first').to.equal('d1');
      await sendKeys({ press: 'End' });
      expect((deepActiveElement() as HTMLElement).dataset.pointId).to.equal('wp-x');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.district).to.equal('d2');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Tab' });
      expect(nameOf(deepActiveElement()), 'Escape left the map: next is the credit line').to.equal('Leaflet');
      // Shift+Tab comes back to the item last used.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect((deepActiveElement() as HTMLElement).dataset.districtId).to.equal('d2');
    });

    it('Tab enters the map at the selected district, and its focus outline lies above the neighbours', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button><district-map src=${FEED} lang="en" district="d2"></district-map></div>`);
      const el = wrapper.querySelector('district-map')!;
      await el.mapReady;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      while (!deepActiveElement()?.matches('path.district')) await sendKeys({ press: 'Tab' });
      expect((deepActiveElement() as HTMLElement).dataset.districtId).to.equal('d2');
      // The ring is a copy in the pane above all districts, so no neighbour paints over it.
      const ring = () => $$(el, '.leaflet-welcome-outline-pane path.district-focus');
      expect(ring()).to.have.length(1);
      expect(getComputedStyle(ring()[0]).strokeWidth).to.equal('5px');
      // On to the next item in view (zoomed to d2, a marker or another district): the ring follows districts only.
      await sendKeys({ press: 'ArrowDown' });
      expect((deepActiveElement() as HTMLElement).dataset.districtId).not.to.equal('d2');
      expect(ring()).to.have.length(deepActiveElement()!.matches('path.district') ? 1 : 0);
      await sendKeys({ press: 'Escape' });
      expect(ring(), 'gone with the focus').to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('"Skip map" moves focus past the map', async () => {
      const { el, before } = await keyboardFixture();
      before.focus();
      while (!deepActiveElement()?.matches('.map-skip')) await sendKeys({ press: 'Tab' });
      // Visible while focused.
      expect($(el, '.map-skip')!.getBoundingClientRect().width).to.be.greaterThan(40);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      expect(nameOf(deepActiveElement()), 'the credit line below the map').to.equal('Leaflet');
      expect($(el, '.map__canvas')!.contains(deepActiveElement())).to.be.false;
    });

    it('zoomed in with the + key, off-screen districts and markers never take focus', async () => {
      const { el, before } = await keyboardFixture();
      // (Leaflet drops a zoom asked for while another animates: each step starts from a map at rest)
      await mapAtRest(el);
      before.focus();
      while (!deepActiveElement()?.matches('path.district')) await sendKeys({ press: 'Tab' });
      const canvas = $(el, '.map__canvas')!;
      // Where the markers are: every step in moves them apart.
      const width = () => $$(el, '.marker__button').map(m => Math.round(m.getBoundingClientRect().x)).join();
      for (let i = 0; i < 3; i++) {
        const before = width();
        await sendKeys({ press: '+' });
        await until(() => width() !== before, 'did not zoom in');
        await mapAtRest(el);
      }
      const view = canvas.getBoundingClientRect();
      const seen = new Set<Element>();
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 10; i++) {
        const active = deepActiveElement()!;
        expect(canvas.contains(active)).to.be.true;
        seen.add(active);
        if (active.matches('.marker__button')) {
          const r = active.getBoundingClientRect();
          const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
          expect(x >= view.left && x <= view.right && y >= view.top && y <= view.bottom, `${nameOf(active)} is in view`).to.be.true;
        }
        await sendKeys({ press: 'ArrowDown' });
      }
      expect(seen.size, 'fewer items in view than on the whole map').to.be.lessThan(8);
    });

    it('labels the zoom buttons in the UI language', async () => {
      // One widget at a time: the UI language is one per page.
      const en = await mapFixture(html`<district-map src=${FEED} lang="en"></district-map>`);
      const english = $$(en, '.map__controls button').map(b => b.getAttribute('aria-label'));
      fixtureCleanup();
      const de = await mapFixture(html`<district-map src=${FEED} lang="de"></district-map>`);
      // The German translations are a chunk of their own: wait until they are in use.
      if (getLocale() !== 'de') await localeReady('de');
      await de.updateComplete;
      const german = $$(de, '.map__controls button').map(b => b.getAttribute('aria-label'));
      expect(english).to.deep.equal(['Zoom in', 'Zoom out', 'Show all districts']);
      for (const [i, label] of german.entries()) expect(label !== null && label !== english[i], `German label ${label}`).to.be.true;
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      sinon.restore();
    });

    for (const [width, lang] of [[320, 'en'], [412, 'en'], [1024, 'en']] as const) it(`${width} px, ${lang}: neighbouring Welcome Points are separate targets, nothing covers them, and no marker hides a district number (WCAG 2.5.8)`, async () => {
      await setViewport({ width, height: 823 });
      const el = await mapFixture(html`<district-map src=${SAMPLE} lang=${lang} style="margin: 0"></district-map>`);
      const markers = $$(el, '.marker__button');
      expect(markers).to.have.length(13);
      const rects = markers.map(m => m.getBoundingClientRect());
      for (const r of rects) expect(Math.min(r.width, r.height)).to.be.at.least(24);
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i];
          const b = rects[j];
          // Targets are measured by their boxes: no box may cover part of another.
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          expect(overlap, `${markers[i].getAttribute('aria-label')} / ${markers[j].getAttribute('aria-label')}`).to.be.false;
        }
      }
      // axe's own target-size rule (not among the default rules of the other tests). Only the
      // "Leaflet" credit is left out at 320 px: Leaflet draws district shapes 10% beyond the visible
      // map, clipped by overflow: hidden, and axe counts the clipped part as a neighbour of the
      // link below the map. The link is fully visible and hit (checked below).
      const context = { include: [el], exclude: width < 400 ? [{ fromShadowDom: ['district-map', '[part="attribution"] a'] }] : [] };
      const { violations } = await (window as unknown as { axe: { run(c: object, o: object): Promise<{ violations: unknown[] }> } }).axe.run(context, {
        runOnly: { type: 'rule', values: ['target-size'] },
      });
      type Check = { message: string; relatedNodes: Array<{ html: string }> };
      const summary = (v: unknown) =>
        (v as { nodes: Array<{ html: string; any: Check[] }> }).nodes.map(
          n => `${n.html.slice(0, 80)}: ${n.any.map(c => `${c.message} [${c.relatedNodes.map(r => r.html.slice(0, 80)).join(' | ')}]`).join('; ')}`,
        );
      expect(violations.flatMap(summary)).to.deep.equal([]);
      // Every district number can be read: no marker lies on it.
      const numbers = $$(el, '.district-label__number');
      expect(numbers).to.have.length(10);
      for (const number of numbers) {
        const r = number.getBoundingClientRect();
        const hit = el.shadowRoot!.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        expect(Boolean(hit?.closest('.marker')), `district ${number.textContent} is covered at ${JSON.stringify(r)} by ${JSON.stringify(hit?.getBoundingClientRect())}`).to.be.false;
      }
      // The credit line is visible (not under the map) and its link a full-size target.
      const credit = $(el, '[part="attribution"] a')!;
      const box = credit.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)).to.equal(credit);
    });

    it('a crowd of points at one address: markers stay within a marker’s width of it', async () => {
      const feed = (await (await fetch(SAMPLE)).json()) as WelcomeFeed;
      const [first] = feed.welcomePoints;
      for (let i = 0; i < 30; i++) feed.welcomePoints.push({ ...structuredClone(first), id: `crowd-${i}`, name: { de: `Crowd ${i}` } });
      const el = await fixture<DistrictMap>(html`<district-map .feed=${feed} lang="en"></district-map>`);
      await el.mapReady;
      const crowd = $$(el, '.marker__button').filter(m => m.dataset.pointId!.startsWith('crowd-') || m.dataset.pointId === first.id);
      expect(crowd).to.have.length(31);
      const centres = crowd.map(m => m.getBoundingClientRect()).map(r => [r.x + r.width / 2, r.y + r.height / 2]);
      const [cx, cy] = [centres.reduce((a, [x]) => a + x, 0) / centres.length, centres.reduce((a, [, y]) => a + y, 0) / centres.length];
      expect(Math.max(...centres.map(([x, y]) => Math.hypot(x - cx, y - cy)))).to.be.at.most(31);
    });

    it('works at 320 px: nothing overflows, the map has a size, controls are reachable', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mapFixture(html`<district-map src=${FEED} lang="en" style="margin: 0"></district-map>`);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const canvas = $(el, '.map__canvas')!.getBoundingClientRect();
      expect(canvas.width).to.be.greaterThan(250);
      expect(canvas.height).to.be.greaterThan(150);
      expect($$(el, 'path.district')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('places the map controls at the start edge: left in LTR, right in RTL', async () => {
      // One widget at a time: the UI language (and so the direction) is one per page.
      const side = async (lang: string) => {
        const el = await mapFixture(html`<district-map src=${FEED} lang=${lang}></district-map>`);
        await waitUntil(() => el.getAttribute('dir') === (lang === 'ar' ? 'rtl' : 'ltr'), 'wrong direction');
        const stage = $(el, '.map__stage')!.getBoundingClientRect();
        const controls = $(el, '.map__controls')!.getBoundingClientRect();
        fixtureCleanup();
        return controls.left - stage.left < stage.right - controls.right ? 'left' : 'right';
      };
      expect(await side('en')).to.equal('left');
      expect(await side('ar')).to.equal('right');
    });

    it('turns off map animations when the visitor prefers reduced motion', async () => {
      // Leaflet creates its zoom-animation proxy only when zoom animation is on, and marks
      // markers that animate with zooming.
      const animated = await mapFixture(html`<district-map src=${FEED} lang="en"></district-map>`);
      expect($(animated, '.leaflet-proxy')).to.exist;
      expect($(animated, '.marker.leaflet-zoom-animated')).to.exist;
      expect($(animated, '.map__canvas')!.classList.contains('leaflet-fade-anim')).to.be.true;
      stubMediaQuery('(prefers-reduced-motion: reduce)', true);
      const still = await mapFixture(html`<district-map src=${FEED} lang="en"></district-map>`);
      expect($(still, '.leaflet-proxy') === null).to.be.true;
      expect($(still, '.marker.leaflet-zoom-animated') === null).to.be.true;
      expect($(still, '.map__canvas')!.classList.contains('leaflet-fade-anim')).to.be.false;
    });
  });
});
