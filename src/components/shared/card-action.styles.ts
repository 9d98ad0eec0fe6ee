// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/**
 * The contact and calendar buttons of a card (`.action`), the same on Welcome Point and offer
 * cards: 44 px targets on screen, plain text with the number or address in print.
 */
export const cardActionStyles = css`
  .action {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    max-inline-size: 100%;
    padding: 0.375rem 0.75rem;
    /* the same secondary button as "Show offers" and "Retry" next to it */
    border: 1px solid var(--_accent);
    border-radius: var(--welcome-button-radius, var(--_radius));
    background: var(--_surface);
    color: var(--_secondary-text);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    background: var(--_accent-soft);
  }
  /* The list items may shrink to the card, so a long address wraps instead of running out of it. */
  .actions > li,
  .offer__actions > li {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* Time ranges, weekday ranges, phone numbers and the parts of an e-mail address (keep-together.ts). */
  .nowrap,
  .action__label {
    white-space: nowrap;
  }
  /* An e-mail address or URL breaks only when it cannot fit on a line of its own. */
  .action bdi {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .print-only {
    display: none;
  }
  /* What a card says about its data (card-meta.ts): quiet, below the facts. */
  .card-meta {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .card-meta__stale::before {
    content: ' · ';
  }
  .address-on-request {
    font-weight: 600;
  }
  .address-note {
    display: block;
  }
  .share__status:empty {
    display: none;
  }
  .share__status {
    display: block;
    margin-block-start: 0.25rem;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .card__qr {
    align-items: center;
    gap: 0.75rem;
    margin-block-start: 0.5rem;
  }
  .card__qr svg {
    flex: none;
    background: #fff;
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
    .card__qr {
      display: flex;
    }
    .share,
    .report {
      display: none !important;
    }
  }
`;
