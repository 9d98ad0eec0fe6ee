// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/**
 * Language and direction rules every widget gets through `WelcomeElement.styles`: the
 * "original language" hint, left-to-right islands inside right-to-left text, mirrored icons.
 */
export const i18nStyles = css`
  .original-language {
    font-size: 0.8125em;
    font-weight: 400;
    color: var(--_text-muted);
    white-space: nowrap;
  }
  /* Phone numbers, e-mail addresses and URLs read left to right in every language. */
  a[href^='tel:'],
  a[href^='mailto:'],
  .ltr {
    direction: ltr;
    unicode-bidi: isolate;
  }
  /* The language menu's row; the menu's own styles come with its code. */
  .language-switcher {
    display: flex;
    min-block-size: 2.5rem;
    grid-column: 1 / -1;
  }
  /* Arrows and chevrons that point "forward" or "back" follow the reading direction. */
  :host([dir='rtl']) .flip-rtl {
    transform: scaleX(-1);
  }
`;
