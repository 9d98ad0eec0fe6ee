// SPDX-License-Identifier: EUPL-1.2
/**
 * The finder's search form: text search, the filters (folded away on narrow screens), "Near me"
 * and the quarter choice. A template; the view owns the state and handles the changes, and the
 * filter values are the element's public properties.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { FilterState } from '../../feed/point-order.js';
import type { WelcomeFeed } from '../../feed/schema.js';
import { feedText } from '../../i18n/feed-text.js';
import { audienceOptions, languageOptions } from './finder-results.js';
import { renderFilterFold } from '../shared/filter-fold.js';
import type { WelcomePointFinder } from './welcome-point-finder.component.js';

/** Why "Near me" did not work, each explained to the visitor in its own words. */
export type GeoProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export interface FormOptions {
  filtersOpen: boolean;
  locating: boolean;
  /** Results are sorted by the visitor's position. */
  nearMe: boolean;
  geoProblem?: GeoProblem;
  onSearchInput: (event: Event) => void;
  onSelectChange: (event: Event) => void;
  onOpenNowChange: (event: Event) => void;
  onFiltersToggle: () => void;
  onNearMe: () => void;
  onQuarterChange: (event: Event) => void;
  onReset: () => void;
}

export function renderForm(host: WelcomePointFinder, feed: WelcomeFeed | undefined, o: FormOptions): TemplateResult {
  const active = activeFilterCount(host);
  return html`<form
    class="search"
    part="search"
    role="search"
    aria-label=${msg('Find a Welcome Point', { id: 'welcome-point-finder.search-name', desc: 'Accessible name of the search form' })}
    @submit=${(event: Event) => event.preventDefault()}
  >
    <div class="field field--search">
      <label for="q">${msg('Search', { id: 'welcome-point-finder.search-label', desc: 'Label of the text search field' })}</label>
      <input
        id="q"
        type="search"
        part="search-input"
        autocomplete="off"
        aria-describedby="q-hint"
        .value=${live(host.query)}
        @input=${o.onSearchInput}
      />
      <span class="hint" id="q-hint">
        ${msg('Name, street, quarter or offer', { id: 'welcome-point-finder.search-hint', desc: 'Hint below the search field: what can be searched' })}
      </span>
    </div>
    ${renderFilterFold(o.filtersOpen, active, 'filters', o.onFiltersToggle)}
    <fieldset id="filters" class="filters ${o.filtersOpen ? '' : 'filters--collapsed'}" part="filters">
      <legend>${msg('Filter', { id: 'welcome-point-finder.filters', desc: 'Legend of the group of filters' })}</legend>
      ${renderSelect(
        o.onSelectChange,
        'district',
        msg('District', { id: 'welcome-point-finder.district', desc: 'Label of the district (Stadtbezirk) filter' }),
        msg('All districts', { id: 'welcome-point-finder.district-all' }),
        host.district ?? '',
        feed ? sortedDistricts(feed).map(d => [d.id, feedText(host, d.name).text] as const) : [],
      )}
      ${renderSelect(
        o.onSelectChange,
        'category',
        msg('Offer', { id: 'welcome-point-finder.category', desc: 'Label of the category-of-offer filter' }),
        msg('All offers', { id: 'welcome-point-finder.category-all' }),
        host.category ?? '',
        (feed?.categories ?? []).map(c => [c.id, feedText(host, c.label).text] as const),
      )}
      ${renderSelect(
        o.onSelectChange,
        'language',
        msg('Offered in', { id: 'welcome-point-finder.language', desc: 'Label of the filter by the language offers are held in (not the language of this page)' }),
        msg('All languages', { id: 'welcome-point-finder.language-all' }),
        host.language ?? '',
        feed ? languageOptions(feed, host.uiLanguage) : [],
      )}
      ${renderSelect(
        o.onSelectChange,
        'audience',
        msg('For', { id: 'welcome-point-finder.audience', desc: 'Label of the filter by audience (newcomers, volunteers…)' }),
        msg('Everyone', { id: 'welcome-point-finder.audience-all' }),
        host.audience ?? '',
        feed ? audienceOptions(feed) : [],
      )}
      <label class="check">
        <input type="checkbox" name="open-now" .checked=${live(host.openNow)} @change=${o.onOpenNowChange} />
        <span>${msg('Open now', { id: 'welcome-point-finder.open-now', desc: 'Checkbox: show only places open at this moment' })}</span>
      </label>
    </fieldset>
    <fieldset class="nearby" part="nearby">
      <legend>${msg('Near you', { id: 'welcome-point-finder.nearby', desc: 'Legend of the group: sort by location or quarter' })}</legend>
      <button
        type="button"
        class="button near-me"
        aria-pressed=${o.nearMe ? 'true' : 'false'}
        aria-describedby=${ifDefined(o.geoProblem ? 'geo-problem' : undefined)}
        @click=${o.onNearMe}
      >
        <span class="pin" aria-hidden="true"></span>
        ${o.locating
          ? msg('Finding your location…', { id: 'welcome-point-finder.locating' })
          : msg('Near me', { id: 'welcome-point-finder.near-me', desc: 'Button: sort by distance from my location (asks for permission)' })}
      </button>
      ${o.geoProblem ? html`<p class="geo-problem" id="geo-problem" role="alert">${geoProblemText(o.geoProblem)}</p>` : nothing}
      <div class="field">
        <label for="quarter">
          ${msg('Or choose your quarter', {
            id: 'welcome-point-finder.quarter',
            desc: 'Label of the quarter (Stadtteil) choice, for people who do not share their location',
          })}
        </label>
        <select id="quarter" @change=${o.onQuarterChange}>
          <option value="" .selected=${live(!host.quarter)}>${msg('Not chosen', { id: 'welcome-point-finder.quarter-none' })}</option>
          ${(feed ? sortedDistricts(feed) : [])
            .filter(d => d.quarters?.length)
            .map(
              d => html`<optgroup label=${feedText(host, d.name).text}>
                ${d.quarters!.map(q => html`<option value=${q.id} .selected=${live(q.id === host.quarter)}>${q.name}</option>`)}
              </optgroup>`,
            )}
        </select>
      </div>
    </fieldset>
    ${host.query || active
      ? html`<button type="button" class="button reset" @click=${o.onReset}>${msg('Reset filters', { id: 'status.reset-filters' })}</button>`
      : nothing}
  </form>`;
}

