// SPDX-License-Identifier: EUPL-1.2
import { i18nViewStyles } from '../../src/i18n/i18n-view.styles.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { msg } from '@lit/localize';
import { WelcomeElement } from '../../src/internal/welcome-element.js';
import { defineElement } from '../../src/internal/define.js';
import { getLocale, setLocale } from '../../src/i18n/localization.js';
import { chooseLanguage, LANGUAGE_URL_PARAM, resetLanguageChoice } from '../../src/i18n/language-choice.js';
import { uiLanguages } from '../../src/i18n/languages.js';
import { resolveText } from '../../src/feed/text.js';
import { renderFeedText } from '../../src/i18n/feed-text.js';
import { afterFrame, waitUntil } from '../helpers/wait.js';

/** A minimal widget: a UI string, a feed text, a phone number and the language switcher. */
class I18nProbe extends WelcomeElement {
  // Views add the direction rules for phone numbers and e-mails (the shell leaves them to them).
  static override styles = [...[WelcomeElement.styles ?? []].flat(), i18nViewStyles];
  override render() {
    return litHtml`<div class="top">${this.renderLanguageSwitcher()}</div>
      <p class="ui">${msg('Try again', { id: 'status.retry' })}</p>
      <p class="feed">${renderFeedText(this, { de: 'Sprachcafé am Dienstag', ar: 'مقهى اللغة يوم الثلاثاء' })}</p>
      <p class="only-german">${renderFeedText(this, { de: 'Beratung für Familien' })}</p>
      <p class="contact">${msg('Call', { id: 'point-card.call' })}: <a href="tel:+492118921234">+49 211 89-21234</a></p>`;
  }
}
defineElement('i18n-probe', I18nProbe);

const startUrl = location.href;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const uiText = (el: Element) => el.shadowRoot?.querySelector('.ui')?.textContent?.trim() ?? '';

/** Whether the page is loading a locale (@lit/localize reports each load on window). */
let localeLoading = false;
window.addEventListener('lit-localize-status', event => (localeLoading = event.detail.status === 'loading'));

/** The widgets' language requests are done: any locale load they started has finished and rendered. */
async function settle(...elements: WelcomeElement[]) {
  for (const el of elements) await el.updateComplete;
  // A widget asks for its language in an update; the load it starts may begin a task later.
  await afterFrame();
  await waitUntil(() => !localeLoading, 'a locale load never finished');
  for (const el of elements) await el.updateComplete;
}

afterEach(async () => {
  resetLanguageChoice();
  history.replaceState(history.state, '', startUrl);
  document.documentElement.lang = 'de';
  await setLocale('de');
  resetLanguageChoice();
});

before(() => {
  document.documentElement.lang = 'de';
});

