// SPDX-License-Identifier: EUPL-1.2
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the components' JSDoc by `npm run manifest` (part of every build), so the
// controls and docs tables can never drift from the code.
import manifest from '../custom-elements.json';
import '../src/define.js';
// Inert until a story's scheme sets color-scheme (see docs/theming.md). Added as the file ships to
// host pages, not through Vite's CSS pipeline: its minifier rewrote light-dark() into variables that
// work only where color-scheme is set, which made every colour token invalid in the light scheme.
import darkSchemeCss from '../src/styles/dark-scheme.css?raw';
import { THEMES, themeStyle } from '../stories/themes.js';
import { controlsFor, publicApi, type Manifest } from './manifest-args.js';

setCustomElementsManifest(publicApi(manifest as unknown as Manifest));
document.head.append(Object.assign(document.createElement('style'), { textContent: darkSchemeCss }));

const RTL = new Set(['ar', 'fa']);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    layout: 'padded',
  },
  // The toolbar: what a designer switches while looking at any story.
  globalTypes: {
    locale: {
      description: 'UI language of the widgets (the lang around them)',
      toolbar: {
        title: 'Locale', icon: 'globe', dynamicTitle: true,
        items: [
          { value: '', title: 'Locale: story default' }, { value: 'en', title: 'English' }, { value: 'de', title: 'Deutsch' },
          { value: 'de-x-ls', title: 'Leichte Sprache' }, { value: 'ar', title: 'العربية' }, { value: 'fa', title: 'فارسی' },
          { value: 'tr', title: 'Türkçe' }, { value: 'uk', title: 'Українська' }, { value: 'ru', title: 'Русский' },
        ],
      },
    },
    direction: {
      description: 'Right to left: the widgets take their direction from their language, so RTL shows Arabic unless an RTL locale is chosen',
      toolbar: { title: 'Direction', icon: 'transfer', dynamicTitle: true, items: [{ value: '', title: 'Direction: by language' }, { value: 'rtl', title: 'Right to left' }] },
    },
    scheme: {
      description: 'color-scheme around the widgets (dark-scheme.css is loaded)',
      toolbar: {
        title: 'Scheme', icon: 'contrast', dynamicTitle: true,
        items: [{ value: '', title: 'Scheme: light (page says nothing)' }, { value: 'light dark', title: 'Follow the system' }, { value: 'dark', title: 'Dark' }],
      },
    },
    theme: {
      description: 'Example themes from stories/themes.ts',
      toolbar: { title: 'Theme', icon: 'paintbrush', dynamicTitle: true, items: Object.keys(THEMES).map(value => ({ value, title: `Theme: ${value}` })) },
    },
  },
  initialGlobals: { locale: '', direction: '', scheme: '', theme: 'default' },
  argTypesEnhancers: [controlsFor],
  decorators: [
    (story, { globals }) => {
      const locale = String(globals.locale ?? '');
      const lang = globals.direction === 'rtl' && !RTL.has(locale) ? 'ar' : locale;
      const scheme = String(globals.scheme ?? '');
      const theme = THEMES[String(globals.theme ?? 'default')] ?? {};
      if (!lang && !scheme && !Object.keys(theme).length) return story();
      const style = [themeStyle(theme), scheme ? `color-scheme: ${scheme}` : ''].filter(Boolean).join('; ');
      // The page behind the widgets follows the scheme too, so a dark story is seen on a dark page.
      return html`<div class="story-globals" lang=${ifDefined(lang || undefined)} dir=${RTL.has(lang) ? 'rtl' : 'ltr'}
        style="${style}; background: Canvas; color: CanvasText; padding: 0.5rem">${story()}</div>`;
    },
  ],
};
export default preview;
