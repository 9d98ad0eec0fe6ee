// SPDX-License-Identifier: EUPL-1.2
/**
 * Styles of the Welcome Point card (`renderPointCard`). Calm by default: one accent colour,
 * clear type hierarchy (name → where → status → facts → actions), touch targets ≥ 44 px,
 * logical properties only so right-to-left needs no extra rule.
 */
import { css } from 'lit';
import { cardActionStyles } from './card-action.styles.js';

export const pointCardStyles = [
  cardActionStyles,
  css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.625rem;
    block-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    scroll-margin-block: var(--_space);
    container-type: inline-size;
  }
  .card--selected {
    border-color: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent), var(--_shadow);
  }
  .card--inactive {
    background: var(--_surface-alt);
  }
  .card__title {
    margin: 0;
    font-size: var(--welcome-font-size-large, 1.125em);
    line-height: 1.3;
    font-weight: var(--welcome-heading-font-weight, 650);
  }
  .card__select {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: -0.375rem 0 0;
    padding: 0.375rem 0;
    border: 0;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .card__select:hover span {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .card--selected .card__select {
    color: var(--_accent-text);
  }
  .card__where {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    margin: -0.5rem 0 0;
    color: var(--_text-muted);
    font-size: 0.9375em;
  }
  .card__quarter::before {
    content: '·';
    margin-inline-end: 0.75rem;
  }
  .badge {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    align-self: flex-start;
    gap: 0 0.4em;
    margin: 0;
    padding: 0.25rem 0.625rem;
    border: 1px solid transparent;
    border-radius: var(--_radius-pill);
    background: var(--_surface-alt);
    font-size: 0.9375em;
  }
  /* (a flex item of the badge: it wraps after the state, and inside the state only where the
     state alone is wider than the card, "Vorübergehend geschlossen" in a 17rem column) */
  .badge__status {
    font-weight: 650;
  }
  .badge__status::before {
    content: '';
    display: inline-block;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: currentColor;
    vertical-align: 0.05em;
  }
  .badge--open {
    background: var(--_success-soft);
    color: var(--_success);
  }
  .badge--open .badge__detail {
    color: var(--_text);
  }
  .badge--closed .badge__status {
    color: var(--_text-muted);
  }
  .badge--unknown .badge__status::before {
    background: transparent;
    border: 1px solid currentColor;
  }
  .badge--inactive {
    background: var(--_warning-soft);
    color: var(--_warning);
  }
  .facts {
    display: grid;
    /* Labels take at most 40 % and wrap beyond it: a long label such as Easy German's "Wer leitet
       den Ort?" left too little room on a 360 px phone, and "Niederrheinstraße" broke mid-word. */
    grid-template-columns: fit-content(40%) 1fr;
    gap: 0.25rem 0.875rem;
    margin: 0;
  }
  /* A card on a 320 px phone has no room for two columns ("Öffnungszeiten" broke mid-word):
     each label stands above its value. */
  @container (width < 17rem) {
    .facts {
      display: block;
    }
  }
  .fact {
    display: contents;
  }
  .fact dt {
    color: var(--_text-muted);
    font-size: 0.875em;
    line-height: 1.75;
  }
  .fact dd {
    margin: 0;
    min-inline-size: 0;
  }
  .address {
    font-style: normal;
  }
  .address span,
  .line {
    display: block;
  }
  .distance {
    display: inline-block;
    margin-block-start: 0.125rem;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .closures {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .access-note,
  .closures__note {
    display: block;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .card__description {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .action__label {
    color: var(--_text-muted);
    font-weight: 400;
  }
  .card__toggle {
    align-self: flex-start;
    margin-block-start: auto;
  }
  /* A disclosure arrow; it turns when its button is expanded. It points down (up when open) in
     both directions, so its borders are physical and right-to-left needs no rule. */
  .chevron {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-bottom: 2px solid currentColor;
    border-right: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(-135deg);
  }
  .card__more:not([hidden]) {
    display: grid;
    gap: 0.75rem;
    padding-block-start: 0.25rem;
    border-block-start: 1px solid var(--_border-subtle);
  }

  @media (forced-colors: active) {
    .card--selected {
      outline: 3px solid Highlight;
    }
    .badge {
      border-color: CanvasText;
    }
    .badge__status::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }

  @media print {
    .card {
      break-inside: avoid;
      box-shadow: none;
      border-color: #888;
      padding: 0.5rem 0;
      border-width: 0 0 1px;
      border-radius: 0;
    }
    .card__select {
      min-block-size: 0;
      margin: 0;
      padding: 0;
      color: inherit;
    }
    .badge {
      padding: 0;
      background: none;
      color: inherit;
    }
    .actions {
      display: block;
    }
    .action {
      margin-inline-end: 1rem;
    }
    .actions .route,
    .card__toggle,
    .card__more {
      display: none !important;
    }
    .action--web {
      font-weight: 400;
    }
    .action--web > :first-child {
      display: inline;
    }
  }
`,
];
