// SPDX-License-Identifier: EUPL-1.2
/**
 * District names as the widgets show them: a name that already carries its number (in Latin,
 * Arabic-Indic or Persian digits) is not prefixed with "District N:" a second time.
 */
import { expect } from '@open-wc/testing';
import { districtLabel } from '../../src/components/district-map/district-map-list.js';
import type { District } from '../../src/feed/schema.js';

describe('district names', () => {
  const five = { id: '5', number: 5 } as District;

  it('keeps a name that already says its number, whatever the digits', () => {
    expect(districtLabel({ district: five, name: 'Stadtbezirk 5' })).to.equal('Stadtbezirk 5');
    expect(districtLabel({ district: five, name: 'منطقه ۵' })).to.equal('منطقه ۵');
    expect(districtLabel({ district: five, name: 'المنطقة ٥' })).to.equal('المنطقة ٥');
    expect(districtLabel({ district: { id: '10', number: 10 } as District, name: 'منطقه ۱۰' })).to.equal('منطقه ۱۰');
  });

  it('adds the number to a name without it, and only the right number counts', () => {
    expect(districtLabel({ district: five, name: 'Mitte' })).to.equal('District 5: Mitte');
    expect(districtLabel({ district: five, name: 'منطقه ۱۵' })).to.equal('District 5: منطقه ۱۵');
  });
});
