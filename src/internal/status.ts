// SPDX-License-Identifier: EUPL-1.2
/**
 * The loading and error states, rendered the same way in every widget by its shell (the states
 * of a loaded list are in `list-status.ts`). The error is an alert (`role="alert"`,
 * `part="error"`) with a real retry button.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { FeedLoadError } from '../feed/errors.js';
import { isLocaleLoading } from '../i18n/localization.js';

/** A calm skeleton in the shape of the content, so nothing jumps when the data arrives. */
export function renderLoading(rows = 3): TemplateResult {
  return html`<div class="skeleton" part="loading" aria-busy="true">
    <span class="visually-hidden">${msg('Loading…', { id: 'status.loading', desc: 'Announced while the data loads' })}</span>
    ${Array.from({ length: rows }, () => html`<div class="skeleton__row" aria-hidden="true"></div>`)}
  </div>`;
}

/** What went wrong, in words a visitor understands, and what they can do. */
export function errorMessage(error: unknown): string {
  const kind = error instanceof FeedLoadError ? error.kind : 'unknown';
  switch (kind) {
    case 'offline':
      // A failed fetch means "no network" only when the browser says so; otherwise the server is
      // down or blocks the page (CORS), and telling the visitor to check their connection misleads.
      return !navigator.onLine
        ? msg('The information could not be loaded. Please check your internet connection.', { id: 'status.error-offline' })
        : msg('The information could not be loaded from its server. Please try again later.', {
            id: 'status.error-unreachable',
            desc: 'The data server could not be reached although the device is online (server down or blocked)',
          });
    case 'timeout':
      return msg('The information is taking too long to load.', { id: 'status.error-timeout' });
    case 'http':
      return (error as FeedLoadError).status === 404
        ? msg('The information was not found at its address (error 404).', { id: 'status.error-404' })
        : msg(str`The server could not deliver the information (error ${(error as FeedLoadError).status}).`, { id: 'status.error-http' });
    case 'parse':
    case 'format':
      return msg('The information is in a format this page cannot read.', { id: 'status.error-format' });
    default:
      return msg('Something went wrong while loading the information.', { id: 'status.error-unknown' });
  }
}

/**
 * The error alert, with the page's own fallback inside the element (the guides' link to the
 * city's list): the way on when retrying cannot help. A feed can fail before the page's UI locale has arrived; the alert would
 * then be read out in the source language, so until the locale is there the skeleton stays
 * (the element re-renders when the locale is ready).
 */
export function renderError(error: unknown, onRetry: () => void, rows?: number): TemplateResult {
  if (isLocaleLoading()) return renderLoading(rows);
  return html`<div class="status status--error" role="alert" part="error">
    <p class="status__text">${errorMessage(error)} <slot></slot></p>
    <button type="button" class="button" part="retry" @click=${onRetry}>
      ${msg('Try again', { id: 'status.retry', desc: 'Button that reloads the data after an error' })}
    </button>
  </div>`;
}
