// SPDX-License-Identifier: EUPL-1.2
/**
 * The offer list's filter bar (`filters` attribute): search, category, audience, language and
 * "taking place now". A template with its styles, in a chunk of its own: lists without `filters`
 * never download it. The view owns the state and handles the changes.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { feedAudiences, feedLanguages } from '../../feed/feed-options.js';
import type { OfferFilter } from '../../feed/query.js';
import type { Text, WelcomeFeed } from '../../feed/schema.js';
import type { ResolvedText } from '../../feed/text.js';
import { audienceLabel } from '../../i18n/audience-label.js';
import { formatLanguage } from '../../i18n/format-schedule.js';
import type { FilterKey } from './offer-list-filters.js';
import { filterFoldStyles, renderFilterFold } from '../shared/filter-fold.js';

/**
 * The offers' languages as the finder lists them (its `languageOptions`, which lives in the
 * finder's first render; this bar loads later): named in the page's language, then in itself
 * ("Arabisch – العربية") unless the browser cannot name it, in alphabetical order.
 */
function languageChoices(feed: WelcomeFeed, locale: string): Array<[string, string]> {
  return feedLanguages(feed)
    .map((tag): [string, string] => {
      const [name, own] = [formatLanguage(tag, locale), formatLanguage(tag)];
      return [tag, own !== name && own !== tag ? `${name} – ${own}` : name];
    })
    .sort((a, b) => a[1].localeCompare(b[1], locale));
}

export interface FilterBarOptions {
  feed: WelcomeFeed;
  filter: OfferFilter;
  locale: string;
  text: (value: Text | undefined) => ResolvedText;
  /** The visitor changed a filter: show the reset button. */
  canReset: boolean;
  onSearchInput: (event: Event) => void;
  onSearchBlur: () => void;
  onChange: (key: FilterKey, value: string | boolean) => void;
  onReset: () => void;
  /** The panel is unfolded on a narrow host. */
  open: boolean;
  onToggle: () => void;
}

export function renderFilterBar(o: FilterBarOptions): TemplateResult {
  const { feed, filter, locale } = o;
  const select = (key: FilterKey) => (e: Event) => o.onChange(key, (e.target as HTMLSelectElement).value);
  const active = [filter.category, filter.audience, filter.language, filter.openNow].filter(Boolean).length;
  return html`${renderFilterFold(o.open, active, 'filters', o.onToggle)}<form
      id="filters"
      class="filters ${o.open ? '' : 'filters--collapsed'}"
      part="filters"
      role="search"
      @submit=${(e: Event) => e.preventDefault()}
    >
    <div class="field field--search">
      <label for="search">${msg('Search offers', { id: 'offer-list.search-label', desc: 'Label of the search field' })}</label>
      <input id="search" type="search" part="search" autocomplete="off" .value=${filter.query ?? ''} @input=${o.onSearchInput} @blur=${o.onSearchBlur} />
    </div>
    <div class="field">
      <label for="category">${msg('Category', { id: 'offer-list.category-label', desc: 'Label of the category filter' })}</label>
      <select id="category" @change=${select('category')}>
        <option value="" .selected=${live(!filter.category)}>${msg('All categories', { id: 'offer-list.category-all' })}</option>
        ${feed.categories.map(c => {
          const label = o.text(c.label);
          return html`<option value=${c.id} lang=${label.lang} .selected=${live(filter.category === c.id)}>${label.text}</option>`;
        })}
      </select>
    </div>
    <div class="field">
      <label for="audience">${msg('For', { id: 'offer-list.audience-label', desc: 'Label of the audience filter (offers for families, women…)' })}</label>
      <select id="audience" @change=${select('audience')}>
        <option value="" .selected=${live(!filter.audience)}>${msg('Everyone', { id: 'offer-list.audience-all', desc: 'Audience filter: no restriction' })}</option>
        ${feedAudiences(feed).map(a => html`<option value=${a} .selected=${live(filter.audience === a)}>${audienceLabel(a)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="language">${msg('Offered in', { id: 'offer-list.language-label', desc: 'Label of the filter by the language offers are held in (not the language of this page)' })}</label>
      <select id="language" @change=${select('language')}>
        <option value="" .selected=${live(!filter.language)}>${msg('All languages', { id: 'offer-list.language-all' })}</option>
        ${languageChoices(feed, locale).map(([tag, label]) => html`<option value=${tag} .selected=${live(filter.language === tag)}>${label}</option>`)}
      </select>
    </div>
    <label class="check">
      <input type="checkbox" .checked=${!!filter.openNow} @change=${(e: Event) => o.onChange('openNow', (e.target as HTMLInputElement).checked)} />
      ${msg('Taking place now', { id: 'offer-list.open-now', desc: 'Checkbox: only offers happening right now' })}
    </label>
    ${o.canReset
      ? html`<button type="button" class="button filters__reset" @click=${o.onReset}>${msg('Reset filters', { id: 'offer-list.reset' })}</button>`
      : nothing}
  </form>`;
}

/** The bar lays out its fields in a row from 40rem of container width, folded below 48rem. */
export const filterBarStyles = [
  filterFoldStyles,
  css`
  .filters {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .field label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .field input,
  .field select {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .filters__reset {
    justify-self: start;
  }
  @container (min-width: 40rem) {
    .filters {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      align-items: end;
    }
    .field--search {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 64rem) {
    .filters {
      grid-template-columns: minmax(0, 2fr) repeat(3, minmax(0, 1fr)) auto auto;
    }
    .field--search {
      grid-column: auto;
    }
  }
`,
];
