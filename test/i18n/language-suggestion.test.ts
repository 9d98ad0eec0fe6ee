// SPDX-License-Identifier: EUPL-1.2
// Issue #21 item 10: a Ukrainian browser on a German page is offered Ukrainian, in Ukrainian,
// once per page; never automatically; the answer lives only in the URL.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.js';
import { LANGUAGE_URL_PARAM, resetLanguageChoice } from '../../src/i18n/language-choice.js';
import { getLocale, isLocaleLoading, setLocale } from '../../src/i18n/localization.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
const startUrl = location.href;

function browserLanguages(tags: string[]) {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => tags });
}

async function page(count = 1): Promise<WelcomePointFinder[]> {
  document.documentElement.lang = 'de';
  const wrap = await fixture<HTMLElement>(
    html`<div>${Array.from({ length: count }, () => html`<welcome-point-finder src=${FEED} language-switcher></welcome-point-finder>`)}</div>`,
  );
  const all = [...wrap.querySelectorAll('welcome-point-finder')];
  await waitUntil(() => all.every(el => el.shadowRoot?.querySelector('[part="language-switcher"]')), 'no language menu');
  await waitUntil(() => getLocale() === 'de' && !isLocaleLoading(), 'page never became German');
  for (const el of all) await el.updateComplete;
  return all;
}

const suggestions = (els: Element[]) => els.flatMap(el => [...el.shadowRoot!.querySelectorAll('[part="language-suggestion"]')]);

afterEach(async () => {
  delete (navigator as { languages?: readonly string[] }).languages;
  history.replaceState(history.state, '', startUrl);
  await setLocale('de');
  // setLocale from outside counts as the page's choice; forget it too.
  resetLanguageChoice();
});

describe('offering the browser language (#21)', () => {
  it('a Ukrainian browser on a German page gets one offer, in Ukrainian; taking it switches and is kept in the URL only', async () => {
    browserLanguages(['uk-UA', 'uk', 'de']);
    const storageBefore = localStorage.length + sessionStorage.length;
    const els = await page(2);
    await waitUntil(() => suggestions(els).length === 1, 'expected exactly one offer on the page');
    expect(getLocale(), 'never switches by itself').to.equal('de');
    const yes = suggestions(els)[0].querySelector<HTMLButtonElement>('.language-suggestion__yes')!;
    expect(yes.textContent.trim()).to.equal('Показати українською?');
    expect(yes.lang).to.equal('uk');
    const no = suggestions(els)[0].querySelector<HTMLButtonElement>('.language-suggestion__no')!;
    expect(no.getAttribute('aria-label')).to.equal('Nein, diese Sprache behalten');
    await expect(els[0]).shadowDom.to.be.accessible();
    yes.click();
    await waitUntil(() => getLocale() === 'uk' && !isLocaleLoading(), 'did not switch to Ukrainian');
    await waitUntil(() => suggestions(els).length === 0, 'offer stayed after taking it');
    expect(new URLSearchParams(location.search).get(LANGUAGE_URL_PARAM)).to.equal('uk');
    expect(localStorage.length + sessionStorage.length, 'nothing stored').to.equal(storageBefore);
  });

  it('dismissing keeps German, hides the offer and says so only in the URL', async () => {
    browserLanguages(['ar']);
    const [el] = await page();
    await waitUntil(() => suggestions([el]).length === 1, 'no offer');
    const yes = suggestions([el])[0].querySelector<HTMLButtonElement>('.language-suggestion__yes')!;
    expect(yes.textContent.trim()).to.equal('العرض بالعربية؟');
    expect(yes.dir).to.equal('rtl');
    suggestions([el])[0].querySelector<HTMLButtonElement>('.language-suggestion__no')!.click();
    await waitUntil(() => suggestions([el]).length === 0, 'offer stayed after dismissing');
    expect(getLocale()).to.equal('de');
    expect(new URLSearchParams(location.search).get(LANGUAGE_URL_PARAM)).to.equal('de');
  });

  it('no offer when the page already shows the browser language', async () => {
    browserLanguages(['de-DE', 'uk']);
    const [el] = await page();
    expect(suggestions([el])).to.have.length(0);
  });
});
