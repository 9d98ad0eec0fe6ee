// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/**
 * The contact and calendar buttons of a card (`.action`), the same on Welcome Point and offer
 * cards: 44 px targets on screen, plain text with the number or address in print.
 */
export const cardActionStyles = css`
  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .action bdi {
    overflow-wrap: anywhere;
  }
  .print-only {
    display: none;
  }

  @media (forced-colors: active) {
    .action {
      border-color: CanvasText;
    }
  }

  @media print {
    .action {
      display: inline;
      min-block-size: 0;
      padding: 0;
      border: 0;
      color: inherit;
    }
    .print-only {
      display: inline;
    }
  }
`;
