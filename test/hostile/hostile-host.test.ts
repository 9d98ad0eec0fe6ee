// SPDX-License-Identifier: EUPL-1.2
/**
 * Host pages that fight the widgets: (a) a CMS theme resetting and overriding everything
 * (test/hostile/hostile.css: `* { all: unset }`, 48 px fonts, content-box, hidden buttons,
 * shown [hidden], absolute divs…) — the widgets still look like themselves; (b) a page served
 * with a strict Content-Security-Policy and Trusted Types header — every widget renders with no
 * violation.
 */
import { expect } from '@open-wc/testing';
import { WIDGETS, create, deepQueryAll, settled, stage } from './support.js';
import type { Widget, WidgetSpec } from './support.js';
import { waitUntil } from '../helpers/wait.js';

const visible = (node: Element) => {
  const box = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  return box.width > 0 && box.height > 0 && style.display !== 'none' && style.visibility !== 'hidden';
};

function hostileCssSuite(spec: WidgetSpec) {
  describe(`<${spec.tag}> on a page with hostile global CSS`, () => {
    let el: Widget;
    let place: ReturnType<typeof stage>;
    let sheet: HTMLLinkElement;

    before(async () => {
      sheet = document.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = '/test/hostile/hostile.css';
      const loaded = new Promise(resolve => sheet.addEventListener('load', resolve, { once: true }));
      document.head.append(sheet);
      await loaded;
      place = stage(800);
      // the stage itself is a div: keep it where the test can measure it
      place.parent.style.cssText = 'position: static !important; inline-size: 800px; padding: 0 !important; margin: 0 !important; display: block';
      el = create(spec, place.parent, { src: '/demo/data/duesseldorf.json' });
      await settled(el, 15_000);
    });
    after(() => {
      place.dispose();
      sheet.remove();
    });

    it('the page really is hostile', () => {
      expect(getComputedStyle(place.parent.appendChild(document.createElement('button'))).display).to.equal('none');
      expect(parseFloat(getComputedStyle(document.body).fontSize)).to.equal(48);
    });

    it('keeps its own box: block-level, as wide as its container, not hidden', () => {
      expect(getComputedStyle(el).display).to.not.equal('none');
      const base = el.shadowRoot!.querySelector('[part~="base"]') ?? el.shadowRoot!.firstElementChild!;
      const box = base.getBoundingClientRect();
      expect(box.width).to.be.within(700, 801);
      expect(box.height).to.be.greaterThan(100);
    });

    it('shows its entries at sane sizes with its own fonts', () => {
      const entries = deepQueryAll(el, spec.content).filter(visible);
      expect(entries.length, 'visible entries').to.be.greaterThan(0);
      const first = entries[0];
      const box = first.getBoundingClientRect();
      expect(box.width, 'entry width').to.be.within(20, 801);
      const style = getComputedStyle(first);
      // Letter and word spacing set on the host are the visitor's (WCAG 1.4.12) and come in; this
      // page's "* { all: unset }" makes the host inherit its 0.3em of 48px (14.4px), so entries
      // grow with it. Their height is sane for the spacing they got, and the line height is ours.
      const spacing = parseFloat(style.letterSpacing) || 0;
      expect(spacing, 'letter spacing: only what the host itself has').to.equal(parseFloat(getComputedStyle(el).letterSpacing) || 0);
      expect(box.height, 'entry height').to.be.within(20, spacing > 2 ? 2400 : 900);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), 'line height').to.be.within(1.2, 2);
      expect(parseFloat(style.fontSize), 'font size inside').to.be.within(12, 24);
      expect(style.textTransform).to.equal('none');
      expect(style.fontFamily).not.to.contain('Comic');
      expect(style.boxSizing).to.equal('border-box');
    });

    it('its buttons stay visible and its hidden parts stay hidden', () => {
      const buttons = deepQueryAll(el, 'button').filter(button => !button.closest('[hidden], .visually-hidden'));
      expect(buttons.length).to.be.greaterThan(0);
      expect(buttons.filter(visible).length, 'visible buttons').to.be.greaterThan(0);
      for (const hidden of deepQueryAll(el, '[hidden]')) expect(getComputedStyle(hidden).display, hidden.className).to.equal('none');
    });
  });
}

interface FrameWindow extends Window {
  cspResult?: { violations: string[]; errors: string[]; rendered: Record<string, number>; trustedTypesEnforced: boolean | null };
}

async function cspPage(query = ''): Promise<NonNullable<FrameWindow['cspResult']>> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px; border: 0';
  frame.src = `/__test/csp/test/hostile/csp-page.html${query}`;
  document.body.append(frame);
  try {
    await waitUntil(() => (frame.contentWindow)?.cspResult, 'the CSP page never finished', { timeout: 20_000 });
    return (frame.contentWindow as FrameWindow).cspResult!;
  } finally {
    frame.remove();
  }
}

describe('Hostile host pages', () => {
  for (const spec of WIDGETS) hostileCssSuite(spec);

  describe('a strict CSP (script-src/style-src self, no unsafe-inline) with Trusted Types', () => {
    it('the test server sends the header', async () => {
      const response = await fetch('/__test/csp/test/hostile/csp-page.html');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).to.contain("script-src 'self'").and.contain("style-src 'self'").and.contain("require-trusted-types-for 'script'");
      expect(csp).not.to.contain('unsafe-inline');
    });

    it('all three widgets render, with no securitypolicyviolation and no error', async () => {
      const result = await cspPage();
      expect(result.violations).to.deep.equal([]);
      expect(result.errors).to.deep.equal([]);
      for (const spec of WIDGETS) expect(result.rendered[spec.tag], spec.tag).to.be.greaterThan(0);
      // where the engine knows Trusted Types, the page really enforces them
      if (result.trustedTypesEnforced !== null) expect(result.trustedTypesEnforced).to.be.true;
    });

    it('also with the hostile stylesheet on the same page', async () => {
      const result = await cspPage('?hostile=1');
      expect(result.violations).to.deep.equal([]);
      expect(result.errors).to.deep.equal([]);
      for (const spec of WIDGETS) expect(result.rendered[spec.tag], spec.tag).to.be.greaterThan(0);
    });
  });
});
