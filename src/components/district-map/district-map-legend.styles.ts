// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/** The legend of `shade="offers"` below the map, its swatches in the districts' shades. */
export const legendStyles = css`
  /* Legend for shade="offers" */
  .legend__title {
    margin: 0 0 0.25rem;
    font-weight: 600;
    font-size: 0.875em;
  }
  .legend__items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend__item {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .legend__swatch {
    inline-size: 1.25rem;
    block-size: 0.9rem;
    border: 1px solid var(--_accent);
  }
  .legend__swatch.district--shade-0 {
    background: var(--_shade-0);
  }
  .legend__swatch.district--shade-1 {
    background: var(--_shade-1);
  }
  .legend__swatch.district--shade-2 {
    background: var(--_shade-2);
  }
  .legend__swatch.district--shade-3 {
    background: var(--_shade-3);
  }
`;
