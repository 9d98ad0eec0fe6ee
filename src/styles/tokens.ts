// SPDX-License-Identifier: EUPL-1.2
/**
 * The public theming knobs, each a `--welcome-*` custom property with its fallback. Components
 * read them through the private `--_*` names set here, so every fallback lives in one place.
 * Colours meet WCAG 2.2 AA contrast on the default surface (checked by axe in every test).
 *
 * The `@cssprop` list below is the documentation of the tokens all three elements share:
 * `custom-elements-manifest.config.mjs` adds it to each element in custom-elements.json (README
 * tables, Storybook docs and controls). The type, shape and button tokens are read in
 * `theme.styles.ts`.
 *
 * @cssprop [--welcome-font-family=system-ui, -apple-system, 'Segoe UI', Roboto] - Font stack (no web fonts are loaded); Noto Sans and Noto Sans Arabic follow it for Arabic, Persian and Cyrillic.
 * @cssprop [--welcome-font-size=1rem] - Base font size; everything else scales with it.
 * @cssprop [--welcome-heading-font-family=--welcome-font-family] - Font of headings and titles.
 * @cssprop [--welcome-heading-font-weight=650] - Weight of card and offer titles.
 * @cssprop [--welcome-font-size-large=1.125em] - Card and offer titles.
 * @cssprop [--welcome-font-size-x-large=1.25em] - Group headings.
 * @cssprop [--welcome-color-text=#1d2430] - Body text.
 * @cssprop [--welcome-color-text-muted=#4a5565] - Secondary text (addresses, times, labels).
 * @cssprop [--welcome-color-surface=#ffffff] - Cards, panels and controls.
 * @cssprop [--welcome-color-surface-alt=#f3f5f8] - Form panel, toolbars, skeleton, map without tiles.
 * @cssprop [--welcome-color-border=#7d8796] - Form fields (≥ 3:1 against the surface).
 * @cssprop [--welcome-color-border-subtle=#d5dae1] - Card borders and dividers.
 * @cssprop [--welcome-color-accent=#0a5fa8] - Buttons, links, selection, map highlight; the dependent colours below are derived from it.
 * @cssprop [--welcome-color-on-accent=derived] - Text on the accent: black or white, whichever reads (`#ffffff` where not derived).
 * @cssprop [--welcome-color-accent-soft=derived] - Selected and hover background: 10 % accent on the surface.
 * @cssprop [--welcome-color-accent-text=derived] - The accent used as text: darkened on light, lightened on dark surfaces to stay AA.
 * @cssprop [--welcome-color-success=#1b6b35] - "Open now".
 * @cssprop [--welcome-color-success-soft=#e2f3e7] - Its badge background.
 * @cssprop [--welcome-color-warning=#8a4b00] - "Closes soon", closures, feed problems.
 * @cssprop [--welcome-color-warning-soft=#fdf0dc] - Their background.
 * @cssprop [--welcome-color-danger=#b3261e] - Errors, "closed".
 * @cssprop [--welcome-color-danger-soft=#fbe9e7] - Error background.
 * @cssprop [--welcome-color-focus=#c2410c] - Keyboard focus ring (with a brand accent: the accent text colour).
 * @cssprop [--welcome-focus-width=3px] - Width of the focus ring.
 * @cssprop [--welcome-focus-offset=2px] - Gap between the focus ring and the element.
 * @cssprop [--welcome-radius=0.5rem] - Corners of cards, panels and controls.
 * @cssprop [--welcome-radius-small=0.25rem] - Corners of small marks (category tags' inner parts, map legend).
 * @cssprop [--welcome-radius-pill=999px] - Badges and chips; `0.25rem` for squarer chips.
 * @cssprop [--welcome-button-radius=--welcome-radius] - Corners of buttons.
 * @cssprop [--welcome-button-primary-background=--welcome-color-accent] - Filled buttons ("Show more"); their border stays the accent.
 * @cssprop [--welcome-button-primary-color=--welcome-color-on-accent] - Text of filled buttons.
 * @cssprop [--welcome-button-secondary-color=--welcome-color-accent-text] - Text of outlined buttons (retry, card actions).
 * @cssprop [--welcome-space=1rem] - Padding inside cards and panels.
 * @cssprop [--welcome-gap=0.75rem] - Space between cards and controls.
 * @cssprop [--welcome-shadow=0 1px 2px rgb(0 0 0 / 0.08)] - Card shadow.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    /* The script fallbacks come after a replaced brand stack too, so Arabic, Persian and Cyrillic keep a font. */
    --_font: var(--welcome-font-family, system-ui, -apple-system, 'Segoe UI', Roboto), 'Noto Sans', 'Noto Sans Arabic', sans-serif;
    --_font-size: var(--welcome-font-size, 1rem);
    --_text: var(--welcome-color-text, #1d2430);
    --_text-muted: var(--welcome-color-text-muted, #4a5565);
    --_surface: var(--welcome-color-surface, #ffffff);
    --_surface-alt: var(--welcome-color-surface-alt, #f3f5f8);
    --_border: var(--welcome-color-border, #7d8796);
    --_border-subtle: var(--welcome-color-border-subtle, #d5dae1);
    --_accent: var(--welcome-color-accent, #0a5fa8);
    --_on-accent: var(--welcome-color-on-accent, #ffffff);
    --_accent-soft: var(--welcome-color-accent-soft, #e3effa);
    --_success: var(--welcome-color-success, #1b6b35);
    --_success-soft: var(--welcome-color-success-soft, #e2f3e7);
    --_warning: var(--welcome-color-warning, #8a4b00);
    --_warning-soft: var(--welcome-color-warning-soft, #fdf0dc);
    --_danger: var(--welcome-color-danger, #b3261e);
    --_danger-soft: var(--welcome-color-danger-soft, #fbe9e7);
    --_focus: var(--welcome-color-focus, #c2410c);
    --_radius: var(--welcome-radius, 0.5rem);
    --_space: var(--welcome-space, 1rem);
    --_gap: var(--welcome-gap, 0.75rem);
    --_shadow: var(--welcome-shadow, 0 1px 2px rgb(0 0 0 / 0.08));
  }
`;
