// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import { getHolidays } from 'feiertagejs';
import { HOLIDAY_REGIONS, holidayCalendar, holidaysIn } from '../../src/feed/holidays.js';

// Expected lists written from the official rules (Feiertagsgesetze of the Länder), not from the
// code: Easter Sunday 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21; Good Friday
// = Easter−2, Easter Monday +1, Ascension +39, Whit Monday +50, Corpus Christi +60;
// Repentance Day = the Wednesday before 23 November.
const EASTER_BASED: Record<number, [string, string, string, string, string]> = {
  //    Good Friday   Easter Mon    Ascension     Whit Monday   Corpus Christi
  2026: ['04-03', '04-06', '05-14', '05-25', '06-04'],
  2027: ['03-26', '03-29', '05-06', '05-17', '05-27'],
  2028: ['04-14', '04-17', '05-25', '06-05', '06-15'],
  2029: ['03-30', '04-02', '05-10', '05-21', '05-31'],
  2030: ['04-19', '04-22', '05-30', '06-10', '06-20'],
};
const REPENTANCE_DAY: Record<number, string> = { 2026: '11-18', 2027: '11-17', 2028: '11-22', 2029: '11-21', 2030: '11-20' };

function expected(region: string, year: number): string[] {
  const [goodFriday, easterMonday, ascension, whitMonday, corpusChristi] = EASTER_BASED[year];
  const common = ['01-01', goodFriday, easterMonday, '05-01', ascension, whitMonday, '10-03', '12-25', '12-26'];
  const extra: Record<string, string[]> = {
    'DE-NW': [corpusChristi, '11-01'],
    'DE-BE': ['03-08'],
    // Augsburg's Peace Festival (8 August) is a city holiday, not a Bavarian one.
    'DE-BY': ['01-06', corpusChristi, '08-15', '11-01'],
    'DE-SN': ['10-31', REPENTANCE_DAY[year]],
  };
  return [...common, ...extra[region]].map(day => `${year}-${day}`).sort();
}

describe('holidays: official lists 2026–2030', () => {
  for (const region of ['DE-NW', 'DE-BE', 'DE-BY', 'DE-SN']) {
    for (const year of [2026, 2027, 2028, 2029, 2030]) {
      it(`${region} ${year}`, () => {
        expect(holidaysIn(region, year).map(h => h.date)).to.deep.equal(expected(region, year));
      });
    }
  }

  it('names each day in German and English', () => {
    const christmas = holidaysIn('DE-NW', 2026).find(h => h.date === '2026-12-25');
    expect(christmas?.name).to.deep.equal({ de: '1. Weihnachtstag', en: 'Christmas Day' });
    expect(holidaysIn('DE-NW', 2026).find(h => h.date === '2026-06-04')?.name).to.deep.equal({ de: 'Fronleichnam', en: 'Corpus Christi' });
  });
});

describe('holidays: law changes and one-offs', () => {
  const has = (region: string, date: string) => holidaysIn(region, Number(date.slice(0, 4))).some(h => h.date === date);
  const cases: Array<[string, string, boolean]> = [
    ['DE-HB', '2016-10-31', false],
    ['DE-HB', '2017-10-31', true], // 500 years of the Reformation: everywhere once
    ['DE-NW', '2017-10-31', true],
    ['DE-NW', '2018-10-31', false],
    ['DE-HH', '2018-10-31', true], // Reformation Day in the north since 2018
    ['DE-NI', '2000-10-31', false],
    ['DE-BB', '2000-10-31', true],
    ['DE-BE', '2018-03-08', false],
    ['DE-BE', '2019-03-08', true],
    ['DE-MV', '2022-03-08', false],
    ['DE-MV', '2023-03-08', true],
    ['DE-TH', '2018-09-20', false],
    ['DE-TH', '2019-09-20', true],
    ['DE-BE', '2020-05-08', true],
    ['DE-BE', '2025-05-08', true],
    ['DE-BE', '2026-05-08', false],
    ['DE-HE', '2026-04-05', true], // Easter Sunday is a holiday in Hesse and Brandenburg
    ['DE-SN', '2026-06-04', false], // Corpus Christi only in some Saxon communities
    ['DE-BW', '2100-01-06', true],
    ['DE', '2026-12-25', true],
    ['DE', '2026-11-01', false],
  ];
  for (const [region, date, expectation] of cases) {
    it(`${region} ${date}: ${expectation ? 'holiday' : 'working day'}`, () => expect(has(region, date)).to.equal(expectation));
  }

  it('knows all 16 Länder and every one has the nine nationwide days', () => {
    expect(HOLIDAY_REGIONS.filter(code => code.startsWith('DE-'))).to.have.length(16);
    for (const region of HOLIDAY_REGIONS) expect(holidaysIn(region, 2031).length, region).to.be.at.least(9);
  });

  it('gives nothing for an unknown region', () => {
    expect(holidaysIn('DE-XX', 2026)).to.deep.equal([]);
    expect(holidayCalendar('FR-75')('2026-12-25')).to.equal(undefined);
  });

  it('agrees with feiertagejs from 2019 to 2100 apart from the documented differences', () => {
    const lands = HOLIDAY_REGIONS.filter(code => code !== 'DE');
    for (let year = 2019; year <= 2100; year++) {
      for (const region of lands) {
        const land = region.slice(3) as Parameters<typeof getHolidays>[1];
        const theirs = getHolidays(year, land)
          .map(h => h.dateString)
          // feiertagejs lists Easter and Whit Sunday only for Brandenburg, not Hesse.
          .concat(region === 'DE-HE' ? holidaysIn(region, year).filter(h => /sonntag/.test(String((h.name as { de: string }).de))).map(h => h.date) : [])
          .sort();
        const ours = holidaysIn(region, year)
          .map(h => h.date)
          // Berlin's one-off Liberation Day is not in feiertagejs.
          .filter(date => !(region === 'DE-BE' && (date === '2020-05-08' || date === '2025-05-08')));
        expect(ours, `${region} ${year}`).to.deep.equal(theirs);
      }
    }
  });

  it('the calendar looks a date up in any year', () => {
    const lookup = holidayCalendar('DE-NW');
    expect(lookup('2027-03-26')?.name).to.deep.equal({ de: 'Karfreitag', en: 'Good Friday' });
    expect(lookup('2027-03-25')).to.equal(undefined);
    expect(lookup('2099-12-26')?.date).to.equal('2099-12-26');
  });
});
