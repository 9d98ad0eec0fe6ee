// SPDX-License-Identifier: EUPL-1.2
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { canEmulateMedia } from '../helpers/media.js';
import sinon from 'sinon';
import '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { Offer, WelcomeFeed, WelcomePoint } from '../../src/feed/schema.js';
import { generateFeed } from '../../scripts/test/generate-feed.mjs';
import { watchListFill } from '../helpers/render-steps.js';
import type { WelcomeFilterChangeEvent, WelcomePointSelectEvent } from '../../src/events/index.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
/** Tuesday 3 Nov 2026, 11:00 in Düsseldorf (CET, UTC+1). */
const TUESDAY_11 = new Date('2026-11-03T10:00:00Z');
/** Sunday 8 Nov 2026, 22:00 in Düsseldorf. */
const SUNDAY_22 = new Date('2026-11-08T21:00:00Z');

let raw: WelcomeFeed;
const startUrl = location.href;

before(async () => {
  // The UI language follows the page; these tests read English.
  document.documentElement.lang = 'en';
  raw = (await (await fetch(FEED)).json()) as WelcomeFeed;
});

afterEach(() => {
  sinon.restore();
  history.replaceState(history.state, '', startUrl);
});

// —— small harness: what a user sees ——

const $ = <T extends Element = HTMLElement>(el: WelcomePointFinder, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
const $$ = <T extends Element = HTMLElement>(el: WelcomePointFinder, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
] as T[];

/** Point ids of the cards, in the order shown. */
const shownIds = (el: WelcomePointFinder) => $$(el, 'li[data-point]').map(li => li.dataset.point!);
const countText = (el: WelcomePointFinder) => $(el, '[part="count"]')!.textContent.trim();

async function settled(el: WelcomePointFinder) {
  await waitUntil(() => $(el, '[part="list"], [part="empty"], [part="error"]'), 'finder never left loading');
  await el.updateComplete;
  return el;
}

async function finder(template: ReturnType<typeof html>) {
  return settled(await fixture<WelcomePointFinder>(template));
}

/** Chooses an option the way a person does: the select's value changes, then `change` fires. */
async function choose(el: WelcomePointFinder, selectId: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${selectId}`)!;
  select.value = value;
  expect(select.value, `option ${value} missing in #${selectId}`).to.equal(value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const offersOf = (pointId: string) => raw.offers.filter(o => o.welcomePointId === pointId);
const base = (tag: string) => tag.toLowerCase().split('-')[0];
const isActive = (point: WelcomePoint) => (point.status ?? 'active') === 'active';
const name = (point: WelcomePoint) => (typeof point.name === 'string' ? point.name : Object.values(point.name)[0]);

describe('<welcome-point-finder>', () => {
  describe('on the sample feed', () => {
    it('shows every Welcome Point of the feed, active ones first, closed ones last and clearly marked', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      const total = raw.welcomePoints.length;
      expect(total).to.be.at.least(13);
      expect(shownIds(el)).to.have.length(total);
      expect(countText(el)).to.match(new RegExp(`^${total} Welcome Points`));
      const inactive = raw.welcomePoints.filter(p => !isActive(p)).map(p => p.id);
      expect(raw.welcomePoints.filter(p => p.status === 'closed')).to.have.length(2);
      expect(shownIds(el).slice(-inactive.length)).to.have.members(inactive);
      for (const point of raw.welcomePoints.filter(p => !isActive(p))) {
        const badge = $(el, `li[data-point="${point.id}"] [part="badge"]`)!.textContent;
        expect(badge).to.contain(point.status === 'closed' ? 'Closed permanently' : 'Temporarily closed');
      }
      expect($(el, `li[data-point="wp-01"] [part="badge"]`)!.textContent).to.contain('since March 2024');
      expect(countText(el)).to.contain(`${inactive.length} of them closed`);
    });

    it('renders a card with address, hours, languages and contact links', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      const point = raw.welcomePoints.find(p => p.contact?.phone && p.languages?.includes('ar') && p.status !== 'closed')!;
      const card = $(el, `li[data-point="${point.id}"]`)!;
      expect(card.querySelector('[part="card-title"]')!.textContent).to.contain(name(point));
      expect(card.querySelector('address')!.textContent).to.contain(point.address.street);
      expect(card.textContent).to.contain('Arabic');
      const tel = card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(tel.querySelector('bdi')!.getAttribute('dir')).to.equal('ltr');
      expect(card.querySelector<HTMLAnchorElement>('a[href*="openstreetmap.org"]')).to.exist;
    });

    it('each filter narrows the list to points that match it', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      const all = shownIds(el);
      const byId = new Map(raw.welcomePoints.map(p => [p.id, p]));

      const district = raw.welcomePoints.find(p => p.status !== 'closed')!.districtId;
      await choose(el, 'filter-district', district);
      expect(shownIds(el).length).to.be.within(1, all.length - 1);
      expect(shownIds(el).every(id => byId.get(id)!.districtId === district)).to.be.true;
      await choose(el, 'filter-district', '');

      const category = raw.categories.find(c => {
        const n = new Set(raw.offers.filter(o => o.categoryIds.includes(c.id)).map(o => o.welcomePointId)).size;
        return n > 0 && n < all.length;
      })!.id;
      await choose(el, 'filter-category', category);
      expect(shownIds(el).length).to.be.within(1, all.length - 1);
      expect(shownIds(el).every(id => offersOf(id).some(o => o.categoryIds.includes(category)))).to.be.true;
      await choose(el, 'filter-category', '');

      // Ukrainian: spoken at some points, not all (Arabic is spoken everywhere in the sample).
      const speaks = (id: string) =>
        [...(byId.get(id)!.languages ?? []), ...offersOf(id).flatMap(o => o.languages ?? [])].some(t => base(t) === 'uk');
      await choose(el, 'filter-language', 'uk');
      expect(shownIds(el).length).to.be.within(1, all.length - 1);
      expect(shownIds(el)).to.have.members(all.filter(speaks));
      await choose(el, 'filter-language', '');

      await choose(el, 'filter-audience', 'landlords');
      expect(shownIds(el).length).to.be.within(1, all.length - 1);
      expect(shownIds(el).every(id => offersOf(id).some(o => o.audiences?.includes('landlords')))).to.be.true;
      await choose(el, 'filter-audience', '');

      expect(shownIds(el)).to.deep.equal(all);
    });

    it('a user change emits welcome-filter-change with the filters', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      const onChange = sinon.spy();
      el.addEventListener('welcome-filter-change', onChange);
      await choose(el, 'filter-language', 'ar');
      expect(onChange).to.have.been.calledOnce;
      expect((onChange.firstCall.args[0] as WelcomeFilterChangeEvent).detail.filters).to.deep.equal({ language: 'ar' });
      el.district = raw.districts[0].id;
      await el.updateComplete;
      expect(onChange, 'no event when code sets a property').to.have.been.calledOnce;
      // Attributes work too, and removing one clears its filter.
      el.setAttribute('query', 'Gerresheim');
      el.setAttribute('district', 'nope');
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(0);
      el.removeAttribute('query');
      el.removeAttribute('district');
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(raw.welcomePoints.length);
      expect(onChange).to.have.been.calledOnce;
    });

    it('text search finds "Gerresheim" and an offer by its Arabic title', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      input.focus();
      await sendKeys({ type: 'Gerresheim' });
      await el.updateComplete;
      const gerresheim = raw.welcomePoints.filter(p => JSON.stringify(p).includes('Gerresheim')).map(p => p.id);
      expect(shownIds(el).length).to.be.greaterThan(0);
      expect(shownIds(el)).to.include.members(gerresheim.filter(id => shownIds(el).includes(id)));
      expect(shownIds(el).some(id => gerresheim.includes(id))).to.be.true;
      expect(shownIds(el).length).to.be.lessThan(raw.welcomePoints.length);

      const arabic = raw.offers.find(
        (o: Offer) => typeof o.title === 'object' && o.title.ar && !JSON.stringify(o.title).includes(' '.repeat(2)),
      )!;
      const title = (arabic.title as Record<string, string>).ar;
      input.value = '';
      input.dispatchEvent(new Event('input'));
      input.focus();
      await sendKeys({ type: title });
      await el.updateComplete;
      expect(shownIds(el)).to.include(arabic.welcomePointId);
    });

    it('"open now" follows the clock: a weekday 11:00 has open points, Sunday 22:00 none', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} open-now .now=${TUESDAY_11}></welcome-point-finder>`);
      const open = shownIds(el);
      expect(open.length).to.be.greaterThan(0);
      expect(open.length).to.be.lessThan(raw.welcomePoints.length);
      for (const li of $$(el, 'li[data-point]')) expect(li.querySelector('[part="badge"]')!.textContent).to.contain('Open now');
      // Independent check against the feed: every point shown has a Tuesday slot around 11:00.
      for (const id of open) {
        const hours = raw.welcomePoints.find(p => p.id === id)!.openingHours ?? [];
        expect(hours.some(s => s.days.includes('tu') && s.opens <= '11:00' && s.closes > '11:00'), id).to.be.true;
      }

      el.now = SUNDAY_22;
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(0);
      expect($(el, '[part="empty"]')!.textContent).to.contain('No Welcome Point matches');
    });
  });

  describe('near me and quarter', () => {
    it('asks for the location only on click, then sorts nearest first with distances', async () => {
      const target = raw.welcomePoints.filter(p => p.location && isActive(p)).at(-1)!;
      const stub = sinon.stub(navigator.geolocation, 'getCurrentPosition').callsFake(success =>
        success({ coords: { latitude: target.location!.lat, longitude: target.location!.lng } } as GeolocationPosition),
      );
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      expect(stub, 'never on load').to.not.have.been.called;
      expect(shownIds(el)[0]).to.not.equal(target.id);
      const button = $$<HTMLButtonElement>(el, 'button').find(b => b.textContent.includes('Near me'))!;
      button.click();
      await el.updateComplete;
      expect(stub).to.have.been.calledOnce;
      expect(shownIds(el)[0]).to.equal(target.id);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect($(el, 'li[data-point] .distance')!.textContent).to.match(/\d+ m away/);
      expect(countText(el)).to.contain('Nearest first');
      await expect(el).to.be.accessible();
    });

    it('explains a refused location and offers the quarter instead', async () => {
      sinon.stub(navigator.geolocation, 'getCurrentPosition').callsFake((_ok, fail) =>
        fail!({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' }),
      );
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      $$<HTMLButtonElement>(el, 'button').find(b => b.textContent.includes('Near me'))!.click();
      await el.updateComplete;
      const alert = $(el, '.geo-problem[role="alert"]')!;
      expect(alert.textContent).to.contain('choose your quarter');
      await expect(el).to.be.accessible();
    });

    it('choosing a quarter puts that district first', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      const activeShown = shownIds(el).filter(id => isActive(raw.welcomePoints.find(p => p.id === id)!));
      const lastShown = raw.welcomePoints.find(p => p.id === activeShown.at(-1))!;
      const district = raw.districts.find(d => d.id === lastShown.districtId)!;
      const quarter = district.quarters!.at(-1)!;
      const groups = $$(el, '#quarter optgroup');
      expect(groups.length).to.equal(raw.districts.filter(d => d.quarters?.length).length);
      await choose(el, 'quarter', quarter.id);
      const inDistrict = raw.welcomePoints.filter(p => p.districtId === district.id && isActive(p)).map(p => p.id);
      expect(shownIds(el).slice(0, inDistrict.length)).to.have.members(inDistrict);
      expect(countText(el)).to.contain(quarter.name);
    });
  });

  describe('selection and cards', () => {
    it('selecting a card with the keyboard fires welcome-point-select with its id', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      const onSelect = sinon.spy();
      el.addEventListener('welcome-point-select', onSelect);
      const id = shownIds(el)[1];
      $<HTMLButtonElement>(el, `li[data-point="${id}"] .card__select`)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(onSelect).to.have.been.calledOnce;
      expect((onSelect.firstCall.args[0] as WelcomePointSelectEvent).detail).to.deep.equal({ pointId: id, source: 'card' });
      expect($(el, `li[data-point="${id}"] .card__select`)!.getAttribute('aria-current')).to.equal('true');
      expect(el.selected).to.equal(id);
    });

    it('expands a card to its offers with an <offer-list> for that point', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      const id = shownIds(el).find(i => offersOf(i).length > 0)!;
      const toggle = $<HTMLButtonElement>(el, `li[data-point="${id}"] [part="card-toggle"]`)!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const region = $(el, `#${toggle.getAttribute('aria-controls')!}`)!;
      expect(region.hidden).to.be.false;
      const list = region.querySelector('offer-list')!;
      expect(list.getAttribute('selected')).to.equal(id);
      await waitUntil(() => customElements.get('offer-list'), 'offer-list never loaded');
    });

    it('heading-level and route-provider are honoured', async () => {
      const el = await finder(
        html`<welcome-point-finder src=${FEED} heading-level="4" route-provider="google" .now=${TUESDAY_11}></welcome-point-finder>`,
      );
      expect($$(el, 'li[data-point] h4').length).to.equal(raw.welcomePoints.length);
      expect($(el, 'li[data-point] h3')).to.be.null;
      const withLocation = raw.welcomePoints.find(p => p.location)!;
      const href = $<HTMLAnchorElement>(el, `li[data-point="${withLocation.id}"] .actions li.route a`)!.href;
      expect(href).to.match(/^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=/);
      el.routeProvider = 'javascript:alert({lat})';
      await el.updateComplete;
      expect($<HTMLAnchorElement>(el, `li[data-point="${withLocation.id}"] .actions li.route a`)!.href).to.contain('openstreetmap.org');
    });
  });

  describe('URL and group', () => {
    it('sync-url: a reload restores filters and selection, Back restores the previous state', async () => {
      const district = raw.districts.find(d => raw.welcomePoints.some(p => p.districtId === d.id))!.id;
      let el = await finder(html`<welcome-point-finder src=${FEED} sync-url .now=${TUESDAY_11}></welcome-point-finder>`);
      await choose(el, 'filter-district', district);
      const narrowed = shownIds(el);
      expect(new URLSearchParams(location.search).get('finder.district')).to.equal(district);
      await choose(el, 'filter-language', 'ar');
      $<HTMLButtonElement>(el, `li[data-point] .card__select`)!.click();
      await el.updateComplete;
      const selected = el.selected;
      expect(new URLSearchParams(location.search).get('finder.point')).to.equal(selected);

      // "Reload": a new element reads the URL.
      el.remove();
      el = await finder(html`<welcome-point-finder src=${FEED} sync-url .now=${TUESDAY_11}></welcome-point-finder>`);
      expect(el.district).to.equal(district);
      expect($<HTMLSelectElement>(el, '#filter-district')!.value).to.equal(district);
      expect($<HTMLSelectElement>(el, '#filter-language')!.value).to.equal('ar');
      expect(el.selected).to.equal(selected);

      // Back twice: selection undone, then the language filter.
      history.back();
      await waitUntil(() => el.selected === null, 'Back did not undo the selection');
      history.back();
      await waitUntil(() => el.language === null, 'Back did not undo the language filter');
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#filter-language')!.value).to.equal('');
      expect(shownIds(el)).to.deep.equal(narrowed);
    });

    it('group: applies a sibling’s district and filters without emitting', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <welcome-point-finder group="g1" src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>
        <span id="sibling" group="g1"></span>
      </div>`);
      const el = await settled(wrapper.querySelector('welcome-point-finder')!);
      const sibling = wrapper.querySelector('#sibling')!;
      const onChange = sinon.spy();
      el.addEventListener('welcome-filter-change', onChange);
      const district = raw.welcomePoints[0].districtId;
      sibling.dispatchEvent(new CustomEvent('welcome-district-select', { detail: { districtId: district, source: 'map' }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(shownIds(el).every(id => raw.welcomePoints.find(p => p.id === id)!.districtId === district)).to.be.true;
      sibling.dispatchEvent(new CustomEvent('welcome-filter-change', { detail: { filters: { language: 'ar' } }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.district).to.equal(null);
      expect(el.language).to.equal('ar');
      expect(onChange).to.not.have.been.called;
    });

    it('group + sync-url: a sibling’s early choice applies on top of a shared link instead of wiping it', async () => {
      history.replaceState(history.state, '', `${location.pathname}?g3.quarter=011&g3.point=wp-02&g3.category=meeting`);
      const wrapper = await fixture<HTMLDivElement>(html`<div><span id="sibling" group="g3"></span></div>`);
      const el = Object.assign(document.createElement('welcome-point-finder'), { group: 'g3', syncUrl: true, src: FEED, now: TUESDAY_11 });
      wrapper.prepend(el);
      // Same task: the finder's view, which reads the link, has not arrived yet.
      wrapper.querySelector('#sibling')!.dispatchEvent(
        new CustomEvent('welcome-district-select', { detail: { districtId: '1', source: 'map' }, bubbles: true, composed: true }),
      );
      await settled(el);
      expect([el.quarter, el.selected, el.category, el.district]).to.deep.equal(['011', 'wp-02', 'meeting', '1']);
      const url = new URLSearchParams(location.search);
      expect([url.get('g3.quarter'), url.get('g3.point'), url.get('g3.category'), url.get('g3.district')]).to.deep.equal(['011', 'wp-02', 'meeting', '1']);
    });

    it('group: a sibling’s choice made before the finder’s code has arrived still applies', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><span id="sibling" group="g2"></span></div>`);
      const el = Object.assign(document.createElement('welcome-point-finder'), { group: 'g2', src: FEED, now: TUESDAY_11 });
      wrapper.prepend(el);
      // Same task: the view chunk cannot have loaded yet.
      const district = raw.welcomePoints[0].districtId;
      wrapper.querySelector('#sibling')!.dispatchEvent(
        new CustomEvent('welcome-district-select', { detail: { districtId: district, source: 'map' }, bubbles: true, composed: true }),
      );
      await settled(el);
      expect(el.district).to.equal(district);
      expect(shownIds(el).every(id => raw.welcomePoints.find(p => p.id === id)!.districtId === district)).to.be.true;
    });
  });

  describe('map', () => {
    it('view="list" never loads the map module or Leaflet', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      await nextFrame();
      expect($(el, 'district-map')).to.be.null;
      const loaded = performance.getEntriesByType('resource').map(e => e.name);
      expect(loaded.filter(url => /district-map|leaflet|\/map\//i.test(url))).to.deep.equal([]);
      expect(customElements.get('district-map')).to.be.undefined;
    });

    it('view="both" loads <district-map> with the matching points and follows its selection', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} view="both" .now=${TUESDAY_11}></welcome-point-finder>`);
      await waitUntil(() => customElements.get('district-map') && $(el, 'district-map'), 'district-map never loaded');
      const map = $(el, 'district-map') as HTMLElement & { pointIds: string[] };
      expect(map.getAttribute('part')).to.equal('map');
      expect(map.pointIds).to.deep.equal(shownIds(el));
      const id = shownIds(el).at(-1)!;
      const onSelect = sinon.spy();
      el.addEventListener('welcome-point-select', onSelect);
      map.dispatchEvent(new CustomEvent('welcome-point-select', { detail: { pointId: id, source: 'map' }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.selected).to.equal(id);
      expect(map.getAttribute('selected')).to.equal(id);
      expect(onSelect, 'the map event bubbles once, not re-emitted').to.have.been.calledOnce;
      const district = raw.welcomePoints[0].districtId;
      map.dispatchEvent(new CustomEvent('welcome-district-select', { detail: { districtId: district, source: 'map' }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.district).to.equal(district);
      expect($<HTMLSelectElement>(el, '#filter-district')!.value).to.equal(district);
    });
  });

  describe('keyboard', () => {
    it('reaches every control in a logical order, with a visible focus', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 9; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement as HTMLElement;
        order.push(active.id || active.getAttribute('name') || active.className);
        expect(getComputedStyle(active).outlineStyle, `focus visible on ${order.at(-1)}`).to.equal('solid');
      }
      expect(order).to.deep.equal([
        'q',
        'filter-district',
        'filter-category',
        'filter-language',
        'filter-audience',
        'open-now',
        'button near-me',
        'quarter',
        'card__select',
      ]);
      // Operate the checkbox with Space, without a mouse.
      $<HTMLInputElement>(el, 'input[name="open-now"]')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.openNow).to.be.true;
      before.remove();
      await setViewport({ width: 800, height: 600 });
    });
  });

  describe('states', () => {
    it('loading: a skeleton in the card grid, accessible', async () => {
      // The feed comes only when the test has seen what shows while it loads.
      const key = `finder-loading-${Date.now()}`;
      const el = await fixture<WelcomePointFinder>(html`<welcome-point-finder src="/__test/held/${key}/demo/data/duesseldorf.json"></welcome-point-finder>`);
      // The shell's skeleton paints first; the form follows with the view chunk, long before the feed.
      expect($(el, '[part="loading"]')).to.exist;
      await expect(el).to.be.accessible();
      await waitUntil(() => $(el, 'input[type="search"]'), 'the form comes while the feed still loads');
      expect($(el, '[part="loading"]')).to.exist;
      await expect(el).to.be.accessible();
      const before = $(el, '.search')!.getBoundingClientRect();
      const countBefore = $(el, '[part="count"]')!.getBoundingClientRect().top;
      await fetch(`/__test/release?key=${key}`);
      await settled(el);
      const after = $(el, '.search')!.getBoundingClientRect();
      expect([after.top, after.left, after.width], 'the form does not move').to.deep.equal([before.top, before.left, before.width]);
      expect($(el, '[part="count"]')!.getBoundingClientRect().top, 'the list starts where the skeleton was').to.equal(countBefore);
    });

    it('a partly broken feed shows the rest and a quiet notice', async () => {
      const broken = structuredClone(raw) as unknown as { welcomePoints: Array<Record<string, unknown>> };
      delete broken.welcomePoints[0].address;
      const el = await finder(html`<welcome-point-finder .feed=${broken} .now=${TUESDAY_11}></welcome-point-finder>`);
      expect(shownIds(el)).to.have.length(raw.welcomePoints.length - 1);
      expect($(el, '[part="problems"]')!.textContent).to.contain('could not be shown');
      await expect(el).to.be.accessible();
    });

    it('loaded: accessible', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      await expect(el).to.be.accessible();
    });

    it('empty: a message and a reset button that brings everything back', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} query="zzzzqqq" .now=${TUESDAY_11}></welcome-point-finder>`);
      expect($(el, '[part="empty"]')!.textContent).to.contain('No Welcome Point matches');
      expect(countText(el)).to.match(/^0 Welcome Points/);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(raw.welcomePoints.length);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('q');
    });

    it('a 404 feed shows an alert with retry, accessible', async () => {
      const el = await finder(html`<welcome-point-finder src="/__test/status/404"></welcome-point-finder>`);
      const alert = $(el, '[role="alert"][part="error"]')!;
      expect(alert.textContent).to.contain('404');
      expect(alert.querySelector('button')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('retry after the server recovers shows the list', async () => {
      const el = await finder(html`<welcome-point-finder src="/__test/flaky/1/demo/data/duesseldorf.json?key=finder-retry"></welcome-point-finder>`);
      expect($(el, '[part="error"]')).to.exist;
      $<HTMLButtonElement>(el, '[part="error"] button')!.click();
      await waitUntil(() => shownIds(el).length === raw.welcomePoints.length, 'list never appeared after retry');
    });

    it('right to left in Arabic, accessible', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} lang="ar" .now=${TUESDAY_11}></welcome-point-finder>`);
      await waitUntil(() => el.getAttribute('dir') === 'rtl');
      expect(getComputedStyle($(el, '.search')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ media: 'screen' });
    });

    it('one column at 320 px, filters folded behind a button, controls at least 44 px high', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      const [a, b] = $$(el, 'li[data-point]');
      expect(b.getBoundingClientRect().top).to.be.greaterThan(a.getBoundingClientRect().bottom - 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      // The first result is within the first screen and a half, not below a wall of filters.
      expect(a.getBoundingClientRect().top).to.be.lessThan(640);
      const toggle = $<HTMLButtonElement>(el, '.filters-toggle')!;
      const district = $<HTMLSelectElement>(el, '#filter-district')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(district.getClientRects().length, 'filters hidden').to.equal(0);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(district.getClientRects().length, 'filters shown').to.be.greaterThan(0);
      for (const control of $$(el, 'input[type="search"], select, button, .action')) {
        expect(control.getBoundingClientRect().height, control.className || control.id).to.be.at.least(44);
      }
      await expect(el).to.be.accessible();
    });

    it('wide: filters beside the cards, no fold-away button', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      expect($(el, '.filters-toggle')!.getClientRects().length).to.equal(0);
      const form = $(el, '.search')!.getBoundingClientRect();
      const [a, b] = $$(el, 'li[data-point]').map(li => li.getBoundingClientRect());
      expect(a.left).to.be.greaterThan(form.right - 1);
      expect(b.top, 'cards side by side').to.equal(a.top);
    });

    // Print needs media emulation, which only Chromium's test driver has (see test/helpers/media.ts).
    (canEmulateMedia ? it : it.skip)('prints the result list with addresses and hours, without form or buttons', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} .now=${TUESDAY_11}></welcome-point-finder>`);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '.search')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="card-toggle"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, 'address')!).display).to.not.equal('none');
      expect($$(el, 'li[data-point]').filter(li => getComputedStyle(li).display !== 'none')).to.have.length(raw.welcomePoints.length);
    });
  });

  describe('many Welcome Points', () => {
    it('shows them page by page: "Show more" adds the next cards and moves focus to the first new one', async () => {
      const feed = generateFeed({ points: 60, offers: 200, seed: 3 }) as WelcomeFeed;
      const el = await fixture<WelcomePointFinder>(html`<welcome-point-finder .feed=${feed} .now=${TUESDAY_11}></welcome-point-finder>`);
      await waitUntil(() => shownIds(el).length > 0, 'no cards');
      // The first cards come at once, the rest of the page a few per task (see the next test).
      await el.updateComplete;
      const total = feed.welcomePoints.length;
      expect(shownIds(el)).to.have.length(24);
      const more = $<HTMLButtonElement>(el, 'button[part="more"]')!;
      expect(more.textContent).to.contain('24');
      expect($(el, '.more__status')!.textContent).to.contain(`24 of ${total}`);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shownIds(el).length === 48, 'no second page');
      const focused = el.shadowRoot!.activeElement;
      expect(focused?.closest('li')?.dataset.point).to.equal(shownIds(el)[24]);
      await expect(el).to.be.accessible();
    });

    it('renders a page of cards a few at a time, each few in a task of its own, so the phone keeps responding (#23)', async () => {
      const feed = generateFeed({ points: 60, offers: 200, seed: 3 }) as WelcomeFeed;
      const el = await fixture<WelcomePointFinder>(html`<welcome-point-finder .now=${TUESDAY_11}></welcome-point-finder>`);
      await el.updateComplete;
      const filled = watchListFill(el.shadowRoot!, () => shownIds(el).length);
      el.feed = feed;
      await waitUntil(() => shownIds(el).length > 0, 'no cards');
      await el.updateComplete;
      filled(24);
    });

    it('starts again at the first page when the search changes, and always shows the selected point', async () => {
      const feed = generateFeed({ points: 60, offers: 200, seed: 3 }) as WelcomeFeed;
      const el = await fixture<WelcomePointFinder>(html`<welcome-point-finder .feed=${feed} .now=${TUESDAY_11}></welcome-point-finder>`);
      await waitUntil(() => shownIds(el).length > 0, 'no cards');
      // The page fills a few cards per task; updateComplete waits for all of them.
      await el.updateComplete;
      expect(shownIds(el), 'the first page').to.have.length(24);
      $<HTMLButtonElement>(el, 'button[part="more"]')!.click();
      await waitUntil(() => shownIds(el).length === 48, 'no second page');
      el.query = 'welcome';
      await el.updateComplete;
      expect(shownIds(el).length).to.be.at.most(24);
      el.query = '';
      const last = feed.welcomePoints[feed.welcomePoints.length - 1].id;
      el.selected = last;
      await el.updateComplete;
      expect(shownIds(el)).to.include(last);
    });
  });
});
