// SPDX-License-Identifier: EUPL-1.2
/**
 * The console check of a page's theme runs by itself, once the widget has painted its data (never
 * before: it reads computed styles), and warns once per failing pair and page, naming the pair and
 * its ratio. A theme that sets a dependent colour by hand is the case the widgets cannot repair.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia } from '../helpers/media.js';
import { waitUntil } from '../helpers/wait.js';
import '../../src/define.js';

const FEED = '/test/fixtures/offer-list.json';
/** Düsseldorf red used as link text by hand: 4.47:1 on the grey surface (the figure). */
const RED_TEXT = '--welcome-color-accent: #E30613; --welcome-color-accent-text: #E30613';
const RED_ON_GREY = '--welcome-color-accent-text on --welcome-color-surface-alt: 4.47:1 (needs 4.5:1)';
/** A pale focus ring as well: a second failing pair. */
const PALE_FOCUS = `${RED_TEXT}; --welcome-color-focus: #ffcc00`;

describe('the theme warning in the console', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  const themeWarnings = () => warn.getCalls().map(call => String(call.args[0])).filter(text => text.includes('theme colours below WCAG AA'));

  it('comes after the data is painted, names the pair and its ratio, and only once per page', async () => {
    // When the footer (it arrives with the data) enters the DOM, nothing may have been checked yet.
    const atFooter: number[] = [];
    const watch = (el: Element) => {
      const observer = new MutationObserver(() => {
        if (el.shadowRoot?.querySelector('[part="footer"]') && !atFooter.length) {
          atFooter.push(themeWarnings().length);
          observer.disconnect();
        }
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    };
    const first = document.createElement('offer-list');
    first.setAttribute('style', RED_TEXT);
    first.setAttribute('lang', 'en');
    first.setAttribute('src', FEED);
    document.body.append(first);
    await waitUntil(() => first.shadowRoot, 'no shadow root');
    watch(first);
    try {
      await waitUntil(() => themeWarnings().length, 'no theme warning');
      expect(atFooter, 'no check before the data was painted').to.deep.equal([0]);
      expect(themeWarnings()).to.include(`<offer-list>: theme colours below WCAG AA contrast: ${RED_ON_GREY}`);
      for (const text of themeWarnings()) {
        expect(text).to.match(/^<offer-list>: theme colours below WCAG AA contrast: --welcome-color-[\w-]+ on --welcome-color-[\w-]+: \d+\.\d\d:1 \(needs (4\.5|3):1\)$/);
      }
      const firstWidget = themeWarnings().length;

      // A second widget with the same pair and one more: only the new pair is warned about.
      const second = await fixture(html`<offer-list src=${FEED} lang="en" style=${PALE_FOCUS}></offer-list>`);
      await waitUntil(() => themeWarnings().some(text => text.includes('--welcome-color-focus')), 'no warning about the focus ring');
      const warnings = themeWarnings();
      expect(warnings.filter(text => text.includes(RED_ON_GREY)), 'the red text pair once').to.have.length(1);
      expect(warnings.length, 'the second widget adds only the focus ring pairs').to.be.within(firstWidget + 1, firstWidget + 2);
      expect(warnings.some(text => /--welcome-color-focus on --welcome-color-surface: 1\.\d\d:1 \(needs 3:1\)/.test(text)), warnings.join('\n')).to.be.true;
      expect(second.shadowRoot!.querySelector('[part~="item"]')).to.exist;
      // No axe here: this theme fails on purpose (the next test checks a passing one).
    } finally {
      first.remove();
    }
  });

  it('says nothing in forced colours, where the system palette replaces every colour (each pair would read 1:1)', async function () {
    if (!canEmulateMedia) this.skip();
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await fixture(html`<offer-list src=${FEED} lang="en" style=${PALE_FOCUS}></offer-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="footer"]'), 'no data');
      await new Promise(resolve => requestAnimationFrame(() => (globalThis.requestIdleCallback ?? setTimeout)(resolve)));
      expect(themeWarnings()).to.deep.equal([]);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('says nothing for a theme that passes (the accent alone; the widgets derive the rest)', async () => {
    const el = await fixture(html`<offer-list src=${FEED} lang="en" style="--welcome-color-accent: #7a1f5c"></offer-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="footer"]'), 'no data');
    // The check runs after the next frame, when the browser is idle: wait for both, then look.
    await new Promise(resolve => requestAnimationFrame(() => (globalThis.requestIdleCallback ?? setTimeout)(resolve)));
    expect(themeWarnings()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
