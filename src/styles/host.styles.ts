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
    :host {
      display: block;
      container-type: inline-size;
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.5;
      color: var(--_text);
      text-align: start;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-indent: 0;
      white-space: normal;
      font-style: normal;
      font-weight: 400;
      overflow-wrap: anywhere;
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
