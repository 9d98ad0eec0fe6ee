// SPDX-License-Identifier: EUPL-1.2
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { canEmulateMedia } from '../helpers/media.js';
import sinon from 'sinon';
import '../../src/define.js';
import type { OfferList } from '../../src/index.js';
import { getLocale } from '../../src/i18n/localization.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/test/fixtures/offer-list.json';
/** Wednesday 4 March 2026, 10:30 in Düsseldorf (CET). */
const NOW = new Date('2026-03-04T09:30:00Z');

const root = (el: OfferList) => el.shadowRoot!;
const items = (el: OfferList) => [...root(el).querySelectorAll<HTMLLIElement>('li[part="item"]')];
const ids = (el: OfferList) => items(el).map(li => li.dataset.offerId);
const headings = (el: OfferList) =>
  [...root(el).querySelectorAll('[part="group-heading"] .group__label')].map(h => h.textContent.trim());
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();

async function ready(el: OfferList) {
  await waitUntil(() => root(el).querySelector('.list, .status--empty, [role="alert"]'), 'list never rendered');
  // The UI language (one per page) loads asynchronously; the widget re-renders when it is there.
  if (el.lang) await waitUntil(() => getLocale() === el.lang, `locale ${el.lang} never loaded`);
  await el.updateComplete;
  return el;
}

async function list(template: ReturnType<typeof html>) {
  return ready(await fixture<OfferList>(template));
}

