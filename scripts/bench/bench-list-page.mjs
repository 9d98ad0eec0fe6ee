// SPDX-License-Identifier: EUPL-1.2
/**
 * In-page part of `npm run bench:list`. Two lists over the same generated 10k-offer feed, typed
 * into keystroke by keystroke:
 * - the widget: <offer-list filters>, which filters through the query engine's prepared index
 *   and renders one page of the matches ("Show more" for the rest);
 * - the naive baseline: the same filter function and the same card template, but every match
 *   rendered on every keystroke.
 * A keystroke is timed from the input event until Lit has rendered and the browser has laid the
 * page out (reading offsetHeight forces style and layout), i.e. the work before the next frame.
 */
import { LitElement, html } from 'lit';
import '../../src/define.ts';
import { generateFeed } from '../test/generate-feed.mjs';
import { validateFeed } from '../../src/feed/validate.ts';
import { filterOffers } from '../../src/feed/query.ts';
import { zonedMoment } from '../../src/feed/hours.ts';
import { resolveText } from '../../src/feed/text.ts';
import { renderOfferCard } from '../../src/components/shared/offer-card.ts';
import { offerCardStyles } from '../../src/components/shared/offer-card.styles.ts';
import { hostStyles } from '../../src/styles/host.styles.ts';

class NaiveOfferList extends LitElement {
  static properties = { feed: { attribute: false }, query: {} };
  static styles = [hostStyles, offerCardStyles];

  constructor() {
    super();
    this.query = '';
  }

  render() {
    if (!this.feed) return html``;
    const now = new Date();
    const ctx = {
      feed: this.feed,
      now,
      moment: zonedMoment(now, this.feed.meta.timeZone),
      locale: 'en',
      text: value => resolveText(value, 'en', 'de'),
      headingLevel: 3,
      showPoint: true,
    };
    const matches = filterOffers(this.feed, { query: this.query || undefined }, now);
    return html`<p>${matches.length} offers</p>
      <ul>
        ${matches.map(
          (offer, i) =>
            html`<li>${renderOfferCard(ctx, { offer, idPrefix: `n${i}`, expanded: false, onToggle() {}, onPointSelect() {} })}</li>`,
        )}
      </ul>`;
  }
}
customElements.define('naive-offer-list', NaiveOfferList);

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mean = values => values.reduce((a, b) => a + b, 0) / values.length;
const nextFrame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));

async function timed(element, apply) {
  const start = performance.now();
  apply();
  await element.updateComplete;
  void document.body.offsetHeight;
  return performance.now() - start;
}

/**
 * Types `word` letter by letter, then deletes it again, timing each keystroke. The other list is
 * hidden meanwhile, so its thousands of nodes never count against the one measured.
 */
async function typeAndDelete(element, other, setQuery, word) {
  const queries = [...word].map((_, i) => word.slice(0, i + 1));
  queries.push(...queries.slice(0, -1).reverse(), '');
  other.hidden = true;
  element.hidden = false;
  window.gc?.();
  await nextFrame();
  const times = [];
  for (const query of queries) {
    times.push(await timed(element, () => setQuery(query)));
    await nextFrame();
  }
  other.hidden = false;
  return { queries, times };
}

window.runBench = async ({ offers = 10_000, points = 500, word = 'sprachcafe', rounds = 2 } = {}) => {
  const raw = generateFeed({ offers, points, seed: 1 });
  const { feed } = validateFeed(raw);

  const widget = document.createElement('offer-list');
  widget.setAttribute('filters', '');
  widget.setAttribute('lang', 'en');
  let start = performance.now();
  widget.feed = feed;
  document.getElementById('widget').append(widget);
  await new Promise(resolve => {
    const check = () => (widget.shadowRoot?.querySelector('.list') ? resolve() : requestAnimationFrame(check));
    check();
  });
  await widget.updateComplete;
  void document.body.offsetHeight;
  const widgetFirst = performance.now() - start;
  const input = widget.shadowRoot.querySelector('input[type="search"]');
  const setWidgetQuery = query => {
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };

  const naive = document.createElement('naive-offer-list');
  widget.hidden = true;
  start = performance.now();
  naive.feed = feed;
  document.getElementById('naive').append(naive);
  await naive.updateComplete;
  void document.body.offsetHeight;
  const naiveFirst = performance.now() - start;
  const setNaiveQuery = query => (naive.query = query);

  const widgetTimes = [];
  const naiveTimes = [];
  let queries = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate the order so neither side always runs on a warmer engine.
    const a = round % 2 === 0 ? await typeAndDelete(widget, naive, setWidgetQuery, word) : undefined;
    const b = await typeAndDelete(naive, widget, setNaiveQuery, word);
    const c = a ?? (await typeAndDelete(widget, naive, setWidgetQuery, word));
    widgetTimes.push(...c.times);
    naiveTimes.push(...b.times);
    queries = b.queries;
  }
  const matches = queries.map(query => filterOffers(feed, { query: query || undefined }).length);
  return {
    offers: feed.offers.length,
    queries,
    matches,
    rounds,
    widget: { first: widgetFirst, times: widgetTimes, median: median(widgetTimes), mean: mean(widgetTimes), max: Math.max(...widgetTimes) },
    naive: { first: naiveFirst, times: naiveTimes, median: median(naiveTimes), mean: mean(naiveTimes), max: Math.max(...naiveTimes) },
    shownByWidget: widget.shadowRoot.querySelectorAll('li[part="item"]').length,
  };
};
window.benchReady = true;