describe('language choice', () => {
  it('a widget on a German page shows German UI strings, ltr, and no lang="" on the host', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    await waitUntil(() => uiText(el) === 'Erneut versuchen', `UI stayed "${uiText(el)}"`);
    expect(getComputedStyle(el).direction).to.equal('ltr');
    expect(el.hasAttribute('lang'), 'host must inherit the page language, not carry lang=""').to.be.false;
    await expect(el).shadowDom.to.be.accessible();
  });

  it('the element lang attribute beats the page language; ar renders right to left', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="ar"></i18n-probe>`);
    await waitUntil(() => uiText(el) === 'إعادة المحاولة', `UI stayed "${uiText(el)}"`);
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(getComputedStyle($(el, '.ui')).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('the nearest ancestor lang counts, across a shadow root', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fa"></div>`);
    const shadow = wrapper.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><i18n-probe></i18n-probe></section>';
    const el = shadow.querySelector<I18nProbe>('i18n-probe')!;
    await waitUntil(() => uiText(el) === 'دوباره امتحان کنید', `UI stayed "${uiText(el)}"`);
    expect(getComputedStyle(el).direction).to.equal('rtl');
  });

  it('phone numbers stay left to right inside Arabic text', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="ar"></i18n-probe>`);
    await waitUntil(() => getComputedStyle(el).direction === 'rtl');
    const phone = $(el, 'a[href^="tel:"]');
    expect(getComputedStyle(phone).direction).to.equal('ltr');
    expect(getComputedStyle(phone).unicodeBidi).to.equal('isolate');
    // Rendered left to right: the "+" is the leftmost glyph, the last digit the rightmost.
    const range = document.createRange();
    range.setStart(phone.firstChild!, 0);
    range.setEnd(phone.firstChild!, 1);
    const plus = range.getBoundingClientRect();
    range.setStart(phone.firstChild!, phone.textContent.length - 1);
    range.setEnd(phone.firstChild!, phone.textContent.length);
    const last = range.getBoundingClientRect();
    expect(plus.left).to.be.below(last.left);
  });

  it('feed texts follow the language and name the original where the feed lacks it', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="ar"></i18n-probe>`);
    await waitUntil(() => uiText(el) === 'إعادة المحاولة');
    const translated = $(el, '.feed span[lang]');
    expect(translated.getAttribute('lang')).to.equal('ar');
    expect(translated.textContent).to.equal('مقهى اللغة يوم الثلاثاء');
    expect($(el, '.feed .original-language')).to.equal(null);
    const german = $(el, '.only-german span[lang]');
    expect(german.getAttribute('lang')).to.equal('de');
    expect(german.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(german).direction).to.equal('ltr');
    expect($(el, '.only-german .original-language').textContent).to.equal('الأصل: الألمانية');
    // Text and hint are two words apart, not run together (templates are minified as in the build).
    expect($(el, '.only-german').textContent.trim()).to.equal('Beratung für Familien الأصل: الألمانية');
  });

  it('the switcher lists every language by its own name, with lang and dir', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe language-switcher></i18n-probe>`);
    await waitUntil(() => uiText(el) === 'Erneut versuchen');
    // The menu's code is loaded only by widgets that show it.
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'the language menu never appeared');
    const options = [...el.shadowRoot!.querySelectorAll('option')];
    expect(options.map(o => o.textContent.trim())).to.deep.equal([
      'Deutsch',
      'Leichte Sprache',
      'English',
      'Türkçe',
      'العربية',
      'فارسی',
      'Українська',
      'Русский',
    ]);
    expect(options.find(o => o.value === 'ar')!.getAttribute('lang')).to.equal('ar');
    expect(options.find(o => o.value === 'fa')!.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('de');
    expect(uiLanguages().map(l => l.tag)).to.have.members(['de', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it("the switcher's fixed language names are the ones this browser's Intl gives each language", () => {
    for (const { tag, name } of uiLanguages()) {
      if (tag === 'de-x-ls') continue; // Intl has no name for the private-use tag
      const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag)!;
      expect(name, tag).to.equal(own.charAt(0).toLocaleUpperCase(tag) + own.slice(1));
    }
  });

  it('a visitor choice in one switcher changes every widget on the page, at once and without reload', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <i18n-probe language-switcher></i18n-probe>
      <i18n-probe lang="tr"></i18n-probe>
      <i18n-probe></i18n-probe>
    </div>`);
    const [withSwitcher, turkish, plain] = [...page.querySelectorAll<I18nProbe>('i18n-probe')];
    await settle(withSwitcher, turkish, plain);
    await waitUntil(() => withSwitcher.shadowRoot!.querySelector('select'), 'the language menu never appeared');
    const select = withSwitcher.shadowRoot!.querySelector('select')!;
    select.value = 'uk';
    const changed = oneEvent(document, 'welcome-language-change');
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const event = await changed;
    expect(event.detail).to.deep.equal({ lang: 'uk', source: 'switcher' });
    expect(event.target).to.equal(withSwitcher);
    for (const el of [withSwitcher, turkish, plain]) {
      await waitUntil(() => uiText(el) === 'Спробувати ще раз', `a widget stayed "${uiText(el)}"`);
      expect(el.getAttribute('lang')).to.equal('uk');
    }
    // The page's own lang property on the Turkish widget is kept for later.
    expect(turkish.lang).to.equal('tr');
    expect(select.value).to.equal('uk');

    select.value = 'ar';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    for (const el of [withSwitcher, turkish, plain]) {
      await waitUntil(() => getComputedStyle(el).direction === 'rtl' && uiText(el) === 'إعادة المحاولة');
    }
    await expect(withSwitcher).shadowDom.to.be.accessible();
  });

  it('@lit/localize setLocale from the host page switches widgets and their feed texts', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
    await waitUntil(() => uiText(el) === 'Erneut versuchen');
    await setLocale('fa');
    await waitUntil(() => uiText(el) === 'دوباره امتحان کنید', `UI stayed "${uiText(el)}"`);
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect($(el, '.feed span[lang]').getAttribute('lang')).to.equal('de');
    expect($(el, '.feed .original-language').textContent).to.equal('اصل: آلمانی');
  });

  it('widgets asking for different languages settle instead of switching back and forth', async () => {
    let loads = 0;
    const count = () => loads++;
    window.addEventListener('lit-localize-status', count);
    const page = await fixture<HTMLDivElement>(html`<div>
      <i18n-probe lang="ru"></i18n-probe>
      <i18n-probe></i18n-probe>
      <div lang="tr"><i18n-probe></i18n-probe></div>
    </div>`);
    const probes = [...page.querySelectorAll<I18nProbe>('i18n-probe')];
    await waitUntil(() => probes.every(el => uiText(el) === 'Попробовать снова'), 'the widgets never settled on Russian');
    // A widget switching back would start another load in its next update.
    await settle(...probes);
    window.removeEventListener('lit-localize-status', count);
    // The widget with its own lang wins over widgets that only inherit one.
    expect(getLocale()).to.equal('ru');
    for (const el of probes) expect(uiText(el)).to.equal('Попробовать снова');
    expect(loads, 'locale loads').to.be.below(6);
  });

  it('when the widget that asked for another language leaves, the page goes back to the others\' language', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><i18n-probe></i18n-probe><i18n-probe lang="uk"></i18n-probe></div>`);
    const [plain, ukrainian] = [...page.querySelectorAll<I18nProbe>('i18n-probe')];
    await waitUntil(() => uiText(plain) === 'Спробувати ще раз', `UI stayed "${uiText(plain)}"`);
    ukrainian.remove();
    await waitUntil(() => uiText(plain) === 'Erneut versuchen', `UI stayed "${uiText(plain)}"`);
    expect(plain.hasAttribute('lang')).to.equal(false);
  });

  it('with sync-url the choice is kept in the URL, restored from a link and undone by Back', async () => {
    const url = new URL(location.href);
    url.searchParams.set(LANGUAGE_URL_PARAM, 'tr');
    history.replaceState(history.state, '', url);
    const el = await fixture<I18nProbe>(html`<i18n-probe sync-url language-switcher></i18n-probe>`);
    await waitUntil(() => uiText(el) === 'Tekrar dene', `UI stayed "${uiText(el)}"`);

    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'de-x-ls';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => uiText(el) === 'Noch einmal versuchen', `UI stayed "${uiText(el)}"`);
    expect(new URLSearchParams(location.search).get(LANGUAGE_URL_PARAM)).to.equal('de-x-ls');
    expect(el.getAttribute('lang')).to.equal('de-x-ls');

    history.back();
    await waitUntil(() => uiText(el) === 'Tekrar dene', 'Back did not restore Turkish');
  });

  it('chooseLanguage accepts region tags and refuses languages without a UI', async () => {
    expect(chooseLanguage('xx')).to.equal(false);
    expect(chooseLanguage('ar-EG')).to.equal(true);
    await waitUntil(() => getLocale() === 'ar', `locale is ${getLocale()}`);
  });
});

describe('Easy German feed texts', () => {
  const text = { de: 'Beratung zum Aufenthaltsrecht', 'de-x-ls': 'Hilfe bei Fragen zum Aufenthalt', ar: 'استشارة' };

  it('the de-x-ls UI prefers the easy-German variant', () => {
    expect(resolveText(text, 'de-x-ls', 'de')).to.deep.equal({ text: 'Hilfe bei Fragen zum Aufenthalt', lang: 'de-x-ls' });
  });

  it('falls back to plain German where there is no easy variant', () => {
    expect(resolveText({ de: 'Sprachcafé' }, 'de-x-ls', 'de')).to.deep.equal({ text: 'Sprachcafé', lang: 'de' });
  });

  it('plain German readers never get the easy variant instead of German', () => {
    expect(resolveText(text, 'de', 'de').lang).to.equal('de');
    expect(resolveText({ 'de-x-ls': 'Leicht', ar: 'x' }, 'de-AT', 'ar').lang).to.equal('ar');
  });
});
