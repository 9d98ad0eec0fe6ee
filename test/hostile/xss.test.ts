// SPDX-License-Identifier: EUPL-1.2
/**
 * An XSS corpus placed in every text and every link of the sample feed. The payloads call a
 * canary that must never run; no shadow root may contain a `javascript:`-like link; the layout
 * holds (100 kB names wrap inside the viewport) and the text is shown as text.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import { WIDGETS, create, quietFeedWarnings, deepQueryAll, feedUrl, sampleFeed, settled, shadowRoots, stage, watchErrors } from './support.js';
import type { Widget, WidgetSpec } from './support.js';
import { LINK_ATTRIBUTES, TEXTS, URLS, dangerous, poison } from './xss-corpus.js';
import { waitUntil } from '../helpers/wait.js';

declare global {
  interface Window {
    __xssCanary?: (...args: unknown[]) => void;
  }
}

describe('XSS corpus in every feed field', () => {
  let poisoned: ReturnType<typeof poison>;
  let canary: ((...args: unknown[]) => void) | undefined;
  const calls: unknown[][] = [];

  let restoreWarnings: () => void;
  let downloads: sinon.SinonStub;

  before(async () => {
    restoreWarnings = quietFeedWarnings();
    // The calendar buttons below make their .ics for real, but must not save it: a real download
    // opens the browser's downloads panel, which takes the focus from the test window for the
    // rest of the run (Firefox then skips the default action of every key a later file sends).
    downloads = sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      if (!this.hasAttribute('download')) (downloads.wrappedMethod as () => void).call(this);
    });
    poisoned = poison(await sampleFeed());
    window.__xssCanary = (...args) => calls.push(args);
    canary = window.__xssCanary;
  });
  after(async () => {
    downloads.restore();
    delete window.__xssCanary;
    restoreWarnings();
    await setViewport({ width: 800, height: 600 });
  });

  it('the hostile feed really carries the corpus into texts and links', () => {
    expect(poisoned.texts).to.be.greaterThan(TEXTS.length * 20);
    expect(poisoned.urls).to.be.greaterThan(URLS.length);
    expect(canary).to.be.a('function');
  });

  function suite(spec: WidgetSpec) {
    describe(`<${spec.tag}>`, () => {
      let el: Widget;
      let dispose: () => void;
      let errors: ReturnType<typeof watchErrors>;
      let src: string;

      before(async function () {
        // WebKit over WebDriver needs its time for a feed with a dozen 100 kB strings
        this.timeout(60_000);
        await setViewport({ width: 390, height: 844 });
        errors = watchErrors();
        src = feedUrl(poisoned.feed);
        const place = stage(370);
        dispose = place.dispose;
        el = create(spec, place.parent, { src });
        await settled(el, 50_000);
      });
      after(() => {
        dispose();
        URL.revokeObjectURL(src);
      });

      it('renders the entries as text, runs no payload and throws nothing', async () => {
        expect(deepQueryAll(el, '[role="alert"]'), 'no load error').to.have.length(0);
        const shown = deepQueryAll(el, spec.content);
        expect(shown.length, 'entries shown').to.be.greaterThan(0);
        // interact: open every card, popup or group a visitor could open
        for (const button of deepQueryAll<HTMLButtonElement>(el, '[part~="card-toggle"], .marker__button, [part~="calendar-button"]').slice(0, 6)) {
          button.click();
          await el.updateComplete;
        }
        // what the clicks opened (offer lists in cards, popups) has loaded and rendered
        await settled(el);
        expect(calls, 'the canary was called').to.deep.equal([]);
        expect(errors.stop()).to.deep.equal([]);
        // markup from the feed stays text: no element the payloads would have made
        expect(deepQueryAll(el, 'script, iframe, object, embed, style:not([data-lit]) ~ style, [onerror], [onload], [onmouseover]')).to.have.length(0);
        const text = (el.shadowRoot!.textContent ?? '') + shadowRoots(el.shadowRoot!).map(root => root.textContent).join('');
        expect(text).to.contain('<img src=x onerror=');
      });

      it('has no link that would run script in any shadow root', () => {
        const roots = [el.shadowRoot!, ...shadowRoots(el.shadowRoot!)];
        const bad: string[] = [];
        let links = 0;
        for (const root of roots) {
          for (const node of root.querySelectorAll('*')) {
            for (const name of LINK_ATTRIBUTES) {
              const value = node.getAttribute(name);
              if (value === null) continue;
              links++;
              if (dangerous(value)) bad.push(`<${node.localName} ${name}="${value.slice(0, 60)}">`);
            }
          }
        }
        expect(bad).to.deep.equal([]);
        expect(links, 'some links were checked').to.be.greaterThan(0);
      });

      it('keeps its layout: nothing wider than the viewport, long names wrap', () => {
        const host = el.getBoundingClientRect();
        expect(host.width).to.be.within(300, 372);
        // (markers of the map may lie outside its clipped canvas; the canvas itself may not)
        const boxes = [...deepQueryAll(el, spec.content).filter(node => !node.closest('.leaflet-container, .visually-hidden')), ...deepQueryAll(el, '.leaflet-container')];
        const over = boxes.filter(node => {
          const box = node.getBoundingClientRect();
          return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
        });
        expect(over.map(node => `${node.className} ${JSON.stringify(node.getBoundingClientRect())}`)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth + 1);
      });
    });
  }

  for (const spec of WIDGETS) suite(spec);

  it('the map shows feed text in its popup, as text', async function () {
    this.timeout(60_000);
    const { parent, dispose } = stage(600);
    const src = feedUrl(poisoned.feed);
    try {
      const el = create(WIDGETS[2], parent, { src });
      await settled(el, 50_000);
      const marker = deepQueryAll<HTMLButtonElement>(el, '.marker__button')[0];
      marker.click();
      await el.updateComplete;
      await waitUntil(() => deepQueryAll(el, '.popup__title')[0], 'popup never opened');
      const title = deepQueryAll(el, '.popup__title')[0];
      expect(title, 'popup opened').to.exist;
      expect(TEXTS).to.include(title.textContent);
      expect(title.children).to.have.length(0);
      // the marker's accessible name is the poisoned name, as text
      expect(marker.getAttribute('aria-label') ?? marker.textContent).to.match(/[<\u202EW{]/);
      expect(calls).to.deep.equal([]);
    } finally {
      dispose();
      URL.revokeObjectURL(src);
    }
  });
});
