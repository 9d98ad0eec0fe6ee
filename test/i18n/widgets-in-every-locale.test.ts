// SPDX-License-Identifier: EUPL-1.2
/**
 * Every widget in every UI locale, on the real sample feed: no raw message ids, no English UI
 * string where the locale has a translation, right-to-left for Arabic and Farsi with 0 axe
 * violations. The translations are read from the committed xliff files, as translators edit them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { getLocale, setLocale } from '../../src/i18n/localization.js';
import type { WelcomeElement } from '../../src/internal/welcome-element.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import { afterFrame, waitUntil } from '../helpers/wait.js';
import { mapSettled } from '../helpers/map.js';

const FEED = '/demo/data/duesseldorf.json';
const WIDGETS = ['welcome-point-finder', 'offer-list', 'district-map'] as const;
const LOCALES = ['de', 'de-x-ls', 'ar', 'fa', 'tr', 'uk', 'ru'] as const;
const ID_PREFIXES = ['welcome-point-finder.', 'offer-list.', 'district-map.', 'point-card.', 'offer-card.', 'opening.', 'status.', 'audience.', 'i18n.', 'language-switcher.'];

/** The units without placeholders of a locale's xliff file, as translators edit them. */
async function plainUnits(locale: string): Promise<{ source: string; target: string }[]> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  return [...xml.querySelectorAll('trans-unit')]
    .filter(unit => !unit.querySelector('source x') && unit.querySelector('target'))
    .map(unit => ({ source: unit.querySelector('source')!.textContent.trim(), target: unit.querySelector('target')!.textContent.trim() }));
}

/** English UI strings that the locale translates differently (so showing them is a leak). */
async function translatedSources(locale: string): Promise<Set<string>> {
  return new Set((await plainUnits(locale)).filter(u => u.source !== u.target).map(u => u.source));
}

/** Visible and accessible strings of a widget, down through nested shadow roots. */
function strings(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text) {
      const text = node.data.trim();
      if (text) found.push(text);
      return;
    }
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = node.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

async function renderAll(locale: string) {
  const page = await fixture<HTMLDivElement>(html`<div>
    <welcome-point-finder lang=${locale} src=${FEED}></welcome-point-finder>
    <offer-list lang=${locale} src=${FEED}></offer-list>
    <district-map lang=${locale} src=${FEED}></district-map>
  </div>`);
  const widgets = WIDGETS.map(tag => page.querySelector<WelcomeElement>(tag)!);
  await waitUntil(() => getLocale() === locale, `locale ${locale} never loaded (page shows ${getLocale()}; ${widgets.map(w => `${w.localName} lang=${w.getAttribute('lang')} connected=${w.isConnected}`).join(', ')})`);
  await waitUntil(
    // The feed is there and each widget's view has replaced its skeleton.
    () => widgets.every(el => !el.shadowRoot!.querySelector('[part="loading"], [role="alert"]')),
    'feed never loaded',
  );
  // The map is drawn, and what the first data render loaded lazily (card details) has rendered.
  for (const el of widgets) if ('mapReady' in el) await mapSettled(el as WelcomeElement & { mapReady: Promise<boolean> });
  await afterFrame();
  for (const el of widgets) await el.updateComplete;
  return widgets;
}

before(() => {
  document.documentElement.lang = 'en';
});

// A visitor's choice in one test must not carry over to the next.
afterEach(() => resetLanguageChoice());

