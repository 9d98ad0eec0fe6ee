// SPDX-License-Identifier: EUPL-1.2
/**
 * Example themes for Storybook's theme switch and the theming docs, written only with the
 * documented `--welcome-*` custom properties. Each passes `checkTheme()` (test/styles/contrast.test.ts).
 */

export type Theme = Record<`--welcome-${string}`, string>;

/** Düsseldorf's corporate design: red #E30613, a larger radius, compact spacing. Light and dark. */
export const DUESSELDORF: Theme = {
  '--welcome-font-family': "'Source Sans 3', 'Segoe UI', Arial, sans-serif",
  '--welcome-heading-font-weight': '700',
  '--welcome-color-accent': '#E30613',
  '--welcome-color-on-accent': '#ffffff',
  '--welcome-color-accent-text': 'light-dark(#b00510, #ff8a8f)',
  '--welcome-color-accent-soft': 'light-dark(#fdecee, #3a1518)',
  '--welcome-color-focus': 'light-dark(#1d2430, #ffd166)',
  '--welcome-color-text': 'light-dark(#1a1a1a, #f1f1f1)',
  '--welcome-color-text-muted': 'light-dark(#4d4d4d, #bdbdbd)',
  '--welcome-color-surface': 'light-dark(#ffffff, #1a1a1a)',
  '--welcome-color-surface-alt': 'light-dark(#f2f2f2, #262626)',
  '--welcome-color-border': 'light-dark(#858585, #8c8c8c)',
  '--welcome-color-border-subtle': 'light-dark(#d9d9d9, #404040)',
  '--welcome-color-success': 'light-dark(#1b6b35, #6fd391)',
  '--welcome-color-success-soft': 'light-dark(#e2f3e7, #16331f)',
  '--welcome-color-warning': 'light-dark(#8a4b00, #f2b560)',
  '--welcome-color-warning-soft': 'light-dark(#fdf0dc, #37290f)',
  '--welcome-color-danger': 'light-dark(#b3261e, #ff9b93)',
  '--welcome-color-danger-soft': 'light-dark(#fbe9e7, #3d1b19)',
  '--welcome-radius': '0.75rem',
  '--welcome-button-radius': '999px',
  '--welcome-space': '0.875rem',
  '--welcome-gap': '0.625rem',
};

/** A partner's own colours (the former "Custom theme" story): plum, serif, square corners. */
export const PLUM: Theme = {
  '--welcome-font-family': 'Georgia, "Times New Roman", serif',
  '--welcome-color-accent': '#7a1f5c',
  '--welcome-color-surface': '#fffdf8',
  '--welcome-color-surface-alt': '#f4efe4',
  '--welcome-color-border': '#8c7f6a',
  '--welcome-color-focus': '#0b5cad',
  '--welcome-radius': '0',
};

/** Larger type and stronger lines, for a partner whose audience reads poorly. */
export const LARGE: Theme = {
  '--welcome-font-size': '1.25rem',
  '--welcome-color-text-muted': '#1d2430',
  '--welcome-color-border-subtle': '#7d8796',
  '--welcome-focus-width': '4px',
};

/** Every colour a CSS system colour, as forced colours would paint the widgets. */
export const SYSTEM_COLOURS: Theme = {
  '--welcome-color-text': 'CanvasText',
  '--welcome-color-text-muted': 'CanvasText',
  '--welcome-color-surface': 'Canvas',
  '--welcome-color-surface-alt': 'Canvas',
  '--welcome-color-border': 'CanvasText',
  '--welcome-color-border-subtle': 'CanvasText',
  '--welcome-color-accent': 'LinkText',
  '--welcome-color-accent-text': 'LinkText',
  '--welcome-color-on-accent': 'Canvas',
  '--welcome-color-accent-soft': 'Canvas',
  '--welcome-color-focus': 'CanvasText',
};

export const THEMES: Record<string, Theme> = { default: {}, duesseldorf: DUESSELDORF, plum: PLUM, large: LARGE };

/** `name: value; …` for a style attribute. */
export const themeStyle = (theme: Theme): string => Object.entries(theme).map(([name, value]) => `${name}: ${value}`).join('; ');
