// SPDX-License-Identifier: EUPL-1.2
// On a phone: the finder's "List | Map" switch (view="both") and the offer list's folded filters,
// both following the widget's own width, not the window's.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { afterFrame, waitUntil } from '../helpers/wait.js';
import '../../src/components/welcome-point-finder/welcome-point-finder.js';
import '../../src/components/offer-list/offer-list.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { OfferList } from '../../src/components/offer-list/offer-list.js';

const FEED = '/demo/data/duesseldorf.json';
/** Tuesday 3 Nov 2026, 11:00 in Düsseldorf. */
const TUESDAY_11 = new Date('2026-11-03T10:00:00Z');

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const shown = (node: Element | null) => Boolean(node && node.getClientRects().length);

before(() => {
  document.documentElement.lang = 'en';
});

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('<welcome-point-finder view="both"> on a narrow host', () => {
  async function finder(width: number) {
    await setViewport({ width, height: 740 });
    const el = await fixture<WelcomePointFinder>(html`<welcome-point-finder src=${FEED} view="both" .now=${TUESDAY_11}></welcome-point-finder>`);
    await waitUntil(() => $(el, '[part="list"]') && $(el, '[part="panes"]'), 'list or switch never came', { timeout: 25_000 });
    await el.updateComplete;
    return el;
  }
  const button = (el: WelcomePointFinder, name: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="panes"] button')].find(b => b.textContent.trim() === name)!;

  // axe over a finder full of cards takes about 10 s in WebKit; each state is checked once.
  it('360 px: a "List | Map" switch at the top, the list shown first and the map hidden', async function () {
    this.timeout(45_000);
    const el = await finder(360);
    const panes = $(el, '[part="panes"]')!;
    expect(panes.getAttribute('role')).to.equal('group');
    expect(panes.getAttribute('aria-label')).to.equal('Show as');
    // At the top: above the search form, within the first screen.
    expect(panes.getBoundingClientRect().bottom).to.be.at.most($(el, '[part="search"]')!.getBoundingClientRect().top);
    expect(button(el, 'List').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'Map').getAttribute('aria-pressed')).to.equal('false');
    expect(shown($(el, '[part="list"]')), 'the list').to.be.true;
    expect(shown($(el, '.finder__map')), 'the map').to.be.false;
    expect($(el, '.panes + [role="status"]')!.textContent.trim(), 'nothing said before the visitor switches').to.equal('');
    await expect(el).to.be.accessible();
    // Behind the closed pane Leaflet builds nothing, once the map code is there: a phone keeps a
    // quarter second of main thread for the list (issue #23). "Map" builds it (next test).
    await waitUntil(() => $(el, 'district-map')?.shadowRoot?.querySelector('[aria-busy="false"]'), 'the map code never arrived');
    const inner = $(el, 'district-map')!;
    await afterFrame();
    expect(inner.shadowRoot!.querySelector('.leaflet-container') !== null, 'a map built behind the closed pane').to.be.false;
  });

  it('360 px: "Map" shows the map and hides the list, says so, and keeps focus on the switch; "List" goes back', async function () {
    this.timeout(45_000);
    const el = await finder(360);
    const [list, map] = [button(el, 'List'), button(el, 'Map')];
    map.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(map.getAttribute('aria-pressed')).to.equal('true');
    expect(list.getAttribute('aria-pressed')).to.equal('false');
    expect(shown($(el, '[part="list"]')), 'the list').to.be.false;
    expect(shown($(el, '[part="count"]')), 'the count stays: it describes the map too').to.be.true;
    const districtMap = $(el, 'district-map')!;
    expect(shown(districtMap), 'the map').to.be.true;
    await waitUntil(() => districtMap.shadowRoot?.querySelectorAll('.marker__button').length, 'no markers on the shown map');
    // The map fills the width it was hidden at, not a zero-size box.
    expect(districtMap.shadowRoot!.querySelector('.map__canvas')!.getBoundingClientRect().width).to.be.greaterThan(300);
    // One way back to the list: the switch, not a second "List view" button inside the map.
    expect(shown(districtMap.shadowRoot!.querySelector('[part~="toolbar"]')), "the map's own list toggle").to.be.false;
    expect(el.shadowRoot!.activeElement, 'focus stays on the switch').to.equal(map);
    expect($(el, '.panes + [role="status"]')!.textContent.trim()).to.equal('The map is shown.');
    await expect(el).to.be.accessible();

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(list);
    expect(shown($(el, '[part="list"]'))).to.be.true;
    expect(shown($(el, '.finder__map'))).to.be.false;
    expect($(el, '.panes + [role="status"]')!.textContent.trim()).to.equal('The list is shown.');
  });

  it('1280 px: no switch; list and map side by side', async () => {
    const el = await finder(1280);
    expect(shown($(el, '[part="panes"]'))).to.be.false;
    const list = $(el, '[part="list"]')!.getBoundingClientRect();
    const map = $(el, '.finder__map')!.getBoundingClientRect();
    expect(map.left).to.be.greaterThan(list.right - 1);
    expect(map.top).to.be.lessThan(list.bottom);
  });

  it('follows its own width, not the window: a 360 px finder on a wide page has the switch', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<WelcomePointFinder>(html`<welcome-point-finder src=${FEED} view="both" style="width: 360px" .now=${TUESDAY_11}></welcome-point-finder>`);
    await waitUntil(() => $(el, '[part="panes"]'), 'no switch');
    expect(shown($(el, '[part="panes"]'))).to.be.true;
    expect(shown($(el, '.finder__map'))).to.be.false;
  });
});

