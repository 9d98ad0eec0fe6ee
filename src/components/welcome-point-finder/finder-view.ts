// SPDX-License-Identifier: EUPL-1.2
/**
 * The finder once its feed is there: search form, filters, "Near me", result cards, the optional
 * map, and the URL and group links behind them. A chunk of its own, fetched in parallel with the
 * feed: a reactive controller the element adds when it arrives (see `ViewController`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { ViewController } from '../../internal/welcome-element.js';
import { emit } from '../../internal/emit.js';
import { addStyles } from '../../internal/add-styles.js';
import { UrlSync } from '../../internal/url-sync.js';
import { RenderSteps } from '../../internal/render-steps.js';
import type { UrlState } from '../../internal/url-state.js';
import { MinuteClock } from '../../internal/clock.js';
import type { SharedEvent } from '../../internal/group-controller.js';
import { renderLoading } from '../../internal/status.js';
import { clampLevel, inferHeadingLevel } from '../shared/heading.js';
import { renderProblems, renderShowMore } from '../shared/list-status.js';
import { listStatusStyles } from '../shared/list-status.styles.js';
import { pointCardStyles } from '../shared/point-card.styles.js';
import type { PointCardContext } from '../shared/point-card.js';
import { finderStyles } from './welcome-point-finder.styles.js';
import { filterFoldStyles } from '../shared/filter-fold.js';
import { describeResults, renderResults } from './finder-results.js';
import { loadCardExtras } from '../shared/load-card-extras.js';
import { renderForm, type GeoProblem } from './finder-form.js';
import { computeRows } from '../../feed/point-order.js';
import { audienceSearchTerms } from '../../i18n/audience-label.js';
import type { FilterState, ResultRow, ResultsQuery } from '../../feed/point-order.js';
import { applyFilters, applySharedEvent, EMPTY_FILTERS, filterStateOf, finderStateOf, NO_PRESETS, stateFromUrl, urlStateOf, type FinderState } from './finder-state.js';
import type { WelcomePointFinder } from './welcome-point-finder.component.js';
import type { PaneSwitch } from './finder-panes.js';
import type { Audience, LatLng, WelcomeFeed } from '../../feed/schema.js';
import { setFilters } from '../../events/welcome-filter-change.js';
import type { WelcomePointSelectEvent } from '../../events/welcome-point-select.js';
import type { WelcomeDistrictSelectEvent } from '../../events/welcome-district-select.js';
import { feedText, renderFeedText } from '../../i18n/feed-text.js';

export const styles = [listStatusStyles, pointCardStyles, filterFoldStyles, finderStyles];

export function createView(host: WelcomePointFinder): ViewController {
  return new FinderView(host);
}

/** Cards rendered at first and added by each "Show more". */
const PAGE_SIZE = 24;
/** State in fields; every change by a handler ends with `host.requestUpdate()`. */
class FinderView implements ViewController {
  /** Cards expanded to show their offers. */
  #expanded: ReadonlySet<string> = new Set();
  /** How many cards are rendered; a city with hundreds of places shows them page by page. */
  #shown = PAGE_SIZE;
  /** The visitor's position after "Near me"; kept in memory only, never stored or sent. */
  #origin?: LatLng;
  #locating = false;
  /** On narrow screens the filters fold away behind a button, so results are in sight sooner. */
  #filtersOpen = false;
  #geoProblem?: GeoProblem;
  #mapFailed = false;
  /** `view="map"` or `"both"`: the map pane's template, a chunk of its own like the map's code. */
  #mapPane?: typeof import('./finder-map.js');
  /** `view="both"` on a narrow host: the "List | Map" switch, a chunk of its own. */
  #panes?: PaneSwitch;

  /** Cards in the DOM so far: catch up with `shown` a few per task. */
  readonly steps: RenderSteps;

  #rows: ResultRow[] = [];
  #rowsKey = '';
  #mapRequested = false;
  #offersRequested = false;
  /** Attribute presets, restored when the URL carries no state of ours (Back to the first entry). */
  #presets?: FinderState;
  #urlRestored = false;
  /** Whether the last URL entry was written by typing, so further keystrokes replace it. */
  #lastUrlWriteWasTyping = false;
  /** Scroll the selected card into view after the next render (selection came from the map or a sibling). */
  #revealSelected = false;

  readonly #url: UrlSync;

  readonly #host: WelcomePointFinder;