describe('widgets in every locale', () => {
  for (const locale of LOCALES) {
    it(`${locale}: no raw message ids and no English UI strings`, async () => {
      const english = await translatedSources(locale);
      const widgets = await renderAll(locale);
      for (const el of widgets) {
        const shown = strings(el.shadowRoot!);
        expect(shown.length, `${el.localName} rendered nothing`).to.be.above(3);
        const rawIds = shown.filter(text => ID_PREFIXES.some(prefix => text.startsWith(prefix) && !text.includes(' ')));
        expect(rawIds, `${el.localName} in ${locale} shows message ids`).to.deep.equal([]);
        const leaks = shown.filter(text => english.has(text));
        expect(leaks, `${el.localName} in ${locale} shows English`).to.deep.equal([]);
        expect(el.getAttribute('dir')).to.equal(locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr');
      }
    });
  }

  for (const locale of ['ar', 'fa', 'de-x-ls']) {
    const dir = locale === 'de-x-ls' ? 'ltr' : 'rtl';
    it(`${locale}: every widget renders ${dir === 'rtl' ? 'right to left' : 'left to right'} with 0 axe violations`, async () => {
      const widgets = await renderAll(locale);
      for (const el of widgets) {
        expect(getComputedStyle(el).direction, el.localName).to.equal(dir);
        expect(el.getAttribute('lang'), el.localName).to.equal(locale);
        const firstBlock = el.shadowRoot!.querySelector('div, section, form, ul, p');
        if (firstBlock) expect(getComputedStyle(firstBlock).direction, `${el.localName} content`).to.equal(dir);
        for (const phone of el.shadowRoot!.querySelectorAll('a[href^="tel:"]')) {
          expect(getComputedStyle(phone).direction, `${el.localName} phone link`).to.equal('ltr');
        }
        await expect(el).to.be.accessible();
      }
    });
  }

  it('a visitor switching language in the finder switches all three widgets without reload', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="de">
      <welcome-point-finder src=${FEED} language-switcher></welcome-point-finder>
      <offer-list src=${FEED}></offer-list>
      <district-map src=${FEED}></district-map>
    </div>`);
    const widgets = WIDGETS.map(tag => page.querySelector<WelcomeElement>(tag)!);
    await waitUntil(() => getLocale() === 'de', 'German never loaded');
    const select = await waitUntil(() => widgets[0].shadowRoot!.querySelector('select.language-switcher__select'), 'no switcher')
      .then(() => widgets[0].shadowRoot!.querySelector<HTMLSelectElement>('select.language-switcher__select')!);
    const before = widgets.map(el => el.shadowRoot!.textContent);
    select.value = 'uk';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => getLocale() === 'uk', 'Ukrainian never loaded');
    const english = await translatedSources('uk');
    const ukrainian = new Set((await plainUnits('uk')).map(u => u.target));
    const german = new Set((await plainUnits('de')).map(u => u.target).filter(t => t.length >= 6 && !ukrainian.has(t)));
    for (const [i, el] of widgets.entries()) {
      await el.updateComplete;
      expect(el.getAttribute('lang'), el.localName).to.equal('uk');
      expect(el.shadowRoot!.textContent, `${el.localName} did not change`).not.to.equal(before[i]);
      const shown = strings(el.shadowRoot!);
      expect(shown.filter(text => english.has(text)), `${el.localName} still shows English`).to.deep.equal([]);
      expect(shown.some(text => german.has(text)), `${el.localName} still shows German UI`).to.equal(false);
    }
    await setLocale('fa');
    for (const el of widgets) await waitUntil(() => getComputedStyle(el).direction === 'rtl', `${el.localName} stayed ltr`);
  });

  it('feed texts the feed lacks in Ukrainian show in German, marked lang="de", with an "original" hint', async () => {
    // Every point description of the sample feed is in Ukrainian; most offer descriptions are not.
    const [, list] = await renderAll('uk');
    // Descriptions show once an offer is opened.
    for (const button of [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')].slice(0, 5)) button.click();
    await list.updateComplete;
    const hints = [...list.shadowRoot!.querySelectorAll('.original-language')];
    expect(hints.length, 'no original-language hint in the offer list').to.be.above(0);
    for (const hint of hints) {
      // Older ICU (WebKitGTK on Debian) capitalises Ukrainian language names ("Німецька").
      expect(hint.textContent.trim().toLowerCase()).to.equal('оригінал: німецька');
      const text = hint.previousElementSibling!;
      expect(text.getAttribute('lang')).to.equal('de');
      expect(text.getAttribute('dir')).to.equal('auto');
    }
  });
});
