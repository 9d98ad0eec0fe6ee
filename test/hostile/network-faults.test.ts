// SPDX-License-Identifier: EUPL-1.2
/**
 * What a visitor sees when the feed host misbehaves, for each widget: a clear message (an alert
 * for errors), the rest of the page keeps working, nothing uncaught, and "Try again" recovers
 * once the host does. Faults come from the test server's /__test/ routes (real HTTP).
 */
import { expect } from '@open-wc/testing';
import { loadFeed } from '../../src/feed/load.js';
import { generateFeed } from '../../scripts/test/generate-feed.mjs';
import { WIDGETS, create, deepQueryAll, feedUrl, quietFeedWarnings, settled, stage, watchErrors } from './support.js';
import type { Widget, WidgetSpec } from './support.js';
import { afterFrame, waitUntil } from '../helpers/wait.js';

const GOOD = '/test/fixtures/small.json';
/** Text only the good feed (small.json) shows, in every widget. */
const GOOD_TEXT = 'Gerresheim';
let run = 0;
/** A URL of its own per test, so the page-wide feed cache never shares a fault between tests. */
const unique = (path: string) => `${path}${path.includes('?') ? '&' : '?'}key=faults-${Date.now()}-${run++}`;
/** First load fails with `fault`, every later load (the retry) gets the good feed. */
const thenGood = (fault: string) => unique(`/__test/cycle?files=${fault},${GOOD}`);

const text = (el: Element) => deepQueryAll(el, '*').map(node => (node.children.length ? '' : node.textContent)).join(' ');
const alert = (el: Widget) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');

interface ErrorCase {
  name: string;
  src: () => string;
  message: RegExp;
  /** Runs before the widget is created (e.g. to start the shared load with a short timeout). */
  prepare?: (src: string) => void;
}

const ERRORS: ErrorCase[] = [
  { name: '404', src: () => thenGood('/__test/status/404'), message: /not found.*404/i },
  { name: '500', src: () => thenGood('/__test/status/500'), message: /server.*500/i },
  { name: 'malformed JSON', src: () => thenGood('/test/fixtures/not-json.json'), message: /format/i },
  { name: 'a feed of version 2', src: () => thenGood('/test/fixtures/version-2.json'), message: /format/i },
  {
    name: 'a timeout',
    src: () => unique(`/__test/hang-once${GOOD}`),
    // The widgets wait 15 s; the same URL loaded first with 0.3 s shares that request and its fate.
    prepare: src => void loadFeed(src, { timeout: 300 }).catch(() => {}),
    message: /too long/i,
  },
];

