// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import { matchesQuery, normalizeForSearch, queryVariants } from '../../src/feed/search.js';

describe('search: normalizeForSearch', () => {
  const cases: Array<[string, string, string]> = [
    ['lower-cases', 'Welcome POINT', 'welcome point'],
    ['strips German umlauts', 'Düsseldorf Öffnungszeiten Ärztin', 'dusseldorf offnungszeiten arztin'],
    ['ß becomes ss', 'Münsterstraße', 'munsterstrasse'],
    ['capital ẞ becomes ss', 'STRAẞE', 'strasse'],
    ['strips French and Turkish accents', 'Café Çay Şehir', 'cafe cay sehir'],
    ['turns punctuation into spaces and collapses them', '  Sprach-Café,   Bilk! ', 'sprach cafe bilk'],
    ['removes Arabic tashkeel', 'مَقْهَى اللُّغَة', 'مقهي اللغه'],
    ['removes Arabic tatweel', 'عـــربي', 'عربي'],
    ['unifies alef with hamza and madda', 'أحمد إبراهيم آمنة', 'احمد ابراهيم امنه'],
    ['unifies alef maksura and Persian yeh', 'مستشفى فارسی', 'مستشفي فارسي'],
    ['Cyrillic ё becomes е', 'Ёлка, ещё', 'елка еще'],
    ['keeps Cyrillic otherwise', 'Консультация', 'консультация'],
    ['keeps Ukrainian letters searchable', 'Консультація для біженців', 'консультація для біженців'],
    ['й and ї lose their marks like any accent', 'Київ, район', 'киів раион'],
    ['keeps digits', 'Welcome Point 08', 'welcome point 08'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(normalizeForSearch(input)).to.equal(expected));
  }
});

describe('search: matchesQuery', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['umlaut typed without umlaut', 'Beratung in Düsseldorf', 'dusseldorf', true],
    ['umlaut typed as ue', 'Beratung in Düsseldorf', 'Duesseldorf', true],
    ['umlaut typed as umlaut', 'Beratung in Dusseldorf', 'Düsseldorf', true],
    ['ss for ß', 'Merowinger Straße 24', 'merowinger strasse', true],
    ['ß for ss', 'Merowinger Strasse 24', 'Straße', true],
    ['ue in the text still matches as typed', 'Museum Kunstpalast', 'museum', true],
    ['prefix while typing', 'Museum Kunstpalast', 'mus', true],
    ['all words must occur, in any order', 'Sprachcafé für Frauen, Bilk', 'bilk frauen', true],
    ['a missing word fails', 'Sprachcafé für Frauen, Bilk', 'bilk männer', false],
    ['Arabic without tashkeel finds vocalised text', 'مَقْهَى اللُّغَة', 'مقهى', true],
    ['Arabic with hamza finds text without', 'استشارة اللجوء', 'إستشارة', true],
    ['Arabic teh marbuta typed as heh', 'استشارة', 'استشاره', true],
    ['Persian keyboard finds Arabic spelling', 'مقهى', 'مقهی', true],
    ['Cyrillic case-insensitive', 'Консультация для беженцев', 'КОНСУЛЬТАЦИЯ', true],
    ['Cyrillic ё/е', 'Ёлочный базар', 'елочный', true],
    ['Ukrainian', 'Юридична консультація', 'консультац', true],
    ['unrelated word fails', 'Sprachcafé', 'Schuldnerberatung', false],
    ['empty query matches everything', 'Sprachcafé', '   ', true],
  ];
  for (const [name, haystack, query, expected] of cases) {
    it(name, () => expect(matchesQuery(normalizeForSearch(haystack), queryVariants(query))).to.equal(expected));
  }
});
