// SPDX-License-Identifier: EUPL-1.2
/**
 * When nothing matches, the finder says which single filter stands in the way and how many
 * places clearing it would show ("Clear the district filter: 3 found"), and which languages
 * the offers here are held in when the spoken-language filter finds none.
 * Part of the finder's view chunk.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { computeRows } from '../../feed/point-order.js';
import type { FilterState, ResultsQuery } from '../../feed/point-order.js';
import { offersOfPoint } from '../../feed/query.js';
import type { WelcomeFeed, WelcomePoint } from '../../feed/schema.js';
import { formatLanguage, formatList } from '../../i18n/format-schedule.js';

type Relaxable = keyof FilterState;

export interface Relaxation {
  filter: Relaxable;
  count: number;
}

const ORDER: Relaxable[] = ['query', 'district', 'category', 'audience', 'language', 'openNow'];

/** Each active filter whose removal alone would bring results, with how many. */
export function relaxations(feed: WelcomeFeed, query: ResultsQuery): Relaxation[] {
  const { filters } = query;
  return ORDER.filter(filter => (filter === 'query' ? filters.query.trim() : filters[filter]))
    .map(filter => ({
      filter,
      count: computeRows(feed, { ...query, filters: { ...filters, [filter]: filter === 'openNow' ? false : '' } }).length,
    }))
    .filter(relaxation => relaxation.count > 0);
}

function label(filter: Relaxable, count: string): string {
  switch (filter) {
    case 'query':
      return msg(str`Clear the search: ${count} found`, { id: 'finder.relax-query', desc: 'Button when nothing matches; the number is how many places it would show' });
    case 'district':
      return msg(str`Clear the district filter: ${count} found`, { id: 'finder.relax-district', desc: 'Button when nothing matches' });
    case 'category':
      return msg(str`Clear the "offer" filter: ${count} found`, { id: 'finder.relax-category', desc: 'Button when nothing matches; the filter by kind of offer (category)' });
    case 'audience':
      return msg(str`Clear the "for whom" filter: ${count} found`, { id: 'finder.relax-audience', desc: 'Button when nothing matches; the audience filter' });
    case 'language':
      return msg(str`Clear the "offered in" filter: ${count} found`, {
        id: 'finder.relax-language',
        desc: 'Button when nothing matches; the filter by the language an offer is held in',
      });
    default:
      return msg(str`Show also what is closed now: ${count} found`, { id: 'finder.relax-open-now', desc: 'Button when nothing matches with "open now"' });
  }
}

/** The languages (base tags) spoken at these points or in their offers, in order of first appearance. */
function spokenAt(feed: WelcomeFeed, points: WelcomePoint[]): string[] {
  const tags = points.flatMap(point => [...(point.languages ?? []), ...offersOfPoint(feed, point.id).flatMap(offer => offer.languages ?? [])]);
  return [...new Set(tags.map(tag => tag.toLowerCase().split('-')[0]))];
}

/** The suggestions under the "nothing matches" message; nothing when no single filter helps. */
export function renderSuggestions(
  feed: WelcomeFeed,
  query: ResultsQuery,
  locale: string,
  onRelax: (filter: Relaxable) => void,
): TemplateResult | typeof nothing {
  const found = relaxations(feed, query);
  const number = new Intl.NumberFormat(locale);
  const spoken = query.filters.language
    ? spokenAt(feed, computeRows(feed, { ...query, filters: { ...query.filters, language: '' } }).map(row => row.point))
    : [];
  if (!found.length && !spoken.length) return nothing;
  return html`<div class="suggestions" part="suggestions">
    ${spoken.length
      ? html`<p class="suggestions__languages">
          ${msg(str`Offered here in: ${formatList(spoken.map(tag => formatLanguage(tag, locale)), locale)}.`, {
            id: 'finder.languages-available',
            desc: 'When the "offered in" filter finds nothing: the languages the matching places offer',
          })}
        </p>`
      : nothing}
    <ul class="suggestions__list" role="list">
      ${found.map(
        ({ filter, count }) => html`<li>
          <button type="button" class="button" data-relax=${filter} @click=${() => onRelax(filter)}>
            ${label(filter, number.format(count))}
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}
