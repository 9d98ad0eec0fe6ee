// SPDX-License-Identifier: EUPL-1.2
/**
 * WCAG 1.4.12 Text Spacing (required by BITV): with the visitor's spacing set on the page the way
 * the WCAG test bookmarklets do it (line height 1.5, paragraph spacing 2em, letter spacing
 * 0.12em, word spacing 0.16em, all !important on every element), the spacing reaches the text
 * inside the widgets, and nothing is clipped or overlaps, at 320 px and wide, left to right and
 * right to left.
 */
import { expect } from '@open-wc/testing';
import { WIDGETS, create, deepQueryAll, settled, stage, type Widget } from '../hostile/support.js';

const WCAG_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Elements whose content the layout cuts off: overflow hidden/clip and content bigger than the box. */
function clipped(el: Widget): string[] {
  const found: string[] = [];
  for (const node of deepQueryAll<HTMLElement>(el, '*')) {
    if (node.closest('.visually-hidden, .leaflet-container, [hidden]') || !node.getClientRects().length) continue;
    const style = getComputedStyle(node);
    // Hidden on purpose until focused ("Skip map"), like .visually-hidden: not cut by the spacing.
    if (style.clipPath === 'inset(50%)') continue;
    const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
    const tooWide = cuts(style.overflowX) && node.scrollWidth > node.clientWidth + 1;
    const tooHigh = cuts(style.overflowY) && node.scrollHeight > node.clientHeight + 1;
    if ((tooWide || tooHigh) && node.textContent?.trim()) found.push(`${node.localName}.${node.className} "${node.textContent.trim().slice(0, 30)}"`);
  }
  return found;
}

/** Buttons, links and headings that overlap one another (text drawn over text). */
function overlapping(el: Widget): string[] {
  const boxes = deepQueryAll<HTMLElement>(el, 'button, a, h2, h3, h4, label, [part~="badge"]')
    .filter(node => !node.closest('.visually-hidden, .leaflet-container, [hidden]') && node.getClientRects().length)
    .map(node => ({ node, box: node.getBoundingClientRect() }));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.node.contains(b.node) || b.node.contains(a.node)) continue;
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 2 && y > 2) found.push(`"${a.node.textContent?.trim().slice(0, 25)}" / "${b.node.textContent?.trim().slice(0, 25)}"`);
    }
  }
  return found;
}

describe('user text spacing (WCAG 1.4.12)', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = Object.assign(document.createElement('style'), { textContent: WCAG_SPACING });
    document.head.append(style);
  });
  after(() => style.remove());

  for (const width of [320, 1000]) {
    for (const lang of ['en', 'ar']) {
      for (const spec of WIDGETS) {
        it(`<${spec.tag}> at ${width} px (${lang}): takes the spacing, clips nothing, overlaps nothing`, async () => {
          const place = stage(width);
          try {
            const el = create(spec, place.parent, { src: '/demo/data/duesseldorf.json' }, { lang, view: spec.tag === 'welcome-point-finder' ? 'list' : '' });
            if (spec.tag !== 'welcome-point-finder') el.removeAttribute('view');
            await settled(el, 15_000);
            const text = deepQueryAll<HTMLElement>(el, spec.content)[0];
            expect(text, 'an entry').to.exist;
            const inner = getComputedStyle(text);
            const fontSize = parseFloat(inner.fontSize);
            // the visitor's spacing arrived inside the shadow root (inherited from the host)
            expect(parseFloat(inner.letterSpacing), 'letter spacing').to.be.closeTo(0.12 * 16, 0.3);
            expect(parseFloat(inner.wordSpacing), 'word spacing').to.be.closeTo(0.16 * 16, 0.3);
            expect(parseFloat(inner.lineHeight) / fontSize, 'line height').to.be.at.least(1.45);
            expect(clipped(el), 'clipped').to.deep.equal([]);
            expect(overlapping(el), 'overlapping').to.deep.equal([]);
            expect(el.getBoundingClientRect().width, 'no wider than its container').to.be.at.most(width + 0.5);
          } finally {
            place.dispose();
          }
        });
      }
    }
  }

  it('without a visitor setting, the widgets keep their own readable spacing, not the page’s', async () => {
    style.remove();
    const place = stage(800);
    place.parent.style.cssText += '; letter-spacing: 0.3em; word-spacing: 1em; line-height: 0.8';
    try {
      const el = create(WIDGETS[1], place.parent, { src: '/demo/data/duesseldorf.json' });
      await settled(el, 15_000);
      const inner = getComputedStyle(deepQueryAll(el, WIDGETS[1].content)[0]);
      expect(inner.letterSpacing).to.be.oneOf(['normal', '0px']);
      expect(parseFloat(inner.wordSpacing) || 0).to.equal(0);
      expect(parseFloat(inner.lineHeight) / parseFloat(inner.fontSize)).to.be.at.least(1.45);
    } finally {
      place.dispose();
      document.head.append(style);
    }
  });
});
