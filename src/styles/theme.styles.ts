// SPDX-License-Identifier: EUPL-1.2
/**
 * The theme layer every view chunk adds on top of the shell's tokens (`tokens.ts`): the dark
 * scheme, colours derived from a brand accent, and the type and shape scale. It lives in the view
 * chunks because the shells are at their size budget; until a view arrives, a widget shows its
 * skeleton or error box in the light colours, which read on any page.
 *
 * Dark scheme: the widgets follow the `color-scheme` they inherit. A page (or one widget) that says
 * `color-scheme: light dark` gets the visitor's preference, `dark` or `light` forces one; a page
 * that says nothing stays light. Form controls and scrollbars follow the same property. Browsers
 * without `light-dark()` (before Chrome 123, Firefox 120, Safari 17.5) stay light.
 *
 * Brand accent: when a page sets `--welcome-color-accent` and not the dependent tokens, the tint,
 * the text on the accent, the accent used as text and the focus ring are derived from it so they
 * keep AA contrast (where relative colours exist, else `contrast.ts` warns). The defaults are
 * hand-picked and checked by `test/styles/theme-contrast.test.ts`.
 */
import { css } from 'lit';

export const themeStyles = css`
  :host {
    background-color: var(--welcome-color-background, var(--_surface));
    --_accent-text: var(--welcome-color-accent-text, var(--_brand-text, var(--_accent)));
    --_heading-font: var(--welcome-heading-font-family, var(--_font));
    --_heading-weight: var(--welcome-heading-font-weight, 650);
    --_size-s: var(--welcome-font-size-small, 0.875em);
    --_size-l: var(--welcome-font-size-large, 1.125em);
    --_size-xl: var(--welcome-font-size-x-large, 1.25em);
    --_radius-s: var(--welcome-radius-small, 0.25rem);
    --_radius-pill: var(--welcome-radius-pill, 999px);
    --_focus-width: var(--welcome-focus-width, 3px);
    --_focus-offset: var(--welcome-focus-offset, 2px);
    --_button-radius: var(--welcome-button-radius, var(--_radius));
    --_primary-bg: var(--welcome-button-primary-background, var(--_accent));
    --_primary-text: var(--welcome-button-primary-color, var(--_on-accent));
    --_secondary-bg: var(--welcome-button-secondary-background, var(--_surface));
    --_secondary-text: var(--welcome-button-secondary-color, var(--_accent-text));
    --_secondary-border: var(--welcome-button-secondary-border, var(--_accent));
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--welcome-color-text, light-dark(#1d2430, #e6e9ef));
      --_text-muted: var(--welcome-color-text-muted, light-dark(#4a5565, #b3bccb));
      --_surface: var(--welcome-color-surface, light-dark(#ffffff, #161b22));
      --_surface-alt: var(--welcome-color-surface-alt, light-dark(#f3f5f8, #212934));
      --_border: var(--welcome-color-border, light-dark(#8a94a3, #8593a6));
      --_border-subtle: var(--welcome-color-border-subtle, light-dark(#d5dae1, #3b4655));
      --_accent: var(--welcome-color-accent, light-dark(#0a5fa8, #7cbcff));
      --_on-accent: var(--welcome-color-on-accent, var(--_brand-on, light-dark(#ffffff, #0d1117)));
      --_accent-soft: var(--welcome-color-accent-soft, var(--_brand-soft, light-dark(#e3effa, #1b3250)));
      --_success: var(--welcome-color-success, light-dark(#1b6b35, #6fd391));
      --_success-soft: var(--welcome-color-success-soft, light-dark(#e2f3e7, #16331f));
      --_warning: var(--welcome-color-warning, light-dark(#8a4b00, #f2b560));
      --_warning-soft: var(--welcome-color-warning-soft, light-dark(#fdf0dc, #37290f));
      --_danger: var(--welcome-color-danger, light-dark(#b3261e, #ff9b93));
      --_danger-soft: var(--welcome-color-danger-soft, light-dark(#fbe9e7, #3d1b19));
      --_focus: var(--welcome-color-focus, var(--_brand-text, light-dark(#c2410c, #ffa657)));
      --_shadow: var(--welcome-shadow, 0 1px 2px light-dark(rgb(0 0 0 / 0.08), rgb(0 0 0 / 0.6)));
      /* Without a brand accent, var() has no value and these fall back to the defaults above. */
      --_brand-soft: color-mix(in srgb, var(--welcome-color-accent) 10%, var(--_surface));
    }
  }
  /* Accent as text: at most mid lightness on light, at least light on dark; text on the accent: black or white, whichever reads. */
  @supports (color: light-dark(#000, #fff)) and (color: oklch(from red l c h)) {
    :host {
      --_brand-text: light-dark(oklch(from var(--welcome-color-accent) min(l, 0.48) c h), oklch(from var(--welcome-color-accent) max(l, 0.76) c h));
      --_brand-on: color(from var(--welcome-color-accent) srgb-linear calc((0.179 - 0.2126 * r - 0.7152 * g - 0.0722 * b) * 999) calc((0.179 - 0.2126 * r - 0.7152 * g - 0.0722 * b) * 999) calc((0.179 - 0.2126 * r - 0.7152 * g - 0.0722 * b) * 999));
    }
  }
  :focus-visible {
    outline-width: var(--_focus-width);
    outline-offset: var(--_focus-offset);
  }
  a,
  .button {
    color: var(--_accent-text);
  }
  h2,
  h3 {
    font-family: var(--_heading-font);
  }
  .button {
    border-radius: var(--_button-radius);
    border-color: var(--_secondary-border);
    background: var(--_secondary-bg);
    color: var(--_secondary-text);
  }
  .button.button--primary {
    border-color: var(--_primary-bg);
    background: var(--_primary-bg);
    color: var(--_primary-text);
  }
`;