function faultSuite(spec: WidgetSpec) {
  describe(`<${spec.tag}> with a failing feed`, () => {
    let place: ReturnType<typeof stage>;
    let healthy: Widget;
    let errors: ReturnType<typeof watchErrors>;
    let restoreWarnings: () => void;

    before(async () => {
      restoreWarnings = quietFeedWarnings();
      place = stage(800);
      // the rest of the page: a widget of the same kind on a good feed
      healthy = create(spec, place.parent, { src: GOOD });
      await settled(healthy);
    });
    after(() => {
      place.dispose();
      restoreWarnings();
    });
    beforeEach(() => (errors = watchErrors()));
    afterEach(function () {
      const seen = errors.stop();
      if (this.currentTest?.state === 'passed') expect(seen, 'uncaught errors').to.deep.equal([]);
    });

    for (const fault of ERRORS) {
      it(`${fault.name}: says so in an alert, the rest of the page works, "Try again" recovers`, async () => {
        const src = fault.src();
        fault.prepare?.(src);
        const el = create(spec, place.parent, { src });
        await settled(el);
        expect(alert(el), 'alert shown').to.exist;
        expect(el.shadowRoot!.querySelector('[part~="loading"]'), 'no skeleton beside the alert').to.equal(null);
        expect(alert(el)!.textContent).to.match(fault.message);
        expect(deepQueryAll(healthy, spec.content).length, 'the healthy widget still shows its entries').to.be.greaterThan(0);

        alert(el)!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
        await waitUntil(() => deepQueryAll(el, spec.content).length > 0, 'retry did not bring the entries');
        await settled(el);
        expect(deepQueryAll(el, '[role="alert"]'), 'no alert left, nested widgets included').to.have.length(0);
        expect(deepQueryAll(el, spec.content).length, 'entries after retry').to.be.greaterThan(0);
        expect(text(el)).to.contain(GOOD_TEXT);
        el.remove();
      });
    }

    it('the page\'s fallback link inside the element shows in the alert: a way on when retrying cannot help', async () => {
      const el = document.createElement(spec.tag) as unknown as Widget;
      for (const [name, value] of Object.entries(spec.attributes)) el.setAttribute(name, value);
      el.innerHTML = '<a href="https://www.your-city.example/welcome-points">All Welcome Points in Düsseldorf</a>';
      el.src = unique('/__test/status/500');
      place.parent.append(el);
      await settled(el);
      const slot = alert(el)!.querySelector('slot')!;
      const link = slot.assignedElements()[0] as HTMLAnchorElement;
      expect(link.textContent).to.equal('All Welcome Points in Düsseldorf');
      expect(link.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('slow: shows the loading skeleton, then the entries', async () => {
      const key = `faults-slow-${spec.tag}-${Date.now()}`;
      const el = create(spec, place.parent, { src: `/__test/held/${key}${GOOD}` });
      await el.updateComplete;
      // what the first painted frame shows, before the feed comes
      await afterFrame();
      const skeleton = el.shadowRoot!.querySelector<HTMLElement>('[part~="loading"]');
      expect(skeleton, 'skeleton while loading').to.exist;
      expect(skeleton!.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton!.getBoundingClientRect().height).to.be.greaterThan(20);
      await fetch(`/__test/release?key=${key}`);
      await settled(el);
      expect(alert(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="loading"]'), 'the skeleton gave way').to.equal(null);
      expect(deepQueryAll(el, spec.content).length).to.be.greaterThan(0);
      el.remove();
    });

    it('empty lists: no error, a calm empty state', async () => {
      const empty = { version: 1, meta: { title: 'Leer', publisher: 'Test', updated: '2026-11-01T00:00:00Z', license: 'CC0-1.0' }, districts: [], categories: [], welcomePoints: [], offers: [] };
      const src = feedUrl(empty);
      const el = create(spec, place.parent, { src });
      await settled(el);
      URL.revokeObjectURL(src);
      expect(alert(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="loading"]'), 'the skeleton gave way').to.equal(null);
      expect(deepQueryAll(el, spec.content)).to.have.length(0);
      if (spec.tag !== 'district-map') expect(el.shadowRoot!.querySelector('[part~="empty"]'), 'empty message').to.exist;
      el.remove();
    });

    it('one broken entry among 500: the other 499 show, with a note', async () => {
      const feed = generateFeed({ points: 500, offers: 500, seed: 5 }) as { welcomePoints: Record<string, unknown>[]; offers: Record<string, unknown>[] };
      const brokenPoint = feed.welcomePoints[250];
      delete brokenPoint.name;
      feed.offers[250].title = 42;
      const src = feedUrl(feed);
      const el = create(spec, place.parent, { src });
      await settled(el, 20_000);
      URL.revokeObjectURL(src);
      expect(el.feedController.result!.feed.welcomePoints).to.have.length(499);
      expect(el.feedController.result!.feed.offers.length).to.be.within(490, 499);
      expect(el.shadowRoot!.querySelector('[part~="problems"]')?.textContent, 'a note about dropped entries').to.match(/\d/);
      expect(deepQueryAll(el, spec.content).length).to.be.greaterThan(0);
      expect(alert(el)).to.equal(null);
      el.remove();
    });

    // (The widget's own content; widgets nested in it keep the feed they loaded, see docs/security.md.)
    it('a feed that changed between loads: the new data replaces the old', async () => {
      const own = (el: Widget) => el.shadowRoot!.textContent ?? '';
      const src = unique(`/__test/cycle?files=${GOOD},/test/fixtures/district-map.json`);
      const el = create(spec, place.parent, { src });
      await settled(el);
      expect(own(el)).to.contain(spec.tag === 'offer-list' ? 'Asylverfahrensberatung' : GOOD_TEXT);
      el.feedController.retry();
      await waitUntil(() => own(el).includes(spec.tag === 'offer-list' ? 'Frühstück' : 'Flingern'), 'the new data never showed');
      await settled(el);
      expect(own(el)).not.to.contain(GOOD_TEXT);
      expect(own(el)).not.to.contain('Asylverfahrensberatung');
      expect(own(el)).to.contain(spec.tag === 'offer-list' ? 'Frühstück' : 'Flingern');
      expect(deepQueryAll(el, spec.content).length).to.be.greaterThan(0);
      el.remove();
    });
  });
}

describe('Network faults', () => {
  for (const spec of WIDGETS) faultSuite(spec);
});
