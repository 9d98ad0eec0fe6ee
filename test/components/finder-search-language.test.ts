// SPDX-License-Identifier: EUPL-1.2
// Issue #21 items 5 and 6: search in the visitor's language (audience names from the UI
// translations, feed texts in every language), suggestions when nothing matches, and the
// spoken-language filter named "Offered in" apart from the page-language menu.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/welcome-point-finder/welcome-point-finder.js';
import '../../src/components/offer-list/offer-list.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { OfferList } from '../../src/components/offer-list/offer-list.js';
import type { WelcomeFeed } from '../../src/feed/schema.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import { getLocale, isLocaleLoading } from '../../src/i18n/localization.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
const NOW = new Date('2026-11-03T10:00:00Z');
let raw: WelcomeFeed;

before(async () => {
  raw = (await (await fetch(FEED)).json()) as WelcomeFeed;
});
afterEach(() => resetLanguageChoice());

const landlordPoints = () => [...new Set(raw.offers.filter(o => o.audiences?.includes('landlords')).map(o => o.welcomePointId))].sort();
const shownIds = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-point]')].map(li => li.dataset.point!);

async function finderIn(lang: string, attrs = ''): Promise<WelcomePointFinder> {
  document.documentElement.lang = lang;
  const wrap = await fixture<HTMLElement>(html`<div .innerHTML=${`<welcome-point-finder src="${FEED}" ${attrs}></welcome-point-finder>`}></div>`);
  const el = wrap.querySelector('welcome-point-finder')!;
  el.now = NOW;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="list"], [part="empty"]'), 'finder never showed results');
  await waitUntil(() => getLocale() === lang && !isLocaleLoading(), `the page never switched to ${lang}`);
  await el.updateComplete;
  return el;
}

function search(el: HTMLElement, selector: string, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('search in the visitor\'s language (#21)', () => {
  for (const query of ['ev sahibi', 'kira', 'Ev sahipleri']) {
    it(`tr: "${query}" finds the Welcome Points with advice for landlords`, async () => {
      const el = await finderIn('tr');
      search(el, 'input[type="search"]', query);
      await waitUntil(() => shownIds(el).length && shownIds(el).length < raw.welcomePoints.length, `"${query}" found nothing`);
      expect([...shownIds(el)].sort()).to.deep.equal(landlordPoints());
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('tr: "konut" (the Turkish name of the housing category) finds the points with housing offers', async () => {
    const el = await finderIn('tr');
    search(el, 'input[type="search"]', 'konut');
    const housing = [...new Set(raw.offers.filter(o => o.categoryIds.includes('housing')).map(o => o.welcomePointId))].sort();
    await waitUntil(() => shownIds(el).length === housing.length, `shown: ${shownIds(el).join()}`);
    expect([...shownIds(el)].sort()).to.deep.equal(housing);
  });

  it('tr: the offer list finds the landlord offers by "kira"', async () => {
    document.documentElement.lang = 'tr';
    const list = await fixture<OfferList>(html`<offer-list src=${FEED} filters .now=${NOW}></offer-list>`);
    await waitUntil(() => list.shadowRoot?.querySelector('input[type="search"]'), 'no search field');
    search(list, 'input[type="search"]', 'kira');
    const titles = () => [...list.shadowRoot!.querySelectorAll('[part~="item-title"]')].map(h => h.textContent.trim());
    await waitUntil(() => titles().length > 0 && titles().length <= 4, `titles: ${titles().join(' | ')}`);
    expect(titles().every(t => /landlords|Vermieter|Ev sahipleri/i.test(t)), titles().join(' | ')).to.be.true;
  });
});

describe('nothing found: what would help (#21)', () => {
  for (const lang of ['de', 'ar']) {
    it(`${lang}: a district plus a search that matches elsewhere offers "clear the district filter" with its count`, async () => {
      const gerresheim = raw.welcomePoints.find(p => p.id === 'wp-gerresheim')!;
      const other = raw.districts.find(d => d.id !== gerresheim.districtId)!;
      const el = await finderIn(lang, `district="${other.id}" query="Gerresheim"`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="suggestions"]'), 'no suggestions');
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-relax="district"]')!;
      expect(button.textContent).to.match(lang === 'de' ? /Filter „Stadtbezirk“ entfernen: 1 gefunden/ : /إزالة تصفية المنطقة \(عدد النتائج: (1|١)\)/);
      await expect(el).shadowDom.to.be.accessible();
      button.click();
      await waitUntil(() => shownIds(el).length === 1, 'clearing the district did not show the result');
      expect(shownIds(el)).to.deep.equal(['wp-gerresheim']);
      expect(el.district).to.equal(null);
      expect(el.shadowRoot!.activeElement?.closest('li')?.getAttribute('data-point')).to.equal('wp-gerresheim');
    });
  }

  it('de: Kurdish and Tigrinya by their own names, which Chromium does not know ("Kurdisch – Kurdî", not "– Kurdish")', async () => {
    const el = await finderIn('de');
    const label = (tag: string) => el.shadowRoot!.querySelector(`#filter-language option[value="${tag}"]`)?.textContent.trim();
    expect([label('ku'), label('ti')]).to.deep.equal(['Kurdisch – Kurdî', 'Tigrinya – ትግርኛ']);
    await expect(el).to.be.accessible();
  });

  it('de: the spoken-language filter is "Angeboten auf", and when it finds nothing it names the languages offered', async () => {
    const el = await finderIn('de');
    const label = el.shadowRoot!.querySelector('label[for="filter-language"]')!;
    expect(label.textContent.trim()).to.equal('Angeboten auf');
    const point = raw.welcomePoints.find(p => p.id === 'wp-gerresheim')!;
    const spoken = new Set([...(point.languages ?? []), ...raw.offers.filter(o => o.welcomePointId === point.id).flatMap(o => o.languages ?? [])]);
    const all = [...raw.welcomePoints.flatMap(p => p.languages ?? []), ...raw.offers.flatMap(o => o.languages ?? [])];
    const missing = all.find(tag => !spoken.has(tag))!;
    el.query = 'Gerresheim';
    el.language = missing;
    await waitUntil(() => el.shadowRoot!.querySelector('.suggestions__languages'), `no list of languages for ${missing}`);
    const text = el.shadowRoot!.querySelector('.suggestions__languages')!.textContent;
    expect(text).to.contain('Hier angeboten auf:');
    for (const tag of spoken) expect(text).to.contain(new Intl.DisplayNames('de', { type: 'language' }).of(tag.split('-')[0])!);
    expect(el.shadowRoot!.querySelector('[data-relax="language"]')!.textContent).to.contain('Filter „Angeboten auf“ entfernen: 1 gefunden');
    await expect(el).shadowDom.to.be.accessible();
  });
});
