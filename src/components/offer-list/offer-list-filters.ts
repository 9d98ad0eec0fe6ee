// SPDX-License-Identifier: EUPL-1.2
/**
 * The offer list's filter bar (`filters` attribute): search, category, audience, language and
 * "taking place now", and how the visitor's filters are written in the URL. A template; the view
 * owns the state and handles the changes.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { feedAudiences, feedLanguages } from '../../feed/feed-options.js';
import type { OfferFilter } from '../../feed/query.js';
import type { Text, WelcomeFeed } from '../../feed/schema.js';
import type { ResolvedText } from '../../feed/text.js';
import { audienceLabel } from '../../i18n/audience-label.js';
import { formatLanguage } from '../../i18n/format-schedule.js';

import type { UrlState } from '../../internal/url-state.js';

export type FilterKey = 'category' | 'audience' | 'language' | 'openNow';

/** Filters a visitor set in the filter bar, a group sibling or the URL; `''` means "all", overriding a preset. */
export interface UserFilters {
  query?: string;
  category?: string;
  audience?: string;
  language?: string;
  openNow?: boolean;
  district?: string;
  welcomePoint?: string;
}

/** The visitor's filters as URL parameters; `-` stands for "all" chosen against a preset. */
export function filtersToUrl(user: UserFilters): UrlState {
  const value = (v: string | boolean | undefined) => (v === undefined ? '' : v === '' || v === false ? '-' : v === true ? '1' : v);
  return {
    q: user.query ?? '',
    category: value(user.category),
    audience: value(user.audience),
    language: value(user.language),
    now: value(user.openNow),
    point: value(user.welcomePoint),
    district: value(user.district),
  };
}

/** The visitor's filters from URL parameters written by {@link filtersToUrl}. */
export function filtersFromUrl(url: UrlState): UserFilters {
  const text = (v: string | undefined) => (v === undefined ? undefined : v === '-' ? '' : v);
  const filters: UserFilters = {};
  if (url.q) filters.query = url.q;
  for (const [param, key] of [
    ['category', 'category'],
    ['audience', 'audience'],
    ['language', 'language'],
    ['point', 'welcomePoint'],
    ['district', 'district'],
  ] as const) {
    const v = text(url[param]);
    if (v !== undefined) filters[key] = v;
  }
  if (url.now !== undefined) filters.openNow = url.now === '1';
  return filters;
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
}

export function renderFilterBar(o: FilterBarOptions): TemplateResult {
  const { feed, filter, locale } = o;
  const select = (key: FilterKey) => (e: Event) => o.onChange(key, (e.target as HTMLSelectElement).value);
  return html`<form class="filters" part="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
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
        ${feedLanguages(feed).map(
          tag => html`<option value=${tag} lang=${tag} .selected=${live(filter.language === tag)}>
            ${formatLanguage(tag)}${formatLanguage(tag) !== formatLanguage(tag, locale) ? ` – ${formatLanguage(tag, locale)}` : ''}
          </option>`,
        )}
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
