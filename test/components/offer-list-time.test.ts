// SPDX-License-Identifier: EUPL-1.2
/**
 * What a visitor reads about time in the offer list: ended offers stay out of the default view,
 * a course shows the period it runs, today's agenda puts what is still to come first and marks
 * what is over, and a `limit` never hides offers without saying so.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { OfferList } from '../../src/index.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/test/fixtures/offer-timeline.json';
/** Wednesday 4 March 2026, 16:37 in Düsseldorf (CET): the morning walk is over, the evening talk ahead. */
const NOW = new Date('2026-03-04T15:37:00Z');

const root = (el: OfferList) => el.shadowRoot!;
const items = (el: OfferList) => [...root(el).querySelectorAll<HTMLLIElement>('li[part="item"]')];
const ids = (el: OfferList) => items(el).map(li => li.dataset.offerId);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();
const item = (el: OfferList, id: string) => root(el).querySelector<HTMLLIElement>(`li[data-offer-id="${id}"]`);

async function list(template: ReturnType<typeof html>) {
  const el = await fixture<OfferList>(template);
  await waitUntil(() => root(el).querySelector('.list, .status--empty, [role="alert"]'), 'list never rendered');
  await el.updateComplete;
  return el;
}

describe('<offer-list> and time', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => clock.restore());

  it('leaves offers with no date left out of the default view, and the count agrees', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="none" lang="en"></offer-list>`);
    expect(ids(el)).to.have.members(['o-morning', 'o-evening', 'o-course', 'o-future-event', 'o-open', 'o-sat']);
    expect(text(root(el).querySelector('[part="count"]'))).to.equal('6 offers');
    await expect(el).to.be.accessible();
  });

  it('shows the period a course runs', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="none" lang="en"></offer-list>`);
    expect(text(item(el, 'o-course')?.querySelector('.offer__period'))).to.equal('Sat, January 10, 2026 to Tue, June 30, 2026');
    expect(item(el, 'o-evening')?.querySelector('.offer__period')).to.equal(null);
  });

  it('marks today’s ended occurrence as over and lists it after what is still to come', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="day" lang="en"></offer-list>`);
    const today = root(el).querySelector('section[part="group"]')!;
    const todayIds = [...today.querySelectorAll<HTMLLIElement>('li[part="item"]')].map(li => li.dataset.offerId);
    expect(todayIds).to.deep.equal(['o-evening', 'o-morning']);
    expect(text(item(el, 'o-morning')?.querySelector('[part~="today-over"]'))).to.equal('Over for today');
    expect(item(el, 'o-evening')?.querySelector('[part~="today-over"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a badge of today lists only the times still to come', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="none" lang="en"></offer-list>`);
    expect(text(item(el, 'o-evening')?.querySelector('[part~="today"]'))).to.equal('Today 6:00 – 7:00 PM');
    expect(text(item(el, 'o-morning')?.querySelector('[part~="today-over"]'))).to.equal('Over for today');
  });

  it('a limit says how many are shown of how many, and "Show all" lists the rest', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="none" limit="4" lang="en"></offer-list>`);
    expect(items(el)).to.have.length(4);
    expect(text(root(el).querySelector('[part="count"]'))).to.equal('Showing 4 of 6 offers');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="show-all"]')!.click();
    await waitUntil(() => items(el).length === 6, 'Show all never listed every offer');
    expect(text(root(el).querySelector('[part="count"]'))).to.equal('6 offers');
    expect(root(el).querySelector('[part="show-all"]')).to.equal(null);
    // Focus moves to the first offer that was hidden, so keyboard users continue where they were.
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('li')?.dataset.index === '4', 'focus never moved to the first new offer');
  });
});
