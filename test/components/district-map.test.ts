// SPDX-License-Identifier: EUPL-1.2
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { stubMediaQuery } from '../helpers/media.js';
import { afterFrame, untilSteady, waitUntil } from '../helpers/wait.js';
import { mapAtRest, mapSettled } from '../helpers/map.js';
import '../../src/components/district-map/district-map.js';
import '../../src/components/offer-list/offer-list.js';
import { DistrictMap } from '../../src/components/district-map/district-map.component.js';
import type { WelcomeFeed } from '../../src/feed/schema.js';

const FEED = '/test/fixtures/district-map.json';
const SAMPLE = '/demo/data/duesseldorf.json';
const TILES = '/__test/tile/{z}/{x}/{y}.png';

async function mapFixture(template = html`<district-map src=${FEED}></district-map>`): Promise<DistrictMap> {
  const el = await fixture<DistrictMap>(template);
  await mapSettled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** Whether the shadow root has a match (assert on booleans: chai's diff of a Leaflet-laden element can hang the page). */
const has = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const districtPath = (el: DistrictMap, id: string) => $<SVGPathElement>(el, `path.district[data-district-id="${id}"]`)!;
const marker = (el: DistrictMap, id: string) => $<HTMLButtonElement>(el, `.marker__button[data-point-id="${id}"]`)!;

function detailOf(spy: sinon.SinonSpy, call = 0): unknown {
  return (spy.getCall(call).args[0] as CustomEvent<unknown>).detail;
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `target` has focus (at most `limit` times); returns how many presses it took. */
async function tabTo(target: Element, limit = 40): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await sendKeys({ press: 'Tab' });
    if (deepActiveElement() === target) return presses;
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

/**
 * Reaches a district or marker as a keyboard user does: Tab into the map (one stop), then the
 * arrow keys; returns the number of Tab presses.
 */
async function keyTo(target: Element, limit = 40): Promise<number> {
  let tabs = 0;
  while (!target.closest('.map__canvas')?.contains(deepActiveElement()) || deepActiveElement()?.matches('.map-skip')) {
    if (++tabs > limit) throw new Error('Tab never reached the map');
    await sendKeys({ press: 'Tab' });
  }
  for (let i = 0; deepActiveElement() !== target; i++) {
    if (i > limit) throw new Error(`the arrow keys never reached ${target.outerHTML.slice(0, 80)}`);
    await sendKeys({ press: 'ArrowDown' });
  }
  return tabs;
}

/** A real mouse click on a spot where `element` is the topmost thing (not a marker or label over it). */
async function clickAt(element: Element) {
  const root = element.getRootNode() as ShadowRoot;
  const box = await settledBox(element);
  for (let fy = 0.5; fy < 1; fy += 0.1) {
    for (const sy of [fy, 1 - fy]) {
      for (let fx = 0.1; fx < 1; fx += 0.1) {
        const [x, y] = [Math.round(box.left + box.width * fx), Math.round(box.top + box.height * sy)];
        const hit = root.elementFromPoint(x, y);
        if (hit && (hit === element || element.contains(hit))) {
          await sendMouse({ type: 'click', position: [x, y] });
          return;
        }
      }
    }
  }
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  throw new Error(`no visible spot to click: ${JSON.stringify(box)} ${hit?.outerHTML.slice(0, 120)}`);
}

/** The element's box once the map has stopped moving it (zoom and pan animations). */
async function settledBox(element: Element): Promise<DOMRect> {
  const box = () => element.getBoundingClientRect();
  await untilSteady(() => `${box().x},${box().y}`, 'the map kept moving the element');
  return box();
}

/** Records the URLs the page requests while `action` runs (resource timing; scripts excluded). */
async function requestsDuring(action: () => Promise<unknown>): Promise<string[]> {
  const seen: PerformanceResourceTiming[] = [];
  const observer = new PerformanceObserver(list => seen.push(...(list.getEntries() as PerformanceResourceTiming[])));
  observer.observe({ type: 'resource' });
  // An earlier test's request can finish (and only then be reported) after this observer started:
  // only requests started during the action count.
  const start = performance.now();
  await action();
  // A request shows in resource timing once it has finished: let the images the page asked for (tiles) finish.
  const images = () => [...document.querySelectorAll('district-map')].flatMap(map => [...(map.shadowRoot?.querySelectorAll('img') ?? [])]);
  await waitUntil(() => images().every(img => img.complete), 'an image never finished loading');
  await afterFrame();
  seen.push(...(observer.takeRecords() as PerformanceResourceTiming[]));
  observer.disconnect();
  // Code of our own modules (the lazy map chunk) is not a request "to anyone": it comes from the page's origin.
  return seen.filter(entry => entry.startTime >= start && entry.initiatorType !== 'script' && entry.initiatorType !== 'other').map(entry => entry.name);
}

describe('<district-map>', () => {
  const pageLang = document.documentElement.lang;
  before(() => (document.documentElement.lang = 'en'));
  after(() => (document.documentElement.lang = pageLang));
  afterEach(() => sinon.restore());

  describe('drawing', () => {
    it('draws the sample feed: 10 district paths and 13 markers, ended Welcome Points marked as closed', async () => {
      const el = await mapFixture(html`<district-map src=${SAMPLE}></district-map>`);
      expect($$(el, '.leaflet-overlay-pane path.district')).to.have.length(10);
      const markers = $$(el, '.leaflet-marker-pane .marker__button');
      expect(markers).to.have.length(13);
      // wp-01 and wp-03 have ended (status "closed"); wp-07 is temporarily closed.
      const inactive = markers.filter(m => m.classList.contains('marker__button--inactive')).map(m => m.dataset.pointId);
      expect(inactive.sort()).to.deep.equal(['wp-01', 'wp-03', 'wp-07']);
      expect(marker(el, 'wp-01').getAttribute('aria-label')).to.match(/\(closed\)$/);
      expect(marker(el, 'wp-07').getAttribute('aria-label')).to.match(/\(temporarily closed\)$/);
    });

    it('adopts leaflet.css into its own shadow root, not the page', async () => {
      const el = await mapFixture();
      const pane = $(el, '.leaflet-map-pane')!;
      expect(getComputedStyle(pane).position).to.equal('absolute');
      const pageCss = [...document.styleSheets, ...document.adoptedStyleSheets]
        .flatMap(sheet => [...sheet.cssRules])
        .some(rule => rule.cssText.includes('.leaflet-'));
      expect(pageCss).to.be.false;
      // leaflet.css first, ours after it, so equal selectors of ours win.
      const sheets = el.shadowRoot!.adoptedStyleSheets;
      const sheetWith = (text: string) => sheets.findIndex(sheet => [...sheet.cssRules].some(rule => rule.cssText.includes(text)));
      expect(sheetWith('.leaflet-map-pane')).to.equal(0);
      expect(sheetWith('.map__stage')).to.be.greaterThan(0);
    });

    it('labels each district with its number and name, and names it for assistive technology', async () => {
      const el = await mapFixture();
      const labels = $$(el, '.district-label__text').map(label => label.textContent.replace(/\s+/g, ' ').trim());
      expect(labels).to.include.members(['1 Mitte', '2 Flingern/Düsseltal']);
      expect(districtPath(el, 'd1').getAttribute('aria-label')).to.equal('District 1: Mitte (Welcome Points: 2)');
      expect(districtPath(el, 'd1').getAttribute('role')).to.equal('button');
    });

    it('draws a district without geometry as a labelled point at its center, and one without center only in the list', async () => {
      const el = await mapFixture();
      expect(districtPath(el, 'd3').classList.contains('district--point')).to.be.true;
      expect(districtPath(el, 'd4') === null).to.be.true;
      expect($(el, '.list')!.textContent).to.contain('Oberkassel');
      expect($(el, '.list')!.textContent).to.contain('Treff Oberkassel');
    });

    it('shows feed text with markup as text in labels, markers, popups and the list, and never runs it', async () => {
      const win = window as unknown as { __xss?: number };
      delete win.__xss;
      const el = await mapFixture(html`<district-map src=${FEED} selected="wp-x"></district-map>`);
      await waitUntil(() => $(el, '.popup'), 'no popup');
      expect($(el, '.popup__title')!.textContent).to.equal('<img src=x onerror=window.__xss=2>');
      expect($(el, '.popup')!.textContent).to.contain('<b>Straße</b> 4');
      expect($$(el, '.district-label__name').map(n => n.textContent)).to.include('<img src=x onerror=window.__xss=1>');
      expect(marker(el, 'wp-x').getAttribute('aria-label')).to.contain('<img src=x onerror=window.__xss=2>');
      expect($(el, '.list')!.textContent).to.contain('<img src=x onerror=window.__xss=2>');
      // No element the payload would need exists, so nothing can run it later either.
      expect(el.shadowRoot!.querySelector('img:not(.leaflet-tile), b') === null).to.be.true;
      expect(win.__xss).to.equal(undefined);
    });

    it('takes its height from the height attribute or --welcome-map-height', async () => {
      const el = await mapFixture(html`<district-map src=${FEED} height="300"></district-map>`);
      expect($(el, '.map__stage')!.getBoundingClientRect().height).to.be.closeTo(300, 1);
      el.height = null;
      el.style.setProperty('--welcome-map-height', '250px');
      await el.updateComplete;
      expect($(el, '.map__stage')!.getBoundingClientRect().height).to.be.closeTo(250, 1);
    });

    it('keeps the map height while loading, so nothing jumps when the map comes', async () => {
      // The feed comes only when the test has seen the view arrive while it loads.
      const key = `height-${Date.now()}`;
      const el = await fixture<DistrictMap>(html`<district-map src="/__test/held/${key}${FEED}" height="300"></district-map>`);
      const skeletonHeight = () => $(el, '[part="loading"] .skeleton__row')!.getBoundingClientRect().height;
      expect(skeletonHeight(), 'the shell').to.be.closeTo(300, 1);
      await expect(el).to.be.accessible();
      await waitUntil(() => $(el, '[part="loading"] + [role="status"]'), 'the view did not come while the feed loads');
      expect(skeletonHeight(), 'the view, still loading').to.be.closeTo(300, 1);
      await fetch(`/__test/release?key=${key}`);
      expect(await el.mapReady).to.be.true;
      expect($(el, '.map__stage')!.getBoundingClientRect().height).to.be.closeTo(300, 1);
    });

    it('shades districts by offers with a legend', async () => {
      const el = await mapFixture(html`<district-map src=${FEED} shade="offers"></district-map>`);
      // d1 has 3 offers (the most), d2 one, d3 none.
      expect(districtPath(el, 'd1').classList.contains('district--shade-3')).to.be.true;
      expect(districtPath(el, 'd2').classList.contains('district--shade-1')).to.be.true;
      expect(districtPath(el, 'd3').classList.contains('district--shade-0')).to.be.true;
      expect($(el, '[part="legend"]')!.textContent).to.contain('Offers per district');
      await expect(el).to.be.accessible();
    });
  });

  describe('privacy', () => {
    it('requests nothing but the feed when there is no tile-url', async () => {
      const src = `${FEED}?privacy`;
      const requests = await requestsDuring(() => mapFixture(html`<district-map src=${src}></district-map>`));
      expect(requests.map(url => new URL(url).pathname + new URL(url).search)).to.deep.equal([src]);
      expect(document.querySelector('district-map')!.shadowRoot!.querySelectorAll('.leaflet-tile')).to.have.length(0);
    });

    it('asks before loading tiles, names the host, and loads them only after the click', async () => {
      let el!: DistrictMap;
      const before = await requestsDuring(async () => {
        el = await mapFixture(html`<district-map src=${FEED} tile-url=${TILES} tile-attribution="© Test tiles"></district-map>`);
      });
      expect(before.filter(url => url.includes('/__test/tile/'))).to.deep.equal([]);
      const consent = $(el, '[part="consent"]')!;
      expect(consent.textContent).to.contain(location.host);
      expect($(el, '[part="attribution"]')!.textContent).not.to.contain('Test tiles');
      const after = await requestsDuring(async () => {
        await clickAt(consent.querySelector('button')!);
        await waitUntil(() => $(el, '.leaflet-tile-loaded'), 'no tile loaded');
      });
      expect(after.filter(url => url.includes('/__test/tile/')).length).to.be.greaterThan(0);
      expect(has(el, '[part="consent"]'), '[part="consent"]').to.be.false;
      expect($(el, '[part="attribution"]')!.textContent.replace(/\s+/g, ' ').trim(), 'credit words apart').to.equal('© Test tiles | Leaflet');
    });

    it('loads tiles without asking when the site has consent (tile-consent="granted")', async () => {
      const el = await mapFixture(html`<district-map src=${FEED} tile-url=${TILES} tile-attribution="© Test tiles" tile-consent="granted"></district-map>`);
      expect(has(el, '[part="consent"]'), '[part="consent"]').to.be.false;
      await waitUntil(() => $(el, '.leaflet-tile-loaded'), 'no tile loaded');
    });

    it('shows no tiles without tile-attribution, and tells the editor', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await mapFixture(html`<district-map src=${FEED} tile-url="/__test/tile/{z}/{x}/{y}.png?no-attribution"></district-map>`);
      expect(has(el, '[part="consent"]'), '[part="consent"]').to.be.false;
      expect(has(el, '.leaflet-tile'), '.leaflet-tile').to.be.false;
      expect(warn.calledWithMatch(/tile-attribution/)).to.be.true;
    });
  });

  describe('selection', () => {
    for (const reducedMotion of [false, true]) {
      it(`a point selected from the start (a deep link) shows its whole popup, name included${reducedMotion ? ', with reduced motion' : ''}`, async () => {
        if (reducedMotion) stubMediaQuery('(prefers-reduced-motion: reduce)', true);
        const el = await mapFixture(html`<district-map src=${SAMPLE} district="9" selected="wp-07"></district-map>`);
        await waitUntil(() => $(el, '.leaflet-popup .popup__title'), 'no popup');
        const stage = $(el, '.map__stage')!.getBoundingClientRect();
        // Once the map has stopped moving (the opening zoom ends after the popup may have appeared).
        await settledBox(districtPath(el, '9'));
        const box = await settledBox($(el, '.leaflet-popup-content-wrapper')!);
        expect([box.top >= stage.top, box.bottom <= stage.bottom, box.left >= stage.left, box.right <= stage.right], 'inside the map').to.deep.equal([true, true, true, true]);
        expect($(el, '.popup__title')!.textContent).to.equal('Welcome Point Wersten');
      });
    }

    for (const lang of ['de', 'ar']) {
      it(`on a 360 px phone the popup fits in the map beside the zoom buttons, its lines close together (${lang})`, async () => {
        const box = await fixture<HTMLElement>(html`<div style="inline-size: 20rem"><district-map src=${SAMPLE} lang=${lang}></district-map></div>`);
        const el = box.querySelector<DistrictMap>('district-map')!;
        await waitUntil(() => el.getAttribute('dir') === (lang === 'ar' ? 'rtl' : 'ltr'), 'no direction');
        await mapSettled(el);
        await mapAtRest(el);
        // A visitor taps the Welcome Point nearest the edge with the zoom buttons (left, or right in Arabic).
        const controls = $(el, '[part="controls"]')!.getBoundingClientRect();
        const edge = (controls.left + controls.right) / 2;
        const distance = (button: Element) => Math.abs(button.getBoundingClientRect().x - edge);
        const nearest = $$(el, '.marker__button').sort((a, b) => distance(a) - distance(b))[0];
        await clickAt(nearest);
        await waitUntil(() => $(el, '.leaflet-popup .popup__title'), 'no popup');
        await mapAtRest(el);
        const popup = await settledBox($(el, '.leaflet-popup-content-wrapper')!);
        const stage = $(el, '.map__stage')!.getBoundingClientRect();
        expect([popup.left >= stage.left, popup.right <= stage.right], 'inside the map, left and right').to.deep.equal([true, true]);
        for (const control of $$(el, '[part="controls"] .control')) {
          const c = control.getBoundingClientRect();
          const apart = c.right <= popup.left || c.left >= popup.right || c.bottom <= popup.top || c.top >= popup.bottom;
          expect(apart, `${control.getAttribute('aria-label')} covers the popup`).to.be.true;
        }
        const [title, ...lines] = $$(el, '.leaflet-popup .popup__title, .leaflet-popup .popup__line').map(line => line.getBoundingClientRect());
        const gaps = lines.map((line, i) => line.top - (i ? lines[i - 1].bottom : title.bottom));
        expect(Math.max(...gaps), 'no paragraph margins between the lines').to.be.below(6);
      });
    }

    it('selects a district with the keyboard: Tab to it, Enter, event with its id, highlighted', async () => {
      const el = await mapFixture();
      const onSelect = sinon.spy();
      el.addEventListener('welcome-district-select', onSelect);
      $(el, '[part="view-toggle"]')!.focus();
      await keyTo(districtPath(el, 'd2'));
      await sendKeys({ press: 'Enter' });
      expect(onSelect.callCount).to.equal(1);
      expect(detailOf(onSelect)).to.deep.equal({ districtId: 'd2', source: 'map' });
      await el.updateComplete;
      expect(el.district).to.equal('d2');
      expect(el.getAttribute('district')).to.equal('d2');
      expect(districtPath(el, 'd2').getAttribute('aria-current') === 'true').to.be.true;
      expect(districtPath(el, 'd2').getAttribute('aria-current')).to.equal('true');
      expect(has(el, '.district-outline'), '.district-outline').to.be.true;
      expect($(el, '[role="status"]')!.textContent).to.equal('District 2: Flingern/Düsseltal selected (Welcome Points: 2)');
    });

    it('selects a point with the keyboard: event with its id and a popup built as DOM', async () => {
      const el = await mapFixture();
      const onSelect = sinon.spy();
      el.addEventListener('welcome-point-select', onSelect);
      $(el, '[part="view-toggle"]')!.focus();
      await keyTo(marker(el, 'wp-c'));
      await sendKeys({ press: 'Enter' });
      expect(onSelect.callCount).to.equal(1);
      expect(detailOf(onSelect)).to.deep.equal({ pointId: 'wp-c', source: 'map' });
      await waitUntil(() => $(el, '.leaflet-popup .popup'), 'no popup');
      expect($(el, '.popup__title')!.textContent).to.equal('Café Flingern');
      expect(el.selected).to.equal('wp-c');
      expect(marker(el, 'wp-c').getAttribute('aria-current')).to.equal('true');
      // Escape closes the popup and leaves focus on the marker.
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !has(el, '.leaflet-popup'), 'popup stayed open');
      expect(has(el, '.leaflet-popup'), '.leaflet-popup').to.be.false;
      expect(deepActiveElement() === marker(el, 'wp-c'), 'focus on the marker').to.be.true;
      expect(el.selected).to.equal(null);
    });

    it('selects a district and a point with the mouse', async () => {
      const el = await mapFixture();
      await mapAtRest(el);
      const onDistrict = sinon.spy();
      const onPoint = sinon.spy();
      el.addEventListener('welcome-district-select', onDistrict);
      el.addEventListener('welcome-point-select', onPoint);
      // WebKit may still refit the map right after load, and Leaflet ignores a click while the map
      // moves; a visitor clicks again, so the test aims again (at most three times).
      for (let attempt = 0; attempt < 3 && onDistrict.callCount === 0; attempt++) {
        await mapAtRest(el);
        await clickAt(districtPath(el, 'd1'));
        await afterFrame();
      }
      expect(onDistrict.callCount).to.equal(1);
      expect(detailOf(onDistrict)).to.deep.equal({ districtId: 'd1', source: 'map' });
      await el.updateComplete;
      await clickAt(marker(el, 'wp-a'));
      expect(onPoint.callCount).to.equal(1);
      expect(detailOf(onPoint)).to.deep.equal({ pointId: 'wp-a', source: 'map' });
      const stage = $(el, '.map__stage')!.getBoundingClientRect();
      await waitUntil(() => ($(el, '.popup__close')?.getBoundingClientRect().top ?? 0) > stage.top, 'popup not panned into view');
      // The popup's own close button.
      await clickAt($(el, '.popup__close')!);
      await waitUntil(() => !has(el, '.leaflet-popup'), 'popup stayed open');
      expect(has(el, '.leaflet-popup'), '.leaflet-popup').to.be.false;
    });

    it('presets the selection from the district and selected attributes, without events', async () => {
      const onSelect = sinon.spy();
      document.addEventListener('welcome-district-select', onSelect);
      document.addEventListener('welcome-point-select', onSelect);
      try {
        const el = await mapFixture(html`<district-map src=${FEED} district="d2" selected="wp-c"></district-map>`);
        await waitUntil(() => $(el, '.popup'), 'no popup');
        expect(districtPath(el, 'd2').getAttribute('aria-current') === 'true').to.be.true;
        expect($(el, '.popup__title')!.textContent).to.equal('Café Flingern');
        expect(onSelect.callCount).to.equal(0);
      } finally {
        document.removeEventListener('welcome-district-select', onSelect);
        document.removeEventListener('welcome-point-select', onSelect);
      }
    });

    it('keeps district and point in the URL with sync-url: a reload restores them, Back undoes a choice', async () => {
      const start = location.href;
      try {
        history.replaceState(null, '', `${location.pathname}?keep=1&map.district=d2`);
        const el = await mapFixture(html`<district-map src=${FEED} sync-url></district-map>`);
        await mapAtRest(el);
        expect(districtPath(el, 'd2').getAttribute('aria-current') === 'true', 'restored from the URL').to.be.true;
        await clickAt(districtPath(el, 'd1'));
        await el.updateComplete;
        const params = new URLSearchParams(location.search);
        expect(params.get('map.district')).to.equal('d1');
        expect(params.get('keep'), 'the page\'s own parameters stay').to.equal('1');
        history.back();
        await waitUntil(() => el.district === 'd2', 'Back did not restore the district');
        await el.updateComplete;
        expect(districtPath(el, 'd2').getAttribute('aria-current') === 'true').to.be.true;
      } finally {
        history.replaceState(null, '', start);
      }
    });

    it('"Show all districts" clears the selection and says so once', async () => {
      const el = await mapFixture(html`<district-map src=${FEED} district="d1"></district-map>`);
      const onSelect = sinon.spy();
      el.addEventListener('welcome-district-select', onSelect);
      $<HTMLButtonElement>(el, '.map__controls button:last-child')!.click();
      await el.updateComplete;
      expect(el.district).to.equal(null);
      expect(onSelect.callCount).to.equal(1);
      expect(detailOf(onSelect)).to.deep.equal({ districtId: null, source: 'map' });
      expect(has(el, '.district--selected'), '.district--selected').to.be.false;
    });

    it('follows the selection of another widget in its group without emitting', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <district-map src=${FEED} group="g"></district-map>
        <section group="g"></section>
      </div>`);
      const el = wrapper.querySelector('district-map')!;
      await el.mapReady;
      const onSelect = sinon.spy();
      el.addEventListener('welcome-district-select', onSelect);
      el.addEventListener('welcome-point-select', onSelect);
      const other = wrapper.querySelector('section')!;
      other.dispatchEvent(new CustomEvent('welcome-district-select', { detail: { districtId: 'd2', source: 'list' }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.district).to.equal('d2');
      expect(districtPath(el, 'd2').getAttribute('aria-current') === 'true').to.be.true;
      other.dispatchEvent(new CustomEvent('welcome-point-select', { detail: { pointId: 'wp-a', source: 'list' }, bubbles: true, composed: true }));
      await waitUntil(() => $(el, '.popup'), 'no popup');
      expect($(el, '.popup__title')!.textContent).to.equal('Welcome Point Altstadt');
      other.dispatchEvent(new CustomEvent('welcome-filter-change', { detail: { filters: { query: 'Ackerstraße' } }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect($$(el, '.marker__button').map(b => b.dataset.pointId)).to.deep.equal(['wp-c']);
      expect(onSelect.callCount).to.equal(0);
    });
  });

  describe('embedded in the finder', () => {
    it('shows only the points in pointIds, from a feed object set by the parent', async () => {
      const feed = (await (await fetch(FEED)).json()) as WelcomeFeed;
      const el = await mapFixture(html`<district-map .feed=${feed} .pointIds=${['wp-a', 'wp-c']}></district-map>`);
      expect($$(el, '.marker__button').map(b => b.dataset.pointId)).to.have.members(['wp-a', 'wp-c']);
      expect($$(el, '.list__point-button').map(b => b.textContent.trim())).to.have.members(['Welcome Point Altstadt', 'Café Flingern']);
      el.pointIds = ['wp-b'];
      await el.updateComplete;
      expect($$(el, '.marker__button').map(b => b.dataset.pointId)).to.deep.equal(['wp-b']);
    });

    it('keeps the popup and the visitor\'s view when the finder re-renders or filters', async () => {
      const el = await mapFixture(html`<district-map src=${FEED} .pointIds=${['wp-a', 'wp-b', 'wp-c']} selected="wp-b"></district-map>`);
      await waitUntil(() => $(el, '.popup'), 'no popup');
      const popup = $(el, '.popup');
      // A new array with the same ids (the finder renders again) changes nothing.
      el.pointIds = ['wp-a', 'wp-b', 'wp-c'];
      await el.updateComplete;
      expect($(el, '.popup') === popup, 'popup redrawn').to.be.true;
      // The visitor zooms in; a narrower result does not move the map back.
      $<HTMLButtonElement>(el, '.map__controls button')!.click();
      await settledBox(districtPath(el, 'd1'));
      const before = districtPath(el, 'd1').getAttribute('d');
      el.pointIds = ['wp-b'];
      await el.updateComplete;
      await settledBox(districtPath(el, 'd1'));
      expect(districtPath(el, 'd1').getAttribute('d')).to.equal(before);
    });
  });

  describe('text alternative', () => {
    it('lists every district and its points, with the same select actions', async () => {
      const el = await mapFixture();
      const list = $(el, '[part="list"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Districts and Welcome Points');
      const districts = $$(el, '.list__district-button').map(b => b.textContent.replace(/\s+/g, ' ').trim());
      expect(districts).to.have.length(4);
      expect($$(el, '.list__point-button')).to.have.length(6);
      const onSelect = sinon.spy();
      el.addEventListener('welcome-point-select', onSelect);
      el.addEventListener('welcome-district-select', onSelect);
      $$(el, '.list__district-button')[1].click();
      $$<HTMLButtonElement>(el, '.list__point-button').find(b => b.textContent.includes('Café Flingern'))!.click();
      expect(detailOf(onSelect)).to.deep.equal({ districtId: 'd2', source: 'map' });
      expect(detailOf(onSelect, 1)).to.deep.equal({ pointId: 'wp-c', source: 'map' });
    });

    it('is visually hidden and out of the tab order in map view, and shown by the List view toggle', async () => {
      const el = await mapFixture();
      const list = $(el, '[part="list"]')!;
      expect(list.classList.contains('visually-hidden')).to.be.true;
      expect($(el, '.list__point-button')!.tabIndex).to.equal(-1);
      const toggle = $(el, '[part="view-toggle"]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(list.classList.contains('visually-hidden')).to.be.false;
      expect($(el, '.map')!.hidden).to.be.true;
      await tabTo($$(el, '.list__point-button')[0]);
    });

    for (const lang of ['de', 'ar']) {
      it(`lines up each Welcome Point's name with its address below it (${lang})`, async () => {
        const box = await fixture<HTMLElement>(html`<div style="inline-size: 16rem"><district-map src=${FEED} view="list" lang=${lang}></district-map></div>`);
        const el = box.querySelector<DistrictMap>('district-map')!;
        const rtl = lang === 'ar';
        await waitUntil(() => el.getAttribute('dir') === (rtl ? 'rtl' : 'ltr'), `${lang} never set the direction`);
        await mapSettled(el);
        const start = (rect: DOMRect) => (rtl ? rect.right : rect.left);
        const points = $$(el, '.list__point').filter(point => point.querySelector('.list__address'));
        expect(points).to.have.length.above(2);
        for (const point of points) {
          const name = document.createRange();
          name.selectNodeContents(point.querySelector('.list__point-button')!);
          const address = point.querySelector('.list__address')!.getBoundingClientRect();
          expect(address.top, 'the address wraps below the name in a narrow box').to.be.at.least(name.getBoundingClientRect().bottom - 1);
          expect(Math.abs(start(name.getBoundingClientRect()) - start(address)), `${point.textContent?.trim()}: name and address start apart`).to.be.below(2);
        }
      });
    }

    it('draws the map properly when it starts in list view and the visitor switches to the map', async () => {
      const el = await mapFixture(html`<district-map src=${FEED} view="list"></district-map>`);
      expect($(el, '.map')!.hidden).to.be.true;
      expect($(el, '.leaflet-container') !== null, 'Leaflet built a map nobody can see').to.be.false;
      $(el, '[part="view-toggle"]')!.click();
      expect(await el.mapReady).to.be.true;
      const path = districtPath(el, 'd1');
      await waitUntil(() => path.getBoundingClientRect().width > 50, 'map never got its size');
      expect($(el, '.list')!.classList.contains('visually-hidden')).to.be.true;
    });
  });

  describe('built when it can be seen (issue #23)', () => {
    async function mapFarDown() {
      window.scrollTo(0, 0);
      const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 400vh"></div><district-map src=${FEED}></district-map></div>`);
      const el = wrapper.querySelector('district-map')!;
      await waitUntil(() => $(el, '[aria-busy="false"]'), 'the map code never arrived');
      await afterFrame();
      expect($(el, '.leaflet-container') !== null, 'built four screens below the viewport').to.be.false;
      return el;
    }

    it('a map further down the page is built when the visitor scrolls to it', async () => {
      const el = await mapFarDown();
      el.scrollIntoView();
      expect(await el.mapReady).to.be.true;
      expect($$(el, 'path.district').length).to.be.greaterThan(0);
    });

    it('a map further down the page is built before the page is printed', async () => {
      const el = await mapFarDown();
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect($$(el, 'path.district').length, 'districts drawn for the print').to.be.greaterThan(0);
    });
  });

  describe('official boundaries (districts-src)', () => {
    it('draws quarters of one district as one shape, matching spelling variants, and reports unmatched features', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await mapFixture(html`<district-map src=${FEED} districts-src="/test/fixtures/quarters.geojson" quarter-property="name"></district-map>`);
      await waitUntil(() => !districtPath(el, 'd3').classList.contains('district--point'), 'boundaries never drawn');
      // d1 = Altstadt + Stadtmitte, d2 = "Flingern Nord" + "Flingern-Sued" + "Duesseltal", d3 = "oberbilk".
      expect($$(el, 'path.district')).to.have.length(3);
      expect(districtPath(el, 'd1').getAttribute('d')!.match(/M/g)).to.have.length(2);
      expect(districtPath(el, 'd2').getAttribute('d')!.match(/M/g)).to.have.length(3);
      expect($(el, '[part="problems"]')!.textContent).to.contain('(1)');
      expect(warn).to.have.been.calledOnce;
      expect(String(warn.firstCall.args[0])).to.contain('Atlantis');
    });
  });

  describe('when things fail', () => {
    it('shows the list and a note when the map chunk cannot load, and other widgets keep working', async () => {
      const warn = sinon.stub(console, 'warn');
      const original = DistrictMap.loadMap;
      DistrictMap.loadMap = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      try {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <district-map src=${FEED}></district-map>
          <offer-list src=${FEED}></offer-list>
        </div>`);
        const el = wrapper.querySelector('district-map')!;
        expect(await el.mapReady).to.be.false;
        // The failed chunk is known before the feed has arrived; the note comes with the list.
        await waitUntil(() => has(el, '[part="map-unavailable"]'), 'no note that the map is unavailable');
        expect(has(el, '[part="map"]'), '[part="map"]').to.be.false;
        const list = $(el, '[part="list"]')!;
        expect(list.classList.contains('visually-hidden')).to.be.false;
        expect($$(el, '.list__point-button')).to.have.length(6);
        expect($$<HTMLButtonElement>(el, '.list__point-button')[0].tabIndex).to.equal(0);
        expect(warn.calledWithMatch(/map could not be loaded/)).to.be.true;
        const offerList = wrapper.querySelector('offer-list')!;
        await waitUntil(() => offerList.shadowRoot!.textContent.includes('Sprachcafé'), 'offer-list did not render');
        await expect(el).to.be.accessible();
      } finally {
        DistrictMap.loadMap = original;
      }
    });

    it('shows an alert with a retry button when the feed cannot be loaded', async () => {
      const el = await fixture<DistrictMap>(html`<district-map src="/__test/status/503"></district-map>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'no alert');
      expect(has(el, '[part="error"] button'), '[part="error"] button').to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('many points', () => {
    it('clusters 500 points; a cluster button zooms in', async () => {
      const feed = (await (await fetch(FEED)).json()) as WelcomeFeed;
      const random = seeded(7);
      feed.welcomePoints = Array.from({ length: 500 }, (_, i) => ({
        id: `gen-${i}`,
        name: `Generated ${i}`,
        districtId: 'd1',
        address: { street: `Street ${i}`, postalCode: '40213', city: 'Düsseldorf' },
        location: { lat: 51.21 + random() * 0.03, lng: 6.76 + random() * 0.08 },
      }));
      feed.offers = [];
      const el = await mapFixture(html`<district-map .feed=${feed}></district-map>`);
      const clusters = $$<HTMLButtonElement>(el, '.cluster__button');
      expect(clusters.length).to.be.greaterThan(0);
      expect($$(el, '.marker__button, .cluster__button').length).to.be.lessThan(60);
      expect(clusters[0].getAttribute('aria-label')).to.match(/^\d+ Welcome Points, zoom in$/);
      const before = $$(el, '.cluster__button').length + $$(el, '.marker__button').length;
      clusters[0].focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $$(el, '.marker__button, .cluster__button').length !== before, 'cluster did not expand');
      // Focus stays in the map, not on the page body.
      expect(el.shadowRoot!.contains(deepActiveElement())).to.be.true;
      expect($(el, '[part="list"]')!.querySelectorAll('.list__point-button')).to.have.length(500);
    });
  });
});

function seeded(seed: number) {
  return () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
}
