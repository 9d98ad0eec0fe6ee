// SPDX-License-Identifier: EUPL-1.2
/**
 * Every kind of page of the static edition (language choice, index, district, point) of the
 * sample feed is axe-clean at 320 and 1280 px, left to right and right to left, and reflows
 * without a horizontal scroll bar; run in Chromium, Firefox and WebKit.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { axe, open, render, sample, summary } from '../helpers/static-pages.js';

describe('static edition: accessibility', function () {
  this.timeout(120_000);

  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  describe('the sample feed', () => {
    let base: string;
    /** The same site with Arabic first: its root (the language choice) is then right to left. */
    let arabicFirst: string;
    before(async () => {
      base = await render(await sample(), ['de', 'ar']);
      arabicFirst = await render(await sample(), ['ar', 'de']);
    });

    /** Every kind of page: the language choice at the root, the index, a point and a district. */
    const pages = [
      ...['de', 'ar'].map(lang => ({ lang, site: () => (lang === 'de' ? base : arabicFirst), path: '' })),
      ...['de', 'ar'].flatMap(lang => ['', 'points/wp-nord/', 'districts/5/'].map(page => ({ lang, site: () => base, path: `${lang}/${page}` }))),
    ];
    for (const { lang, site, path } of pages) {
      for (const width of [320, 1280]) {
        it(`${path || `the root (${lang} first)`} is axe-clean at ${width} px and reflows`, async () => {
          const frame = await open(`${site()}${path}`, width);
          const doc = frame.contentDocument!;
          expect(doc.documentElement.lang).to.equal(lang);
          expect(doc.documentElement.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          expect(getComputedStyle(doc.body).maxInlineSize, 'site.css applies').to.not.equal('none');
          expect(doc.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(width);
          expect(summary(await axe(frame))).to.deep.equal([]);
        });
      }
    }
  });
});