  constructor(host: WelcomePointFinder) {
    this.#host = host;
    this.#url = new UrlSync(host, 'finder', state => this.#applyUrlState(state));
    this.steps = new RenderSteps(host);
    // Badges follow the real clock (a fixed `now` makes the re-render a no-op).
    new MinuteClock(host);
    host.groupLink.follow(event => this.#applyShared(event));
  }

  hostUpdate(): void {
    this.#presets ??= finderStateOf(this.#host);
    if (this.#host.syncUrl && !this.#urlRestored) {
      this.#urlRestored = true;
      this.#applyUrlState(this.#url.read());
    }
    if (this.#host.view !== 'list' && !this.#mapRequested) {
      this.#mapRequested = true;
      const failed = () => ((this.#mapFailed = true), this.#host.requestUpdate());
      // The pane (with the map element), the map's view and Leaflet at once, not one after the other.
      import('./finder-map.js').then(module => ((this.#mapPane = module), this.#host.requestUpdate()), failed);
      // (Failures show up when the map itself asks for them.)
      import('../district-map/district-map-view.js').catch(() => undefined);
      import('../../map/leaflet-map.js').catch(() => undefined);
    }
    if (this.#host.view === 'both' && !this.#panes) import('./finder-panes.js').then(m => (this.#panes ??= new m.PaneSwitch(this.#host)), () => undefined);
    const feed = this.#host.feedController.result?.feed;
    this.#rows = feed ? computeRows(feed, this.#resultsQuery()) : [];
    // New filters, origin or quarter start again at the first page; the clock ticking does not.
    const key = JSON.stringify({ ...this.#resultsQuery(), now: undefined });
    if (key !== this.#rowsKey) {
      this.#rowsKey = key;
      this.#shown = PAGE_SIZE;
    }
    // A point chosen on the map or in the URL is always among the rendered cards.
    const selectedAt = this.#host.selected ? this.#rows.findIndex(row => row.point.id === this.#host.selected) : -1;
    if (selectedAt >= this.#shown) this.#shown = Math.ceil((selectedAt + 1) / PAGE_SIZE) * PAGE_SIZE;
  }

  hostUpdated(): void {
    this.steps.follow(Math.min(this.#shown, this.#rows.length));
    if (this.#revealSelected && this.#host.selected) {
      const card = this.#host.renderRoot.querySelector<HTMLElement>(`[data-point="${CSS.escape(this.#host.selected)}"]`);
      if (card) {
        this.#revealSelected = false;
        const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
        card.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
      }
    }
  }

  render(): TemplateResult {
    // While the feed loads, the form is already there and the list is a skeleton in its place.
    const result = this.#host.feedController.state === 'ready' ? this.#host.feedController.result : undefined;
    const feed = result?.feed;
    const showMap = this.#host.view !== 'list';
    const showList = this.#host.view !== 'map';
    const panes = this.#host.view === 'both' ? this.#panes : undefined;
    return html`<div part="base" class="finder finder--${this.#host.view} finder--pane-${panes?.pane ?? 'all'}">
      ${this.#host.renderLanguageSwitcher()} ${panes?.render() ?? (this.#host.view === 'both' ? html`<div class="panes-pending"></div>` : '')}
      <div class="finder__main">
        ${renderForm(this.#host, feed, {
          filtersOpen: this.#filtersOpen,
          locating: this.#locating,
          nearMe: Boolean(this.#origin),
          geoProblem: this.#geoProblem,
          onSearchInput: this.#handleSearchInput,
          onSelectChange: this.#handleSelectChange,
          onOpenNowChange: this.#handleOpenNowChange,
          onFiltersToggle: this.#handleFiltersToggle,
          onNearMe: this.#handleNearMe,
          onQuarterChange: this.#handleQuarterChange,
          onReset: this.#handleReset,
        })}
        <div class="finder__results">
          <p class="count" part="count" role="status">
            ${feed ? describeResults(feed, this.#rows, this.#resultsQuery(), this.#host.uiLanguage) : ''}
          </p>
          ${result ? renderProblems(result.problems.filter(p => p.severity === 'error').length) : nothing}
          ${showList ? (feed ? this.#renderList(feed) : renderLoading(this.#host.loadingRows)) : nothing}
        </div>
      </div>
      ${showMap
        ? feed && this.#mapPane
          ? this.#mapPane.renderMapPane(this.#host, this.#rows.map(row => row.point.id), this.#handleMapPointSelect, this.#handleMapDistrictSelect)
          : html`<div class="finder__map">${this.#mapFailed ? html`<p class="status">${msg('The map could not be loaded. The list shows all places.', { id: 'welcome-point-finder.map-failed' })}</p>` : html`<div class="map-placeholder"></div>`}</div>`
        : nothing}
    </div>${feed ? [this.#extras()?.renderSampleNotice(this.#host, feed), this.#extras()?.renderDataFooter(this.#host, feed, this.#host.uiLanguage)] : nothing}`;
  }

  /** The lazy card parts; re-renders once they arrive. */
  #extras() {
    return loadCardExtras(() => this.#host.requestUpdate());
  }

  #renderList(feed: WelcomeFeed): TemplateResult {
    const extras = this.#extras();
    const staticBase = extras?.staticBaseOf(this.#host, feed.meta.staticBase);
    // The printed QR code is a chunk of its own, wanted only where cards have a link to print.
    if (staticBase) extras!.loadQr(() => this.#host.requestUpdate());
    const ctx: PointCardContext = {
      feed,
      now: this.#clock(),
      locale: this.#host.uiLanguage,
      text: value => feedText(this.#host, value),
      renderText: (value, options) => renderFeedText(this.#host, value, options),
      // Fit the page's outline: one below the heading before the finder, unless the page says.
      headingLevel: clampLevel(this.#host.headingLevel ?? inferHeadingLevel(this.#host)),
      routeProvider: this.#host.routeProvider,
      staticBase,
      extras,
    };
    return html`${renderResults(ctx, this.#rows.slice(0, Math.min(this.#shown, this.steps.count)), {
      selected: this.#host.selected ?? '',
      expanded: this.#expanded,
      onSelect: this.#handleCardSelect,
      onToggle: this.#handleToggle,
      onReset: this.#handleReset,
      suggestions: this.#rows.length ? undefined : this.#renderSuggestions(feed),
      query: this.#resultsQuery(),
      onMatchesLoaded: styles => (addStyles(this.#host.renderRoot as ShadowRoot, styles), this.#host.requestUpdate()),
      renderOffers: (pointId, first) =>
        html`<offer-list src=${ifDefined(this.#host.feed ? undefined : (this.#host.src ?? undefined))} .feed=${this.#host.feed} selected=${pointId} group-by="none" .firstOffers=${first}></offer-list>`,
    })}${renderShowMore(this.#shown, this.#rows.length, PAGE_SIZE, this.#host.uiLanguage, this.#handleShowMore)}`;
  }

  /** What would find something; its code comes only when a search first finds nothing. */
  #suggestions?: typeof import('./finder-suggestions.js');

  #renderSuggestions(feed: WelcomeFeed): unknown {
    if (this.#suggestions) return this.#suggestions.renderSuggestions(feed, this.#resultsQuery(), this.#host.uiLanguage, this.#handleRelax);
    void import('./finder-suggestions.js').then(module => ((this.#suggestions = module), this.#host.requestUpdate()), () => undefined);
    return undefined;
  }

  readonly #handleShowMore = () => {
    const firstNew = this.#shown;
    this.#shown += PAGE_SIZE;
    this.#host.requestUpdate();
    // Keyboard and screen-reader users continue where the new cards begin.
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelectorAll<HTMLElement>('li[data-point] .card__select')[firstNew]?.focus(),
    );
  };

  // —— event handlers ——

  readonly #handleSearchInput = (event: Event) => {
    this.#host.query = (event.target as HTMLInputElement).value;
    this.#filtersChangedByUser(true);
  };

  readonly #handleSelectChange = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    const name = select.name as 'district' | 'category' | 'language' | 'audience';
    this.#host[name] = (select.value || null) as Audience | null;
    this.#filtersChangedByUser(false);
  };

  readonly #handleOpenNowChange = (event: Event) => {
    this.#host.openNow = (event.target as HTMLInputElement).checked;
    this.#filtersChangedByUser(false);
  };

  readonly #handleFiltersToggle = () => {
    this.#filtersOpen = !this.#filtersOpen;
    this.#host.requestUpdate();
  };

  readonly #handleReset = () => {
    applyFilters(this.#host, EMPTY_FILTERS);
    this.#filtersChangedByUser(false);
    // The reset button disappears with the filters; put focus where a new search starts.
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
  };

  /** A "Clear the … filter" suggestion: that filter goes, and focus moves to the first result. */
  readonly #handleRelax = (filter: keyof FilterState) => {
    if (filter === 'openNow') this.#host.openNow = false;
    else if (filter === 'query') this.#host.query = '';
    else this.#host[filter] = null;
    this.#filtersChangedByUser(false);
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('.card__select')?.focus());
  };

  readonly #handleQuarterChange = (event: Event) => {
    this.#host.quarter = (event.target as HTMLSelectElement).value;
    this.#origin = undefined;
    this.#geoProblem = undefined;
    this.#host.requestUpdate();
    this.#writeUrl('push');
  };

  readonly #handleNearMe = () => {
    if (this.#locating) return;
    this.#host.requestUpdate();
    if (this.#origin) {
      // Pressed again: back to the normal order, and the position is forgotten.
      this.#origin = undefined;
      return;
    }
    this.#geoProblem = undefined;
    if (!('geolocation' in navigator)) {
      this.#geoProblem = 'unsupported';
      return;
    }
    this.#locating = true;
    navigator.geolocation.getCurrentPosition(
      position => {
        this.#locating = false;
        this.#origin = { lat: position.coords.latitude, lng: position.coords.longitude };
        this.#host.requestUpdate();
        if (this.#host.quarter) {
          this.#host.quarter = '';
          this.#writeUrl('push');
        }
      },
      error => {
        this.#locating = false;
        this.#geoProblem = error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable';
        this.#host.requestUpdate();
      },
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
    );
  };

  readonly #handleCardSelect = (pointId: string) => {
    this.#host.selected = pointId;
    this.#writeUrl('push');
    emit(this.#host, 'welcome-point-select', { pointId, source: 'card' });
  };

  readonly #handleToggle = (pointId: string) => {
    const next = new Set(this.#expanded);
    if (next.has(pointId)) next.delete(pointId);
    else next.add(pointId);
    this.#expanded = next;
    this.#host.requestUpdate();
    if (!this.#offersRequested) {
      this.#offersRequested = true;
      // The offer list is its own module; pages where nobody expands a card never load it. Its
      // element and its view are requested together, not one after the other.
      import('../offer-list/offer-list.js').catch(() => {
        this.#offersRequested = false;
      });
      import('../offer-list/offer-list-view.js').catch(() => undefined);
    }
  };

  /** The inner map's event bubbles on by itself (composed); here the list follows it. */
  readonly #handleMapPointSelect = (event: WelcomePointSelectEvent) => {
    this.#host.selected = event.detail.pointId;
    this.#revealSelected = true;
    this.#writeUrl('push');
  };

  readonly #handleMapDistrictSelect = (event: WelcomeDistrictSelectEvent) => {
    this.#host.district = event.detail.districtId;
    this.#writeUrl('push');
  };

  /** Filters and selection chosen in another widget of the same group. */
  #applyShared(event: SharedEvent): void {
    if (applySharedEvent(this.#host, event)) this.#revealSelected = true;
    // Keep a shared link current, without adding a history entry for someone else's action.
    this.#writeUrl('replace');
  }

  // —— helpers ——

  #clock(): Date {
    return this.#host.now ?? new Date();
  }

  #resultsQuery(): ResultsQuery {
    return { filters: filterStateOf(this.#host), origin: this.#origin, quarter: this.#host.quarter || undefined, now: this.#clock(), audienceTerms: audienceSearchTerms() };
  }

  /** A person changed the search or a filter: tell siblings and the page, and record it in the URL. */
  #filtersChangedByUser(typing: boolean) {
    emit(this.#host, 'welcome-filter-change', { filters: setFilters(filterStateOf(this.#host)) });
    // One history entry per search, not one per keystroke.
    this.#writeUrl(typing && this.#lastUrlWriteWasTyping ? 'replace' : 'push');
    this.#lastUrlWriteWasTyping = typing;
  }

  #writeUrl(mode: 'push' | 'replace') {
    this.#lastUrlWriteWasTyping = false;
    this.#url.write(urlStateOf(finderStateOf(this.#host), this.#presets ?? NO_PRESETS), mode);
  }

  /** Restores filters and selection from the URL; where it has none of ours, the attribute presets. */
  #applyUrlState(url: UrlState) {
    const state = stateFromUrl(url, this.#presets ?? NO_PRESETS);
    applyFilters(this.#host, state);
    this.#host.quarter = state.quarter;
    if (state.selected !== (this.#host.selected ?? '')) {
      this.#host.selected = state.selected || null;
      this.#revealSelected = Boolean(state.selected);
    }
  }
}
