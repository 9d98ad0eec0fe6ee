// SPDX-License-Identifier: EUPL-1.2
/**
 * The offer list's filters: what the visitor chose (filter bar, group sibling, URL) and how it is
 * written in the URL. The bar itself is `offer-list-filter-bar.ts`, a chunk loaded only by lists
 * with the `filters` attribute.
 */
import type { ReactiveElement, TemplateResult } from 'lit';
import type { UrlState } from '../../internal/url-state.js';
import { addStyles } from '../../internal/add-styles.js';
import type { FilterBarOptions } from './offer-list-filter-bar.js';

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
  const filters: UserFilters = {};
  if (url.q) filters.query = url.q;
  for (const [param, key] of [
    ['category', 'category'],
    ['audience', 'audience'],
    ['language', 'language'],
    ['point', 'welcomePoint'],
    ['district', 'district'],
  ] as const) {
    const v = url[param];
    if (v !== undefined) filters[key] = v;
  }
  if (url.now !== undefined) filters.openNow = url.now === '1';
  return filters;
}

/**
 * Loads the filter bar (code and styles, `offer-list-filter-bar.ts`) once, when a list with
 * `filters` first asks for it, and renders the list again when it is there.
 */
export class FilterBarLoader {
  #module?: typeof import('./offer-list-filter-bar.js');
  #state: 'idle' | 'loading' | 'done' = 'idle';
  /** Unfolded on a narrow host (see `filter-fold.ts`); the visitor's choice, kept across renders. */
  #open = false;

  /** The bar, once its module is there (see {@link load}), folded or not as the visitor left it. */
  render(host: ReactiveElement, options: Omit<FilterBarOptions, 'open' | 'onToggle'>): TemplateResult | undefined {
    const onToggle = () => {
      this.#open = !this.#open;
      host.requestUpdate();
    };
    return this.load(host)?.renderFilterBar({ ...options, open: this.#open, onToggle });
  }

  /** The bar's module once loaded (none if it could not load); starts loading it on the first call. */
  load(host: ReactiveElement): typeof import('./offer-list-filter-bar.js') | undefined {
    if (this.#state === 'idle') {
      this.#state = 'loading';
      import('./offer-list-filter-bar.js')
        .then(module => {
          addStyles(host.renderRoot as ShadowRoot, module.filterBarStyles);
          this.#module = module;
        })
        // Without its bar the list still works (filters from attributes, the URL, a group).
        .catch(() => undefined)
        .finally(() => {
          this.#state = 'done';
          host.requestUpdate();
        });
    }
    return this.#module;
  }

  /** While the bar is on its way the list shows its skeleton, so the list does not jump when the bar comes. */
  get loading(): boolean {
    return this.#state === 'loading';
  }
}
