// SPDX-License-Identifier: EUPL-1.2
/**
 * The public theming knobs, each a `--welcome-*` custom property with its fallback. Components
 * read them through the private `--_*` names set here, so every fallback lives in one place.
 * Colours meet WCAG 2.2 AA contrast on the default surface (checked by axe in every test).
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    /* The script fallbacks come after a replaced brand stack too, so Arabic, Persian and Cyrillic keep a font. */
    --_font: var(--welcome-font-family, system-ui, -apple-system, 'Segoe UI', Roboto), 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif;
    --_font-size: var(--welcome-font-size, 1rem);
    --_text: var(--welcome-color-text, #1d2430);
    --_text-muted: var(--welcome-color-text-muted, #4a5565);
    --_surface: var(--welcome-color-surface, #ffffff);
    --_surface-alt: var(--welcome-color-surface-alt, #f3f5f8);
    --_border: var(--welcome-color-border, #8a94a3);
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
