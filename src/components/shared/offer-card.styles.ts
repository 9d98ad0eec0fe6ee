// SPDX-License-Identifier: EUPL-1.2
/**
 * Styles of the offer card (`renderOfferCard`), in the same calm language as the Welcome Point
 * card: one accent colour, title → badges → facts → details, touch targets ≥ 44 px, logical
 * properties only so right-to-left needs no extra rule. Class names start with `offer` so both
 * cards can share one shadow root; the buttons are the shared `.action` (`card-action.styles.ts`).
 */
import { css } from 'lit';
import { cardActionStyles } from './card-action.styles.js';

export const offerCardStyles = [
  cardActionStyles,
  css`
  .offer {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    block-size: 100%;
    padding: var(--_offer-padding, var(--_space));
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    container-type: inline-size;
  }
  .offer--now {
    border-inline-start: 4px solid var(--_success);
  }
  .offer__time {
    margin: 0;
    color: var(--_accent-text);
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .offer__title {
    margin: 0;
    font-size: var(--_offer-title-size, var(--welcome-font-size-large, 1.125em));
    line-height: 1.3;
    font-weight: var(--welcome-heading-font-weight, 650);
  }
  .offer__toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: -0.375rem 0;
    padding: 0.375rem 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .offer__toggle:hover > span:first-child {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .chevron {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline: 0.25rem;
    /* it points down (closed) or up (open) in both directions: physical borders, no RTL rule */
    border-bottom: 2px solid var(--_accent);
    border-right: 2px solid var(--_accent);
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .offer__badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
  }
  .offer__badges:empty {
    display: none;
  }
  .offer-tag {
    display: inline-block;
    padding: 0.125rem 0.625rem;
    border: 1px solid transparent;
    border-radius: var(--_radius-pill);
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 0.875em;
    line-height: 1.5;
  }
  .offer-tag--category {
    background: var(--_accent-soft);
    color: var(--_accent-text);
  }
  .offer-tag--now {
    background: var(--_success-soft);
    color: var(--_success);
    font-weight: 650;
  }
  .offer-tag--today {
    border-color: var(--_accent);
    background: var(--_surface);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .offer-tag--free {
    background: var(--_success-soft);
    color: var(--_success);
  }
  .offer-tag--registration {
    background: var(--_warning-soft);
    color: var(--_warning);
  }
  .offer__facts {
    display: grid;
    grid-template-columns: minmax(4.5rem, max-content) 1fr;
    gap: 0.25rem 0.875rem;
    margin: 0;
  }
  /* On a phone narrower than 360 px two columns leave too little room ("Partnerorganisationen"
     broke mid-word): each label stands above its value. */
  @container (width < 20rem) {
    .offer__facts {
      display: block;
    }
  }
  .offer-fact {
    display: contents;
  }
  .offer-fact dt {
    color: var(--_text-muted);
    font-size: 0.875em;
    line-height: 1.75;
  }
  .offer-fact dd {
    margin: 0;
    min-inline-size: 0;
  }
  .offer__lines,
  .offer__languages,
  .offer__actions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .offer__lines li {
    font-variant-numeric: tabular-nums;
  }
  .offer__languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .offer__muted,
  .offer__district {
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  .offer__point {
    display: inline;
    min-block-size: 0;
    margin: 0;
    margin-inline-end: 0.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent-text);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .offer__point:hover,
  .offer__route:hover {
    text-decoration-thickness: 2px;
  }
  a.offer__point,
  .offer__point-name {
    margin-inline-end: 0.5rem;
  }
  .offer__address {
    display: block;
  }
  .offer__route {
    display: inline-block;
    margin-inline-start: 0.5rem;
    color: var(--_accent-text, var(--_accent));
    text-underline-offset: 0.15em;
  }
  .offer__details:not([hidden]) {
    display: grid;
    gap: 0.75rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border-subtle);
  }
  .offer__description,
  .offer__registration {
    margin: 0;
  }
  .offer__description {
    white-space: pre-line;
  }
  .offer__note {
    display: block;
  }
  .offer__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .offer__actions:empty {
    display: none;
  }
  .action bdi {
    color: var(--_text);
    font-weight: 400;
  }
  /* A calendar drawn in CSS: on a card's action and on the list's "Add all to calendar". */
  .action--calendar::before,
  .toolbar__calendar::before {
    content: '';
    inline-size: 0.875em;
    block-size: 0.8em;
    border: 2px solid currentColor;
    border-block-start-width: 4px;
    border-radius: var(--welcome-radius-small, 0.25rem);
  }

  @media (forced-colors: active) {
    .offer-tag {
      border-color: CanvasText;
    }
    .offer--now {
      border-inline-start-color: Highlight;
    }
  }

  @media print {
    .offer {
      break-inside: avoid;
      padding: 0.5rem 0;
      border-width: 0 0 1px;
      border-radius: 0;
      border-color: #888;
      box-shadow: none;
    }
    .offer__toggle {
      min-block-size: 0;
      margin: 0;
      padding: 0;
      color: inherit;
    }
    .chevron,
    button.action {
      display: none !important;
    }
    .offer__details[hidden] {
      display: grid !important;
      gap: 0.5rem;
    }
    .offer-tag {
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
    }
    .offer-tag + .offer-tag::before {
      content: '· ';
    }
  }
`,
];
