// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/**
 * The shell's language rule (through `WelcomeElement.styles`): the row the language menu sits in,
 * so its placeholders hold the places of the menu and of the offer of the browser's language before the menu's code arrives. The rules for what views
 * render are in `i18n-view.styles.ts`.
 */
export const i18nStyles = css`
  /* The language menu's row; the menu's own styles come with its code. */
  .language-switcher,
  .language-suggestion {
    display: flex;
    min-block-size: 2.5rem;
    grid-column: 1 / -1;
  }
  /* The offer of the browser's language, a row above the menu (its buttons are 2.75rem high). */
  .language-suggestion {
    min-block-size: 2.75rem;
    margin: 0 0 0.5rem;
  }
`;
