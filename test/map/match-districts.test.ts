// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import { matchDistrictFeatures, placeKey } from '../../src/map/match-districts.js';
import type { District } from '../../src/feed/schema.js';

const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]],
});
const feature = (properties: Record<string, unknown>, x = 0, geometry: unknown = square(x)) => ({ type: 'Feature', properties, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

const districts: District[] = [
  { id: 'd1', number: 1, name: { de: 'Mitte', en: 'Centre' }, quarters: [{ id: 'q011', name: 'Altstadt' }, { id: 'q012', name: 'Stadtmitte' }] },
  { id: 'd2', number: 2, name: 'Flingern/Düsseltal', quarters: [{ id: 'q021', name: 'Flingern-Nord' }, { id: 'q023', name: 'Düsseltal' }] },
  { id: 'd7', number: 7, name: 'Gerresheim', quarters: [{ id: 'q071', name: 'Straßenviertel' }] },
];

describe('placeKey', () => {
  const same: Array<[string, string]> = [
    ['Flingern-Nord', 'Flingern Nord'],
    ['Flingern-Nord', 'flingern nord'],
    ['Düsseltal', 'Duesseltal'],
    ['Düsseltal', 'Dusseltal'],
    ['Straßenviertel', 'Strassenviertel'],
    ['Lörick', 'Loerick'],
    ['  Garath ', 'Garath'],
  ];
  for (const [a, b] of same) it(`"${a}" ≡ "${b}"`, () => expect(placeKey(a)).to.equal(placeKey(b)));
  it('keeps different places apart', () => {
    expect(placeKey('Flingern-Nord')).not.to.equal(placeKey('Flingern-Süd'));
    expect(placeKey('Unterrath')).not.to.equal(placeKey('Rath'));
  });
});

describe('matchDistrictFeatures', () => {
  it('matches quarters by name, in any spelling, and merges them into one shape per district', () => {
    const { shapes, unmatched } = matchDistrictFeatures(
      collection(feature({ name: 'Altstadt' }, 0), feature({ name: 'Stadtmitte' }, 1), feature({ name: 'Flingern Nord' }, 2), feature({ name: 'Duesseltal' }, 3)),
      districts,
      { quarterProperty: 'name' },
    );
    expect(unmatched).to.deep.equal([]);
    expect([...shapes.keys()]).to.deep.equal(['d1', 'd2']);
    expect(shapes.get('d1')!.type).to.equal('MultiPolygon');
    expect(shapes.get('d1')!.coordinates).to.have.length(2);
    expect(shapes.get('d2')!.coordinates).to.have.length(2);
  });

  it('matches quarters by official number against the digits of the quarter id', () => {
    const { shapes } = matchDistrictFeatures(collection(feature({ nr: '071' }), feature({ nr: 12 })), districts, { quarterProperty: 'nr' });
    expect([...shapes.keys()].sort()).to.deep.equal(['d1', 'd7']);
  });

  it('matches districts by id, number or any name with district-id-property', () => {
    const { shapes, unmatched } = matchDistrictFeatures(
      collection(feature({ key: 'd1' }, 0), feature({ key: 2 }, 1), feature({ key: 'GERRESHEIM' }, 2), feature({ key: 'Centre' }, 3)),
      districts,
      { districtIdProperty: 'key' },
    );
    expect(unmatched).to.deep.equal([]);
    expect(shapes.get('d1')!.coordinates).to.have.length(2);
    expect(shapes.has('d2') && shapes.has('d7')).to.be.true;
  });

  it('without options tries the name as a quarter, then as a district', () => {
    const { shapes } = matchDistrictFeatures(collection(feature({ name: 'Strassenviertel' }), feature({ name: 'Mitte' }, 1)), districts);
    expect([...shapes.keys()].sort()).to.deep.equal(['d1', 'd7']);
  });

  it('reports what it cannot use instead of dropping it silently', () => {
    const { shapes, unmatched } = matchDistrictFeatures(
      collection(
        feature({ name: 'Atlantis' }),
        feature({ name: 'Altstadt' }, 0, { type: 'Point', coordinates: [6.7, 51.2] }),
        feature({ name: 'Stadtmitte' }, 0, { type: 'Polygon', coordinates: [[[0, 0], [1, 'x']]] }),
      ),
      districts,
      { quarterProperty: 'name' },
    );
    expect(shapes.size).to.equal(0);
    expect(unmatched).to.deep.equal([
      'feature 1 (name: Atlantis): no matching district',
      'feature 2 (name: Altstadt): no polygon',
      'feature 3 (name: Stadtmitte): no polygon',
    ]);
  });

  it('refuses what is not a FeatureCollection', () => {
    for (const data of [null, [], { type: 'Feature' }, { type: 'FeatureCollection', features: [1] }]) {
      expect(() => matchDistrictFeatures(data, districts)).to.throw(TypeError);
    }
  });
});
