// SPDX-License-Identifier: EUPL-1.2
/**
 * Two different kinds of nothing: a feed without any Welcome Point says so, with no "Reset
 * filters" (nothing was filtered); a search that finds nothing says "No Welcome Point matches"
 * and offers the reset.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.js';
import { getLocale } from '../../src/i18n/localization.js';
import { waitUntil } from '../helpers/wait.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function finder(src: string, lang = 'en') {
  const el = await fixture<WelcomePointFinder>(html`<welcome-point-finder src=${src} lang=${lang} view="list"></welcome-point-finder>`);
  await waitUntil(() => $(el, '[part="list"], [part="empty"], [part="error"]'), 'finder never left loading');
  await waitUntil(() => getLocale() === lang, `locale ${lang} never loaded`);
  await el.updateComplete;
  return el;
}

describe('<welcome-point-finder> with nothing to show', () => {
  it('an empty feed says no Welcome Points are entered yet, without "Reset filters"', async () => {
    const el = await finder('/test/fixtures/empty.json');
    const empty = $(el, '[part="empty"]')!;
    expect(text(empty)).to.equal('No Welcome Points have been entered yet.');
    expect(text(empty)).not.to.contain('matches');
    expect(empty.querySelector('button'), 'no reset button').to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('Reset filters');
    await expect(el).to.be.accessible();
  });

  it('in German too', async () => {
    const el = await finder('/test/fixtures/empty.json', 'de');
    expect(text($(el, '[part="empty"]'))).to.equal('Es sind noch keine Welcome Points eingetragen.');
    await expect(el).to.be.accessible();
  });

  it('a search that finds nothing says so and offers "Reset filters", which brings the points back', async () => {
    const el = await finder('/test/fixtures/small.json');
    const cards = el.shadowRoot!.querySelectorAll('[part~="card"]').length;
    expect(cards).to.be.at.least(1);
    $<HTMLInputElement>(el, '[part="search-input"]')!.focus();
    await sendKeys({ type: 'zzzzqqq' });
    await waitUntil(() => $(el, '[part="empty"]'), 'the search never came up empty');
    const empty = $(el, '[part="empty"]')!;
    expect(text(empty)).to.contain('No Welcome Point matches your search.');
    expect(text(empty)).not.to.contain('entered yet');
    const reset = empty.querySelector('button')!;
    expect(text(reset)).to.equal('Reset filters');
    await expect(el).to.be.accessible();
    reset.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="card"]').length === cards, 'reset did not bring the points back');
  });
});
