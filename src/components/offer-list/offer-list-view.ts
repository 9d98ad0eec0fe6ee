// SPDX-License-Identifier: EUPL-1.2
/**
 * The offer list once its feed is there: filter bar, count and calendar toolbar, grouped offer
 * cards, "Show more", and the URL and group links behind them. A chunk of its own, fetched in
 * parallel with the feed: a reactive controller the element adds when it arrives (see
 * `ViewController`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ViewController } from '../../internal/welcome-element.js';
import { emit } from '../../internal/emit.js';
import { UrlSync } from '../../internal/url-sync.js';
import { RenderSteps } from '../../internal/render-steps.js';
import type { UrlState } from '../../internal/url-state.js';
import { Announcer } from '../../internal/announcer.js';
import { MinuteClock } from '../../internal/clock.js';
import type { SharedEvent } from '../../internal/group-controller.js';
import { renderLoading } from '../../internal/status.js';
import { clampLevel, renderHeading } from '../shared/heading.js';
import { loadCardExtras, renderEmpty, type CardExtras, renderProblems, renderShowMore } from '../shared/list-status.js';
import { listStatusStyles } from '../shared/list-status.styles.js';
import { feedTimeZone, offerToday, renderOfferCard } from '../shared/offer-card.js';
import type { OfferCardContext } from '../shared/offer-card.js';
import { offerCardStyles } from '../shared/offer-card.styles.js';
import { offerListStyles } from './offer-list.styles.js';
import { countText, renderToolbar, showingText } from './offer-list-toolbar.js';
import { FilterBarLoader, filtersFromUrl, filtersToUrl, type FilterKey, type UserFilters } from './offer-list-filters.js';
import { inferHeadingLevel, renderGroupLabel, renderSelectionChip } from './offer-list-groups.js';
import { filterOffers, pointById } from '../../feed/query.js';
import { audienceSearchTerms } from '../../i18n/audience-label.js';
import type { OfferFilter } from '../../feed/query.js';
import { zonedMoment, type ZonedMoment } from '../../feed/hours.js';
import type { Audience, Offer, WelcomeFeed } from '../../feed/schema.js';
import { setFilters } from '../../events/welcome-filter-change.js';
import { getLocale } from '../../i18n/localization.js';
import { agendaEntries, groupedEntries, groupRuns, idsFirst, limitEntries, todayStillToComeFirst, type Entry } from '../../feed/offer-order.js';
import { pointPageUrl } from '../../feed/route-url.js';
import type { OfferList } from './offer-list.component.js';
import { feedText } from '../../i18n/feed-text.js';

export const styles = [listStatusStyles, offerCardStyles, offerListStyles];

export function createView(host: OfferList): ViewController {
  return new OfferListView(host);
}

/** Pause after the last change before the count is announced, so screen readers are not flooded while typing. */
const ANNOUNCE_DELAY_MS = 700;

class OfferListView implements ViewController {
  #userFilters: UserFilters = {};
  #shown = 0;
  #expanded = new Set<string>();
  #hasEmptySlot = false;
  /** Entries before `limit` cut them (0: no cut); `showAll` once the visitor lifted the cut. */
  #limitedFrom = 0;
  #showAll = false;
  /** Matching entries (an offer may appear on several days in the agenda) and offers. */
  #entries: Entry[] = [];
  /** The feed result the entries were computed from. */
  #entriesResult?: object;
  #matchingOffers: Offer[] = [];
  #groupCounts = new Map<string, number>();
  /** What the entries were computed for: filters, grouping, day and minute; paging restarts when `filterKey` changes. */
  #entriesKey = '';
  #filterKey = '';
  /** The moment the current entries were computed for. */
  #now = new Date();
  #moment: ZonedMoment = { date: '', weekday: 'mo', minutes: 0 };
  /** Typing continues one history entry instead of pushing one per keystroke. */
  #typing = false;
  /** One below the heading before the list in the page (or the card holding it); see `headingLevel`. */
  #inferredHeadingLevel = 2;
  readonly #announcer: Announcer;
  readonly #url: UrlSync;
  readonly #filterBar = new FilterBarLoader();
  /** Cards in the DOM so far: catch up with `shown` a few per task. */
  readonly steps: RenderSteps;

  readonly #host: OfferList;

