// SPDX-License-Identifier: EUPL-1.2
/**
 * Light and dark: every widget in every state (loaded, empty feed, load error, loading), left to
 * right and right to left, passes axe in both schemes; in dark, the widget and its form controls
 * really are dark. A brand accent alone stays AA through the derived colours, or the theme check
 * names the failing pair.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { getLocale } from '../../src/i18n/localization.js';
import { WIDGETS, create, settled, stage, type Widget, type WidgetSpec } from '../hostile/support.js';
import { themeProblems, warnThemeProblems } from '../../src/styles/theme-check.js';
import { DUESSELDORF, themeStyle } from '../../stories/themes.js';
import { hasModernColour, loadDarkScheme, luminanceOf } from './support.js';
import { waitUntil } from '../helpers/wait.js';

const STATES = {
  loaded: '/demo/data/duesseldorf.json',
  'empty feed': '/test/fixtures/empty.json',
  'load error': '/test/fixtures/does-not-exist.json',
  loading: '/__never/feed.json',
} as const;

async function mount(spec: WidgetSpec, parent: HTMLElement, state: keyof typeof STATES, lang: string): Promise<Widget> {
  const el = create(spec, parent, { src: STATES[state] }, { lang, view: spec.tag === 'welcome-point-finder' ? 'list' : '' });
  if (spec.tag !== 'welcome-point-finder') el.removeAttribute('view');
  if (state === 'loading') await waitUntil(() => el.shadowRoot?.querySelector('[part~="loading"]'), 'no skeleton');
  else await settled(el, 15_000);
  // The skeleton and a fast load error can show before the view's chunk, and with it the theme
  // layer (derived colours, theme.styles.ts), has arrived; the theme check below is about that
  // layer. The view chunk comes whether or not the feed ever does.
  await waitUntil(() => getComputedStyle(el).getPropertyValue('--_radius-pill'), 'the theme layer never arrived');
  // The page's UI language loads on its own schedule (one per page); direction follows it.
  await waitUntil(() => getLocale() === lang, `locale ${lang} never loaded`);
  await el.updateComplete;
  return el;
}

describe('colour schemes', () => {
  let place: ReturnType<typeof stage>;
  let warn: sinon.SinonStub;
  before(async () => {
    await loadDarkScheme();
    const fetch = window.fetch.bind(window);
    // One feed URL never answers, for the loading state.
    sinon.stub(window, 'fetch').callsFake((input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input).includes('/__never/') ? new Promise<Response>(() => undefined) : fetch(input, init),
    );
  });
  after(() => sinon.restore());
  beforeEach(() => {
    place = stage(900);
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    place.dispose();
    warn.restore();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'ar']) {
      for (const spec of WIDGETS) {
        for (const state of Object.keys(STATES) as (keyof typeof STATES)[]) {
          it(`<${spec.tag}> ${state}, ${scheme}, ${lang === 'ar' ? 'right to left' : 'left to right'}: passes axe`, async () => {
            place.parent.style.colorScheme = scheme;
            const el = await mount(spec, place.parent, state, lang);
            if (lang === 'ar') expect(getComputedStyle(el).direction).to.equal('rtl');
            if (scheme === 'dark' && hasModernColour && state !== 'loading') {
              // the widget paints a dark background with light text, and its controls are dark too
              expect(luminanceOf(getComputedStyle(el).backgroundColor), 'background').to.be.below(0.05);
              expect(luminanceOf(getComputedStyle(el).color), 'text').to.be.above(0.6);
              for (const control of el.shadowRoot!.querySelectorAll('select, input')) expect(getComputedStyle(control).colorScheme).to.contain('dark');
            }
            await expect(el).to.be.accessible();
            expect(themeProblems(el), 'theme check').to.deep.equal([]);
          });
        }
      }
    }
  }

  describe('brand colours', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`the Düsseldorf theme (${scheme}) is AA in all three widgets`, async () => {
        place.parent.setAttribute('style', `${themeStyle(DUESSELDORF)}; color-scheme: ${scheme}; inline-size: 900px`);
        for (const spec of WIDGETS) {
          const el = await mount(spec, place.parent, 'loaded', 'de');
          expect(themeProblems(el), spec.tag).to.deep.equal([]);
          await expect(el).to.be.accessible();
        }
      });
    }

    it('a bare red accent stays AA where the browser derives the dependent colours, else the check names the pair', async () => {
      place.parent.style.setProperty('--welcome-color-accent', '#E30613');
      const el = await mount(WIDGETS[1], place.parent, 'loaded', 'en');
      const problems = warnThemeProblems(el);
      if (hasModernColour) {
        expect(problems).to.deep.equal([]);
        await expect(el).to.be.accessible();
        // the accent itself stays the brand's: buttons are filled with it
        const primary = el.shadowRoot!.querySelector('.button--primary');
        if (primary) expect(getComputedStyle(primary).backgroundColor).to.equal('rgb(227, 6, 19)');
      } else {
        expect(problems.length).to.be.greaterThan(0);
        expect(warn.calledWithMatch(sinon.match(/--welcome-color-accent-text on --welcome-color-surface-alt: 4\.47:1/))).to.be.true;
      }
    });

    it('warns once per failing pair, naming the tokens and the ratio', async () => {
      place.parent.style.setProperty('--welcome-color-accent-text', '#E30613');
      const el = await mount(WIDGETS[1], place.parent, 'loaded', 'en');
      warnThemeProblems(el);
      warnThemeProblems(el);
      const messages = warn.args.map(args => String(args[0])).filter(text => text.includes('accent-text on --welcome-color-surface-alt'));
      expect(messages).to.deep.equal(['<offer-list>: theme colours below WCAG AA contrast: --welcome-color-accent-text on --welcome-color-surface-alt: 4.47:1 (needs 4.5:1)']);
    });
  });
});
