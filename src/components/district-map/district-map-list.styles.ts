// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/** The map's text alternative: districts with their Welcome Points as buttons. */
export const districtListStyles = css`
  /* The text alternative */
  .list__districts,
  .list__points {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list__districts {
    display: grid;
    gap: var(--_gap);
  }
  .list__district {
    padding-block-end: var(--_gap);
    border-block-end: 1px solid var(--_border-subtle);
  }
  .list__district-button,
  .list__point-button {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent-text);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .list__district-button {
    font-weight: 700;
    font-size: 1.05em;
  }
  .list__district-button[aria-current='true'],
  .list__point-button[aria-current='true'] {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .badge {
    min-inline-size: 1.75em;
    padding: 0 0.4em;
    border-radius: var(--_radius-pill);
    background: var(--_text);
    color: var(--_surface);
    text-align: center;
    text-decoration: none;
  }
  .list__points {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 1.25rem;
  }
  /* The name's text lines up with the address wrapped below it, the button's padding reaching into the indent. */
  .list__point-button {
    margin-inline-start: calc(-0.5rem - 1px);
  }
  .list__point {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5rem;
  }
  .status-note {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 0.25rem;
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 600;
  }
  .list__address,
  .list__note,
  .list__empty {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .list__empty,
  .list__other {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .list__other {
    font-weight: 700;
    padding-inline-start: 0.5rem;
  }
`;
