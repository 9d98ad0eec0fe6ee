// SPDX-License-Identifier: EUPL-1.2
/**
 * An XSS corpus placed in every text and every link of the sample feed. The payloads call a
 * canary that must never run; no shadow root may contain a `javascript:`-like link; the layout
 * holds (100 kB names wrap inside the viewport) and the text is shown as text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { WIDGETS, create, quietFeedWarnings, deepQueryAll, feedUrl, sampleFeed, settled, shadowRoots, stage, watchErrors } from './support.js';
import type { Widget, WidgetSpec } from './support.js';

declare global {
  interface Window {
    __xssCanary?: (...args: unknown[]) => void;
  }
}

const CALL = 'window.__xssCanary(1)';
const LONG = `${'Wel\u00adcome'.repeat(2)}${'W'.repeat(100_000)}`;

/** Payloads for text fields (OWASP XSS filter evasion cheat sheet, abridged). */
const TEXTS = [
  `<script>${CALL}</script>`,
  `<img src=x onerror=${CALL}>`,
  `<svg onload=${CALL}><circle r=1 /></svg>`,
  `"><svg/onload=${CALL}>`,
  `'"><iframe srcdoc="<script>parent.__xssCanary(1)</script>">`,
  `<a href="javascript:${CALL}">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${CALL}>`,
  `\u202Egnp.exe\u202C <b onmouseover=${CALL}>bidi</b>`,
  `{{constructor.constructor('${CALL}')()}} \${${CALL}}`,
  `<style>*{display:none!important}</style><body onload=${CALL}>`,
  LONG,
];

/**
 * Payloads for link fields: schemes with case, whitespace, entity and control-character tricks.
 * The validator must drop each (or keep only a harmless http(s) link).
 */
const URLS = [
  `javascript:${CALL}`,
  `JaVaScRiPt:${CALL}`,
  ` \t\njavascript:${CALL}`,
  `java\tscript:${CALL}`,
  `java\u0000script:${CALL}`,
  `\u0001javascript:${CALL}`,
  `javascript&colon;${CALL}`,
  `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${CALL}`,
  `vbscript:msgbox(1)`,
  `VBScript:${CALL}`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3NDYW5hcnkoMSk8L3NjcmlwdD4=`,
  `data:image/svg+xml,<svg onload="${CALL}"/>`,
  `https://example.org/"><img src=x onerror=${CALL}>`,
  `https://example.org/${'a'.repeat(100_000)}`,
];

/** Keys whose values are text shown to people (a string, or an object of texts by language). */
const TEXT_KEYS = new Set(['name', 'title', 'description', 'label', 'note', 'hoursNote', 'publisher', 'street', 'city', 'cost']);
const LONG_USES = 12;

/** Replaces every shown text with a text payload and every link with a link payload, in turn. */
function poison(feed: Record<string, unknown>): { feed: Record<string, unknown>; texts: number; urls: number } {
  let texts = 0;
  let urls = 0;
  let longs = 0;
  const text = () => {
    let payload = TEXTS[texts++ % TEXTS.length];
    // a few 100 kB strings are enough; hundreds would only make the feed slow to test
    if (payload === LONG && ++longs > LONG_USES) payload = TEXTS[texts++ % TEXTS.length];
    return payload;
  };
  const walk = (value: unknown, key: string): unknown => {
    if (key === 'url' && typeof value === 'string') return URLS[urls++ % URLS.length];
    if (TEXT_KEYS.has(key)) {
      if (typeof value === 'string') return text();
      if (value && typeof value === 'object' && !Array.isArray(value)) return Object.fromEntries(Object.keys(value).map(lang => [lang, text()]));
    }
    if (Array.isArray(value)) return value.map(item => walk(item, ''));
    if (value && typeof value === 'object') {
      const record: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      // every point and offer gets links to poison
      if ('welcomePointId' in record) record.url ??= '';
      if ('address' in record) {
        record.contact = { ...(record.contact as object), url: '' };
        record.operator = { ...(record.operator as object), url: '' };
      }
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  const poisoned = walk(feed, '') as Record<string, unknown> & Record<'welcomePoints' | 'offers', Record<string, unknown>[]>;
  // the first point and offer get the 100 kB names whatever the rotation gave them
  poisoned.welcomePoints[0].name = LONG;
  poisoned.offers[0].title = LONG;
  return { feed: poisoned, texts, urls };
}

/** A link that would run script: javascript:, vbscript: or an HTML/SVG data: URL, however spelt. */
function dangerous(value: string): boolean {
  // what the URL parser strips (leading/trailing C0 and space, tabs and newlines anywhere)
  // eslint-disable-next-line no-control-regex
  const normalised = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript):/.test(normalised) || /^data:(text\/html|image\/svg|application\/xhtml)/.test(normalised);
}

const LINK_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster'];

describe('XSS corpus in every feed field', () => {
  let poisoned: ReturnType<typeof poison>;
  let canary: ((...args: unknown[]) => void) | undefined;
  const calls: unknown[][] = [];

  let restoreWarnings: () => void;

  before(async () => {
    restoreWarnings = quietFeedWarnings();
    poisoned = poison(await sampleFeed());
    window.__xssCanary = (...args) => calls.push(args);
    canary = window.__xssCanary;
  });
  after(async () => {
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
        expect(el.feedController.state).to.equal('ready');
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