describe('<offer-list>', () => {
  let clock: sinon.SinonFakeTimers;
  const startUrl = location.href;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    clock.restore();
    history.replaceState(null, '', startUrl);
  });

  describe('presets', () => {
    it('selected shows that point’s offers only, without repeating its name', async () => {
      const el = await list(html`<offer-list src=${FEED} selected="wp-mitte" group-by="none" lang="en"></offer-list>`);
      expect(ids(el)).to.have.members(['o-cafe', 'o-asyl', 'o-family']);
      expect(root(el).querySelector('[part="point-link"], [part="point-name"]')).to.equal(null);
    });

    it('the old attribute welcome-point still works and warns once that it is deprecated', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const first = await list(html`<offer-list src=${FEED} welcome-point="wp-mitte" group-by="none" lang="en"></offer-list>`);
        await list(html`<offer-list src=${FEED} welcome-point="wp-mitte" group-by="none" lang="en"></offer-list>`);
        expect(ids(first)).to.have.members(['o-cafe', 'o-asyl', 'o-family']);
        expect(first.selected).to.equal('wp-mitte');
        const deprecations = warn.getCalls().filter(call => String(call.args[0]).includes('"welcome-point" is deprecated'));
        expect(deprecations).to.have.length(1);
        expect(String(deprecations[0].args[0])).to.contain('use "selected"');
      } finally {
        warn.restore();
      }
    });

    it('district narrows to its Welcome Points and hides offers of closed points', async () => {
      const el = await list(html`<offer-list src=${FEED} district="d7" group-by="none"></offer-list>`);
      expect(ids(el)).to.have.members(['o-volunteer', 'o-ukr', 'o-women']);
    });

    it('category, audience and language narrow', async () => {
      const byCategory = await list(html`<offer-list src=${FEED} category="counselling" group-by="none"></offer-list>`);
      expect(ids(byCategory)).to.have.members(['o-asyl', 'o-ukr']);
      const byAudience = await list(html`<offer-list src=${FEED} audience="families" group-by="none"></offer-list>`);
      expect(ids(byAudience)).to.have.members(['o-family', 'o-ukr']);
      const byLanguage = await list(html`<offer-list src=${FEED} language="uk" group-by="none"></offer-list>`);
      // An offer without languages of its own is held in its Welcome Point's languages.
      expect(ids(byLanguage)).to.have.members(['o-ukr', 'o-volunteer']);
    });

    it('open-now keeps what is taking place now and marks it', async () => {
      const el = await list(html`<offer-list src=${FEED} open-now group-by="none" lang="en"></offer-list>`);
      expect(ids(el)).to.have.members(['o-cafe', 'o-asyl']);
      for (const item of items(el)) expect(text(item.querySelector('.offer-tag--now'))).to.match(/^Now, until 12:00/);
    });

    it('upcoming keeps offers with a time in the next N days', async () => {
      const today = await list(html`<offer-list src=${FEED} upcoming="1" group-by="none"></offer-list>`);
      expect(ids(today)).to.have.members(['o-cafe', 'o-asyl']);
      const threeDays = await list(html`<offer-list src=${FEED} upcoming="3" group-by="none"></offer-list>`);
      expect(ids(threeDays)).to.have.members(['o-cafe', 'o-asyl', 'o-ukr', 'o-women']);
    });

    it('a limited list says how many it shows as one sentence in every language (no count phrase inside another)', async () => {
      // Numbers in the locale's digits (WebKit writes Arabic ones in Arabic-Indic digits).
      const expected: Record<string, (two: string, six: string) => string> = {
        en: (two, six) => `Showing ${two} of ${six} offers`,
        ar: (two, six) => `عدد الخدمات المعروضة: ${two} من ${six}`,
        ru: (two, six) => `Показано предложений: ${two} из ${six}`,
        de: (two, six) => `${two} angezeigt, insgesamt ${six} Angebote`,
      };
      for (const [lang, sentence] of Object.entries(expected)) {
        const el = await list(html`<offer-list src=${FEED} limit="2" group-by="none" lang=${lang}></offer-list>`);
        const number = new Intl.NumberFormat(lang);
        expect(text(root(el).querySelector('[part="count"]')), lang).to.equal(sentence(number.format(2), number.format(6)));
      }
    });

    it('limit caps the list without a "Show more" button', async () => {
      const el = await list(html`<offer-list src=${FEED} limit="2" group-by="none"></offer-list>`);
      expect(items(el)).to.have.length(2);
      expect(root(el).querySelector('[part="more"]')).to.equal(null);
    });
  });

  describe('group-by', () => {
    it('category (default) groups under the feed’s categories in their order', async () => {
      const el = await list(html`<offer-list src=${FEED} lang="en"></offer-list>`);
      expect(headings(el)).to.deep.equal(['Counselling', 'Language', 'Meeting', 'Volunteering']);
      const sections = [...root(el).querySelectorAll('section[part="group"]')];
      expect([...sections[0].querySelectorAll<HTMLLIElement>('li[part="item"]')].map(li => li.dataset.offerId)).to.deep.equal(['o-asyl', 'o-ukr']);
      expect(text(sections[0].querySelector('.group__count'))).to.equal('2 offers');
    });

    it('welcome-point groups under each point with its district', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="welcome-point" lang="en"></offer-list>`);
      expect(headings(el)).to.deep.equal(['Welcome Point Mitte', 'Welcome Point Gerresheim']);
      expect(text(root(el).querySelector('.group__sub'))).to.equal('Mitte');
    });

    it('none renders one list with headings for the offers at heading-level', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="none" heading-level="4"></offer-list>`);
      expect(root(el).querySelectorAll('section')).to.have.length(0);
      expect(root(el).querySelectorAll('ul[part="list"]')).to.have.length(1);
      expect(root(el).querySelectorAll('h4[part="item-title"]')).to.have.length(6);
    });

    it('day is a seven-day agenda from today, with times leading each entry', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="day" lang="en" page-size="100"></offer-list>`);
      const labels = headings(el);
      expect(labels[0]).to.equal('Today');
      expect(labels[1]).to.equal('Tomorrow');
      // Wednesday to Tuesday; nothing takes place on Sunday, so that day is left out.
      expect(labels.slice(2)).to.deep.equal(['Friday, March 6', 'Saturday, March 7', 'Monday, March 9', 'Tuesday, March 10']);
      const today = root(el).querySelector('section[part="group"]')!;
      expect([...today.querySelectorAll<HTMLLIElement>('li[part="item"]')].map(li => li.dataset.offerId)).to.deep.equal(['o-asyl', 'o-cafe']);
      expect(text(today.querySelector('[part="item-time"]'))).to.equal('9:00 AM – 12:00 PM');
      // The dated event on 12 March is eight days ahead: not this week.
      expect(items(el).map(li => li.dataset.offerId)).not.to.include('o-volunteer');
    });
  });

  describe('an offer', () => {
    it('shows when, where, languages by their own names, audiences, cost and registration', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="none" lang="en"></offer-list>`);
      const cafe = items(el).find(li => li.dataset.offerId === 'o-cafe')!;
      expect(text(cafe.querySelector('[part="item-title"]'))).to.equal('Language café');
      expect(text(cafe.querySelector('.offer__lines li'))).to.equal('Mon, Wed 10:00 AM – 12:00 PM');
      // The slots are valid for 2026 only: the card says so, a course is never read as endless.
      expect(text(cafe.querySelector('.offer__period'))).to.equal('Thu, January 1, 2026 to Thu, December 31, 2026');
      expect(text(cafe.querySelector('[part="point-name"]'))).to.equal('Welcome Point Mitte');
      expect([...cafe.querySelectorAll('.offer__languages li')].map(li => [li.getAttribute('lang'), li.textContent])).to.deep.equal([
        ['de', 'Deutsch'],
        ['ar', 'العربية'],
        ['en', 'English'],
      ]);
      expect(text(cafe)).to.contain('Newcomers and Neighbours');
      expect(text(cafe.querySelector('.offer-tag--free'))).to.equal('Free');
      const asyl = items(el).find(li => li.dataset.offerId === 'o-asyl')!;
      expect(text(asyl.querySelector('.offer-tag--registration'))).to.equal('Registration needed');
      expect([...asyl.querySelectorAll('.offer__lines li')].map(text)).to.deep.equal(['Mon – Fri 9:00 AM – 12:00 PM', 'Thu 2:00 – 5:00 PM']);
    });

    it('expands to its description and contacts; phone numbers stay left-to-right', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="none" lang="ar"></offer-list>`);
      const cafe = items(el).find(li => li.dataset.offerId === 'o-cafe')!;
      const toggle = cafe.querySelector<HTMLButtonElement>('.offer__toggle')!;
      const details = cafe.querySelector<HTMLElement>('[part="details"]')!;
      expect(details.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      expect(details.querySelector('[part="description"] [lang="ar"]')).to.exist;
      expect(details.querySelector('.original-language')).to.equal(null); // the feed has it in Arabic
      const phone = details.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(phone.getAttribute('href')).to.equal('tel:+492118991234');
      expect(phone.querySelector('bdi')!.getAttribute('dir')).to.equal('ltr');
      expect(details.querySelector('a[href^="mailto:"]')).to.exist;
    });

    it('shows the weekly times in the visitor’s language (de, en, ar)', async () => {
      const de = await list(html`<offer-list src=${FEED} selected="wp-mitte" group-by="none" lang="de"></offer-list>`);
      expect(text(items(de)[0].querySelector('.offer__lines li'))).to.equal('Mo und Mi 10:00–12:00 Uhr');
      expect(text(items(de)[0].querySelector('.offer__period'))).to.equal('Do., 1. Januar 2026 bis Do., 31. Dezember 2026');
      const ar = await list(html`<offer-list src=${FEED} selected="wp-mitte" group-by="none" lang="ar"></offer-list>`);
      const line = text(items(ar)[0].querySelector('.offer__lines'));
      expect(line).to.contain('الاثنين');
      expect(line).to.contain('الأربعاء');
    });
  });

  describe('events', () => {
    it('opening an offer fires welcome-offer-select once; closing it does not', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="none"></offer-list>`);
      const spy = sinon.spy();
      el.addEventListener('welcome-offer-select', spy);
      const toggle = items(el)[0].querySelector<HTMLButtonElement>('.offer__toggle')!;
      toggle.click();
      await el.updateComplete;
      toggle.click();
      await el.updateComplete;
      expect(spy).to.have.been.calledOnce;
      expect((spy.firstCall.args[0] as CustomEvent).detail).to.deep.equal({ offerId: 'o-cafe', pointId: 'wp-mitte' });
    });

    it('the place fires welcome-point-select with source "offer" (in a group, where a widget follows)', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="none" group="offer-events"></offer-list>`);
      const spy = sinon.spy();
      el.addEventListener('welcome-point-select', spy);
      items(el)[3].querySelector<HTMLButtonElement>('[part="point-link"]')!.click();
      expect(spy).to.have.been.calledOnce;
      expect((spy.firstCall.args[0] as CustomEvent).detail).to.deep.equal({ pointId: 'wp-gerresheim', source: 'offer' });
    });

    it('setting properties fires nothing; the filter bar fires welcome-filter-change', async () => {
      const el = await list(html`<offer-list src=${FEED} filters group-by="none"></offer-list>`);
      const spy = sinon.spy();
      el.addEventListener('welcome-filter-change', spy);
      el.category = 'meeting';
      await el.updateComplete;
      expect(spy).not.to.have.been.called;
      const select = root(el).querySelector<HTMLSelectElement>('#audience')!;
      select.value = 'women';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(spy).to.have.been.calledOnce;
      expect((spy.firstCall.args[0] as CustomEvent<{ filters: unknown }>).detail.filters).to.deep.equal({ category: 'meeting', audience: 'women' });
      expect(ids(el)).to.deep.equal(['o-women']);
    });
  });

  describe('filter bar', () => {
    it('names each language as the finder does: in the page’s language, then in itself', async () => {
      const el = await list(html`<offer-list src=${FEED} filters lang="de"></offer-list>`);
      const label = (tag: string) => text(root(el).querySelector(`#language option[value="${tag}"]`));
      expect(label('ar')).to.equal('Arabisch – العربية');
      expect(label('uk')).to.equal('Ukrainisch – Українська');
      expect(label('de')).to.equal('Deutsch');
      const labels = [...root(el).querySelectorAll('#language option:not([value=""])')].map(text);
      expect(labels, 'in alphabetical order, as in the finder').to.deep.equal([...labels].sort((a, b) => a.localeCompare(b, 'de')));
      const finder = await fixture<HTMLElement>(html`<welcome-point-finder src=${FEED} lang="de"></welcome-point-finder>`);
      await waitUntil(() => finder.shadowRoot!.querySelector('#filter-language option[value="ar"]'), 'the finder never offered Arabic');
      expect(text(finder.shadowRoot!.querySelector('#filter-language option[value="ar"]'))).to.equal(label('ar'));
    });

    it('is off by default', async () => {
      const el = await list(html`<offer-list src=${FEED}></offer-list>`);
      expect(root(el).querySelector('[part="filters"]')).to.equal(null);
    });

    it('typing filters as you type, in any script, and an empty result offers a reset', async () => {
      const el = await list(html`<offer-list src=${FEED} filters group-by="none" lang="en"></offer-list>`);
      const search = root(el).querySelector<HTMLInputElement>('[part="search"]')!;
      search.focus();
      await sendKeys({ type: 'مقهى' });
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['o-cafe']);
      await sendKeys({ type: 'xyz' });
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="empty"]'))).to.contain('No offers match.');
      root(el).querySelector<HTMLButtonElement>('[part="empty"] button')!.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      expect(search.value).to.equal('');
    });

    it('a page whose preset leaves no offer says there are none, not that the visitor chose badly', async () => {
      const el = await list(html`<offer-list src=${FEED} filters category="none-such" lang="de"></offer-list>`);
      const empty = root(el).querySelector('[part="empty"]')!;
      expect(text(empty)).to.equal('Hier gibt es zurzeit keine Angebote.');
      expect(empty.querySelector('button'), 'nothing of the visitor’s to reset').to.equal(null);
      root(el).querySelector<HTMLInputElement>('[part="search"]')!.focus();
      await sendKeys({ type: 'x' });
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="empty"] p'))).to.equal('Kein Angebot passt zu Ihrer Auswahl.');
      expect(text(root(el).querySelector('[part="empty"] button'))).to.equal('Filter zurücksetzen');
    });

    it('a choice in the bar overrides a preset, and reset brings the preset back', async () => {
      const el = await list(html`<offer-list src=${FEED} filters category="counselling" group-by="none"></offer-list>`);
      const select = root(el).querySelector<HTMLSelectElement>('#category')!;
      expect(select.value).to.equal('counselling');
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      root(el).querySelector<HTMLButtonElement>('.filters__reset')!.click();
      await el.updateComplete;
      expect(ids(el)).to.have.members(['o-asyl', 'o-ukr']);
    });
  });

  describe('group and URL', () => {
    it('applies filters and a point chosen in another widget of its group, and offers the way back', async () => {
      const el = await list(html`<offer-list src=${FEED} group="g1" group-by="none" lang="en"></offer-list>`);
      const sibling = document.createElement('div');
      sibling.setAttribute('group', 'g1');
      document.body.append(sibling);
      const spy = sinon.spy();
      el.addEventListener('welcome-filter-change', spy);
      sibling.dispatchEvent(new CustomEvent('welcome-point-select', { detail: { pointId: 'wp-gerresheim', source: 'map' }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(ids(el)).to.have.members(['o-volunteer', 'o-ukr', 'o-women']);
      expect(text(root(el).querySelector('.chip'))).to.contain('Offers of Welcome Point Gerresheim');
      sibling.dispatchEvent(new CustomEvent('welcome-filter-change', { detail: { filters: { category: 'meeting' } }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['o-women']);
      root(el).querySelector<HTMLButtonElement>('.chip__clear')!.click();
      await el.updateComplete;
      expect(ids(el)).to.have.members(['o-cafe', 'o-family', 'o-women']);
      expect(spy).to.have.been.calledOnce; // only the click, never the applied group events
      sibling.remove();
    });

    it('a point chosen on a sibling map in another district than its own district shows that point\'s offers, not "nothing matches"', async () => {
      const el = await list(html`<offer-list src=${FEED} group="g3" district="d1" group-by="none" lang="en"></offer-list>`);
      expect(ids(el)).to.have.members(['o-cafe', 'o-asyl', 'o-family']);
      const sibling = document.createElement('div');
      sibling.setAttribute('group', 'g3');
      document.body.append(sibling);
      sibling.dispatchEvent(new CustomEvent('welcome-point-select', { detail: { pointId: 'wp-gerresheim', source: 'map' }, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(ids(el)).to.have.members(['o-volunteer', 'o-ukr', 'o-women']);
      expect(text(root(el).querySelector('.chip'))).to.contain('Offers of Welcome Point Gerresheim');
      await expect(el).to.be.accessible();
      sibling.remove();
    });

    it('sync-url writes the filters into the URL and Back restores them', async () => {
      const el = await list(html`<offer-list src=${FEED} filters sync-url group-by="none"></offer-list>`);
      const select = root(el).querySelector<HTMLSelectElement>('#category')!;
      select.value = 'meeting';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('offers.category')).to.equal('meeting');
      const audience = root(el).querySelector<HTMLSelectElement>('#audience')!;
      audience.value = 'women';
      audience.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['o-women']);
      const popped = new Promise(resolve => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await el.updateComplete;
      expect(ids(el)).to.have.members(['o-cafe', 'o-family', 'o-women']);
      expect(root(el).querySelector<HTMLSelectElement>('#audience')!.value).to.equal('');
      expect(root(el).querySelector<HTMLSelectElement>('#category')!.value).to.equal('meeting');
    });
  });

  describe('long lists', () => {
    it('shows a page, then "Show more" adds the next page, announces it and moves focus to the first new offer', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="none" page-size="4" lang="en"></offer-list>`);
      expect(items(el)).to.have.length(4);
      const more = root(el).querySelector<HTMLButtonElement>('[part="more"]')!;
      expect(text(more)).to.equal('Show 2 more');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      expect(root(el).querySelector('[part="more"]')).to.equal(null);
      await waitUntil(() => root(el).activeElement === items(el)[4].querySelector('.offer__toggle'), 'focus never reached the first new offer');
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Showing 6 of 6 offers');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the first offer, Enter opens it, and Tab continues into its details', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="none"></offer-list>`);
      const spy = sinon.spy();
      el.addEventListener('welcome-offer-select', spy);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' }); // "Add all to calendar"
      await sendKeys({ press: 'Tab' });
      const first = items(el)[0].querySelector('.offer__toggle')!;
      expect(root(el).activeElement).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(spy).to.have.been.calledOnce;
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      before.remove();
    });
  });

  describe('calendar', () => {
    it('"Add to calendar" downloads an .ics with the weekly rule in Berlin time', async () => {
      const el = await list(html`<offer-list src=${FEED} selected="wp-mitte" group-by="none" lang="en"></offer-list>`);
      const created = sinon.spy(URL, 'createObjectURL');
      const clicked = sinon.stub(HTMLAnchorElement.prototype, 'click');
      try {
        const cafe = items(el).find(li => li.dataset.offerId === 'o-cafe')!;
        cafe.querySelector<HTMLButtonElement>('.offer__toggle')!.click();
        await el.updateComplete;
        cafe.querySelector<HTMLButtonElement>('[part~="calendar-button"]')!.click();
        await waitUntil(() => clicked.called, 'no download started'); // the calendar code is a lazy chunk
        expect(clicked).to.have.been.calledOnce;
        const link = clicked.firstCall.thisValue as HTMLAnchorElement;
        expect(link.download).to.equal('Language-café.ics');
        const blob = created.firstCall.args[0] as Blob;
        expect(blob.type).to.equal('text/calendar;charset=utf-8');
        const ics = await blob.text();
        expect(ics).to.contain('\r\nDTSTART;TZID=Europe/Berlin:20260304T100000\r\n');
        expect(ics).to.contain('\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261231T225959Z\r\n');
        expect(ics).to.contain('\r\nSUMMARY:Language café\r\n');
      } finally {
        created.restore();
        clicked.restore();
      }
    });
  });

  describe('calendar of the whole list', () => {
    it('"Add all to calendar" puts every matching offer in one file', async () => {
      const el = await list(html`<offer-list src=${FEED} category="counselling" lang="en"></offer-list>`);
      const created = sinon.spy(URL, 'createObjectURL');
      const clicked = sinon.stub(HTMLAnchorElement.prototype, 'click');
      try {
        root(el).querySelector<HTMLButtonElement>('[part="calendar-all"]')!.click();
        await waitUntil(() => clicked.called, 'no download started'); // the calendar code is a lazy chunk
        const ics = await (created.firstCall.args[0] as Blob).text();
        expect(ics.match(/\r\nBEGIN:VEVENT\r\n/g)).to.have.length(3); // two slots of one offer, one of the other
        expect(ics).to.contain('SUMMARY:Asylum procedure counselling');
        expect(ics).to.contain('SUMMARY:Counselling in Ukrainian');
        expect(ics).not.to.contain('Language café');
      } finally {
        created.restore();
        clicked.restore();
      }
    });
  });

  describe('states and accessibility', () => {
    for (const lang of ['en', 'ar']) {
      it(`loading: a busy skeleton, accessible (${lang})`, async () => {
        const el = await fixture<OfferList>(html`<offer-list src="/__test/hang" lang=${lang}></offer-list>`);
        await waitUntil(() => getLocale() === lang);
        await el.updateComplete;
        expect(root(el).querySelector('[part="loading"]')!.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
      });

      it(`error: an alert with retry, accessible (${lang})`, async () => {
        const el = await list(html`<offer-list src="/__test/status/404" lang=${lang}></offer-list>`);
        expect(root(el).querySelector('[role="alert"] [part="retry"]')).to.exist;
        await expect(el).to.be.accessible();
      });

      it(`ready with filters, expanded offer and "Show more" is accessible (${lang})`, async () => {
        const el = await list(html`<offer-list src=${FEED} filters lang=${lang} page-size="3"></offer-list>`);
        expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        items(el)[0].querySelector<HTMLButtonElement>('.offer__toggle')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`day agenda is accessible (${lang})`, async () => {
        const el = await list(html`<offer-list src=${FEED} group-by="day" lang=${lang}></offer-list>`);
        await expect(el).to.be.accessible();
      });

      it(`empty is accessible (${lang})`, async () => {
        const el = await list(html`<offer-list src=${FEED} category="none-such" filters lang=${lang}></offer-list>`);
        expect(root(el).querySelector('[part="empty"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('compact inside another widget: no toolbar, smaller cards, accessible', async () => {
      const el = await list(html`<offer-list src=${FEED} compact selected="wp-mitte" group-by="none" heading-level="4"></offer-list>`);
      expect(root(el).querySelector('[part="toolbar"]')).to.equal(null);
      expect(root(el).querySelectorAll('h4[part="item-title"]')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('headings follow the page outline: one below the heading before the list', async () => {
      const section = await fixture<HTMLElement>(html`<section lang="en">
        <h2>Our offers</h2>
        <p>Intro</p>
        <div><offer-list src=${FEED}></offer-list></div>
      </section>`);
      const el = section.querySelector('offer-list')!;
      await waitUntil(() => root(el).querySelector('.list'), 'list never rendered');
      await el.updateComplete; // the cards after the first four come a task later
      expect(root(el).querySelectorAll('h3[part="group-heading"]')).to.have.length(4);
      expect(root(el).querySelectorAll('h4[part="item-title"]')).to.have.length(6);
    });

    // Print needs media emulation, which only Chromium's test driver has (see test/helpers/media.ts).
    (canEmulateMedia ? it : it.skip)('prints every description and no buttons', async () => {
      const el = await list(html`<offer-list src=${FEED} filters group-by="none" page-size="2"></offer-list>`);
      await emulateMedia({ media: 'print' });
      try {
        const visible = (node: Element | null) => node!.checkVisibility();
        expect(visible(items(el)[0].querySelector('[part="description"]'))).to.equal(true);
        expect(visible(items(el)[0].querySelector('.offer__toggle'))).to.equal(true); // the title, as text
        for (const part of ['filters', 'more', 'calendar-all']) expect(visible(root(el).querySelector(`[part="${part}"]`)), part).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('one column at 320 px; the filter bar in a row and optional two columns when wide', async () => {
      const el = await list(html`<offer-list src=${FEED} filters group-by="none" style="width: 320px"></offer-list>`);
      const columns = (selector: string) => getComputedStyle(root(el).querySelector(selector)!).gridTemplateColumns.split(' ').length;
      expect(columns('[part="list"]')).to.equal(1);
      expect(columns('[part="filters"]')).to.equal(1);
      el.style.width = '1100px';
      el.style.setProperty('--welcome-offer-columns', '2');
      await el.updateComplete;
      expect(columns('[part="list"]')).to.equal(2);
      expect(columns('[part="filters"]')).to.be.greaterThan(3);
    });

    it('an empty slot replaces the built-in message', async () => {
      const el = await fixture<OfferList>(html`<offer-list src=${FEED} category="none-such"><p slot="empty">Nothing here yet.</p></offer-list>`);
      // The view renders and the slot takes over in one task, before any poll for the list could see it.
      await waitUntil(() => root(el).querySelector('.empty:not([hidden])'), 'the empty slot never showed');
      expect(root(el).querySelector('[part="empty"]')).to.equal(null);
    });
  });
});
