// SPDX-License-Identifier: EUPL-1.2
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/district-map/district-map.js';
import type { DistrictMap } from '../../src/components/district-map/district-map.component.js';

const FEED = '/test/fixtures/district-map.json';

async function mapFixture(template = html`<district-map src=${FEED}></district-map>`): Promise<DistrictMap> {
  const el = await fixture<DistrictMap>(template);
  await el.mapReady;
  await el.updateComplete;
  return el;
}

const $$ = (el: DistrictMap, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

describe('<district-map>', () => {
  it('draws districts and markers', async () => {
    const el = await mapFixture();
    expect($$(el, 'path.district').length).to.equal(3);
    expect($$(el, '.marker__button').length).to.equal(4);
  });
});
