// SPDX-License-Identifier: EUPL-1.2
/**
 * The three widgets look like one family (#24 item 7): the same size for card and offer titles,
 * search fields and selects in the finder and the offer list, one button style for every action
 * of a card, and an e-mail address that breaks only where it cannot fit on a line of its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OfferList, WelcomePointFinder } from '../../src/index.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const style = (element: Element) => getComputedStyle(element);

async function widgets(): Promise<{ finder: WelcomePointFinder; list: OfferList }> {
  const box = await fixture<HTMLDivElement>(html`<div>
    <welcome-point-finder src=${FEED} lang="de" view="list"></welcome-point-finder>
    <offer-list src=${FEED} lang="de" filters></offer-list>
  </div>`);
  const finder = box.querySelector<WelcomePointFinder>('welcome-point-finder')!;
  const list = box.querySelector<OfferList>('offer-list')!;
  await waitUntil(() => finder.shadowRoot!.querySelector('[part~="card"]') && list.shadowRoot!.querySelector('[part~="item"]') && list.shadowRoot!.querySelector('select'), 'widgets never rendered', { timeout: 30_000 });
  return { finder, list };
}

/** Whether an address fits on one line of its action: its unbroken width against the card's content box less the action's padding and border. */
function fitsOneLine(address: HTMLElement): boolean {
  const probe = address.cloneNode(true) as HTMLElement;
  probe.style.cssText = 'position: absolute; white-space: nowrap; visibility: hidden';
  address.parentElement!.append(probe);
  const natural = probe.getBoundingClientRect().width;
  probe.remove();
  const [card, action] = [style(address.closest('.card')!), style(address.closest('.action')!)];
  const px = (value: string) => parseFloat(value) || 0;
  const room = address.closest('.card')!.clientWidth - px(card.paddingLeft) - px(card.paddingRight)
    - px(action.paddingLeft) - px(action.paddingRight) - px(action.borderLeftWidth) - px(action.borderRightWidth);
  return natural <= room;
}

/** The lines a text runs over (a Range has one box per line fragment). */
function lines(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].filter(rect => rect.width > 0).map(rect => Math.round(rect.top))).size;
}

describe('one look across the widgets', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('titles, search fields and selects have the same size in the finder and the offer list', async function () {
    this.timeout(40_000);
    await setViewport({ width: 1280, height: 900 });
    const { finder, list } = await widgets();
    expect(style($(finder, '.card__title')).fontSize, 'card title vs offer title').to.equal(style($(list, '.offer__title')).fontSize);
    expect(style($(finder, '[part="search-input"]')).fontSize, 'search fields').to.equal(style($(list, '[part="search"]')).fontSize);
    const [finderSelect, listSelect] = [style($(finder, 'select')), style($(list, 'select'))];
    for (const side of ['paddingTop', 'paddingBottom', 'fontSize'] as const) expect(finderSelect[side], `select ${side}`).to.equal(listSelect[side]);
    await expect(finder).to.be.accessible();
    await expect(list).to.be.accessible();
  });

  it('every action of a card has one button style', async function () {
    this.timeout(40_000);
    await setViewport({ width: 1280, height: 900 });
    const { finder } = await widgets();
    const card = $(finder, '[part~="card"]');
    const actions = [...card.querySelectorAll('.actions .action')].map(style);
    expect(actions.length).to.be.at.least(3);
    for (const property of ['borderTopColor', 'borderTopStyle', 'borderTopLeftRadius', 'backgroundColor', 'fontWeight', 'minHeight'] as const) {
      expect(new Set(actions.map(action => action[property])).size, `${property} differs between actions`).to.equal(1);
    }
  });

  it('a brand font stack keeps the fallbacks for Arabic, Persian and Cyrillic, in text and in titles of any level', async function () {
    this.timeout(40_000);
    const list = await fixture<OfferList>(html`<offer-list src=${FEED} lang="ar" heading-level="4" group-by="day"
      style="--welcome-font-family: 'Brand Sans'; --welcome-heading-font-family: 'Brand Serif'"></offer-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="item"]'), 'no offers', { timeout: 30_000 });
    const families = (element: Element) => style(element).fontFamily.replace(/["']/g, '');
    const body = families($(list, '[part~="item-meta"]'));
    const title = $(list, '.offer__title');
    expect(body, 'text').to.match(/^Brand Sans,.*Noto Sans, Noto Sans Arabic, sans-serif$/);
    expect(['h4', 'h5', 'h6'], 'a title below h3').to.include(title.localName);
    expect(families(title), 'title').to.match(/^Brand Serif, Noto Sans, Noto Sans Arabic, sans-serif$/);
    expect(families($(list, '[part~="group-heading"]')), 'group heading').to.match(/^Brand Serif, Noto Sans, Noto Sans Arabic, sans-serif$/);
    await expect(list).to.be.accessible();
  });

  for (const width of [320, 360]) {
    it(`${width} px: an e-mail address stays whole on its line`, async function () {
      this.timeout(40_000);
      await setViewport({ width, height: 800 });
      const { finder } = await widgets();
      // An address longer than the card is wide may break; one that fits must not.
      const addresses = $$(finder, '.actions a[href^="mailto:"] bdi').filter(fitsOneLine);
      expect(addresses.length, 'addresses that fit a line').to.be.at.least(3);
      for (const address of addresses) expect(lines(address), `${address.textContent} broke`).to.equal(1);
      await expect(finder).to.be.accessible();
    });
  }
});
