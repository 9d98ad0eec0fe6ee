// SPDX-License-Identifier: EUPL-1.2
/**
 * `sync-url` on a map and an offer list in one group (the README's district page): both write
 * under the group's name, so neither may wipe what the other wrote, and a shared link must bring
 * back both, including a preset the visitor cleared.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { DistrictMap } from '../../src/components/district-map/district-map.component.js';
import type { OfferList } from '../../src/components/offer-list/offer-list.component.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.component.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
const start = location.href;

const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const params = () => new URLSearchParams(location.search);
/** The district the map marks as chosen, by the name it shows ('' for none). */
const chosenDistrict = (map: DistrictMap) => $$(map, 'button[aria-current="true"]').map(b => b.textContent.trim().replace(/\s+/g, ' '))[0] ?? '';
const districtButton = (map: DistrictMap, name: string) => $$<HTMLButtonElement>(map, 'li > button').find(b => b.textContent.includes(name))!;
const search = (list: OfferList) => list.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');

async function districtPage() {
  const page = await fixture<HTMLDivElement>(html`<div>
    <district-map src=${FEED} group="bezirk" district="7" sync-url lang="en"></district-map>
    <offer-list src=${FEED} group="bezirk" district="7" filters sync-url lang="en"></offer-list>
  </div>`);
  const map = page.querySelector<DistrictMap>('district-map')!;
  const list = page.querySelector<OfferList>('offer-list')!;
  await waitUntil(() => $$(map, 'li > button').length > 0 && search(list), 'the map or the list never showed');
  return { page, map, list };
}

describe('sync-url in a group: map and offer list share the URL', () => {
  afterEach(() => history.replaceState(null, '', start));

  it("keeps the page's presets, and each widget's parameters when the other one writes", async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    const { map, list } = await districtPage();
    expect(chosenDistrict(map), 'a URL without the map\'s parameters keeps district="7"').to.contain('District 7');

    const input = search(list)!;
    input.value = 'deutsch';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => params().get('bezirk.q') === 'deutsch', 'the search never reached the URL');

    districtButton(map, 'District 3').click();
    await waitUntil(() => chosenDistrict(map).includes('District 3'), 'the map did not take the choice');
    await list.updateComplete;
    expect(params().get('bezirk.district')).to.equal('3');
    expect(params().get('bezirk.q'), 'the map kept the list\'s search in the URL').to.equal('deutsch');
    expect(params().get('keep'), 'the page\'s own parameter').to.equal('1');
  });

  it('a shared link brings back both widgets, also a cleared preset ("all districts")', async () => {
    history.replaceState(null, '', location.pathname);
    const first = await districtPage();
    const showAll = $$<HTMLButtonElement>(first.map, 'button').find(b => b.getAttribute('aria-label') === 'Show all districts')!;
    showAll.click();
    await waitUntil(() => chosenDistrict(first.map) === '', 'the map kept its district');
    const input = search(first.list)!;
    input.value = 'deutsch';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => params().get('bezirk.q') === 'deutsch', 'the search never reached the URL');
    const link = location.href;
    first.page.remove();

    history.replaceState(null, '', link);
    const { map, list } = await districtPage();
    await waitUntil(() => search(list)!.value === 'deutsch', 'the list did not restore the search');
    await map.updateComplete;
    expect(chosenDistrict(map), 'the map restored "all districts", not district="7"').to.equal('');
    const shown = () => $$(list, '[part~="item"]').map(item => item.textContent);
    await waitUntil(() => shown().length > 0, 'the list shows no offers');
    expect(shown().some(text => !text.includes('Gerresheim')), 'the list shows offers beyond district 7').to.be.true;
  });

  it("a finder's preset survives the map's choice in a shared link; a preset the visitor cleared stays cleared", async () => {
    history.replaceState(null, '', location.pathname);
    const mount = async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <district-map src=${FEED} group="site" view="list" sync-url lang="en"></district-map>
        <welcome-point-finder src=${FEED} group="site" category="counselling" sync-url lang="en"></welcome-point-finder>
      </div>`);
      const map = page.querySelector<DistrictMap>('district-map')!;
      const finder = page.querySelector<WelcomePointFinder>('welcome-point-finder')!;
      const category = () => finder.shadowRoot!.querySelector<HTMLSelectElement>('#filter-category');
      await waitUntil(() => $$(map, 'li > button').length > 0 && category()?.querySelector('option[value="counselling"]'), 'the map or the finder never showed');
      return { page, map, finder, category };
    };
    const first = await mount();
    districtButton(first.map, 'District 3').click();
    await waitUntil(() => params().get('site.district') === '3', 'the map never wrote its district');
    first.page.remove();

    const districtOf = (finder: WelcomePointFinder) => finder.shadowRoot!.querySelector<HTMLSelectElement>('#filter-district')?.value;
    const second = await mount();
    await waitUntil(() => districtOf(second.finder) === '3', 'the finder did not take the district from the link');
    expect(second.category()!.value, 'the page\'s preset category="counselling"').to.equal('counselling');
    const select = second.category()!;
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => params().get('site.category') === '-', 'the cleared preset never reached the link');
    second.page.remove();

    const third = await mount();
    await waitUntil(() => districtOf(third.finder) === '3', 'the finder did not take the district from the link');
    expect(third.category()!.value, 'the cleared preset stays cleared').to.equal('');
  });
});
