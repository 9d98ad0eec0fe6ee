// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import { namedByNumber } from '../../src/map/labels.js';
import type { MapDistrict } from '../../src/map/types.js';

const districts = (...names: Array<[number | undefined, string]>): MapDistrict[] =>
  names.map(([number, name], i) => ({ id: `d${i}`, number, name, accessibleName: name }));

describe('namedByNumber: labels show the number alone when names only repeat it', () => {
  const byNumber: Array<[string, MapDistrict[]]> = [
    ['German', districts([1, 'Stadtbezirk 1'], [6, 'Stadtbezirk 6'], [10, 'Stadtbezirk 10'])],
    ['Arabic', districts([1, 'المنطقة 1'], [6, 'المنطقة 6'])],
    ['Arabic-Indic digits', districts([1, 'المنطقة ١'], [6, 'المنطقة ٦'])],
    ['Persian digits', districts([1, 'منطقه ۱'], [6, 'منطقه ۶'])],
    ['Turkish ordinals', districts([1, '1. İlçe'], [6, '6. İlçe'])],
    ['the number alone', districts([3, '3'], [4, '4'])],
  ];
  for (const [what, list] of byNumber) it(`${what}: by number`, () => expect(namedByNumber(list)).to.be.true);

  const named: Array<[string, MapDistrict[]]> = [
    ['real names', districts([1, 'Mitte'], [4, 'Oberkassel'])],
    ['names with their numbers', districts([1, 'Mitte 1'], [7, 'Gerresheim 7'])],
    ['one district with a name', districts([1, 'Stadtbezirk 1'], [2, 'Flingern/Düsseltal'])],
    ['a number that is not the district’s', districts([1, 'Stadtbezirk 1'], [2, 'Stadtbezirk 12'])],
    ['districts without numbers', districts([undefined, 'Stadtbezirk 1'], [undefined, 'Stadtbezirk 2'])],
  ];
  for (const [what, list] of named) it(`${what}: names shown`, () => expect(namedByNumber(list)).to.be.false);
});
