// SPDX-License-Identifier: EUPL-1.2
/**
 * Layout of the finder. One column from 320 px; from 48rem the filters move into a sidebar
 * beside a grid of cards; with a map (`view="both"`) from 60rem the list and the map stand side
 * by side. Container queries, so the layout follows the space the host page gives the widget,
 * not the window. Logical properties only (right-to-left for free).
 */
import { css } from 'lit';

export const finderStyles = css`
  :host {
    --_card-min: var(--welcome-finder-card-min-width, 17rem);
    --_sidebar: var(--welcome-finder-sidebar-width, 19rem);
    --_finder-map-height: var(--welcome-finder-map-height, 34rem);
  }
  .finder {
    display: grid;
    gap: var(--_space);
  }
  .finder__main {
    display: grid;
    gap: var(--_space);
    align-items: start;
    min-inline-size: 0;
  }
  .finder__results {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }

  /* —— form —— */
  .search {
    display: grid;
    gap: 0.875rem;
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  fieldset {
    display: grid;
    gap: 0.75rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    float: inline-start;
    inline-size: 100%;
    margin-block-end: 0.125rem;
    padding: 0;
    font-weight: 650;
  }
  legend + * {
    clear: both;
  }
  .filters {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    align-items: end;
  }
  .filters > legend,
  .nearby > legend {
    grid-column: 1 / -1;
  }
  .nearby {
    padding-block-start: 0.875rem;
    border-block-start: 1px solid var(--_border-subtle);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .hint {
    color: var(--_text-muted);
    font-size: 0.8125em;
  }
  input[type='search'],
  select {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  select {
    padding-inline-end: 0.25rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.375rem;
    block-size: 1.375rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .near-me {
    justify-self: start;
  }
  .near-me[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .pin {
    inline-size: 0.75em;
    block-size: 0.75em;
    border: 2px solid currentColor;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
  }
  .geo-problem {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-soft);
    font-size: 0.9375em;
  }
  .reset {
    justify-self: start;
  }

  /* —— results —— */
  .count {
    margin: 0;
    font-weight: 600;
    min-block-size: 1.5em;
  }
  .list,
  .skeleton {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list__item {
    min-inline-size: 0;
  }
  /* An expanded card takes the whole row: its offers get room, its neighbours keep their height. */
  .list__item--expanded {
    grid-column: 1 / -1;
  }
  .skeleton__row {
    block-size: 19rem;
  }
  .status {
    margin: 0;
  }

  /* —— map —— */
  .finder__map {
    min-inline-size: 0;
  }
  .finder__map district-map {
    display: block;
    --welcome-map-height: min(var(--_finder-map-height), 70vh);
  }
  .map-placeholder {
    block-size: min(var(--_finder-map-height), 70vh);
  }
  .map-placeholder {
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  /* Wide, list only: filters in a sidebar, cards in a grid beside them. */
  @container (min-width: 48rem) {
    .finder--list .finder__main,
    .finder--map {
      grid-template-columns: var(--_sidebar) minmax(0, 1fr);
      align-items: start;
    }
    .finder--list .search,
    .finder--map .search {
      position: sticky;
      inset-block-start: var(--_space);
    }
    .finder--list .filters,
    .finder--map .filters {
      grid-template-columns: 1fr;
    }
  }
  /* Holds the "List | Map" switch's row until its code is there (finder-panes.ts). */
  .panes-pending {
    min-block-size: 2.75rem;
  }
  /* Wide with a map: list (with filters above) and map side by side, the map staying in view. */
  @container (min-width: 60rem) {
    .panes-pending {
      display: none;
    }
    .finder--both {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr);
      align-items: start;
    }
    .finder--both .list {
      grid-template-columns: 1fr;
    }
    .finder--both .finder__map {
      position: sticky;
      inset-block-start: var(--_space);
    }
    .finder--both .finder__map district-map {
      --welcome-map-height: min(var(--_finder-map-height), calc(100vh - 6rem));
    }
    .finder--both .map-placeholder {
      block-size: min(var(--_finder-map-height), calc(100vh - 6rem));
    }
  }

  @media (forced-colors: active) {
    .search,
    .check input {
      border: 1px solid CanvasText;
    }
    .near-me[aria-pressed='true'] {
      border-width: 3px;
    }
  }

  /* Printed: the result list with addresses and hours; no form, buttons or map. */
  @media print {
    .search,
    .finder__map,
    .status--problems,
    .status--empty button {
      display: none !important;
    }
    .finder,
    .finder__main {
      display: block;
    }
    .list {
      display: block;
    }
    .count {
      margin-block-end: 0.5rem;
    }
  }

  /* "Nothing matches": the filters that would find something, as buttons that wrap on phones. */
  .suggestions__languages {
    margin: 0 0 0.5rem;
  }
  .suggestions__list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
