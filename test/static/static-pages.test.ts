// SPDX-License-Identifier: EUPL-1.2
/**
 * The static edition in real engines: pages made by `welcome-feed render` (dist/static.js, via
 * the test server's /__test/static-render route) opened in iframes. The hardening suite's XSS
 * corpus runs no script even with the page's CSP taken out, and a point page reads in order.
 * Axe and reflow of every kind of page: static-a11y.test.ts (one file each keeps WebKit within
 * the runner's time per file).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LINK_ATTRIBUTES, dangerous, poison } from '../hostile/xss-corpus.js';
import { open, render, sample } from '../helpers/static-pages.js';
import { afterFrame } from '../helpers/wait.js';

declare global {
  interface Window {
    __xssCanary?: (...args: unknown[]) => void;
  }
}

describe('static edition', function () {
  this.timeout(120_000);

  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  describe('the XSS corpus in every feed field', () => {
    let base: string;
    const calls: unknown[][] = [];

    before(async () => {
      window.__xssCanary = (...args) => calls.push(args);
      base = await render(poison(await sample()).feed, ['en', 'ar']);
    });
    after(() => delete window.__xssCanary);

    for (const path of ['en/', 'ar/', 'en/points/wp-nord/', 'ar/points/wp-nord/', 'en/points/wp-01/', 'en/districts/5/']) {
      it(`${path}: runs no payload, has no script, handler or script link, and keeps 320 px`, async () => {
        // the frame gets the canary first, so a payload that ran would be counted
        const frame = await open(`${base}${path}`, 320, '<script>window.__xssCanary = (...args) => parent.__xssCanary(...args)</script>');
        const doc = frame.contentDocument!;
        // a payload waiting for a later event (image errors, animations) gets its chance
        await afterFrame(frame.contentWindow!);
        expect(calls, 'the canary was called').to.deep.equal([]);
        const scripts = [...doc.querySelectorAll('script')].filter(s => s.type !== 'application/ld+json' && !s.textContent.includes('__xssCanary ='));
        expect(scripts.map(s => s.outerHTML.slice(0, 80))).to.deep.equal([]);
        expect(doc.querySelectorAll('iframe, object, embed, img, style, [onerror], [onload], [onmouseover], [srcdoc]')).to.have.length(0);
        const bad: string[] = [];
        let links = 0;
        for (const node of doc.querySelectorAll('*')) {
          for (const name of LINK_ATTRIBUTES) {
            const value = node.getAttribute(name);
            if (value === null) continue;
            links++;
            if (dangerous(value)) bad.push(`<${node.localName} ${name}="${value.slice(0, 60)}">`);
          }
        }
        expect(bad).to.deep.equal([]);
        expect(links).to.be.greaterThan(5);
        // Which payload lands in which field depends on the feed's shape; some markup shows as text.
        expect(doc.body.textContent, 'a payload shown as text').to.match(/<(img|svg|a|iframe)\b[^>]*__xssCanary/);
        expect(doc.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(320);
      });
    }
  });

  describe('the sample feed', () => {
    let base: string;
    before(async () => {
      base = await render(await sample(), ['de']);
    });

    it('a point page reads in order: name, address, hours; the map is a link', async () => {
      const frame = await open(`${base}de/points/wp-nord/`, 1280);
      const doc = frame.contentDocument!;
      expect(doc.querySelector('h1')!.textContent).to.equal('Welcome Point Nord');
      const main = doc.querySelector('main')!.textContent.replace(/\s+/g, ' ');
      const at = ['Welcome Point Nord', 'Niederrheinstraße 20', 'Öffnungszeiten', 'Montag'].map(part => main.indexOf(part));
      expect(at.every((value, i) => value >= 0 && (i === 0 || value > at[i - 1])), at.join(',')).to.equal(true);
      const route = doc.querySelector<HTMLAnchorElement>('a.maplink')!;
      expect(new URL(route.href).hostname).to.equal('www.openstreetmap.org');
      // print: the QR code shows, the language navigation does not
      expect(getComputedStyle(doc.querySelector('.qr')!).display).to.equal('none');
    });
  });
});