function renderSelect(
  onChange: (event: Event) => void,
  name: keyof FilterState,
  label: string,
  allLabel: string,
  value: string,
  options: ReadonlyArray<readonly [string, string]>,
): TemplateResult {
  const id = `filter-${name}`;
  // `selected` on the options, not `.value` on the select: the value must hold while options render.
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name} @change=${onChange}>
      <option value="" .selected=${live(!value)}>${allLabel}</option>
      ${options.map(([optionValue, text]) => html`<option value=${optionValue} .selected=${live(optionValue === value)}>${text}</option>`)}
    </select>
  </div>`;
}

/** Filters set in the fieldset (the search text is not one of them). */
function activeFilterCount(host: WelcomePointFinder): number {
  return [host.district, host.category, host.audience, host.language, host.openNow].filter(Boolean).length;
}

function geoProblemText(problem: GeoProblem): string {
  switch (problem) {
    case 'denied':
      return msg('Your location was not shared with this page. You can choose your quarter instead.', { id: 'welcome-point-finder.geo-denied' });
    case 'timeout':
      return msg('Finding your location took too long. Please try again or choose your quarter.', { id: 'welcome-point-finder.geo-timeout' });
    case 'unsupported':
      return msg('This browser cannot share your location. Please choose your quarter.', { id: 'welcome-point-finder.geo-unsupported' });
    default:
      return msg('Your location could not be found. Please choose your quarter.', { id: 'welcome-point-finder.geo-unavailable' });
  }
}

function sortedDistricts(feed: WelcomeFeed): WelcomeFeed['districts'] {
  return [...feed.districts].sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
}
