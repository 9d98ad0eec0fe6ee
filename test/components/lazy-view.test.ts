// SPDX-License-Identifier: EUPL-1.2
/** When a widget's view chunk cannot be loaded (offline, a blocked file), and when it comes later. */
import { expect, fixture, html } from '@open-wc/testing';
import { DistrictMap } from '../../src/components/district-map/district-map.component.js';
import { waitUntil } from '../helpers/wait.js';
import '../../src/components/district-map/district-map.js';

const FEED = '/test/fixtures/district-map.json';

/** A map whose view chunk fails the first time, like a dropped connection. */
class FlakyViewMap extends DistrictMap {
  static attempts = 0;
  static override loadView = () =>
    FlakyViewMap.attempts++ === 0 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : DistrictMap.loadView();
}
customElements.define('flaky-view-map', FlakyViewMap);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('a view chunk that fails to load', () => {
  beforeEach(() => (FlakyViewMap.attempts = 0));

  it('shows the error alert with retry, settles mapReady, and Retry brings the map', async () => {
    const el = await fixture<FlakyViewMap>(html`<flaky-view-map src=${FEED}></flaky-view-map>`);
    expect(await el.mapReady, 'mapReady').to.equal(false);
    await waitUntil(() => $(el, '[role="alert"][part="error"]'), 'no error alert');
    await expect(el).to.be.accessible();
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => $(el, '.marker__button'), 'the map never came after Retry');
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('moved in the page after the failure, the widget loads its view again and the error goes', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><section id="a"></section><section id="b"></section></div>`);
    const el = document.createElement('flaky-view-map') as FlakyViewMap;
    el.setAttribute('src', FEED);
    page.querySelector('#a')!.append(el);
    await waitUntil(() => $(el, '[part="error"]'), 'no error alert');
    // A CMS tab or accordion moving the widget: a new connect tries again.
    page.querySelector('#b')!.append(el);
    await waitUntil(() => $(el, '.list, .map'), 'no view after the move');
    expect($(el, '[part="error"]')).to.equal(null);
  });
});
