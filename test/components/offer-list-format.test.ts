// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import {
  formatDays,
  formatLanguage,
  formatList,
  formatRelativeDay,
  formatSlots,
  formatTime,
  formatTimeRange,
  formatWeekday,
} from '../../src/i18n/format-schedule.js';
import type { Slot } from '../../src/feed/schema.js';

const spaces = (s: string) => s.replace(/[\s\u202f\u00a0]+/g, ' ');
const monWed: Slot[] = [{ days: ['mo', 'we'], opens: '10:00', closes: '12:00' }];
const weekdays: Slot[] = [
  { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' },
  { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '13:00', closes: '17:00' },
  { days: ['sa'], opens: '10:00', closes: '24:00' },
];

describe('offer-list formatting (Intl)', () => {
  it('weekly slots in German', () => {
    expect(spaces(formatSlots(monWed, 'de'))).to.equal('Mo und Mi 10:00–12:00 Uhr');
    expect(spaces(formatSlots(weekdays, 'de'))).to.equal('Mo – Fr 09:00–12:00 Uhr und 13:00–17:00 Uhr, Sa 10:00–24:00');
  });

  it('weekly slots in English (US and British clocks)', () => {
    expect(spaces(formatSlots(monWed, 'en'))).to.equal('Mon, Wed 10:00 AM – 12:00 PM');
    expect(spaces(formatSlots(monWed, 'en-GB'))).to.equal('Mon, Wed 10:00–12:00');
    expect(spaces(formatSlots(weekdays, 'en-GB'))).to.equal('Mon – Fri 09:00–12:00 and 13:00–17:00, Sat 10:00–24:00');
  });

  it('weekly slots in Arabic', () => {
    // Older ICU (WebKitGTK on Debian) writes Arabic with Arabic-Indic digits by default, newer ICU
    // (Blink, Gecko) with Latin digits; both are right for Arabic readers.
    const latinDigits = (text: string) => text.replace(/[\u0660-\u0669]/g, d => String(d.charCodeAt(0) - 0x660)).replace(/\u066B/g, ':');
    expect(latinDigits(spaces(formatSlots(monWed, 'ar')))).to.equal('الاثنين والأربعاء 10:00 ص – 12:00 م');
    expect(spaces(formatDays(['mo', 'tu', 'we', 'th', 'fr'], 'ar'))).to.equal('الاثنين – الجمعة');
  });

  it('consecutive days become a range only from three on', () => {
    expect(spaces(formatDays(['mo', 'tu'], 'en'))).to.equal('Mon, Tue');
    expect(spaces(formatDays(['mo', 'tu', 'we', 'fr'], 'en'))).to.equal('Mon – Wed, Fri');
    expect(spaces(formatDays(['su', 'sa', 'su'], 'en'))).to.equal('Sat, Sun');
  });

  it('weekdays, times, lists, relative days and languages', () => {
    expect(formatWeekday('mo', 'de')).to.equal('Mo');
    expect(formatWeekday('we', 'en', 'long')).to.equal('Wednesday');
    expect(formatTime('24:00', 'de')).to.equal('24:00');
    expect(spaces(formatTime('17:30', 'en'))).to.equal('5:30 PM');
    expect(spaces(formatTimeRange('09:00', '12:00', 'en-GB'))).to.equal('09:00–12:00');
    expect(formatList(['Deutsch', 'Arabisch'], 'de')).to.equal('Deutsch und Arabisch');
    expect(formatRelativeDay('2026-03-04', '2026-03-04', 'de')).to.equal('heute');
    expect(formatRelativeDay('2026-03-05', '2026-03-04', 'en')).to.equal('tomorrow');
    expect(formatRelativeDay('2026-03-06', '2026-03-04', 'en')).to.equal('Friday, March 6');
    expect(formatLanguage('ar')).to.equal('العربية');
    expect(formatLanguage('uk')).to.equal('Українська');
    expect(formatLanguage('ar', 'de')).to.equal('Arabisch');
    expect(formatLanguage('not a tag')).to.equal('not a tag');
  });
});
