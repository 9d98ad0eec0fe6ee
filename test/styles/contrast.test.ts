// SPDX-License-Identifier: EUPL-1.2
/**
 * The contrast utility (src/styles/contrast.ts) against the figures, and every palette we
 * ship or show: the defaults, dark-scheme.css in both schemes, the example themes.
 */
import { expect } from '@open-wc/testing';
import {
  checkTheme, completeTheme, contrastRatio, describe as describePair, mix, parseColour, readableOn, toHex, type ThemeColours,
} from '../../src/styles/contrast.js';
import { DUESSELDORF, PLUM, type Theme } from '../../stories/themes.js';

const failures = (theme: ThemeColours) => checkTheme(theme).filter(result => !result.ok).map(describePair);

/** `--welcome-color-x: light-dark(a, b)` or plain values → the light or dark theme. */
function scheme(declarations: Record<string, string>, which: 0 | 1): ThemeColours {
  const theme: Record<string, string> = {};
  for (const [name, value] of Object.entries(declarations)) {
    if (!name.startsWith('--welcome-color-')) continue;
    const pair = /^light-dark\(\s*([^,]+),\s*([^)]+)\)$/.exec(value.trim());
    theme[name.slice('--welcome-color-'.length)] = pair ? pair[which + 1].trim() : value.trim();
  }
  return theme;
}

describe('contrast utility', () => {
  it('computes WCAG ratios as the issue measured them', () => {
    expect(contrastRatio('#ffffff', '#E30613')).to.be.closeTo(4.88, 0.01);
    expect(contrastRatio('#E30613', '#f3f5f8')).to.be.closeTo(4.47, 0.01);
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('rgb(29, 36, 48)', '#1d2430')).to.equal(1);
  });

  it('parses hex and rgb() and rejects what it cannot read', () => {
    expect(parseColour('#0a5fa8')).to.deep.equal({ r: 10, g: 95, b: 168 });
    expect(parseColour('#fff8')).to.deep.equal({ r: 255, g: 255, b: 255 });
    expect(parseColour('rgba(1, 2, 3, 0.5)')).to.deep.equal({ r: 1, g: 2, b: 3 });
    expect(parseColour('light-dark(#000, #fff)')).to.equal(null);
    expect(() => checkTheme({ accent: 'tomato' })).to.throw(/tomato/);
  });

  it('mixes like color-mix(in srgb) and picks readable text', () => {
    expect(toHex(mix({ r: 255, g: 0, b: 0 }, { r: 255, g: 255, b: 255 }, 0.1))).to.equal('#ffe6e6');
    expect(readableOn('#E30613')).to.equal('#ffffff');
    expect(readableOn('#ffcc00')).to.equal('#000000');
  });

  it('passes the default theme', () => {
    expect(failures({})).to.deep.equal([]);
  });

  it('names the failing pairs of a bare red accent with their ratios', () => {
    const failing = failures({ accent: '#E30613' });
    expect(failing).to.include('--welcome-color-accent-text on --welcome-color-surface-alt: 4.47:1 (needs 4.5:1)');
    expect(failing.some(text => text.startsWith('--welcome-color-accent-text on --welcome-color-accent-soft'))).to.be.true;
  });

  it('completes a brand theme into one that passes (what a configurator emits)', () => {
    for (const accent of ['#E30613', '#7a1f5c', '#00a19a', '#0a5fa8']) {
      const theme = completeTheme({ accent });
      expect(failures(theme), accent).to.deep.equal([]);
      expect(theme.accent, 'the brand colour itself is kept').to.equal(accent);
    }
    // A pale brand colour gets readable text on it and as text, but as a border or a selected
    // district it stays too faint: that is reported, for the configurator to refuse.
    const yellow = completeTheme({ accent: '#ffcc00' });
    expect(yellow['on-accent']).to.equal('#000000');
    expect(failures(yellow)).to.deep.equal(['--welcome-color-accent on --welcome-color-surface: 1.51:1 (needs 3:1)']);
  });

  it('keeps what a theme set itself', () => {
    expect(completeTheme({ accent: '#E30613', 'accent-text': '#900000' })['accent-text']).to.equal('#900000');
  });
});

describe('shipped palettes pass WCAG AA', () => {
  it('dark-scheme.css, light and dark (with the colours the widgets derive)', async () => {
    const css = await (await fetch('/src/styles/dark-scheme.css')).text();
    const declarations = Object.fromEntries([...css.matchAll(/(--welcome-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value]));
    expect(Object.keys(declarations).length).to.be.greaterThan(10);
    for (const which of [0, 1] as const) {
      const theme = scheme(declarations, which);
      expect(failures(completeTheme(theme)), which ? 'dark' : 'light').to.deep.equal([]);
    }
  });

  for (const [name, theme] of Object.entries<Theme>({ DUESSELDORF, PLUM })) {
    it(`the ${name} example theme, in light and dark`, () => {
      for (const which of [0, 1] as const) expect(failures(completeTheme(scheme(theme, which))), `${name} ${which ? 'dark' : 'light'}`).to.deep.equal([]);
    });
  }
});

describe('the city theme in docs/theming.md', () => {
  it('is AA in light and dark, as copied from the docs', async () => {
    const markdown = await (await fetch('/docs/theming.md')).text();
    const block = /## A complete city theme[\s\S]*?```css\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
    const [light, dark] = block.split('@supports');
    expect(dark, 'a dark part').to.contain('light-dark(');
    const declarations = (css: string) => Object.fromEntries([...css.matchAll(/(--welcome-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value]));
    const merged = { ...declarations(light), ...declarations(dark) };
    expect(merged['--welcome-color-accent']).to.equal('#E30613');
    for (const which of [0, 1] as const) {
      const theme = scheme(merged, which);
      expect(failures(theme), which ? 'dark' : 'light').to.deep.equal([]);
    }
  });
});
