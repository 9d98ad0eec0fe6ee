// SPDX-License-Identifier: EUPL-1.2
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { WelcomeElement } from '../../internal/welcome-element.js';
import { emit } from '../../internal/emit.js';
import { readUrlState, writeUrlState } from '../../internal/url-state.js';
import type { UrlState } from '../../internal/url-state.js';
import type { SharedEventName } from '../../internal/group-controller.js';
import { renderError, renderLoading, renderProblems, renderShowMore } from '../shared/status.js';
import { statusStyles } from '../shared/status.styles.js';
import { pointCardStyles } from '../shared/point-card.styles.js';
import type { PointCardContext } from '../shared/point-card.js';
import { finderStyles } from './welcome-point-finder.styles.js';
import type { FilterState, ResultRow, ResultsQuery } from './finder-results.js';
import type { LatLng, WelcomeFeed } from '../../feed/schema.js';
import type { WelcomeFilters } from '../../events/welcome-filter-change.js';
import type { WelcomePointSelectEvent } from '../../events/welcome-point-select.js';
import type { WelcomeDistrictSelectEvent } from '../../events/welcome-district-select.js';

type Results = typeof import('./finder-results.js');

/** How the finder shows its results. */
export type FinderView = 'list' | 'map' | 'both';

/** Why "Near me" did not work, each explained to the visitor in its own words. */
type GeoProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

const EMPTY_FILTERS: FilterState = { query: '', district: '', category: '', audience: '', language: '', openNow: false };

/** Cards rendered at first and added by each "Show more". */
const PAGE_SIZE = 24;

/**
 * Finds the right Welcome Point: open now, near you, in your language. A search field and
 * filters (district, category of offer, language spoken, audience, open now), "Near me" sorting
 * by the visitor's location (asked only on click) or by a chosen quarter, and the matching
 * Welcome Points as cards with address, today's hours, languages, access and contact links.
 * A card expands to the offers held there; `view="map"` or `"both"` adds a `<district-map>`,
 * whose code is loaded only then.
 *
 * Configure it with attributes alone; every attribute is also a property.
 *
 * @summary Search and filter Düsseldorf's Welcome Points, with opening hours, distance and contact.
 * @tag welcome-point-finder
 * @dependency offer-list - Shows a point's offers when its card is expanded (loaded on first expand).
 * @dependency district-map - Shown for `view="map"` and `view="both"` (loaded only then).
 * @event {WelcomePointSelectEvent} welcome-point-select - A person selected a card (`detail.pointId`, `detail.source` = `"card"`). Events of the inner map bubble out too, with `source: "map"`.
 * @event {WelcomeFilterChangeEvent} welcome-filter-change - A person changed the search or a filter (`detail.filters`).
 * @event {WelcomeDistrictSelectEvent} welcome-district-select - From the inner map: a person chose a district on it.
 * @event {WelcomeFeedLoadEvent} welcome-feed-load - The feed loaded (`detail.problems` counts dropped entries).
 * @event {WelcomeFeedErrorEvent} welcome-feed-error - The feed could not be loaded.
 * @csspart base - The outer layout box.
 * @csspart search - The search form (`role="search"`), with all controls.
 * @csspart search-input - The text search field.
 * @csspart filters - The fieldset of filters.
 * @csspart nearby - The fieldset with "Near me" and the quarter choice.
 * @csspart count - The result count (a polite live region).
 * @csspart list - The list of cards (`<ul>`).
 * @csspart card - One Welcome Point card; the selected one also has `card-selected`.
 * @csspart card-selected - The selected card.
 * @csspart card-title - The heading of a card.
 * @csspart card-toggle - The button that expands a card to its offers.
 * @csspart badge - The opening badge ("Open now · until 17:00").
 * @csspart map - The `<district-map>` element.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The "nothing matches" message with its reset button.
 * @csspart error - The load error message (`role="alert"`).
 * @csspart retry - The retry button in the error message.
 * @csspart problems - The note that some feed entries could not be shown.
 * @cssprop [--welcome-font-family=system-ui, …] - Font stack (no web fonts are loaded).
 * @cssprop [--welcome-font-size=1rem] - Base font size.
 * @cssprop [--welcome-color-text=#1d2430] - Text colour.
 * @cssprop [--welcome-color-text-muted=#4a5565] - Secondary text (labels, district).
 * @cssprop [--welcome-color-surface=#ffffff] - Card and control background.
 * @cssprop [--welcome-color-surface-alt=#f3f5f8] - Form panel, skeleton and closed cards.
 * @cssprop [--welcome-color-border=#8a94a3] - Control borders.
 * @cssprop [--welcome-color-border-subtle=#d5dae1] - Card borders and separators.
 * @cssprop [--welcome-color-accent=#0a5fa8] - Links, buttons, the selected card.
 * @cssprop [--welcome-color-on-accent=#ffffff] - Text on accent backgrounds.
 * @cssprop [--welcome-color-accent-soft=#e3effa] - Hover backgrounds.
 * @cssprop [--welcome-color-success=#1b6b35] - "Open now" text.
 * @cssprop [--welcome-color-success-soft=#e2f3e7] - "Open now" badge background.
 * @cssprop [--welcome-color-warning=#8a4b00] - Closed-permanently and closure badges.
 * @cssprop [--welcome-color-warning-soft=#fdf0dc] - Their background.
 * @cssprop [--welcome-color-danger=#b3261e] - Error border.
 * @cssprop [--welcome-color-danger-soft=#fbe9e7] - Error background.
 * @cssprop [--welcome-color-focus=#c2410c] - Focus outline.
 * @cssprop [--welcome-radius=0.5rem] - Corner radius of cards and controls.
 * @cssprop [--welcome-space=1rem] - Padding inside cards and panels.
 * @cssprop [--welcome-gap=0.75rem] - Space between cards.
 * @cssprop [--welcome-shadow=0 1px 2px rgb(0 0 0 / 0.08)] - Card shadow.
 * @cssprop [--welcome-finder-card-min-width=17rem] - Narrowest card column; more columns fit when wider.
 * @cssprop [--welcome-finder-sidebar-width=19rem] - Width of the filter column in wide list layouts.
 * @cssprop [--welcome-finder-map-height=34rem] - Height of the map pane (`view="map"|"both"`).
 */