describe('<offer-list filters> on a narrow host', () => {
  it('360 px: the filter bar folds behind "Filters (n active)" with aria-expanded; the count follows the filters', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<OfferList>(html`<offer-list src=${FEED} filters group-by="none" limit="10"></offer-list>`);
    await waitUntil(() => $(el, '.filters-toggle') && $(el, '[part~="item"]'), 'no fold button or list');
    const toggle = $<HTMLButtonElement>(el, '.filters-toggle')!;
    const bar = $(el, '[part="filters"]')!;
    expect(toggle.textContent.trim()).to.equal('Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(bar.id);
    expect(shown(bar), 'folded').to.be.false;
    // The first offer is on the first screen, not below the filters.
    expect($(el, '[part~="item"]')!.getBoundingClientRect().top).to.be.lessThan(740);
    await expect(el).to.be.accessible();

    const arrow = toggle.querySelector<HTMLElement>('.chevron')!;
    const arrowAt = () => {
      arrow.getAnimations().forEach(turn => turn.finish());
      return getComputedStyle(arrow).transform;
    };
    const closedArrow = arrowAt();
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(bar), 'unfolded').to.be.true;
    expect(arrowAt(), 'the arrow turns when the filters open').not.to.equal(closedArrow);
    const category = $<HTMLSelectElement>(el, '#category')!;
    category.value = category.options[1].value;
    category.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    $<HTMLInputElement>(el, '.check input')!.click();
    await el.updateComplete;
    expect(toggle.textContent.trim().replace(/\s+/g, ' ')).to.equal('Filters (2 active)');
    await expect(el).to.be.accessible();

    // Folded again, the choice stays visible on the button.
    toggle.click();
    await el.updateComplete;
    expect(shown(bar)).to.be.false;
    expect(toggle.textContent.trim().replace(/\s+/g, ' ')).to.equal('Filters (2 active)');
  });

  it('wide: no fold button, the bar is always shown', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<OfferList>(html`<offer-list src=${FEED} filters group-by="none"></offer-list>`);
    await waitUntil(() => $(el, '[part="filters"]'), 'no filter bar');
    expect(shown($(el, '.filters-toggle'))).to.be.false;
    expect(shown($(el, '[part="filters"]'))).to.be.true;
  });
});