  constructor(host: OfferList) {
    this.#host = host;
    this.#announcer = new Announcer(host);
    this.steps = new RenderSteps(host);
    this.#url = new UrlSync(host, 'offers', state => {
      this.#typing = false;
      this.#applyUrlState(state);
      this.#scheduleAnnouncement();
    });
    new MinuteClock(host);
    host.groupLink.follow(event => this.#applyShared(event));
  }

  hostConnected(): void {
    this.#inferredHeadingLevel = inferHeadingLevel(this.#host);
    if (this.#host.syncUrl) this.#applyUrlState(this.#url.read());
    if (this.#host.filters) this.#filterBar.load(this.#host); // while the feed loads: there for the first list
  }

  hostUpdate(): void {
    const result = this.#host.feedController.result;
    if (this.#host.feedController.state !== 'ready' || !result) return;
    this.#now = new Date();
    this.#moment = zonedMoment(this.#now, feedTimeZone(result.feed));
    const filter = this.#effectiveFilter();
    const filterKey = JSON.stringify([filter, this.#host.groupBy, this.#host.limit, this.#moment.date, this.#host.contentLanguage, this.#host.firstOffers]);
    // The minute too: "taking place now" follows the clock. A retry may bring a changed feed
    // from the same src: recompute for every new result.
    const key = `${filterKey}|${this.#moment.minutes}|${this.#showAll}`;
    if (key === this.#entriesKey && result === this.#entriesResult) return;
    const filterChanged = this.#filterKey !== '' && filterKey !== this.#filterKey;
    this.#entriesKey = key;
    this.#filterKey = filterKey;
    this.#entriesResult = result;
    this.#recompute(result.feed, filter);
    if (filterChanged || !this.#shown) this.#shown = this.#host.pageSize;
  }

  hostUpdated(): void {
    this.steps.follow(Math.min(this.#shown, this.#entries.length));
  }

  /** While the feed loads, a skeleton in the list's frame; a load error is the host's to show. */
  render(): TemplateResult {
    const { state, result } = this.#host.feedController;
    // A sample feed's notice sits above the entries: the skeleton holds until its code is there.
    const extras = loadCardExtras(() => this.#host.requestUpdate());
    return html`<div class="base ${this.#host.isCompact ? 'base--compact' : ''}" part="base">
      ${this.#host.renderLanguageSwitcher()}
      ${state === 'loading' || state === 'idle' || this.#filterBar.loading || (result?.feed.meta.sample && !extras)
        ? renderLoading(this.#host.loadingRows)
        : result
          ? this.#renderReady(result.feed, result.problems.length, extras)
          : nothing}
      ${this.#announcer.render()}
    </div>`;
  }

  get #level(): number {
    return clampLevel(this.#host.headingLevel ?? this.#inferredHeadingLevel);
  }

  #renderReady(feed: WelcomeFeed, problems: number, extras?: CardExtras): TemplateResult {
    const visible = this.#entries.slice(0, Math.min(this.#shown, this.steps.count));
    const empty = this.#entries.length === 0;
    return html`
      ${extras?.renderSampleNotice(this.#host, feed)}${this.#host.isCompact ? nothing : renderProblems(problems)}
      ${this.#host.filters
        ? (this.#filterBar.render(this.#host, {
            feed,
            filter: this.#effectiveFilter(),
            locale: getLocale(),
            text: value => feedText(this.#host, value),
            canReset: this.#hasUserFilters(),
            onSearchInput: this.#handleSearchInput,
            onSearchBlur: () => (this.#typing = false),
            onChange: (key, value) => this.#setFilter(key, value),
            onReset: this.#resetFilters,
          }) ?? nothing)
        : nothing}
      ${this.#renderToolbar(feed)}
      <div class="empty" ?hidden=${!empty || !this.#hasEmptySlot}>
        <slot name="empty" @slotchange=${this.#handleEmptySlotChange}></slot>
      </div>
      ${empty && !this.#hasEmptySlot
        ? this.#hasUserFilters()
          ? renderEmpty(msg('No offers match.', { id: 'offer-list.empty', desc: 'Shown when no offer matches the filters the visitor chose' }), this.#resetFilters)
          : renderEmpty(
              // The page chose them (a district's, a point's, a category's offers), not the visitor.
              msg('No offers here at the moment.', { id: 'offer-list.none', desc: 'Shown when the list is empty although the visitor chose no filter' }),
            )
        : nothing}
      ${empty ? nothing : this.#renderGroups(feed, visible)}
      ${renderShowMore(this.#shown, this.#entries.length, this.#host.pageSize, getLocale(), this.#handleShowMore)}${extras?.renderDataFooter(this.#host, feed, getLocale())}
    `;
  }

  #renderToolbar(feed: WelcomeFeed): TemplateResult | typeof nothing {
    return renderToolbar({
      onShowAll: this.#handleShowAll,
      onCalendarAll: this.#handleCalendarAll,
      compact: this.#host.isCompact,
      chips: renderSelectionChip(this.#host, feed, this.#userFilters, this.#handleClearSelection),
      matching: this.#matchingOffers.length, shown: this.#entries.length, limitedFrom: this.#limitedFrom,
    });
  }

  #renderGroups(feed: WelcomeFeed, visible: Entry[]): TemplateResult {
    const ctx = this.#cardContext(feed);
    if (this.#host.groupBy === 'none') return this.#renderList(ctx, visible, 0);
    const groups = groupRuns(visible);
    return html`${groups.map(group => {
      const id = `group-${group.start}`;
      const count = this.#groupCounts.get(group.key) ?? group.entries.length;
      return html`<section class="group" part="group" aria-labelledby=${id}>
        ${renderHeading(
          this.#level,
          { className: 'group__heading', part: 'group-heading', id },
          html`${renderGroupLabel(this.#host, feed, this.#host.groupBy, group.key, this.#moment.date)}
            <span class="group__count">${countText(count)}</span>`,
        )}
        ${this.#renderList(ctx, group.entries, group.start)}
      </section>`;
    })}`;
  }

  #renderList(ctx: OfferCardContext, entries: Entry[], start: number): TemplateResult {
    const titleLevel = clampLevel(this.#host.groupBy === 'none' ? this.#level : this.#level + 1);
    const itemCtx = { ...ctx, headingLevel: titleLevel };
    return html`<ul class="list" part="list" role="list">
      ${entries.map((entry, i) => {
        const index = start + i;
        return html`<li class="item" part="item" data-index=${index} data-offer-id=${entry.offer.id}>
          ${renderOfferCard(itemCtx, {
            offer: entry.offer,
            idPrefix: `offer-${index}`,
            expanded: this.#expanded.has(entry.key),
            day: entry.day,
            onToggle: () => this.#handleToggle(entry),
            onPointSelect: () => emit(this.#host, 'welcome-point-select', { pointId: entry.offer.welcomePointId, source: 'offer' }),
            onCalendar: () => this.#downloadCalendar([entry.offer], feedText(this.#host, entry.offer.title).text),
          })}
        </li>`;
      })}
    </ul>`;
  }

  /** A filter or selection made in another widget of the same group. */
  #applyShared(event: SharedEvent): void {
    switch (event.type) {
      case 'welcome-filter-change': {
        const { filters } = (event as GlobalEventHandlersEventMap['welcome-filter-change']).detail;
        this.#userFilters = {
          ...this.#userFilters,
          query: filters.query ?? '',
          category: filters.category ?? '',
          audience: filters.audience ?? '',
          language: filters.language ?? '',
          openNow: filters.openNow ?? false,
          district: filters.district ?? '',
        };
        break;
      }
      case 'welcome-district-select':
        this.#userFilters = { ...this.#userFilters, district: (event as GlobalEventHandlersEventMap['welcome-district-select']).detail.districtId ?? '', welcomePoint: '' };
        break;
      case 'welcome-point-select':
        this.#userFilters = { ...this.#userFilters, welcomePoint: (event as GlobalEventHandlersEventMap['welcome-point-select']).detail.pointId };
        break;
      default:
        return;
    }
    this.#host.requestUpdate();
    this.#scheduleAnnouncement();
  }

  #cardContext(feed: WelcomeFeed): OfferCardContext {
    return {
      feed,
      now: this.#now,
      moment: this.#moment,
      locale: getLocale(),
      text: value => feedText(this.#host, value),
      headingLevel: this.#level,
      showPoint: !this.#effectiveFilter().welcomePoint,
      routeProvider: this.#host.routeProvider,
      pointHref: point => pointPageUrl(this.#host.pointUrl, point.id, document.baseURI),
      canSelectPoint: !!this.#host.group, extras: loadCardExtras(() => this.#host.requestUpdate()),
    };
  }

  /** Presets from attributes, overridden by what the visitor chose. */
  #effectiveFilter(): OfferFilter {
    const user = this.#userFilters;
    const text = (key: 'welcomePoint' | 'district' | 'category' | 'audience' | 'language', preset: string | null) =>
      key in user ? user[key] || undefined : preset || undefined;
    return {
      query: user.query || undefined,
      welcomePoint: text('welcomePoint', this.#host.selected),
      district: text('district', this.#host.district),
      category: text('category', this.#host.category),
      audience: text('audience', this.#host.audience) as Audience | undefined,
      language: text('language', this.#host.language),
      openNow: ('openNow' in user ? user.openNow : this.#host.openNow) || undefined,
      upcomingDays: this.#host.upcoming && this.#host.upcoming > 0 ? this.#host.upcoming : undefined,
    };
  }

  #recompute(feed: WelcomeFeed, filter: OfferFilter): void {
    this.#matchingOffers = filterOffers(feed, { ...filter, audienceTerms: audienceSearchTerms() }, this.#now);
    const all = this.#host.groupBy === 'day' ? agendaEntries(feed, this.#moment.date) : groupedEntries(feed, this.#host.groupBy);
    const set = new Set(this.#matchingOffers);
    let entries = idsFirst(all.filter(entry => set.has(entry.offer)), this.#host.firstOffers);
    if (this.#host.groupBy === 'day') {
      const ctx = this.#cardContext(feed);
      entries = todayStillToComeFirst(entries, this.#moment.date, entry => !!offerToday(entry.offer, pointById(feed, entry.offer.welcomePointId), ctx)?.over);
    }
    // "Show all" lifts the cut by `limit`.
    ({ entries: this.#entries, limitedFrom: this.#limitedFrom, groupCounts: this.#groupCounts } = limitEntries(entries, this.#showAll ? null : this.#host.limit));
  }

  #hasUserFilters(): boolean {
    return Object.values(this.#userFilters).some(value => value !== undefined);
  }

  #setFilter(key: FilterKey, value: string | boolean): void {
    this.#userFilters = { ...this.#userFilters, [key]: value };
    this.#typing = false;
    this.#afterUserFilterChange('push');
  }

  /** Every change of `userFilters` by the visitor ends here: re-render, tell the group and the page, record it. */
  #afterUserFilterChange(mode: 'push' | 'replace'): void {
    this.#host.requestUpdate();
    emit(this.#host, 'welcome-filter-change', { filters: setFilters(this.#effectiveFilter()) });
    this.#url.write(filtersToUrl(this.#userFilters), mode);
    this.#scheduleAnnouncement();
  }

  /** Reads filters from the URL (see `filtersFromUrl`). */
  #applyUrlState(url: UrlState): void {
    this.#userFilters = filtersFromUrl(url);
    this.#host.requestUpdate();
  }

  #scheduleAnnouncement(): void {
    this.#announcer.announce(() => countText(this.#matchingOffers.length), ANNOUNCE_DELAY_MS);
  }

  #downloadCalendar(offers: Offer[], name: string): void {
    const feed = this.#host.feedController.result?.feed;
    if (!feed) return;
    const options = { lang: this.#host.contentLanguage, today: this.#moment.date, timeZone: feedTimeZone(feed) };
    void import('../../calendar/save-offers.js').then(calendar => calendar.saveOffers(feed, offers, name, this.#host.renderRoot, options));
  }

  #handleToggle(entry: Entry): void {
    const expanded = new Set(this.#expanded);
    if (expanded.has(entry.key)) expanded.delete(entry.key);
    else {
      expanded.add(entry.key);
      emit(this.#host, 'welcome-offer-select', { offerId: entry.offer.id, pointId: entry.offer.welcomePointId });
    }
    this.#expanded = expanded;
    this.#host.requestUpdate();
  }

  readonly #handleSearchInput = (event: Event): void => {
    this.#userFilters = { ...this.#userFilters, query: (event.target as HTMLInputElement).value };
    // One history entry per search, not per keystroke.
    this.#afterUserFilterChange(this.#typing ? 'replace' : 'push');
    this.#typing = true;
  };

  /** After a `requestUpdate`: keyboard and screen-reader users continue where the new cards begin (`updateComplete` waits for them). */
  #focusEntry(index: number): void {
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"] .offer__toggle`)?.focus());
  }

  readonly #handleShowMore = (): void => {
    const firstNew = this.#shown;
    this.#shown = Math.min(this.#shown + this.#host.pageSize, this.#entries.length);
    this.#host.requestUpdate();
    this.#focusEntry(firstNew);
    this.#announcer.announce(showingText(this.#shown, this.#entries.length));
  };

  readonly #handleShowAll = (): void => {
    this.#showAll = true;
    const first = this.#host.limit ?? 0;
    this.#shown = Math.max(this.#shown, first + this.#host.pageSize);
    this.#host.requestUpdate();
    this.#focusEntry(first);
  };

  readonly #resetFilters = (): void => {
    this.#userFilters = {};
    this.#typing = false;
    this.#afterUserFilterChange('push');
  };

  readonly #handleClearSelection = (): void => {
    this.#userFilters = { ...this.#userFilters, welcomePoint: '', district: '' };
    this.#afterUserFilterChange('push');
  };

  readonly #handleCalendarAll = (): void => {
    const title = this.#host.feedController.result ? feedText(this.#host, this.#host.feedController.result.feed.meta.title).text : '';
    this.#downloadCalendar(this.#matchingOffers, title || msg('Offers', { id: 'offer-list.calendar-name', desc: 'Name of the calendar file with all listed offers' }));
  };

  readonly #handleEmptySlotChange = (event: Event): void => {
    this.#hasEmptySlot = (event.target as HTMLSlotElement).assignedNodes().length > 0;
    this.#host.requestUpdate();
  };
}