export class WelcomePointFinder extends WelcomeElement {
  static override styles = [WelcomeElement.styles, statusStyles, pointCardStyles, finderStyles];

  /** Text search over names, addresses, quarters, operators and offer titles, in every language of the feed. */
  @property() query = '';

  /** District id to show only that district's points. Empty: all districts. */
  @property() district = '';

  /** Category id: only points holding an offer of that category. */
  @property() category = '';

  /** Audience (`newcomers`, `refugees`, `neighbours`, `landlords`, `volunteers`, …): only points with an offer for it. */
  @property() audience = '';

  /** BCP 47 language tag: only points where that language is spoken (at the point or in an offer). */
  @property() language = '';

  /** Only points open right now (by their weekly hours in the feed's time zone, closures respected). */
  @property({ type: Boolean, attribute: 'open-now' }) openNow = false;

  /** Quarter (Stadtteil) id: sorts that quarter's, then its district's points first, then by distance from there. */
  @property() quarter = '';

  /** The selected Welcome Point's id (highlighted, shown on the map). */
  @property() selected = '';

  /** `list` (default): cards only; `map`: the map only; `both`: cards and map side by side when wide. */
  @property({ reflect: true }) view: FinderView = 'list';

  /** Heading level (2–6) of each card's title, to fit the page's outline. Default 3. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Map site of each card's route link: `osm` (default, openstreetmap.org directions), `google`,
   * `apple`, or an http(s) URL template with `{lat}`, `{lng}` and `{address}` placeholders.
   */
  @property({ attribute: 'route-provider' }) routeProvider = 'osm';

  /**
   * The moment "open now" and today's hours are evaluated at. Default: the real clock, refreshed
   * every minute. For tests and stories.
   * @internal
   */
  @property({ attribute: false }) now?: Date;

  /** Cards expanded to show their offers. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** How many cards are rendered; a city with hundreds of places shows them page by page. */
  @state() private shown = PAGE_SIZE;

  /** The visitor's position after "Near me"; kept in memory only, never stored or sent. */
  @state() private origin?: LatLng;

  @state() private locating = false;

  /** On narrow screens the filters fold away behind a button, so results are in sight sooner. */
  @state() private filtersOpen = false;

  @state() private geoProblem?: GeoProblem;

  @state() private mapFailed = false;

  /** The results chunk (query engine, formatters, cards), once loaded. */
  @state() private results?: Results;

