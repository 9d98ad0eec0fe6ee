// SPDX-License-Identifier: EUPL-1.2
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { setViewport } from '@web/test-runner-commands';
import { stubMediaQuery } from '../helpers/media.js';
import 'axe-core/axe.min.js';
import '../../src/components/district-map/district-map.js';
import type { DistrictMap } from '../../src/components/district-map/district-map.component.js';
import { waitUntil } from '../helpers/wait.js';

const SAMPLE = '/demo/data/duesseldorf.json';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const marker = (el: DistrictMap, id: string) => $(el, `.marker__button[data-point-id="${id}"]`)!;

describe('<district-map> open now', () => {
  afterEach(() => sinon.restore());

  it('markers say open or closed now by shape and name; the popup has the address and today\'s hours', async () => {
    // Tuesday 12:45 in Düsseldorf: wp-nord is open (9–17), wp-02 has its lunch break (12:30–13:30).
    sinon.useFakeTimers({ now: new Date('2026-11-03T11:45:00Z'), toFake: ['Date'] });
    // The popup's content, not its fade: WebKit under automation may hold animation clocks at
    // 0 ms for over a second (it failed so, once in a CI run); without motion it is opaque at once.
    stubMediaQuery('(prefers-reduced-motion: reduce)', true);
    const el = await fixture<DistrictMap>(html`<district-map src=${SAMPLE} lang="en"></district-map>`);
    await el.mapReady;
    const open = marker(el, 'wp-nord');
    const closed = marker(el, 'wp-02');
    const ended = marker(el, 'wp-03');
    expect(open.dataset.state).to.equal('open');
    expect(open.getAttribute('aria-label')).to.match(/\(open now\)$/);
    expect(closed.dataset.state).to.equal('closed-now');
    expect(closed.getAttribute('aria-label')).to.match(/\(closed now\)$/);
    expect(ended.dataset.state).to.equal('inactive');
    // Not colour alone: a dot when open, a flat bar when closed now, a dashed ring when ended.
    const mark = (button: HTMLElement) => getComputedStyle(button, '::after');
    expect(parseFloat(mark(open).width)).to.equal(parseFloat(mark(open).height));
    expect(parseFloat(mark(closed).width)).to.be.greaterThan(2 * parseFloat(mark(closed).height));
    expect(getComputedStyle(ended).borderTopStyle).to.equal('dashed');
    // The key over the map says what the shapes mean, each with the same shape.
    await waitUntil(() => $(el, '[part="marker-key"]'), 'no marker key');
    const key = [...el.shadowRoot!.querySelectorAll('[part="marker-key"] li')];
    expect(key.map(item => item.textContent.trim())).to.deep.equal(['Open now', 'Closed now', 'Temporarily closed · Closed permanently']);
    const swatch = (index: number) => key[index].querySelector<HTMLElement>('.marker-key__swatch')!;
    expect(parseFloat(mark(swatch(1)).width)).to.be.greaterThan(2 * parseFloat(mark(swatch(1)).height));
    expect(getComputedStyle(swatch(2)).borderTopStyle).to.equal('dashed');
    expect(swatch(0).getBoundingClientRect().width).to.be.within(16, 24);

    open.click();
    await waitUntil(() => $(el, '.leaflet-popup .popup'), 'no popup');
    const popup = $(el, '.popup')!.textContent.replace(/\s+/g, ' ');
    expect(popup, 'the address').to.contain('Niederrheinstraße 20');
    expect(popup).to.match(/Today: 9:00\sAM\s?[–-]\s?5:00\sPM/);
    // axe checks the contrast of its text, which mid-fade is pale on purpose.
    expect(getComputedStyle($(el, '.leaflet-popup')!).opacity).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('a feed without opening hours: the key says "Hours not known", never "Open now" for plain markers', async () => {
    const el = await fixture<DistrictMap>(html`<district-map src="/test/fixtures/district-map.json" lang="en"></district-map>`);
    await el.mapReady;
    await waitUntil(() => $(el, '[part="marker-key"]'), 'no marker key');
    const key = [...el.shadowRoot!.querySelectorAll('[part="marker-key"] li')].map(item => item.textContent.trim());
    expect(key).to.include('Hours not known');
    expect(key).not.to.include('Open now');
    const plain = getComputedStyle($(el, '.marker-key__swatch--unknown')!, '::after');
    expect(plain.content, 'no dot, as on the markers').to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('the key lies over the map, and the map fits the chosen district clear of it on a phone', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const el = await fixture<DistrictMap>(html`<district-map src=${SAMPLE} district="7" lang="de"></district-map>`);
      await el.mapReady;
      const key = $(el, '[part="marker-key"]')!.getBoundingClientRect();
      const stage = $(el, '.map__stage')!.getBoundingClientRect();
      expect(key.top >= stage.top && key.bottom <= stage.bottom && key.left >= stage.left && key.right <= stage.right, 'inside the map').to.be.true;
      const district = $(el, '.district--selected')!.getBoundingClientRect();
      const overlaps = district.left < key.right && district.right > key.left && district.top < key.bottom && district.bottom > key.top;
      expect(overlaps, `district ${JSON.stringify(district)} under the key ${JSON.stringify(key)}`).to.be.false;
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<district-map> context layer (context-src)', () => {
  it('draws water and outlines from a GeoJSON under the districts\' labels and markers, never as targets', async () => {
    const el = await fixture<DistrictMap>(html`<district-map src="/test/fixtures/district-map.json" context-src="/test/fixtures/context-water.json" lang="en"></district-map>`);
    await el.mapReady;
    await waitUntil(() => $(el, 'path.context--water'), 'no water drawn');
    const water = $(el, 'path.context--water')!;
    expect(el.shadowRoot!.querySelectorAll('path.context')).to.have.length(2);
    expect(getComputedStyle(water).pointerEvents).to.equal('none');
    // Filled, visibly different from the district fill.
    expect(getComputedStyle(water).fill).to.not.equal(getComputedStyle($(el, 'path.district')!).fill);
    // The context pane lies below the labels' and markers' panes.
    const z = (selector: string) => Number(getComputedStyle($(el, selector)!.closest('.leaflet-pane')!).zIndex);
    expect(z('path.context--water')).to.be.lessThan(z('.district-label'));
    expect(z('path.context--water')).to.be.lessThan(z('.marker'));
    await expect(el).to.be.accessible();
  });
});
