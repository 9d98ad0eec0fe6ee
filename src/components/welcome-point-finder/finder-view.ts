// SPDX-License-Identifier: EUPL-1.2
/**
 * The finder once its feed is there: search form, filters, "Near me", result cards, the optional
 * map, and the URL and group links behind them. A chunk of its own, fetched in parallel with the
 * feed (see `WidgetView`).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { WidgetView } from '../../internal/welcome-element.js';
import { viewState } from '../../internal/view-state.js';
import { emit } from '../../internal/emit.js';
import { readUrlState, writeUrlState } from '../../internal/url-state.js';
import type { UrlState } from '../../internal/url-state.js';
import type { SharedEventName } from '../../internal/group-controller.js';
import { renderLoading } from '../shared/status.js';
import { renderProblems, renderShowMore } from '../shared/list-status.js';
import { listStatusStyles } from '../shared/list-status.styles.js';
import { pointCardStyles } from '../shared/point-card.styles.js';
import type { PointCardContext } from '../shared/point-card.js';
import { finderStyles } from './welcome-point-finder.styles.js';
import { audienceOptions, computeRows, describeResults, languageOptions, renderResults } from './finder-results.js';
import type { FilterState, ResultRow, ResultsQuery } from './finder-results.js';
import type { WelcomePointFinder } from './welcome-point-finder.component.js';
import type { LatLng, WelcomeFeed } from '../../feed/schema.js';
import { setFilters } from '../../events/welcome-filter-change.js';
import type { WelcomePointSelectEvent } from '../../events/welcome-point-select.js';
import type { WelcomeDistrictSelectEvent } from '../../events/welcome-district-select.js';
import { feedText, renderFeedText } from '../../i18n/feed-text.js';

export const styles = [listStatusStyles, pointCardStyles, finderStyles];

export function createView(host: WelcomePointFinder): WidgetView {
  return new FinderView(host);
}

/** Why "Near me" did not work, each explained to the visitor in its own words. */
type GeoProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

const EMPTY_FILTERS: FilterState = { query: '', district: '', category: '', audience: '', language: '', openNow: false };

/** Cards rendered at first and added by each "Show more". */
const PAGE_SIZE = 24;

class FinderView implements WidgetView {
  /** Cards expanded to show their offers. */
  @viewState private expanded: ReadonlySet<string> = new Set();
  /** How many cards are rendered; a city with hundreds of places shows them page by page. */
  @viewState private shown = PAGE_SIZE;
  /** The visitor's position after "Near me"; kept in memory only, never stored or sent. */
  @viewState private origin?: LatLng;
  @viewState private locating = false;
  /** On narrow screens the filters fold away behind a button, so results are in sight sooner. */
  @viewState private filtersOpen = false;
  @viewState private geoProblem?: GeoProblem;
  @viewState private mapFailed = false;
  /** Bumped every minute so badges follow the real clock. */
  @viewState private minute = 0;

  private rows: ResultRow[] = [];
  private rowsKey = '';
  private mapRequested = false;
  private offersRequested = false;
  private clockTimer?: ReturnType<typeof setInterval>;
  /** Attribute presets, restored when the URL carries no state of ours (Back to the first entry). */
  private presets?: FilterState & { quarter: string; selected: string };
  private urlRestored = false;
  /** Whether the last URL entry was written by typing, so further keystrokes replace it. */
  private lastUrlWriteWasTyping = false;
  /** Scroll the selected card into view after the next render (selection came from the map or a sibling). */
  private revealSelected = false;

  constructor(private readonly host: WelcomePointFinder) {}

  connected(): void {
    window.addEventListener('popstate', this.handlePopState);
    this.clockTimer = setInterval(() => {
      if (!this.host.now) this.minute++;
    }, 60_000);
  }

  disconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
    clearInterval(this.clockTimer);
  }

  willUpdate(): void {
    if (!this.presets) this.presets = { ...this.filterState(), quarter: this.host.quarter, selected: this.host.selected };
    if (this.host.syncUrl && !this.urlRestored) {
      this.urlRestored = true;
      this.applyUrlState();
    }
    if (this.host.view !== 'list' && !this.mapRequested) {
      this.mapRequested = true;
      // The map element and Leaflet are separate chunks: pages with a list only never load them.
      // All three are requested at once, not one after the other as the map would on its own.
      import('../district-map/district-map.js').catch(() => {
        this.mapFailed = true;
      });
      // (Failures show up when the map itself asks for them.)
      import('../district-map/district-map-view.js').catch(() => undefined);
      import('../../map/leaflet-map.js').catch(() => undefined);
    }
    const feed = this.host.feedController.result?.feed;
    this.rows = feed ? computeRows(feed, this.resultsQuery()) : [];
    // New filters, origin or quarter start again at the first page; the clock ticking does not.
    const key = JSON.stringify({ ...this.resultsQuery(), now: undefined });
    if (key !== this.rowsKey) {
      this.rowsKey = key;
      this.shown = PAGE_SIZE;
    }
    // A point chosen on the map or in the URL is always among the rendered cards.
    const selectedAt = this.host.selected ? this.rows.findIndex(row => row.point.id === this.host.selected) : -1;
    if (selectedAt >= this.shown) this.shown = Math.ceil((selectedAt + 1) / PAGE_SIZE) * PAGE_SIZE;
  }

  updated(): void {
    if (this.revealSelected && this.host.selected) {
      const card = this.host.renderRoot.querySelector<HTMLElement>(`[data-point="${CSS.escape(this.host.selected)}"]`);
      if (card) {
        this.revealSelected = false;
        const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
        card.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
      }
    }
  }

  render(): TemplateResult {
    // While the feed loads, the form is already there and the list is a skeleton in its place.
    const result = this.host.feedController.state === 'ready' ? this.host.feedController.result : undefined;
    const feed = result?.feed;
    const showMap = this.host.view !== 'list';
    const showList = this.host.view !== 'map';
    return html`<div part="base" class="finder finder--${this.host.view}">
      ${this.host.renderLanguageSwitcher()}
      <div class="finder__main">
        ${this.renderForm(feed)}
        <div class="finder__results">
          <p class="count" part="count" role="status">
            ${feed ? describeResults(feed, this.rows, this.resultsQuery(), this.host.uiLanguage) : ''}
          </p>
          ${result ? renderProblems(result.problems.filter(p => p.severity === 'error').length) : nothing}
          ${showList ? (feed ? this.renderList(feed) : renderLoading(this.host.loadingRows)) : nothing}
        </div>
      </div>
      ${showMap ? this.renderMap(Boolean(feed)) : nothing}
    </div>`;
  }

  private renderForm(feed: WelcomeFeed | undefined): TemplateResult {
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
          .value=${live(this.host.query)}
          @input=${this.handleSearchInput}
        />
        <span class="hint" id="q-hint">
          ${msg('Name, street, quarter or offer', { id: 'welcome-point-finder.search-hint', desc: 'Hint below the search field: what can be searched' })}
        </span>
      </div>
      <button
        type="button"
        class="button filters-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${this.handleFiltersToggle}
      >
        <span class="chevron" aria-hidden="true"></span>
        ${this.activeFilterCount()
          ? msg(str`Filters (${this.activeFilterCount()} active)`, { id: 'welcome-point-finder.filters-toggle-active', desc: 'Button on narrow screens that shows the filters; number of filters set' })
          : msg('Filters', { id: 'welcome-point-finder.filters-toggle', desc: 'Button on narrow screens that shows the filters' })}
      </button>
      <fieldset id="filters" class="filters ${this.filtersOpen ? '' : 'filters--collapsed'}" part="filters">
        <legend>${msg('Filter', { id: 'welcome-point-finder.filters', desc: 'Legend of the group of filters' })}</legend>
        ${this.renderSelect(
          'district',
          msg('District', { id: 'welcome-point-finder.district', desc: 'Label of the district (Stadtbezirk) filter' }),
          msg('All districts', { id: 'welcome-point-finder.district-all' }),
          this.host.district,
          feed ? sortedDistricts(feed).map(d => [d.id, feedText(this.host, d.name).text] as const) : [],
        )}
        ${this.renderSelect(
          'category',
          msg('Offer', { id: 'welcome-point-finder.category', desc: 'Label of the category-of-offer filter' }),
          msg('All offers', { id: 'welcome-point-finder.category-all' }),
          this.host.category,
          (feed?.categories ?? []).map(c => [c.id, feedText(this.host, c.label).text] as const),
        )}
        ${this.renderSelect(
          'language',
          msg('Language spoken', { id: 'welcome-point-finder.language', desc: 'Label of the filter by language spoken at the place' }),
          msg('All languages', { id: 'welcome-point-finder.language-all' }),
          this.host.language,
          feed ? languageOptions(feed, this.host.uiLanguage) : [],
        )}
        ${this.renderSelect(
          'audience',
          msg('For', { id: 'welcome-point-finder.audience', desc: 'Label of the filter by audience (newcomers, volunteers…)' }),
          msg('Everyone', { id: 'welcome-point-finder.audience-all' }),
          this.host.audience,
          feed ? audienceOptions(feed) : [],
        )}
        <label class="check">
          <input type="checkbox" name="open-now" .checked=${live(this.host.openNow)} @change=${this.handleOpenNowChange} />
          <span>${msg('Open now', { id: 'welcome-point-finder.open-now', desc: 'Checkbox: show only places open at this moment' })}</span>
        </label>
      </fieldset>
      <fieldset class="nearby" part="nearby">
        <legend>${msg('Near you', { id: 'welcome-point-finder.nearby', desc: 'Legend of the group: sort by location or quarter' })}</legend>
        <button
          type="button"
          class="button near-me"
          aria-pressed=${this.origin ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.geoProblem ? 'geo-problem' : undefined)}
          @click=${this.handleNearMe}
        >
          <span class="pin" aria-hidden="true"></span>
          ${this.locating
            ? msg('Finding your location…', { id: 'welcome-point-finder.locating' })
            : msg('Near me', { id: 'welcome-point-finder.near-me', desc: 'Button: sort by distance from my location (asks for permission)' })}
        </button>
        ${this.geoProblem ? html`<p class="geo-problem" id="geo-problem" role="alert">${this.geoProblemText(this.geoProblem)}</p>` : nothing}
        <div class="field">
          <label for="quarter">
            ${msg('Or choose your quarter', {
              id: 'welcome-point-finder.quarter',
              desc: 'Label of the quarter (Stadtteil) choice, for people who do not share their location',
            })}
          </label>
          <select id="quarter" @change=${this.handleQuarterChange}>
            <option value="" .selected=${live(!this.host.quarter)}>${msg('Not chosen', { id: 'welcome-point-finder.quarter-none' })}</option>
            ${(feed ? sortedDistricts(feed) : [])
              .filter(d => d.quarters?.length)
              .map(
                d => html`<optgroup label=${feedText(this.host, d.name).text}>
                  ${d.quarters!.map(q => html`<option value=${q.id} .selected=${live(q.id === this.host.quarter)}>${q.name}</option>`)}
                </optgroup>`,
              )}
          </select>
        </div>
      </fieldset>
      ${this.hasActiveFilters()
        ? html`<button type="button" class="button reset" @click=${this.handleReset}>${msg('Reset filters', { id: 'status.reset-filters' })}</button>`
        : nothing}
    </form>`;
  }

  private renderSelect(
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
      <select id=${id} name=${name} @change=${this.handleSelectChange}>
        <option value="" .selected=${live(!value)}>${allLabel}</option>
        ${options.map(([optionValue, text]) => html`<option value=${optionValue} .selected=${live(optionValue === value)}>${text}</option>`)}
      </select>
    </div>`;
  }

  private renderList(feed: WelcomeFeed): TemplateResult {
    const ctx: PointCardContext = {
      feed,
      now: this.clock(),
      locale: this.host.uiLanguage,
      text: value => feedText(this.host, value),
      renderText: (value, options) => renderFeedText(this.host, value, options),
      headingLevel: Math.min(6, Math.max(2, Math.round(this.host.headingLevel) || 3)),
      routeProvider: this.host.routeProvider,
    };
    return html`${renderResults(ctx, this.rows.slice(0, this.shown), {
      selected: this.host.selected,
      expanded: this.expanded,
      onSelect: this.handleCardSelect,
      onToggle: this.handleToggle,
      onReset: this.handleReset,
      renderOffers: pointId => html`<offer-list
        src=${ifDefined(this.host.feed ? undefined : (this.host.src ?? undefined))}
        .feed=${this.host.feed}
        welcome-point=${pointId}
        group-by="none"
      ></offer-list>`,
    })}${renderShowMore(this.shown, this.rows.length, PAGE_SIZE, this.host.uiLanguage, this.handleShowMore)}`;
  }

  private readonly handleShowMore = () => {
    const firstNew = this.shown;
    this.shown += PAGE_SIZE;
    // Keyboard and screen-reader users continue where the new cards begin.
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelectorAll<HTMLElement>('li[data-point] .card__select')[firstNew]?.focus(),
    );
  };

  private renderMap(ready: boolean): TemplateResult {
    if (this.mapFailed) {
      return html`<div class="finder__map">
        <p class="status">${msg('The map could not be loaded. The list shows all places.', { id: 'welcome-point-finder.map-failed' })}</p>
      </div>`;
    }
    return html`<div class="finder__map">
      ${ready
        ? html`<district-map
            part="map"
            src=${ifDefined(this.host.feed ? undefined : (this.host.src ?? undefined))}
            .feed=${this.host.feed}
            .pointIds=${this.rows.map(row => row.point.id)}
            selected=${ifDefined(this.host.selected || undefined)}
            district=${ifDefined(this.host.district || undefined)}
            @welcome-point-select=${this.handleMapPointSelect}
            @welcome-district-select=${this.handleMapDistrictSelect}
          ></district-map>`
        : html`<div class="map-placeholder"></div>`}
    </div>`;
  }

  // —— event handlers ——

  private readonly handleSearchInput = (event: Event) => {
    this.host.query = (event.target as HTMLInputElement).value;
    this.filtersChangedByUser(true);
  };

  private readonly handleSelectChange = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    const name = select.name as 'district' | 'category' | 'language' | 'audience';
    this.host[name] = select.value;
    this.filtersChangedByUser(false);
  };

  private readonly handleOpenNowChange = (event: Event) => {
    this.host.openNow = (event.target as HTMLInputElement).checked;
    this.filtersChangedByUser(false);
  };

  private readonly handleFiltersToggle = () => {
    this.filtersOpen = !this.filtersOpen;
  };

  private readonly handleReset = () => {
    this.applyFilters(EMPTY_FILTERS);
    this.filtersChangedByUser(false);
    // The reset button disappears with the filters; put focus where a new search starts.
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
  };

  private readonly handleQuarterChange = (event: Event) => {
    this.host.quarter = (event.target as HTMLSelectElement).value;
    this.origin = undefined;
    this.geoProblem = undefined;
    this.writeUrl('push');
  };

  private readonly handleNearMe = () => {
    if (this.locating) return;
    if (this.origin) {
      // Pressed again: back to the normal order, and the position is forgotten.
      this.origin = undefined;
      return;
    }
    this.geoProblem = undefined;
    if (!('geolocation' in navigator)) {
      this.geoProblem = 'unsupported';
      return;
    }
    this.locating = true;
    navigator.geolocation.getCurrentPosition(
      position => {
        this.locating = false;
        this.origin = { lat: position.coords.latitude, lng: position.coords.longitude };
        if (this.host.quarter) {
          this.host.quarter = '';
          this.writeUrl('push');
        }
      },
      error => {
        this.locating = false;
        this.geoProblem = error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable';
      },
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
    );
  };

  private readonly handleCardSelect = (pointId: string) => {
    this.host.selected = pointId;
    this.writeUrl('push');
    emit(this.host, 'welcome-point-select', { pointId, source: 'card' });
  };

  private readonly handleToggle = (pointId: string) => {
    const next = new Set(this.expanded);
    if (next.has(pointId)) next.delete(pointId);
    else next.add(pointId);
    this.expanded = next;
    if (!this.offersRequested) {
      this.offersRequested = true;
      // The offer list is its own module; pages where nobody expands a card never load it. Its
      // element and its view are requested together, not one after the other.
      import('../offer-list/offer-list.js').catch(() => {
        this.offersRequested = false;
      });
      import('../offer-list/offer-list-view.js').catch(() => undefined);
    }
  };

  /** The inner map's event bubbles on by itself (composed); here the list follows it. */
  private readonly handleMapPointSelect = (event: WelcomePointSelectEvent) => {
    this.host.selected = event.detail.pointId;
    this.revealSelected = true;
    this.writeUrl('push');
  };

  private readonly handleMapDistrictSelect = (event: WelcomeDistrictSelectEvent) => {
    this.host.district = event.detail.districtId ?? '';
    this.writeUrl('push');
  };

  private readonly handlePopState = () => {
    if (this.host.syncUrl) this.applyUrlState();
  };

  /** Filters and selection chosen in another widget of the same group. */
  onGroupEvent(event: GlobalEventHandlersEventMap[SharedEventName]): void {
    switch (event.type) {
      case 'welcome-filter-change': {
        const { filters } = (event as GlobalEventHandlersEventMap['welcome-filter-change']).detail;
        this.applyFilters({ ...EMPTY_FILTERS, ...filters, openNow: filters.openNow === true });
        break;
      }
      case 'welcome-district-select':
        this.host.district = (event as WelcomeDistrictSelectEvent).detail.districtId ?? '';
        break;
      case 'welcome-point-select':
      case 'welcome-offer-select':
        this.host.selected = (event as WelcomePointSelectEvent).detail.pointId;
        this.revealSelected = true;
        break;
    }
    // Keep a shared link current, without adding a history entry for someone else's action.
    this.writeUrl('replace');
  }

  // —— helpers ——

  private clock(): Date {
    return this.host.now ?? new Date();
  }

  private resultsQuery(): ResultsQuery {
    return { filters: this.filterState(), origin: this.origin, quarter: this.host.quarter || undefined, now: this.clock() };
  }

  private filterState(): FilterState {
    // A removed attribute sets its property to null; treat it as "no filter".
    const { query, district, category, audience, language, openNow } = this.host;
    return {
      query: query ?? '',
      district: district ?? '',
      category: category ?? '',
      audience: audience ?? '',
      language: language ?? '',
      openNow: Boolean(openNow),
    };
  }

  private applyFilters(filters: FilterState) {
    this.host.query = filters.query;
    this.host.district = filters.district;
    this.host.category = filters.category;
    this.host.audience = filters.audience;
    this.host.language = filters.language;
    this.host.openNow = filters.openNow;
  }

  private hasActiveFilters(): boolean {
    return Boolean(this.host.query || this.activeFilterCount());
  }

  /** Filters set in the fieldset (the search text is not one of them). */
  private activeFilterCount(): number {
    return [this.host.district, this.host.category, this.host.audience, this.host.language, this.host.openNow].filter(Boolean).length;
  }

  /** A person changed the search or a filter: tell siblings and the page, and record it in the URL. */
  private filtersChangedByUser(typing: boolean) {
    emit(this.host, 'welcome-filter-change', { filters: setFilters(this.filterState()) });
    // One history entry per search, not one per keystroke.
    this.writeUrl(typing && this.lastUrlWriteWasTyping ? 'replace' : 'push');
    this.lastUrlWriteWasTyping = typing;
  }

  private get urlNamespace(): string {
    return this.host.group || 'finder';
  }

  private writeUrl(mode: 'push' | 'replace') {
    if (!this.host.syncUrl) return;
    this.lastUrlWriteWasTyping = false;
    const state: UrlState = {
      q: this.host.query,
      district: this.host.district,
      category: this.host.category,
      audience: this.host.audience,
      language: this.host.language,
      open: this.host.openNow ? '1' : '',
      quarter: this.host.quarter,
      point: this.host.selected,
    };
    writeUrlState(this.urlNamespace, state, mode);
  }

  /** Restores filters and selection from the URL; with none of ours there, the attribute presets. */
  private applyUrlState() {
    const state = readUrlState(this.urlNamespace);
    const presets = this.presets ?? { ...EMPTY_FILTERS, quarter: '', selected: '' };
    const fromUrl = Object.keys(state).some(key => URL_KEYS.includes(key));
    const pick = (key: string, preset: string) => (fromUrl ? (state[key] ?? '') : preset);
    this.applyFilters({
      query: pick('q', presets.query),
      district: pick('district', presets.district),
      category: pick('category', presets.category),
      audience: pick('audience', presets.audience),
      language: pick('language', presets.language),
      openNow: fromUrl ? state.open === '1' : presets.openNow,
    });
    this.host.quarter = pick('quarter', presets.quarter);
    const selected = pick('point', presets.selected);
    if (selected !== this.host.selected) {
      this.host.selected = selected;
      this.revealSelected = Boolean(selected);
    }
  }

  private geoProblemText(problem: GeoProblem): string {
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
}

/** Our parameters in the URL (`finder.district=…`); other widgets' and the page's stay untouched. */
const URL_KEYS = ['q', 'district', 'category', 'audience', 'language', 'open', 'quarter', 'point'];

function sortedDistricts(feed: WelcomeFeed): WelcomeFeed['districts'] {
  return [...feed.districts].sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
}
