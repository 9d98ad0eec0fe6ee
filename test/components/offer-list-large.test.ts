// SPDX-License-Identifier: EUPL-1.2
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as litHtml } from 'lit';
import '../../src/define.js';
import type { OfferList } from '../../src/index.js';
import { WelcomeElement } from '../../src/internal/welcome-element.js';
import { generateFeed } from '../../scripts/test/generate-feed.mjs';
import { filterOffers } from '../../src/feed/query.js';
import type { WelcomeFeed } from '../../src/feed/schema.js';
import { watchListFill } from '../helpers/render-steps.js';
import { waitUntil } from '../helpers/wait.js';

const root = (el: OfferList) => el.shadowRoot!;
const items = (el: OfferList) => [...root(el).querySelectorAll<HTMLLIElement>('li[part="item"]')];
const count = (el: OfferList) => Number(root(el).querySelector('[part="count"]')!.textContent.replace(/\D/g, ''));

describe('<offer-list> with 10,000 offers', () => {
  const feed = generateFeed({ offers: 10_000, points: 500, seed: 1 });

  it('renders one page, and typing in the search field filters on every keystroke', async () => {
    const el = await fixture<OfferList>(html`<offer-list .feed=${feed} filters group-by="none" lang="en"></offer-list>`);
    await waitUntil(() => root(el).querySelector('.list'), 'list never rendered', { timeout: 20_000 });
    // The page fills a few cards per task; updateComplete waits for all of them.
    await el.updateComplete;
    const all = count(el);
    // Offers whose dates are all over leave the default view: the count says what is still on.
    expect(all).to.equal(filterOffers(feed as unknown as WelcomeFeed, {}).length);
    expect(all).to.be.within(8_000, 9_999);
    expect(items(el)).to.have.length(20);
    expect(root(el).querySelector('[part="more"]')!.textContent).to.contain('Show 20 more');

    root(el).querySelector<HTMLInputElement>('[part="search"]')!.focus();
    const counts: number[] = [];
    for (const letter of 'homework') {
      await sendKeys({ type: letter });
      await el.updateComplete;
      counts.push(count(el));
    }
    // Each keystroke narrows at once (no debounce): "h" matches more than "homework".
    expect(counts[0]).to.be.greaterThan(counts.at(-1)!);
    expect(counts.at(-1)).to.be.within(1, all - 1);
    for (const item of items(el)) expect(item.querySelector('[part="item-title"]')!.textContent).to.contain('Homework help');

    // Focus stayed in the field the whole time: typing never re-rendered it away.
    expect(root(el).activeElement).to.equal(root(el).querySelector('[part="search"]'));
  });

  it('builds a page a few cards per task, so the phone keeps responding (#23), and "Show more" still moves focus to the first new card', async () => {
    const el = await fixture<OfferList>(html`<offer-list group-by="none" lang="en"></offer-list>`);
    await el.updateComplete;
    const filled = watchListFill(el.shadowRoot!, () => items(el).length);
    el.feed = feed;
    await waitUntil(() => items(el).length > 0, 'no cards', { timeout: 20_000 });
    await el.updateComplete;
    filled(20);

    const more = root(el).querySelector<HTMLButtonElement>('[part="more"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.have.length(40);
    // Focus follows once the new cards are there (a microtask after the update completes).
    await waitUntil(() => root(el).activeElement === items(el)[20].querySelector('.offer__toggle'), 'focus never reached the first new card');
  });
});

class TestCardHost extends WelcomeElement {
  override render() {
    return litHtml`<article><h3>Welcome Point Mitte</h3><div><offer-list src="/test/fixtures/offer-list.json" selected="wp-mitte" group-by="none"></offer-list></div></article>`;
  }
}
customElements.define('test-card-host', TestCardHost);

describe('<offer-list> inside another widget', () => {
  it('is compact and its titles sit one level below the card title', async () => {
    const host = await fixture<TestCardHost>(html`<test-card-host></test-card-host>`);
    const el = host.shadowRoot!.querySelector('offer-list')!;
    await waitUntil(() => root(el).querySelector('.list'), 'list never rendered');
    expect(root(el).querySelector('.base--compact')).to.exist;
    expect(root(el).querySelector('[part="toolbar"]')).to.equal(null);
    expect(root(el).querySelectorAll('h4[part="item-title"]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });
});
