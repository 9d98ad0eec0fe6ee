// SPDX-License-Identifier: EUPL-1.2
/**
 * While the feed and the widgets' code load, the page holds still: a long list's skeleton reaches
 * below a phone screen, and the language menu's place is kept before its code arrives.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.component.js';
import { waitUntil } from '../helpers/wait.js';

/** A finder whose view chunk arrives only when the test lets it (a slow connection), so its first skeleton can be seen. */
class SlowViewFinder extends WelcomePointFinder {
  /** Lets the view of the finder created last arrive. */
  static release?: () => void;
  protected override importView() {
    return new Promise<void>(resolve => (SlowViewFinder.release = resolve)).then(() => super.importView());
  }
}
customElements.define('slow-view-finder', SlowViewFinder);

/** The sample feed, held by the test server until `releaseFeeds()`: each test sees the loading state as long as it needs. */
const held: string[] = [];
const slowFeed = (key: string) => {
  held.push(`${key}-${Date.now()}`);
  return `/__test/held/${held.at(-1)}/demo/data/duesseldorf.json`;
};
const releaseFeeds = () => Promise.all(held.splice(0).map(key => fetch(`/__test/release?key=${key}`)));
const top = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect().top;

describe('loading layout', () => {
  afterEach(async () => {
    await releaseFeeds();
    await setViewport({ width: 800, height: 600 });
  });

  for (const tag of ['welcome-point-finder', 'offer-list'] as const) {
    it(`<${tag}>: on a phone, what follows the loading list starts below the screen`, async () => {
      await setViewport({ width: 412, height: 823 });
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML = `<${tag} src="${slowFeed(`${tag}-phone`)}"></${tag}><footer>Page footer</footer>`;
      const el = page.querySelector(tag)!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part="loading"]'), 'no skeleton');
      // Its view too (it brings the live region), while the feed still loads.
      await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]'), 'the view never arrived');
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'still loading').to.exist;
      expect(page.querySelector('footer')!.getBoundingClientRect().top).to.be.greaterThan(823);
    });
  }

  for (const width of [412, 1024]) {
    it(`<welcome-point-finder> at ${width} px: the first skeleton has the view's shape, so the list's place does not jump when the form arrives`, async () => {
      await setViewport({ width, height: 823 });
      const el = await fixture<HTMLElement>(html`<slow-view-finder src=${slowFeed(`shape-${width}`)}></slow-view-finder>`);
      // The card placeholders: in the shell's skeleton after the form's block, in the view's list.
      const rows = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.base > .skeleton > .skeleton__row:not(:first-of-type), .finder__results .skeleton__row')];
      // The shell's skeleton: where the first card row will be.
      await waitUntil(() => rows().length, 'no skeleton');
      expect(Boolean(el.shadowRoot!.querySelector('.search')), 'the view came before the first check').to.be.false;
      const before = rows()[0].getBoundingClientRect();
      SlowViewFinder.release!();
      await waitUntil(() => el.shadowRoot!.querySelector('.search'), 'no form');
      const after = rows()[0].getBoundingClientRect();
      expect(Math.abs(after.top - before.top), `card rows start at ${before.top} px, then ${after.top} px`).to.be.below(32);
      expect(Math.abs(after.left - before.left), 'beside the filters when wide').to.be.below(32);
    });
  }

  it('<district-map>: the widget is as tall while loading as with its map', async () => {
    const el = await fixture<HTMLElement & { mapReady: Promise<boolean> }>(html`<district-map src=${slowFeed('map-height')}></district-map>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="loading"]'), 'no skeleton');
    const loading = el.getBoundingClientRect().height;
    await releaseFeeds();
    await el.mapReady;
    // The sample feed's notice (meta.sample) closes the widget below the map: what the feed says
    // about itself cannot be known while it loads, and real feeds have none.
    el.shadowRoot!.querySelector('[part="sample-notice"]')?.remove();
    expect(Math.abs(el.getBoundingClientRect().height - loading), `loading ${loading}px`).to.be.below(2);
  });

  // Issue #23: nothing the widgets show while they start moves (Chromium reports layout shifts).
  const shifts = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  for (const [name, markup] of [
    ['<welcome-point-finder view="both"> with the language menu, a Ukrainian browser on a German page', (src: string) => `<welcome-point-finder lang="de" view="both" language-switcher src="${src}"></welcome-point-finder>`],
    ['<offer-list> with the language menu, on the sample feed (its notice above the entries)', (src: string) => `<offer-list language-switcher src="${src}"></offer-list>`],
  ] as const) {
    (shifts ? it : it.skip)(`${name}: on a phone, nothing moves from skeleton to content`, async () => {
      await setViewport({ width: 412, height: 823 });
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['uk-UA', 'uk'] });
      const moved: string[] = [];
      const observer = new PerformanceObserver(list => {
        for (const shift of list.getEntries() as Array<PerformanceEntry & { value: number }>) moved.push(`${shift.value.toFixed(4)} at ${Math.round(shift.startTime)} ms`);
      });
      observer.observe({ type: 'layout-shift' });
      try {
        const page = await fixture<HTMLDivElement>(html`<div></div>`);
        page.innerHTML = markup(slowFeed(`shift-${name.length}`));
        const el = page.firstElementChild!;
        await waitUntil(() => el.shadowRoot?.querySelector('[part="language-switcher"]') && el.shadowRoot.querySelector('[role="status"]'), 'the menu and the view never came');
        await releaseFeeds();
        await waitUntil(() => el.shadowRoot!.querySelector('[part="sample-notice"]') && !el.shadowRoot!.querySelector('[part="loading"]'), 'never showed the feed');
        if (el.localName === 'welcome-point-finder') await waitUntil(() => el.shadowRoot!.querySelector('[part="panes"]'), 'no "List | Map" switch');
        expect(el.shadowRoot!.querySelector('[part="language-suggestion"]'), 'the offer of Ukrainian').to.exist;
        await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        moved.push(...observer.takeRecords().map(shift => `${(shift as PerformanceEntry & { value: number }).value.toFixed(4)}`));
        expect(moved, 'layout shifts').to.deep.equal([]);
      } finally {
        observer.disconnect();
        delete (navigator as { languages?: readonly string[] }).languages;
      }
    });
  }

  it('a short list (limit="2") gets a short skeleton', async () => {
    const el = await fixture<HTMLElement>(html`<offer-list limit="2" src=${slowFeed('short')}></offer-list>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="loading"]'), 'no skeleton');
    expect(el.shadowRoot!.querySelectorAll('.skeleton__row')).to.have.length(2);
  });

  it('the language menu’s place is kept before its code arrives, so the skeleton does not move', async () => {
    const el = await fixture<HTMLElement>(html`<offer-list language-switcher src=${slowFeed('switcher')}></offer-list>`);
    // First render: the menu's code is still on its way.
    expect(Boolean(el.shadowRoot!.querySelector('select')), 'menu not there yet').to.be.false;
    const before = top(el, '[part="loading"]');
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'the menu never came');
    expect(el.shadowRoot!.querySelector('[part="loading"]'), 'still loading').to.exist;
    expect(Math.abs(top(el, '[part="loading"]') - before)).to.be.below(2);
  });
});
