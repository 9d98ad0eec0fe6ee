// SPDX-License-Identifier: EUPL-1.2
/**
 * A map of a feed without Welcome Points: only the districts are drawn, and their labels still lie
 * inside the map box (an empty feed once cut "Gerresheim" at the map's edge).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/district-map/district-map.js';
import type { DistrictMap } from '../../src/components/district-map/district-map.component.js';
import { waitUntil } from '../helpers/wait.js';

const EMPTY = '/test/fixtures/empty.json';
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

describe('<district-map> with an empty feed', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  for (const width of [320, 1024]) {
    it(`${width} px: every district label lies inside the map box`, async () => {
      await setViewport({ width, height: 800 });
      const el = await fixture<DistrictMap>(html`<district-map src=${EMPTY} lang="de" style="margin: 0"></district-map>`);
      await el.mapReady;
      await el.updateComplete;
      const canvas = el.shadowRoot!.querySelector('.map__canvas')!.getBoundingClientRect();
      await waitUntil(() => $$(el, '.district-label__text').length === 2, 'two district labels');
      const labels = $$(el, '.district-label__text');
      const names = labels.map(label => label.textContent.replace(/\s+/g, ' ').trim());
      expect(names).to.have.members(['1 Mitte', '7 Gerresheim']);
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        const where = `${label.textContent.trim()} at ${JSON.stringify(box.toJSON())} in ${JSON.stringify(canvas.toJSON())}`;
        expect(label.closest('.district-label--outside'), `${where}: hidden as outside`).to.equal(null);
        expect(box.left >= canvas.left && box.right <= canvas.right && box.top >= canvas.top && box.bottom <= canvas.bottom, `${where}: cut at the edge`).to.be.true;
      }
      // Districts alone would look like a map that failed to load: it says there are no points.
      expect(el.shadowRoot!.querySelector('.map__note')?.textContent.trim()).to.equal('Hier gibt es keinen Welcome Point.');
      await expect(el).to.be.accessible();
    });
  }
});
