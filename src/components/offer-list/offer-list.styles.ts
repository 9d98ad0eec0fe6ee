// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/**
 * The list around the offer cards: toolbar, group headings, "Show more". One column up to 56rem
 * of container width. The filter bar's styles come with its code (`offer-list-filter-bar.ts`).
 */
export const offerListStyles = css`
  :host {
    --_columns: var(--welcome-offer-columns, 1);
  }
  .base--compact {
    --_offer-padding: 0.75rem;
    --_offer-title-size: 1em;
    gap: 0.5rem;
  }
  .base > .status {
    margin: 0;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .toolbar__count {
    margin: 0;
    color: var(--_text-muted);
    font-weight: 600;
  }
  .chip {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0.25rem 0.25rem 0.25rem 0.875rem;
    padding-inline: 0.875rem 0.25rem;
    border-radius: var(--_radius-pill);
    background: var(--_accent-soft);
    flex-basis: 100%;
  }
  .chip__clear {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 0;
    border-radius: var(--_radius-pill);
    background: none;
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }

  /* Groups and list */
  .group {
    display: grid;
    gap: 0.625rem;
  }
  .group + .group {
    margin-block-start: 0.75rem;
  }
  .group__heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding-block-end: 0.375rem;
    border-block-end: 2px solid var(--_border-subtle);
    font-size: var(--welcome-font-size-x-large, 1.25em);
    line-height: 1.3;
  }
  .base--compact .group__heading {
    font-size: 1em;
  }
  .group__sub,
  .group__count {
    color: var(--_text-muted);
    font-size: 0.75em;
    font-weight: 400;
  }
  .group__count {
    margin-inline-start: auto;
  }
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .base--compact .list {
    gap: 0.5rem;
  }
  @container (min-width: 56rem) {
    .list {
      grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
    }
  }
  .item {
    min-inline-size: 0;
    scroll-margin-block: var(--_space);
  }

  /* Show more */
  @media print {
    .filters,
    .toolbar__calendar,
    .chip__clear {
      display: none !important;
    }
    .group__heading {
      break-after: avoid;
    }
  }
`;
