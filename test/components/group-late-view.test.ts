// SPDX-License-Identifier: EUPL-1.2
/**
 * Two real widgets in one group, the second on a slow connection: the visitor's choice in the
 * first is made before the second's view chunk has arrived, and still reaches it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.component.js';
import type { DistrictMap } from '../../src/components/district-map/district-map.component.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
const TUESDAY_11 = new Date('2026-11-03T10:00:00Z');

/** A finder whose view chunk arrives only when the test lets it. */
class LateViewFinder extends WelcomePointFinder {
  static release?: () => void;
  protected override importView() {
    return new Promise<void>(resolve => (LateViewFinder.release = resolve)).then(() => super.importView());
  }
}
customElements.define('late-view-finder', LateViewFinder);

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

before(() => (document.documentElement.lang = 'en'));

describe('group: a sibling whose view chunk is late', () => {
  it('shows the district the visitor chose in the other widget while its code was still loading', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <district-map src=${FEED} group="late" view="list"></district-map>
      <late-view-finder src=${FEED} group="late" .now=${TUESDAY_11}></late-view-finder>
    </div>`);
    const map = page.querySelector<DistrictMap>('district-map')!;
    const finder = page.querySelector<LateViewFinder>('late-view-finder')!;
    const onFinderEvent = sinon.spy();
    finder.addEventListener('welcome-filter-change', onFinderEvent);
    finder.addEventListener('welcome-district-select', onFinderEvent);

    await waitUntil(() => $$(map, '.list__district-button').length > 0, 'the map list never showed');
    expect($(finder, '[part="loading"]'), 'the finder is still loading its code').to.exist;
    const district3 = $$(map, '.list__district-button').find(b => b.textContent.includes('District 3'))!;
    district3.click();
    await waitUntil(() => district3.getAttribute('aria-current') === 'true', 'the map did not take the choice');

    LateViewFinder.release!();
    await waitUntil(() => $(finder, '[part="list"]'), 'the finder never showed its list');
    const district = $<HTMLSelectElement>(finder, '#filter-district')!;
    await waitUntil(() => district.value === '3', `the finder shows district "${district.value}", not the visitor's choice`);
    expect(district.selectedOptions[0].textContent.trim()).to.equal('District 3');
    const cards = $$(finder, 'li[data-point]');
    expect(cards.length, 'cards shown').to.be.greaterThan(0);
    for (const card of cards) expect(card.textContent, card.dataset.point).to.include('District 3');
    // Applied, not echoed: events stand for the visitor's own actions in that widget.
    expect(onFinderEvent).to.not.have.been.called;
    await expect(finder).to.be.accessible();
  });
});
