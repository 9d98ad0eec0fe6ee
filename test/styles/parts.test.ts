// SPDX-License-Identifier: EUPL-1.2
/**
 * A theme reaches every interactive element of a card through a part: the host page's own
 * stylesheet, `::part(card-action)`, `::part(item-toggle)` and `::part(item-action)`, changes the
 * computed style of each action link and button and of the offer titles' toggles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { OfferList, WelcomePointFinder } from '../../src/index.js';
import { waitUntil } from '../helpers/wait.js';

const $$ = (root: Element, selector: string) => [...root.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Adds a stylesheet to the document, as a city's page would; returns its remover. */
function pageStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

const dashed = (elements: HTMLElement[]) => elements.map(element => getComputedStyle(element).borderTopStyle === 'dashed');

describe('parts on interactive card elements', () => {
  it('the finder: every action of a card is a card-action a page can style', async () => {
    const el = await fixture<WelcomePointFinder>(html`<welcome-point-finder src="/test/fixtures/card-meta.json" view="list" lang="en"></welcome-point-finder>`);
    // "Report a mistake" arrives with the lazy card extras, after the first render.
    await waitUntil(() => $$(el, '.actions a[part~="report-link"]').length, 'the report links never arrived');
    const actions = $$(el, '.actions .action');
    expect(actions.length, 'actions on the cards').to.be.at.least(6);
    expect(actions.filter(action => !action.part.contains('card-action')).map(action => action.textContent.trim()), 'actions without the part').to.deep.equal([]);
    expect(actions.map(action => action.localName)).to.include.members(['a']);
    expect(dashed(actions).some(Boolean), 'dashed before the page asks').to.be.false;

    const remove = pageStyle('welcome-point-finder::part(card-action) { border-style: dashed; }');
    try {
      expect(dashed(actions).every(Boolean), 'every action follows ::part(card-action)').to.be.true;
      await expect(el).to.be.accessible();
    } finally {
      remove();
    }
  });

  it('the offer list: title toggles are item-toggle, the actions of an offer item-action', async () => {
    const el = await fixture<OfferList>(html`<offer-list src="/test/fixtures/offer-list.json" lang="en"></offer-list>`);
    await waitUntil(() => $$(el, '[part~="item"]').length, 'no offers');
    const toggles = $$(el, '.offer__toggle');
    expect(toggles.length).to.be.at.least(2);
    expect(toggles.every(toggle => toggle.part.contains('item-toggle')), 'every title toggle has the part').to.be.true;
    // Open every offer, so its contacts and calendar button are rendered.
    for (const toggle of toggles) toggle.click();
    await el.updateComplete;
    await waitUntil(() => $$(el, '.offer__actions .action').length >= 3, 'no actions in the opened offers');
    const actions = $$(el, '.offer__actions .action');
    expect(actions.map(action => action.localName), 'links and buttons').to.include.members(['a', 'button']);
    expect(actions.filter(action => !action.part.contains('item-action')).map(action => action.textContent.trim()), 'actions without the part').to.deep.equal([]);
    expect(dashed([...toggles, ...actions]).some(Boolean), 'dashed before the page asks').to.be.false;

    const remove = pageStyle('offer-list::part(item-toggle), offer-list::part(item-action) { border-style: dashed; }');
    try {
      expect(dashed(toggles).every(Boolean), 'every toggle follows ::part(item-toggle)').to.be.true;
      expect(dashed(actions).every(Boolean), 'every action follows ::part(item-action)').to.be.true;
      await expect(el).to.be.accessible();
    } finally {
      remove();
    }
  });
});
