// SPDX-License-Identifier: EUPL-1.2
/**
 * What every widget's shadow root starts from. Host pages may set anything globally
 * (`* { all: unset }`, huge fonts, `box-sizing: content-box !important`): inherited properties
 * are reset on :host, and everything inside is scoped by the shadow root.
 */
import { css } from 'lit';
import { tokens } from './tokens.js';

export const hostStyles = [
  tokens,
  css`
    /*
     * Spacing is the visitor's (WCAG 1.4.12): not important, so a user style or extension that
     * sets it on every element ("*") reaches the host and is inherited inside (by form controls
     * too), while an ancestor's spacing stops here. The line height has a floor of 1.5 below the host.
     */
    :host {
      display: block;
      container-type: inline-size;
      line-height: 1.5;
      letter-spacing: normal;
      word-spacing: normal;
    }
    :host > * {
      line-height: max(1.5em, 1lh);
    }
    /*
     * The page's own rules on the host element beat normal :host rules, so a theme's
     * "* { font-size: 48px !important; text-transform: uppercase }" would reach every text inside.
     * Important declarations of the shadow tree win over the page's, also important ones: the
     * inherited typography is the widget's own. Pages theme it with the --welcome-* properties.
     */
    :host {
      font-family: var(--_font) !important;
      font-size: var(--_font-size) !important;
      color: var(--_text) !important;
      text-align: start !important;
      text-transform: none !important;
      text-indent: 0 !important;
      white-space: normal !important;
      font-style: normal !important;
      font-weight: 400 !important;
      font-variant: normal !important;
      overflow-wrap: anywhere !important;
      visibility: visible;
      writing-mode: horizontal-tb !important;
    }
    :host([dir='ltr']) {
      direction: ltr !important;
    }
    :host([dir='rtl']) {
      direction: rtl !important;
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [hidden] {
      display: none !important;
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    button,
    input,
    select {
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
      word-spacing: inherit;
    }
    a {
      color: var(--_accent);
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
