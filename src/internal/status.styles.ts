// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

export const statusStyles = css`
  /* The box of the loading and error states (a widget's view may restyle it). */
  .base {
    display: grid;
    gap: var(--_gap);
  }
  .skeleton {
    display: grid;
    gap: var(--_gap);
  }
  .skeleton__row {
    block-size: 6rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  .status {
    margin: 0 0 var(--_gap);
    padding: var(--_space);
    border-radius: var(--_radius);
    border: 1px solid var(--_border-subtle);
    background: var(--_surface-alt);
  }
  .status__text {
    margin: 0 0 0.5rem;
  }
  .status--error {
    border-color: var(--_danger);
    background: var(--_danger-soft);
    color: var(--_text);
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_accent-soft);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
