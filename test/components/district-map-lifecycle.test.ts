// SPDX-License-Identifier: EUPL-1.2
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/district-map/district-map.js';
import type { DistrictMap } from '../../src/components/district-map/district-map.component.js';

const FEED = '/test/fixtures/district-map.json';

// Module requests are counted below; make room for all of them in the timing buffer.
performance.setResourceTimingBufferSize(10000);
const leafletRequested = () => performance.getEntriesByType('resource').some(entry => /leaflet/i.test(entry.name));

describe('<district-map> lifecycle', () => {
  it('loads Leaflet only when a map is connected, as a module of its own', async () => {
    expect(customElements.get('district-map')).to.exist;
    expect(leafletRequested(), 'Leaflet loaded with the element module').to.be.false;
    const el = await fixture<DistrictMap>(html`<district-map src=${FEED}></district-map>`);
    expect(await el.mapReady).to.be.true;
    expect(leafletRequested()).to.be.true;
  });

  it('removes its Leaflet map on disconnect: 100 mounts leave no map behind', async () => {
    const { liveMapCount } = await import('../../src/map/leaflet-map.js');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const baseline = liveMapCount();
    for (let i = 0; i < 100; i++) {
      const el = document.createElement('district-map');
      el.src = FEED;
      host.append(el);
      await el.mapReady;
      await el.updateComplete;
      expect(liveMapCount()).to.equal(baseline + 1);
      el.remove();
    }
    expect(liveMapCount()).to.equal(baseline);
    expect(host.querySelectorAll('district-map')).to.have.length(0);
  });

  it('builds the map again when moved in the page', async () => {
    const { liveMapCount } = await import('../../src/map/leaflet-map.js');
    const host = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
    const el = document.createElement('district-map');
    el.src = FEED;
    host.querySelector('#a')!.append(el);
    await el.mapReady;
    const before = liveMapCount();
    host.querySelector('#b')!.append(el);
    await el.updateComplete;
    expect(liveMapCount()).to.equal(before);
    expect(el.shadowRoot!.querySelectorAll('path.district')).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('.leaflet-container')).to.have.length(1);
  });
});
