// SPDX-License-Identifier: EUPL-1.2
/**
 * The review page for native speakers (demo/translations.html): a reviewer picks a language,
 * reads each string beside English and German with where it appears, previews that state in the
 * real widget, corrects translations with the keyboard and exports a file for
 * `npm run i18n:import-review` — and cannot export a correction that breaks a placeholder.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import { getLocale } from '../../src/i18n/localization.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import type { WelcomeElement } from '../../src/internal/welcome-element.js';
import { mountReview, type ReviewFile } from '../../demo/translations/review.mjs';
import { waitUntil } from '../helpers/wait.js';

async function units(locale: string): Promise<number> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  return xml.querySelectorAll('trans-unit').length;
}

async function page(locale: string) {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  await mountReview(root, { xliffBase: '/xliff/', feed: '/demo/data/duesseldorf.json', locale });
  return root;
}

const item = (root: HTMLElement, id: string) =>
  [...root.querySelectorAll<HTMLLIElement>('li.unit')].find(li => li.querySelector('h3')!.textContent === id)!;
const textarea = (li: HTMLElement) => li.querySelector('textarea')!;

/** Focuses a textarea and types over its text, as a keyboard user would. */
async function retype(field: HTMLTextAreaElement, text: string) {
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

afterEach(() => {
  resetLanguageChoice();
  sinon.restore();
});

describe('translation review page', () => {
  it('lists every string of the locale beside English and German, with where it appears', async () => {
    const root = await page('uk');
    expect(root.querySelectorAll('li.unit').length).to.equal(await units('uk'));
    const chip = item(root, 'offer-list.chip-district');
    expect(chip.querySelector('.where')!.textContent).to.equal('Offer list — The list shows one district’s offers');
    const [english, german] = [...chip.querySelectorAll('dd')];
    expect(english.textContent).to.equal('Offers in {0}');
    expect(german.textContent).to.equal('Angebote: {0}');
    expect(german.lang).to.equal('de');
    expect(textarea(chip).value).to.equal('Пропозиції: {0}');
    expect(textarea(chip).lang).to.equal('uk');
    expect(chip.querySelector('label')!.textContent).to.equal('Ukrainian: Українська');
    expect(chip.querySelector('.hints')!.textContent).to.contain('{0}');
    await expect(root).to.be.accessible();
  });

  it('writes right-to-left languages right to left', async () => {
    const root = await page('fa');
    const field = textarea(item(root, 'opening.closed-permanently'));
    expect(field.dir).to.equal('rtl');
    expect(field.value).to.equal('برای همیشه بسته شده');
  });

  it('shows a string’s state in the real widget, in the reviewed language', async () => {
    const root = await page('uk');
    item(root, 'offer-list.chip-district').querySelector<HTMLButtonElement>('button.show')!.focus();
    await sendKeys({ press: 'Enter' });
    // Firefox may finish the WebDriver action before the key's activation runs: wait for its effect.
    await waitUntil(() => root.querySelector('.preview-host offer-list'), 'Enter on "Show" opened no preview');
    const widget = root.querySelector<WelcomeElement>('.preview-host offer-list')!;
    expect(widget.getAttribute('group')).to.equal('review-preview');
    expect(root.ownerDocument.activeElement!.id).to.equal('preview-title');
    await waitUntil(() => getLocale() === 'uk' && widget.shadowRoot?.querySelector('.chip'), 'the chip never showed');
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('.chip')!.textContent).to.contain('Пропозиції: Округ 1');
    await expect(root.querySelector('.preview')).to.be.accessible();
  });

  it('refuses to export a correction that loses a placeholder, and says why', async () => {
    const root = await page('ru');
    const chip = item(root, 'offer-list.chip-district');
    await retype(textarea(chip), 'Предложения округа');
    expect(textarea(chip).getAttribute('aria-invalid')).to.equal('');
    expect(chip.querySelector('.problem')!.textContent).to.equal('Please check: placeholders none instead of {0}.');
    const create = sinon.spy(URL, 'createObjectURL');
    root.querySelector<HTMLButtonElement>('.export button')!.click();
    expect(create.called).to.equal(false);
    expect(root.querySelector('.export-status')!.textContent).to.equal('1 string(s) need another look before export (see “Please check”).');
    expect(root.ownerDocument.activeElement).to.equal(textarea(chip));
    await expect(root).to.be.accessible();
  });

  it('exports the corrections as a file for npm run i18n:import-review', async () => {
    const root = await page('ru');
    const name = root.querySelector<HTMLInputElement>('#review-name')!;
    name.focus();
    await sendKeys({ type: 'Olga' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    // As above: the checkbox's activation may run after the action returns.
    await waitUntil(() => root.querySelector<HTMLInputElement>('#review-native')!.checked, 'Tab and Space never ticked "This is my first language"');
    await retype(textarea(item(root, 'point-card.route')), 'Как добраться');
    root.querySelector<HTMLInputElement>('#review-changed')!.click();
    expect([...root.querySelectorAll<HTMLLIElement>('li.unit')].filter(li => !li.hidden).map(li => li.querySelector('h3')!.textContent)).to.deep.equal(['point-card.route']);

    const blobs: Blob[] = [];
    sinon.stub(URL, 'createObjectURL').callsFake(blob => {
      blobs.push(blob as Blob);
      return 'blob:review';
    });
    sinon.stub(HTMLAnchorElement.prototype, 'click');
    root.querySelector<HTMLButtonElement>('.export button')!.click();
    const file = JSON.parse(await blobs[0].text()) as ReviewFile;
    expect(file).to.deep.include({ format: 'welcome-widgets-review', version: 1, locale: 'ru', reviewer: 'Olga', native: true });
    expect(file.units).to.deep.equal([{ id: 'point-card.route', target: 'Как добраться', previous: 'Маршрут', english: 'Route' }]);
    expect(root.querySelector('.export-status')!.textContent).to.match(/^Downloaded review-ru-\d{4}-\d\d-\d\d\.json with 1 correction\(s\)/);
    await expect(root).to.be.accessible();
  });
});
