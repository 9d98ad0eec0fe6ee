// SPDX-License-Identifier: EUPL-1.2
/**
 * Dates and times per locale, as visitors read them: Persian in the Gregorian calendar with
 * Persian digits (the widgets announce German dates), Easy German with weekdays and months in
 * full (Leichte Sprache has no abbreviations), and Ukrainian/Russian closing dates phrased so the
 * browser's nominative month name cannot clash with a preposition.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { getLocale } from '../../src/i18n/localization.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import { formatFeedDate } from '../../src/i18n/format-opening.js';
import { formatDate, formatDateTimeRange, formatDays, formatSlots, formatTime, formatTimeRange } from '../../src/i18n/format-schedule.js';
import type { WelcomeElement } from '../../src/internal/welcome-element.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
const GERMAN_ABBREVIATION = /\b(Mo|Di|Mi|Do|Fr|Sa|So|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\./;

/** Everything a visitor can read in a widget, across nested shadow roots. */
function visibleText(root: Node): string {
  let text = '';
  const visit = (node: Node) => {
    if (node instanceof Text) text += ` ${node.data}`;
    if (node instanceof HTMLStyleElement) return;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return text.replace(/\s+/g, ' ');
}

async function finderIn(locale: string, now?: Date): Promise<WelcomeElement> {
  const el = await fixture<WelcomeElement>(html`<welcome-point-finder lang=${locale} src=${FEED} .now=${now}></welcome-point-finder>`);
  await waitUntil(() => getLocale() === locale, `locale ${locale} never loaded`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="card"]'), 'no cards');
  await el.updateComplete;
  return el;
}

afterEach(() => resetLanguageChoice());

describe('dates per locale', () => {
  describe('Persian: Gregorian calendar, Persian digits', () => {
    it('formats feed dates in the Gregorian calendar', () => {
      expect(formatFeedDate('2024-03-31', 'fa', 'month-year')).to.equal('مارس ۲۰۲۴');
      expect(formatFeedDate('2024-10-08', 'fa')).to.equal('۸ اکتبر');
      expect(formatDate(new Date('2026-03-02T09:00:00Z'), 'fa', 'Europe/Berlin', 'long')).to.contain('۲۰۲۶');
    });

    it('keeps a calendar the page asked for itself', () => {
      expect(formatFeedDate('2024-03-31', 'fa-u-ca-persian', 'month-year')).to.contain('۱۴۰۳');
    });

    it('the finder shows a closing date as a Persian reader in Germany expects it', async () => {
      const text = visibleText(await finderIn('fa'));
      // Welcome Point 01 closed for good at the end of March 2024.
      expect(text).to.contain('برای همیشه بسته شده');
      expect(text).to.contain('از مارس ۲۰۲۴');
      expect(text).not.to.match(/۱۴۰[23]/);
    });
  });

  describe('Easy German: no abbreviations', () => {
    it('writes weekdays and months in full', () => {
      expect(formatDays(['mo', 'tu', 'we', 'th', 'fr'], 'de-x-ls')).to.equal('Montag – Freitag');
      expect(formatDays(['mo', 'we'], 'de-x-ls')).to.equal('Montag und Mittwoch');
      expect(formatDate(new Date('2024-10-08T10:00:00Z'), 'de-x-ls', 'Europe/Berlin', 'medium')).to.equal('8. Oktober 2024');
      const range = formatDateTimeRange(new Date('2024-10-08T08:00:00Z'), new Date('2024-10-08T10:00:00Z'), 'de-x-ls', 'Europe/Berlin');
      expect(range).to.match(/^Dienstag, 8\. Oktober 2024/);
      expect(range).not.to.match(GERMAN_ABBREVIATION);
      // Plain German keeps its usual short forms.
      expect(formatSlots([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }], 'de')).to.equal('Mo – Fr 09:00–17:00 Uhr');
    });

    it('the finder shows opening hours with full weekday names', async () => {
      const text = visibleText(await finderIn('de-x-ls'));
      expect(text).to.contain('Montag');
      expect(text).not.to.match(GERMAN_ABBREVIATION);
      expect(text).to.contain('Für immer geschlossen');
      expect(text).to.contain('seit März 2024');
    });
  });

  describe('Ukrainian and Russian: no preposition before the nominative month', () => {
    for (const [locale, label, month] of [
      ['uk', 'дата закриття: ', 'березень 2024'],
      ['ru', 'дата закрытия: ', 'март 2024'],
    ] as const) {
      it(`${locale}: "${label}${month}"`, async () => {
        const text = visibleText(await finderIn(locale));
        expect(text).to.contain(`${label}${month}`);
      });
    }
  });

  describe('Arabic: the day period stays on the line of its time', () => {
    it('joins "ص" and "م" to the time with a no-break space', () => {
      expect(formatTime('17:00', 'ar')).to.match(/\p{Nd}\u00a0م$/u);
      expect(formatTimeRange('10:00', '14:00', 'ar')).to.match(/\p{Nd}\u00a0ص.*\p{Nd}\u00a0م$/u);
      expect(formatDateTimeRange(new Date('2026-03-02T09:00:00Z'), new Date('2026-03-02T13:00:00Z'), 'ar', 'Europe/Berlin')).not.to.match(/\p{Nd} [صم](?!\p{L})/u);
    });

    it('no card in a 312 px column (a 360 px phone with page margins) puts "ص" or "م" on another line than its time', async function () {
      // WebKit still breaks the line at the no-break space between Arabic-Indic digits and the day
      // period (the formatters above give it the same no-break space); Chromium and Firefox keep them together.
      if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent)) this.skip();
      const el = await finderIn('ar');
      el.style.inlineSize = '312px';
      const times: Range[] = [];
      const visit = (node: Node) => {
        if (node instanceof Text) {
          for (const match of node.data.matchAll(/\p{Nd}+[:٫]\p{Nd}+\s[صم](?!\p{L})/gu)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            times.push(range);
          }
        }
        if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
        node.childNodes.forEach(visit);
      };
      visit(el);
      expect(times.length, 'times with a day period in the cards').to.be.greaterThan(5);
      // One rect per bidi run (digits run left to right); runs on one line overlap vertically, even
      // where their fonts give them different heights.
      const onOneLine = (rects: DOMRect[]) => rects.every(rect => rect.top < rects[0].bottom - 1 && rect.bottom > rects[0].top + 1);
      const broken = times.filter(range => !onOneLine([...range.getClientRects()]));
      // Spaces and direction marks shown as code points, so a failure says which space broke.
      const visible = (text: string) => text.replace(/[\s\u200e\u200f\u061c]/gu, c => `<U+${c.charCodeAt(0).toString(16)}>`);
      expect(broken.map(range => `${visible(range.toString())} ${[...range.getClientRects()].map(r => `${Math.round(r.top)}-${Math.round(r.bottom)}`).join(',')}`)).to.deep.equal([]);
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('the next opening names day and time with the word the language needs between them', () => {
    // Saturday 7 November 2026, 15:00 in Düsseldorf: Welcome Point Nord opens again on Monday at 9:00.
    const saturday = new Date('2026-11-07T14:00:00Z');
    // Engines differ on a leading zero in 24-hour times ("9:00" / "09:00"); both are right.
    for (const [locale, expected] of [
      ['de', /öffnet Montag um 0?9:00/],
      ['de-x-ls', /öffnet am Montag um 0?9:00 Uhr/],
      ['uk', /відкриється: понеділок, о 0?9:00/],
      ['tr', /açılış: Pazartesi, saat 0?9:00/],
    ] as const) {
      it(`${locale}: ${String(expected)}`, async () => {
        const text = visibleText(await finderIn(locale, saturday));
        const nord = text.slice(text.indexOf('Welcome Point Nord'), text.indexOf('Welcome Point Nord') + 120);
        expect(nord).to.match(expected);
      });
    }
  });
});