  @state() private resultsError?: unknown;

  /** Bumped every minute so badges follow the real clock. */
  @state() private minute = 0;

  @query('#q') private searchInput?: HTMLInputElement;

  private rows: ResultRow[] = [];
  private rowsKey = '';
  private resultsRequested = false;
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.loadResults();
    window.addEventListener('popstate', this.handlePopState);
    this.clockTimer = setInterval(() => {
      if (!this.now) this.minute++;
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    clearInterval(this.clockTimer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.presets) this.presets = { ...this.filterState(), quarter: this.quarter, selected: this.selected };
    if (this.syncUrl && !this.urlRestored) {
      this.urlRestored = true;
      this.applyUrlState();
    }
    if (this.view !== 'list' && !this.mapRequested) {
      this.mapRequested = true;
      // The map element and Leaflet are a separate chunk: pages with a list only never load them.
      import('../district-map/district-map.js').catch(() => {
        this.mapFailed = true;
      });
    }
    const feed = this.feedController.result?.feed;
    this.rows = feed && this.results ? this.results.computeRows(feed, this.resultsQuery()) : [];
    // New filters, origin or quarter start again at the first page; the clock ticking does not.
    const key = JSON.stringify({ ...this.resultsQuery(), now: undefined });
    if (key !== this.rowsKey) {
      this.rowsKey = key;
      this.shown = PAGE_SIZE;
    }
    // A point chosen on the map or in the URL is always among the rendered cards.
    const selectedAt = this.selected ? this.rows.findIndex(row => row.point.id === this.selected) : -1;
    if (selectedAt >= this.shown) this.shown = Math.ceil((selectedAt + 1) / PAGE_SIZE) * PAGE_SIZE;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.revealSelected && this.selected) {
      const card = this.renderRoot.querySelector<HTMLElement>(`[data-point="${CSS.escape(this.selected)}"]`);
      if (card) {
        this.revealSelected = false;
        const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
        card.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
      }
    }
  }

  /** Clears search and filters (not the "near me" or quarter order), like the reset button, without an event. */
  resetFilters(): void {
    this.applyFilters(EMPTY_FILTERS);
  }

  override render(): TemplateResult {
    const { state, result, error } = this.feedController;
    const failure = state === 'error' ? error : this.resultsError;
    if (failure) {
      return html`<div part="base" class="finder">
        ${this.renderLanguageSwitcher()} ${renderError(failure, () => this.handleRetry())}
      </div>`;
    }
    const feed = this.results ? result?.feed : undefined;
    const showMap = this.view !== 'list';
    const showList = this.view !== 'map';
    return html`<div part="base" class="finder finder--${this.view}">
      ${this.renderLanguageSwitcher()}
      <div class="finder__main">
        ${this.renderForm(feed)}
        <div class="finder__results">
          <p class="count" part="count" role="status">
            ${feed ? this.results!.describeResults(feed, this.rows, this.resultsQuery(), this.uiLanguage) : ''}
          </p>
          ${feed ? renderProblems(result!.problems.filter(p => p.severity === 'error').length) : nothing}
          ${showList ? (feed ? this.renderList(feed) : renderLoading(4)) : nothing}
        </div>
      </div>
      ${showMap ? this.renderMap(feed) : nothing}
    </div>`;
  }

