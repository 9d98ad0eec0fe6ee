// SPDX-License-Identifier: EUPL-1.2
/**
 * "Where" on an offer card gets a visitor there: the street address with a route link, and the
 * point's name acts only where it can (a page of the site, or a linked widget that follows).
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { OfferList } from '../../src/index.js';
import { getLocale } from '../../src/i18n/localization.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/test/fixtures/offer-list.json';
const NOW = new Date('2026-03-04T09:30:00Z');
const root = (el: OfferList) => el.shadowRoot!;
const card = (el: OfferList, id: string) => root(el).querySelector<HTMLLIElement>(`li[data-offer-id="${id}"]`)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();

async function list(template: ReturnType<typeof html>) {
  const el = await fixture<OfferList>(template);
  await waitUntil(() => root(el).querySelector('.list'), 'list never rendered');
  await el.updateComplete;
  return el;
}

describe('<offer-list> where an offer takes place', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] })));
  afterEach(() => clock.restore());

  it('shows the street address with a route link that names the place', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="none" lang="en"></offer-list>`);
    const cafe = card(el, 'o-cafe');
    expect(text(cafe.querySelector('[part="address"]'))).to.match(/^Marktplatz 1, 40213 Düsseldorf Route/);
    const route = cafe.querySelector<HTMLAnchorElement>('[part="route-link"]')!;
    expect(route.href).to.match(/^https:\/\/www\.openstreetmap\.org\/directions\?/);
    expect(text(route)).to.equal('Route: Welcome Point Mitte');
    await expect(el).to.be.accessible();
  });

  it('in Arabic, the German address is one isolated unit (bdi), like the point card’s, so a right-to-left line cannot reorder its parts', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="none" lang="ar"></offer-list>`);
    const isolated = card(el, 'o-cafe').querySelector('[part="address"] bdi')!;
    expect(text(isolated)).to.equal('Marktplatz 1, 40213 Düsseldorf');
  });

  it('alone on a page, the point’s name is plain text, not a control that does nothing', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="none" lang="en"></offer-list>`);
    const cafe = card(el, 'o-cafe');
    expect(cafe.querySelector('button.offer__point, a.offer__point')).to.equal(null);
    expect(text(cafe.querySelector('[part="point-name"]'))).to.equal('Welcome Point Mitte');
  });

  it('with point-url, the name links to the point’s page; javascript: templates give no link', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="none" point-url="/welcome-points/{id}.html" lang="en"></offer-list>`);
    const link = card(el, 'o-cafe').querySelector<HTMLAnchorElement>('a[part="point-link"]')!;
    expect(link.href).to.equal(new URL('/welcome-points/wp-mitte.html', document.baseURI).href);
    const hostile = await list(html`<offer-list src=${FEED} group-by="none" point-url="javascript:alert('{id}')" lang="en"></offer-list>`);
    expect(root(hostile).querySelector('a[href^="javascript:"]')).to.equal(null);
    expect(text(card(hostile, 'o-cafe').querySelector('[part="point-name"]'))).to.equal('Welcome Point Mitte');
  });

  it('in a group, the name is a button that selects the point for the linked widgets', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="none" group="where-test" lang="en"></offer-list>`);
    const spy = sinon.spy();
    el.addEventListener('welcome-point-select', spy);
    card(el, 'o-cafe').querySelector<HTMLButtonElement>('button[part="point-link"]')!.click();
    expect(spy.calledOnce).to.equal(true);
    expect((spy.firstCall.args[0] as CustomEvent<{ pointId: string }>).detail.pointId).to.equal('wp-mitte');
  });

  it('a cost the feed has only in another language is marked with its original language, for screen readers too', async () => {
    const el = await list(html`<offer-list src=${FEED} group-by="none" lang="ar"></offer-list>`);
    await waitUntil(() => getLocale() === 'ar', 'Arabic never loaded');
    await el.updateComplete;
    const cost = [...card(el, 'o-family').querySelectorAll('.offer-fact')].find(fact => fact.querySelector('[lang="de"], [lang="en"]') && /€/.test(fact.textContent));
    expect(cost, 'cost fact').to.not.equal(undefined);
    const original = cost!.querySelector('span[lang="de"], span[lang="en"]')!;
    expect(original.textContent).to.match(/€/);
    expect(cost!.querySelector('.original-language'), 'original-language hint').to.not.equal(null);
  });
});
