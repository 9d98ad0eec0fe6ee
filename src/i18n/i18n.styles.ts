// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/**
 * The shell's language rule (through `WelcomeElement.styles`): the row the language menu sits in,
 * so its placeholder holds the place before the menu's code arrives. The rules for what views
 * render are in `i18n-view.styles.ts`.
 */
export const i18nStyles = css`
  /* The language menu's row; the menu's own styles come with its code. */
  .language-switcher {
    display: flex;
    min-block-size: 2.5rem;
    grid-column: 1 / -1;
  }
`;