  private renderForm(feed: WelcomeFeed | undefined): TemplateResult {
    const results = feed ? this.results : undefined;
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
          .value=${live(this.query)}
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
          this.district,
          feed ? sortedDistricts(feed).map(d => [d.id, this.text(d.name).text] as const) : [],
        )}
        ${this.renderSelect(
          'category',
          msg('Offer', { id: 'welcome-point-finder.category', desc: 'Label of the category-of-offer filter' }),
          msg('All offers', { id: 'welcome-point-finder.category-all' }),
          this.category,
          (feed?.categories ?? []).map(c => [c.id, this.text(c.label).text] as const),
        )}
        ${this.renderSelect(
          'language',
          msg('Language spoken', { id: 'welcome-point-finder.language', desc: 'Label of the filter by language spoken at the place' }),
          msg('All languages', { id: 'welcome-point-finder.language-all' }),
          this.language,
          feed && results ? results.languageOptions(feed, this.uiLanguage) : [],
        )}
        ${this.renderSelect(
          'audience',
          msg('For', { id: 'welcome-point-finder.audience', desc: 'Label of the filter by audience (newcomers, volunteers…)' }),
          msg('Everyone', { id: 'welcome-point-finder.audience-all' }),
          this.audience,
          feed && results ? results.audienceOptions(feed) : [],
        )}
        <label class="check">
          <input type="checkbox" name="open-now" .checked=${live(this.openNow)} @change=${this.handleOpenNowChange} />
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
            <option value="" .selected=${live(!this.quarter)}>${msg('Not chosen', { id: 'welcome-point-finder.quarter-none' })}</option>
            ${(feed ? sortedDistricts(feed) : [])
              .filter(d => d.quarters?.length)
              .map(
                d => html`<optgroup label=${this.text(d.name).text}>
                  ${d.quarters!.map(q => html`<option value=${q.id} .selected=${live(q.id === this.quarter)}>${q.name}</option>`)}
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
      locale: this.uiLanguage,
      text: value => this.text(value),
      renderText: (value, options) => this.renderText(value, options),
      headingLevel: Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3)),
      routeProvider: this.routeProvider,
    };
    return html`${this.results!.renderResults(ctx, this.rows.slice(0, this.shown), {
      selected: this.selected,
      expanded: this.expanded,
      onSelect: this.handleCardSelect,
      onToggle: this.handleToggle,
      onReset: this.handleReset,
      renderOffers: pointId => html`<offer-list
        src=${ifDefined(this.feed ? undefined : (this.src ?? undefined))}
        .feed=${this.feed}
        welcome-point=${pointId}
        group-by="none"
      ></offer-list>`,
    })}${renderShowMore(this.shown, this.rows.length, PAGE_SIZE, this.uiLanguage, this.handleShowMore)}`;
  }

  private readonly handleShowMore = () => {
    const firstNew = this.shown;
    this.shown += PAGE_SIZE;
    // Keyboard and screen-reader users continue where the new cards begin.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelectorAll<HTMLElement>('li[data-point] .card__select')[firstNew]?.focus(),
    );
  };

  private renderMap(feed: WelcomeFeed | undefined): TemplateResult {
    if (this.mapFailed) {
      return html`<div class="finder__map">
        <p class="status">${msg('The map could not be loaded. The list shows all places.', { id: 'welcome-point-finder.map-failed' })}</p>
      </div>`;
    }
    return html`<div class="finder__map">
      ${feed
        ? html`<district-map
            part="map"
            src=${ifDefined(this.feed ? undefined : (this.src ?? undefined))}
            .feed=${this.feed}
            .pointIds=${this.rows.map(row => row.point.id)}
            selected=${ifDefined(this.selected || undefined)}
            district=${ifDefined(this.district || undefined)}
            @welcome-point-select=${this.handleMapPointSelect}
            @welcome-district-select=${this.handleMapDistrictSelect}
          ></district-map>`
        : html`<div class="map-placeholder"></div>`}
    </div>`;
  }

  // —— event handlers ——

  private readonly handleSearchInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.filtersChangedByUser(true);
  };

  private readonly handleSelectChange = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    const name = select.name as 'district' | 'category' | 'language' | 'audience';
    this[name] = select.value;
    this.filtersChangedByUser(false);
  };

  private readonly handleOpenNowChange = (event: Event) => {
    this.openNow = (event.target as HTMLInputElement).checked;
    this.filtersChangedByUser(false);
  };

  private readonly handleFiltersToggle = () => {
    this.filtersOpen = !this.filtersOpen;
  };

  private readonly handleReset = () => {
    this.applyFilters(EMPTY_FILTERS);
    this.filtersChangedByUser(false);
    // The reset button disappears with the filters; put focus where a new search starts.
    void this.updateComplete.then(() => this.searchInput?.focus());
  };

  private readonly handleQuarterChange = (event: Event) => {
    this.quarter = (event.target as HTMLSelectElement).value;
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
        if (this.quarter) {
          this.quarter = '';
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
    this.selected = pointId;
    this.writeUrl('push');
    emit(this, 'welcome-point-select', { pointId, source: 'card' });
  };

  private readonly handleToggle = (pointId: string) => {
    const next = new Set(this.expanded);
    if (next.has(pointId)) next.delete(pointId);
    else next.add(pointId);
    this.expanded = next;
    if (!this.offersRequested) {
      this.offersRequested = true;
      // The offer list is its own module; pages where nobody expands a card never load it.
      import('../offer-list/offer-list.js').catch(() => {
        this.offersRequested = false;
      });
    }
  };

  /** The inner map's event bubbles on by itself (composed); here the list follows it. */
  private readonly handleMapPointSelect = (event: WelcomePointSelectEvent) => {
    this.selected = event.detail.pointId;
    this.revealSelected = true;
    this.writeUrl('push');
  };

  private readonly handleMapDistrictSelect = (event: WelcomeDistrictSelectEvent) => {
    this.district = event.detail.districtId ?? '';
    this.writeUrl('push');
  };

  private readonly handlePopState = () => {
    if (this.syncUrl) this.applyUrlState();
  };

  private handleRetry() {
    if (this.resultsError) {
      this.resultsError = undefined;
      this.resultsRequested = false;
      this.loadResults();
    }
    if (this.feedController.state === 'error') this.feedController.retry();
  }

  /** Filters and selection chosen in another widget of the same group. */
  protected override onGroupEvent(event: GlobalEventHandlersEventMap[SharedEventName]): void {
    switch (event.type) {
      case 'welcome-filter-change': {
        const { filters } = (event as GlobalEventHandlersEventMap['welcome-filter-change']).detail;
        this.applyFilters({ ...EMPTY_FILTERS, ...filters, openNow: filters.openNow === true });
        break;
      }
      case 'welcome-district-select':
        this.district = (event as WelcomeDistrictSelectEvent).detail.districtId ?? '';
        break;
      case 'welcome-point-select':
      case 'welcome-offer-select':
        this.selected = (event as WelcomePointSelectEvent).detail.pointId;
        this.revealSelected = true;
        break;
    }
    // Keep a shared link current, without adding a history entry for someone else's action.
    this.writeUrl('replace');
  }

  // —— helpers ——

  /** Starts loading the results chunk; it arrives while the feed downloads. */
  private loadResults() {
    if (this.resultsRequested) return;
    this.resultsRequested = true;
    import('./finder-results.js').then(
      module => (this.results = module),
      (error: unknown) => (this.resultsError = error),
    );
  }

  private clock(): Date {
    return this.now ?? new Date();
  }

  private resultsQuery(): ResultsQuery {
    return { filters: this.filterState(), origin: this.origin, quarter: this.quarter || undefined, now: this.clock() };
  }

  private filterState(): FilterState {
    // A removed attribute sets its property to null; treat it as "no filter".
    const { query, district, category, audience, language, openNow } = this;
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
    this.query = filters.query;
    this.district = filters.district;
    this.category = filters.category;
    this.audience = filters.audience;
    this.language = filters.language;
    this.openNow = filters.openNow;
  }

  private hasActiveFilters(): boolean {
    return Boolean(this.query || this.activeFilterCount());
  }

  /** Filters set in the fieldset (the search text is not one of them). */
  private activeFilterCount(): number {
    return [this.district, this.category, this.audience, this.language, this.openNow].filter(Boolean).length;
  }

  /** A person changed the search or a filter: tell siblings and the page, and record it in the URL. */
  private filtersChangedByUser(typing: boolean) {
    const f = this.filterState();
    const filters: WelcomeFilters = {};
    if (f.query) filters.query = f.query;
    if (f.district) filters.district = f.district;
    if (f.category) filters.category = f.category;
    if (f.audience) filters.audience = f.audience;
    if (f.language) filters.language = f.language;
    if (f.openNow) filters.openNow = true;
    emit(this, 'welcome-filter-change', { filters });
    // One history entry per search, not one per keystroke.
    this.writeUrl(typing && this.lastUrlWriteWasTyping ? 'replace' : 'push');
    this.lastUrlWriteWasTyping = typing;
  }

  private get urlNamespace(): string {
    return this.group || 'finder';
  }

  private writeUrl(mode: 'push' | 'replace') {
    if (!this.syncUrl) return;
    this.lastUrlWriteWasTyping = false;
    const state: UrlState = {
      q: this.query,
      district: this.district,
      category: this.category,
      audience: this.audience,
      language: this.language,
      open: this.openNow ? '1' : '',
      quarter: this.quarter,
      point: this.selected,
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
    this.quarter = pick('quarter', presets.quarter);
    const selected = pick('point', presets.selected);
    if (selected !== this.selected) {
      this.selected = selected;
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
