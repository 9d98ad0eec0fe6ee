// SPDX-License-Identifier: EUPL-1.2
// Issue #21 item 13: the finder's headings fit the page outline (axe "heading-order"), in de and ar.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
const NOW = new Date('2026-11-03T10:00:00Z');

/** The page heading, then the finder; one card opened to its offers, as a visitor does. */
async function pageWithFinder(lang: string, heading: ReturnType<typeof html>): Promise<{ page: HTMLElement; el: WelcomePointFinder }> {
  document.documentElement.lang = lang;
  const page = await fixture<HTMLElement>(html`<main>${heading}<welcome-point-finder src=${FEED} .now=${NOW}></welcome-point-finder></main>`);
  const el = page.querySelector('welcome-point-finder')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="list"]'), 'finder never showed its list');
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="card-toggle"]')!.click();
  await waitUntil(
    () => el.shadowRoot!.querySelector('offer-list')?.shadowRoot?.querySelector('[part="item-title"], [part="empty"]'),
    'the opened card never showed its offers',
  );
  return { page, el };
}

const headingLevels = (root: ParentNode) => [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]));

afterEach(() => resetLanguageChoice());

describe('finder headings in the page outline (#21)', () => {
  for (const lang of ['de', 'ar']) {
    it(`${lang}: under the page's h1 the cards are h2 and their offers h3; axe heading-order passes`, async () => {
      const { page, el } = await pageWithFinder(lang, html`<h1>Welcome Points</h1>`);
      expect(new Set(headingLevels(el.shadowRoot!))).to.deep.equal(new Set([2]));
      const offers = el.shadowRoot!.querySelector('offer-list')!.shadowRoot!;
      expect(Math.min(...headingLevels(offers))).to.equal(3);
      // heading-order is a default axe rule; nothing here switches it off.
      await expect(page).to.be.accessible();
    });
  }

  it('under an h2 section the cards are h3; heading-level still wins', async () => {
    const { page, el } = await pageWithFinder('de', html`<h1>Stadt</h1><h2>Welcome Points</h2>`);
    expect(new Set(headingLevels(el.shadowRoot!))).to.deep.equal(new Set([3]));
    await expect(page).to.be.accessible();
    el.headingLevel = 4;
    await el.updateComplete;
    expect(new Set(headingLevels(el.shadowRoot!))).to.deep.equal(new Set([4]));
  });
});
