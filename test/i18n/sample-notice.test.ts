// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue #21 item 14: a feed marked `meta.sample` says so in every widget, in the UI language and
 * above the first card (not only in an English page footer); a real feed says nothing, and a
 * widget inside another one leaves the notice to the outer one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { getLocale, isLocaleLoading } from '../../src/i18n/localization.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import type { WelcomeElement } from '../../src/internal/welcome-element.js';
import { waitUntil } from '../helpers/wait.js';

const SAMPLE = '/demo/data/duesseldorf.json';
const REAL = '/test/fixtures/small.json';
const NOTICE = {
  de: 'Beispieldaten: Namen, Telefonnummern und Zeiten sind erfunden.',
  ar: 'بيانات تجريبية: الأسماء وأرقام الهاتف والمواعيد غير حقيقية.',
} as const;

type Tag = 'welcome-point-finder' | 'offer-list' | 'district-map';
/** What each widget shows once its feed is there: the first thing the notice must come before. */
const FIRST: Record<Tag, string> = {
  'welcome-point-finder': '[part~="card"]',
  'offer-list': '[part~="item"]',
  'district-map': '[part="list"] button',
};

async function widget(tag: Tag, lang: string, src: string): Promise<WelcomeElement> {
  document.documentElement.lang = lang;
  const attrs = tag === 'district-map' ? 'view="list"' : tag === 'welcome-point-finder' ? 'view="list"' : '';
  const wrap = await fixture<HTMLElement>(html`<div .innerHTML=${`<${tag} src="${src}" ${attrs}></${tag}>`}></div>`);
  const el = wrap.querySelector<WelcomeElement>(tag)!;
  await waitUntil(() => el.shadowRoot?.querySelector(FIRST[tag]), `${tag} never showed its content`);
  await waitUntil(() => getLocale() === lang && !isLocaleLoading(), `the page never switched to ${lang}`);
  await el.updateComplete;
  return el;
}

afterEach(() => resetLanguageChoice());

describe('the sample notice (#21 item 14)', () => {
  for (const lang of ['de', 'ar'] as const) {
    for (const tag of ['welcome-point-finder', 'offer-list', 'district-map'] as const) {
      it(`${lang}: <${tag}> says the sample data are invented, in ${lang}`, async () => {
        const el = await widget(tag, lang, SAMPLE);
        await waitUntil(() => el.shadowRoot!.querySelector('[part="sample-notice"]'), 'no sample notice');
        const notice = el.shadowRoot!.querySelector<HTMLElement>('[part="sample-notice"]')!;
        expect(notice.textContent.trim()).to.equal(NOTICE[lang]);
        expect(notice.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang).to.equal(lang);
        // The finder's form and the map's frame are there while the feed loads; a notice above
        // them would push them down when it arrives, so there it comes after the content.
        const first = el.shadowRoot!.querySelector(FIRST[tag])!;
        const position = notice.compareDocumentPosition(first);
        expect(position & (tag === 'offer-list' ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING)).to.be.greaterThan(0);
        expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
        await expect(el).shadowDom.to.be.accessible();
      });
    }
  }

  it('de: a feed not marked as sample shows no notice', async () => {
    const el = await widget('offer-list', 'de', REAL);
    // The footer comes from the same lazy chunk: once it is there, a notice would be too.
    await waitUntil(() => el.shadowRoot!.querySelector('[part="footer"]'), 'no footer');
    expect(el.shadowRoot!.querySelector('[part="sample-notice"]')).to.equal(null);
  });

  it('de: the offers inside a finder card leave the notice to the finder', async () => {
    const el = await widget('welcome-point-finder', 'de', SAMPLE);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.card__toggle')!.click();
    const inner = () => el.shadowRoot!.querySelector('offer-list')?.shadowRoot;
    await waitUntil(() => inner()?.querySelector('[part~="item"]'), 'the card never listed its offers');
    expect(inner()!.querySelector('[part="sample-notice"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part="sample-notice"]')).to.have.length(1);
  });
});
