// SPDX-License-Identifier: EUPL-1.2
/**
 * The theme layer every view chunk adds on top of the shell's tokens (`tokens.ts`): colours that
 * depend on the accent, derived from it, and the type and shape scale. It lives in the view chunks
 * because the shells are at their size budget; until a view arrives, a widget shows its skeleton
 * or error box in the shell's colours.
 *
 * Derived colours (where the browser has `color-mix()` and relative colours; elsewhere the static
 * defaults apply and `contrast.ts` can warn): the tint is 10 % accent on the surface; text on the
 * accent is black or white, whichever reads; the accent used as text is darkened on light
 * surfaces and lightened on dark ones (`light-dark()`) so it keeps AA; with a brand accent and no
 * own focus colour, the focus ring is that text colour. Each stays overridable by its token.
 *
 * The dark scheme itself is a set of token values (`dark-scheme.css`), so widgets in light pages
 * pay nothing for it; see docs/theming.md.
 */
import { css } from 'lit';

export const themeStyles = css`
  :host {
    background-color: var(--_surface);
    --_accent-text: var(--welcome-color-accent-text, var(--_accent));
    --_radius-pill: var(--welcome-radius-pill, 999px);
    --_secondary-text: var(--welcome-button-secondary-color, var(--_accent-text));
  }
  @supports (color: color-mix(in srgb, red, red)) {
    :host {
      --_accent-soft: var(--welcome-color-accent-soft, color-mix(in srgb, var(--_accent) 10%, var(--_surface)));
    }
  }
  /* y: relative luminance; 0.18 is where black and white text read equally well on the accent. */
  @supports (color: light-dark(red, red)) and (color: oklch(from red l c h)) {
    :host {
      --_brand: light-dark(oklch(from var(--welcome-color-accent) min(l, 0.48) c h), oklch(from var(--welcome-color-accent) max(l, 0.76) c h));
      --_accent-text: var(--welcome-color-accent-text, var(--_brand, var(--_accent)));
      --_focus: var(--welcome-color-focus, var(--_brand, #c2410c));
      --_on-accent: var(--welcome-color-on-accent, color(from var(--_accent) xyz calc(999 * (0.18 - y)) calc(999 * (0.18 - y)) calc(999 * (0.18 - y))));
    }
  }
  :focus-visible {
    outline-width: var(--welcome-focus-width, 3px);
    outline-offset: var(--welcome-focus-offset, 2px);
  }
  a {
    color: var(--_accent-text);
  }
  /* Titles may be any level (heading-level). A brand heading font keeps the script fallbacks too. */
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--welcome-heading-font-family, var(--_font)), 'Noto Sans', 'Noto Sans Arabic', sans-serif;
  }
  .button {
    border-radius: var(--welcome-button-radius, var(--_radius));
    color: var(--_secondary-text);
  }
  .button--primary {
    background: var(--welcome-button-primary-background, var(--_accent));
    color: var(--welcome-button-primary-color, var(--_on-accent));
  }
`;
