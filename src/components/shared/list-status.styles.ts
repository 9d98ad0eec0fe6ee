// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';
import { themeStyles } from '../../styles/theme.styles.js';
import { i18nViewStyles } from '../../i18n/i18n-view.styles.js';

/**
 * For `list-status.ts`; the shared `.status` and `.button` rules are in `status.styles.ts`. Every
 * view adds these styles, so they carry the theme layer (dark scheme, brand, type scale) and the
 * language and direction rules of what views render too.
 */
export const listStatusStyles = css`
  ${themeStyles}
  ${i18nViewStyles}
  .status--problems {
    padding: 0.5rem var(--_space);
    border-color: var(--_warning);
    background: var(--_warning-soft);
    font-size: 0.875em;
  }
  .button--primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button--primary:hover {
    background: var(--_accent);
    filter: brightness(0.9);
  }
  .more {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    padding-block: 0.5rem;
  }
  .more__status {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  @media print {
    .more {
      display: none !important;
    }
  }
  .data-footer {
    margin-block-start: var(--_space);
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .data-footer p {
    margin: 0;
  }
`;
