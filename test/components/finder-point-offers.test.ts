// SPDX-License-Identifier: EUPL-1.2
// Issue #21 item 8: inside a Welcome Point's card the offers that match the filters come first,
// each with its next date, and the building's "opens Monday" does not hide them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { OfferList } from '../../src/components/offer-list/offer-list.js';
import type { WelcomeFeed } from '../../src/feed/schema.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import { getLocale, isLocaleLoading } from '../../src/i18n/localization.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
/** Tuesday 3 November 2026, 11:00 in Düsseldorf; the landlord advice is on Thursdays 16:00–18:00. */
const NOW = new Date('2026-11-03T10:00:00Z');
/** In the sample, 11th of this point's 17 offers: where the issue found it. */
const POINT = 'wp-stadtmitte';
const LANDLORD_OFFER = 'stadtmitte-vermieter';
let raw: WelcomeFeed;

before(async () => {
  raw = (await (await fetch(FEED)).json()) as WelcomeFeed;
});
afterEach(() => resetLanguageChoice());

async function finderIn(lang: string, attrs: string): Promise<WelcomePointFinder> {
  document.documentElement.lang = lang;
  const wrap = await fixture<HTMLElement>(html`<div .innerHTML=${`<welcome-point-finder src="${FEED}" view="list" ${attrs}></welcome-point-finder>`}></div>`);
  const el = wrap.querySelector('welcome-point-finder')!;
  el.now = NOW;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="list"]'), 'finder never showed results');
  await waitUntil(() => getLocale() === lang && !isLocaleLoading(), `the page never switched to ${lang}`);
  await el.updateComplete;
  return el;
}

const card = (el: WelcomePointFinder) => el.shadowRoot!.querySelector<HTMLElement>(`li[data-point="${POINT}"]`)!;
const matchLines = (el: WelcomePointFinder) => [...card(el).querySelectorAll<HTMLElement>('.card__matches li')].map(li => li.textContent.replace(/\s+/g, ' ').trim());

async function expandedOfferIds(el: WelcomePointFinder): Promise<string[]> {
  card(el).querySelector<HTMLButtonElement>('.card__toggle')!.click();
  const items = () => [...(card(el).querySelector('offer-list')?.shadowRoot?.querySelectorAll<HTMLElement>('li[data-offer-id]') ?? [])];
  await waitUntil(() => items().length > 0, 'the card never listed its offers');
  await card(el).querySelector<OfferList>('offer-list')!.updateComplete; // all of them, not the first four
  return items().map(li => li.dataset.offerId!);
}

describe('<welcome-point-finder>: a card leads with the offers matching the filters (#21 item 8)', () => {
  for (const lang of ['de', 'ar']) {
    it(`${lang}: with audience=landlords the card names the landlord offer with its next date`, async () => {
      const el = await finderIn(lang, 'audience="landlords"');
      const title = raw.offers.find(o => o.id === LANDLORD_OFFER)!.title as Record<string, string>;
      // The building is open on Tuesday; the landlord advice is on Thursday, and the card says so.
      await waitUntil(() => matchLines(el).length, 'the card never named its matching offers');
      const lines = matchLines(el);
      expect(lines, lines.join(' | ')).to.have.length(1);
      const thursday = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'Europe/Berlin' }).format(new Date('2026-11-05T15:00:00Z'));
      const time = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Berlin' }).format(new Date('2026-11-05T15:00:00Z'));
      expect(lines[0]).to.include(title[lang] ?? title.de);
      expect(lines[0]).to.include(thursday);
      expect(lines[0]).to.include(time);
      const list = card(el).querySelector('.card__matches ul')!;
      expect(list.getAttribute('aria-labelledby')).to.equal(card(el).querySelector('.card__matches-label')!.id);
      await expect(el).shadowDom.to.be.accessible();
    });

    it(`${lang}: with audience=landlords the expanded card lists the landlord offer first`, async () => {
      const el = await finderIn(lang, 'audience="landlords"');
      await waitUntil(() => matchLines(el).length, 'the card never named its matching offers');
      const order = await expandedOfferIds(el);
      expect(order[0]).to.equal(LANDLORD_OFFER);
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('without filters the card names no matching offers and keeps the feed order', async () => {
    const el = await finderIn('de', '');
    expect(card(el).querySelector('.card__matches')).to.equal(null);
    const order = await expandedOfferIds(el);
    const feedOrder = raw.offers.filter(o => o.welcomePointId === POINT).map(o => o.id);
    expect(order).to.deep.equal(feedOrder.filter(id => order.includes(id)));
    expect(order.indexOf(LANDLORD_OFFER)).to.be.greaterThan(0);
  });
});
