// SPDX-License-Identifier: EUPL-1.2
// Issue #21 item 9: "choose your quarter" ranks by the quarter's own position (quarters[].center)
// and shows distances as "near me" does, in de and ar.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import { getLocale, isLocaleLoading } from '../../src/i18n/localization.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
const NOW = new Date('2026-11-03T10:00:00Z');
const OBERBILK = '037';

afterEach(() => resetLanguageChoice());

const shownIds = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-point]')].map(li => li.dataset.point!);
const distances = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-point]')].map(li => li.querySelector('.distance')?.textContent?.trim() ?? '');

for (const lang of ['de', 'ar']) {
  it(`${lang}: Oberbilk puts its own point first and Eller (3 km) before Heerdt across the Rhine, each with its distance`, async () => {
    document.documentElement.lang = lang;
    const el = await fixture<WelcomePointFinder>(html`<welcome-point-finder src=${FEED} .now=${NOW}></welcome-point-finder>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="list"]'), 'no list');
    await waitUntil(() => getLocale() === lang && !isLocaleLoading(), `never switched to ${lang}`);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#quarter')!;
    select.value = OBERBILK;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => shownIds(el)[0] === 'wp-05', `order: ${shownIds(el).join()}`);
    const ids = shownIds(el);
    expect(ids.indexOf('wp-08'), 'Eller before Heerdt').to.be.lessThan(ids.indexOf('wp-04'));
    const shown = distances(el);
    expect(shown[ids.indexOf('wp-08')]).to.match(lang === 'de' ? /^3,\d km entfernt$/ : /(3|٣)/);
    expect(shown.filter(Boolean).length).to.equal(ids.length);
    await expect(el).shadowDom.to.be.accessible();
  });
}
