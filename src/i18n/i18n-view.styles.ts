// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/**
 * Language and direction rules for what only views render (every view adds them with
 * `listStatusStyles`, keeping them out of the shells' size budget): the "original language" hint,
 * left-to-right islands inside right-to-left text, mirrored icons.
 */
export const i18nViewStyles = css`
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
  /* Arrows and chevrons that point "forward" or "back" follow the reading direction. */
  :host([dir='rtl']) .flip-rtl {
    transform: scaleX(-1);
  }
`;
