// SPDX-License-Identifier: EUPL-1.2
/**
 * The offer list once its feed is there: filter bar, count and calendar toolbar, grouped offer
 * cards, "Show more", and the URL and group links behind them. A chunk of its own, fetched in
 * parallel with the feed (see `WidgetView`).
 */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { WidgetView } from '../../internal/welcome-element.js';
import { viewState } from '../../internal/view-state.js';
import { emit } from '../../internal/emit.js';
import { readUrlState, writeUrlState } from '../../internal/url-state.js';
import type { SharedEventName } from '../../internal/group-controller.js';
import { headingTag } from '../shared/heading.js';
import { renderLoading } from '../shared/status.js';
import { renderEmpty, renderProblems, renderShowMore } from '../shared/list-status.js';
import { listStatusStyles } from '../shared/list-status.styles.js';
import { audienceLabel, feedTimeZone, renderOfferCard } from '../shared/offer-card.js';
import type { OfferCardContext } from '../shared/offer-card.js';
import { offerCardStyles } from '../shared/offer-card.styles.js';
import { offerListStyles } from './offer-list.styles.js';
import { categoryById, districtById, filterOffers, pointById } from '../../feed/query.js';
import type { OfferFilter } from '../../feed/query.js';
import { zonedMoment } from '../../feed/hours.js';
import type { ZonedMoment } from '../../feed/hours.js';
import { AUDIENCES } from '../../feed/audiences.js';
import type { Audience, Offer, WelcomeFeed } from '../../feed/schema.js';
import { setFilters } from '../../events/welcome-filter-change.js';
import { getLocale } from '../../i18n/localization.js';
import { formatDate, formatLanguage, formatRelativeDay } from '../../i18n/format-schedule.js';
import { agendaEntries, groupedEntries } from './offer-list.entries.js';
import type { Entry } from './offer-list.entries.js';
import type { OfferList } from './offer-list.component.js';
import { feedText } from '../../i18n/feed-text.js';

export const styles = [listStatusStyles, offerCardStyles, offerListStyles];

export function createView(host: OfferList): WidgetView {
  return new OfferListView(host);
}

/** Filters a visitor set in the filter bar, a group sibling or the URL; `''` means "all", overriding a preset. */
interface UserFilters {
  query?: string;
  category?: string;
  audience?: string;
  language?: string;
  openNow?: boolean;
  district?: string;
  welcomePoint?: string;
}

/** Pause after the last change before the count is announced, so screen readers are not flooded while typing. */
const ANNOUNCE_DELAY_MS = 700;
/** "now" badges and the day agenda follow the clock at this pace. */
const TICK_MS = 60_000;

class OfferListView implements WidgetView {
  @viewState private userFilters: UserFilters = {};
  @viewState private shown = 0;
  @viewState private expanded = new Set<string>();
  @viewState private announcement = '';
  @viewState private tick = 0;
  @viewState private hasEmptySlot = false;

  /** Matching entries (an offer may appear on several days in the agenda) and offers. */
  private entries: Entry[] = [];
  /** The feed result the entries were computed from. */
  private entriesResult?: object;
  private matchingOffers: Offer[] = [];
  private groupCounts = new Map<string, number>();
  private entriesKey = '';
  /** The moment the current entries were computed for. */
  private now = new Date();
  private moment: ZonedMoment = { date: '', weekday: 'mo', minutes: 0 };
  /** Entry index to focus after "Show more". */
  private focusIndex: number | null = null;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private tickTimer?: ReturnType<typeof setInterval>;
  /** Typing continues one history entry instead of pushing one per keystroke. */
  private typing = false;
  /** One below the heading before the list in the page (or the card holding it); see `headingLevel`. */
  private inferredHeadingLevel = 2;
  /** The `tick` the entries were last computed at. */
  private seenTick = 0;

  constructor(private readonly host: OfferList) {}

  connected(): void {
    this.inferredHeadingLevel = inferHeadingLevel(this.host);
    window.addEventListener('popstate', this.handlePopState);
    this.tickTimer = setInterval(() => this.tick++, TICK_MS);
    if (this.host.syncUrl) this.applyUrlState();
  }

  disconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
    clearInterval(this.tickTimer);
    clearTimeout(this.announceTimer);
  }

  willUpdate(changed: PropertyValues): void {
    // A view's state is not in `changed`: remember which tick the entries last saw instead.
    const ticked = this.tick !== this.seenTick;
    this.seenTick = this.tick;
    const result = this.host.feedController.result;
    if (this.host.feedController.state !== 'ready' || !result) return;
    this.now = new Date();
    this.moment = zonedMoment(this.now, feedTimeZone(result.feed));
    const filter = this.effectiveFilter();
    const key = JSON.stringify([filter, this.host.groupBy, this.host.limit, this.moment.date, this.host.contentLanguage, ticked ? this.moment.minutes : 0]);
    // a retry may bring a changed feed from the same src: recompute for every new result
    if (key === this.entriesKey && result === this.entriesResult && !changed.has('feed')) return;
    const filterChanged = this.entriesKey !== '' && key !== this.entriesKey;
    this.entriesKey = key;
    this.entriesResult = result;
    this.recompute(result.feed, filter);
    if (filterChanged || !this.shown) this.shown = this.host.pageSize;
  }

  updated(): void {
    if (this.focusIndex !== null) {
      const target = this.host.renderRoot.querySelector<HTMLElement>(`[data-index="${this.focusIndex}"] .offer__toggle`);
      this.focusIndex = null;
      target?.focus();
    }
  }

  /** While the feed loads, a skeleton in the list's frame; a load error is the host's to show. */
  render(): TemplateResult {
    const { state, result } = this.host.feedController;
    return html`<div class="base ${this.host.isCompact ? 'base--compact' : ''}" part="base">
      ${this.host.renderLanguageSwitcher()}
      ${state === 'loading' || state === 'idle'
        ? renderLoading(this.host.loadingRows)
        : result
          ? this.renderReady(result.feed, result.problems.length)
          : nothing}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
    </div>`;
  }

  private get level(): number {
    return clampLevel(this.host.headingLevel ?? this.inferredHeadingLevel);
  }

  private renderReady(feed: WelcomeFeed, problems: number): TemplateResult {
    const visible = this.entries.slice(0, this.shown);
    const empty = this.entries.length === 0;
    return html`
      ${this.host.isCompact ? nothing : renderProblems(problems)}
      ${this.host.filters ? this.renderFilterBar(feed) : nothing}
      ${this.renderToolbar(feed)}
      <div class="empty" ?hidden=${!empty || !this.hasEmptySlot}>
        <slot name="empty" @slotchange=${this.handleEmptySlotChange}></slot>
      </div>
      ${empty && !this.hasEmptySlot
        ? renderEmpty(
            msg('No offers match.', { id: 'offer-list.empty', desc: 'Shown when no offer matches the filters' }),
            this.hasUserFilters() ? () => this.resetFilters() : undefined,
          )
        : nothing}
      ${empty ? nothing : this.renderGroups(feed, visible)}
      ${renderShowMore(this.shown, this.entries.length, this.host.pageSize, getLocale(), this.handleShowMore)}
    `;
  }

  private renderFilterBar(feed: WelcomeFeed): TemplateResult {
    const filter = this.effectiveFilter();
    const locale = getLocale();
    const languages = feedLanguages(feed);
    const audiences = feedAudiences(feed);
    return html`<form class="filters" part="filters" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <div class="field field--search">
        <label for="search">${msg('Search offers', { id: 'offer-list.search-label', desc: 'Label of the search field' })}</label>
        <input
          id="search"
          type="search"
          part="search"
          autocomplete="off"
          .value=${filter.query ?? ''}
          @input=${this.handleSearchInput}
          @blur=${() => (this.typing = false)}
        />
      </div>
      <div class="field">
        <label for="category">${msg('Category', { id: 'offer-list.category-label', desc: 'Label of the category filter' })}</label>
        <select id="category" @change=${(e: Event) => this.setFilter('category', (e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${live(!filter.category)}>${msg('All categories', { id: 'offer-list.category-all' })}</option>
          ${feed.categories.map(c => {
            const label = feedText(this.host, c.label);
            return html`<option value=${c.id} lang=${label.lang} .selected=${live(filter.category === c.id)}>${label.text}</option>`;
          })}
        </select>
      </div>
      <div class="field">
        <label for="audience">${msg('For', { id: 'offer-list.audience-label', desc: 'Label of the audience filter (offers for families, women…)' })}</label>
        <select id="audience" @change=${(e: Event) => this.setFilter('audience', (e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${live(!filter.audience)}>${msg('Everyone', { id: 'offer-list.audience-all', desc: 'Audience filter: no restriction' })}</option>
          ${audiences.map(a => html`<option value=${a} .selected=${live(filter.audience === a)}>${audienceLabel(a)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="language">${msg('Language', { id: 'offer-list.language-label', desc: 'Label of the language filter' })}</label>
        <select id="language" @change=${(e: Event) => this.setFilter('language', (e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${live(!filter.language)}>${msg('All languages', { id: 'offer-list.language-all' })}</option>
          ${languages.map(
            tag => html`<option value=${tag} lang=${tag} .selected=${live(filter.language === tag)}>
              ${formatLanguage(tag)}${formatLanguage(tag) !== formatLanguage(tag, locale) ? ` – ${formatLanguage(tag, locale)}` : ''}
            </option>`,
          )}
        </select>
      </div>
      <label class="check">
        <input type="checkbox" .checked=${!!filter.openNow} @change=${(e: Event) => this.setFilter('openNow', (e.target as HTMLInputElement).checked)} />
        ${msg('Taking place now', { id: 'offer-list.open-now', desc: 'Checkbox: only offers happening right now' })}
      </label>
      ${this.hasUserFilters()
        ? html`<button type="button" class="button filters__reset" @click=${this.resetFilters}>
            ${msg('Reset filters', { id: 'offer-list.reset' })}
          </button>`
        : nothing}
    </form>`;
  }

  private renderToolbar(feed: WelcomeFeed): TemplateResult | typeof nothing {
    const chips = this.renderSelectionChips(feed);
    if (this.host.isCompact && chips === nothing) return nothing;
    const count = this.matchingOffers.length;
    return html`<div class="toolbar" part="toolbar">
      ${chips}
      ${this.host.isCompact ? nothing : html`<p class="toolbar__count" part="count">${this.countText(count)}</p>`}
      ${!this.host.isCompact && count
        ? html`<button type="button" class="button toolbar__calendar" part="calendar-all" @click=${this.handleCalendarAll}>
            ${msg('Add all to calendar', { id: 'offer-list.calendar-all', desc: 'Button that downloads all listed offers as one calendar file (.ics)' })}
          </button>`
        : nothing}
    </div>`;
  }

  /** A point or district chosen in a sibling widget narrows the list; say so, and offer the way back. */
  private renderSelectionChips(feed: WelcomeFeed): TemplateResult | typeof nothing {
    const { welcomePoint, district } = this.userFilters;
    const point = welcomePoint ? pointById(feed, welcomePoint) : undefined;
    const area = district ? districtById(feed, district) : undefined;
    if (!point && !area) return nothing;
    const name = point ? feedText(this.host, point.name) : feedText(this.host, area!.name);
    return html`<p class="chip">
      <span>
        ${point
          ? msg(html`Offers of <span lang=${name.lang}>${name.text}</span>`, { id: 'offer-list.chip-point', desc: 'The list shows one Welcome Point’s offers' })
          : msg(html`Offers in <span lang=${name.lang}>${name.text}</span>`, { id: 'offer-list.chip-district', desc: 'The list shows one district’s offers' })}
      </span>
      <button type="button" class="chip__clear" @click=${this.handleClearSelection}>
        ${msg('Show all', { id: 'offer-list.chip-clear', desc: 'Removes the Welcome Point or district restriction' })}
      </button>
    </p>`;
  }

  private renderGroups(feed: WelcomeFeed, visible: Entry[]): TemplateResult {
    const ctx = this.cardContext(feed);
    if (this.host.groupBy === 'none') return this.renderList(ctx, visible, 0);
    const groups: Array<{ key: string; entries: Entry[]; start: number }> = [];
    visible.forEach((entry, index) => {
      const last = groups.at(-1);
      if (last && last.key === entry.group) last.entries.push(entry);
      else groups.push({ key: entry.group, entries: [entry], start: index });
    });
    const tag = headingTag(this.level);
    return html`${groups.map(group => {
      const id = `group-${group.start}`;
      const count = this.groupCounts.get(group.key) ?? group.entries.length;
      return html`<section class="group" part="group" aria-labelledby=${id}>
        ${staticHtml`<${tag} class="group__heading" part="group-heading" id=${id}>
          ${this.renderGroupLabel(feed, group.key)}
          <span class="group__count">${this.countText(count)}</span>
        </${tag}>`}
        ${this.renderList(ctx, group.entries, group.start)}
      </section>`;
    })}`;
  }

  private renderGroupLabel(feed: WelcomeFeed, key: string): unknown {
    if (this.host.groupBy === 'day') {
      const locale = getLocale();
      const relative = capitalize(formatRelativeDay(key, this.moment.date, locale), locale);
      // "Today" and "Tomorrow" also get their date; later days already read "Friday, 6 March".
      const date = formatDate(new Date(`${key}T12:00:00Z`), locale, 'UTC', 'full');
      return html`<span class="group__label">${relative}</span>${Math.abs(dayDiff(key, this.moment.date)) <= 1
          ? html`<span class="group__sub">${date}</span>`
          : nothing}`;
    }
    if (this.host.groupBy === 'welcome-point') {
      const point = pointById(feed, key);
      if (!point) return msg('Other places', { id: 'offer-list.group-other-point' });
      const name = feedText(this.host, point.name);
      const district = districtById(feed, point.districtId);
      return html`<span class="group__label" lang=${name.lang}>${name.text}</span>${district
          ? html`<span class="group__sub" lang=${feedText(this.host, district.name).lang}>${feedText(this.host, district.name).text}</span>`
          : nothing}`;
    }
    const category = categoryById(feed, key);
    if (!category) return html`<span class="group__label">${msg('Other offers', { id: 'offer-list.group-other-category', desc: 'Group of offers without a known category' })}</span>`;
    const label = feedText(this.host, category.label);
    return html`<span class="group__label" lang=${label.lang}>${label.text}</span>`;
  }

  private renderList(ctx: OfferCardContext, entries: Entry[], start: number): TemplateResult {
    const titleLevel = clampLevel(this.host.groupBy === 'none' ? this.level : this.level + 1);
    const itemCtx = { ...ctx, headingLevel: titleLevel };
    return html`<ul class="list" part="list" role="list">
      ${entries.map((entry, i) => {
        const index = start + i;
        return html`<li class="item" part="item" data-index=${index} data-offer-id=${entry.offer.id}>
          ${renderOfferCard(itemCtx, {
            offer: entry.offer,
            idPrefix: `offer-${index}`,
            expanded: this.expanded.has(entry.key),
            day: entry.day,
            onToggle: () => this.handleToggle(entry),
            onPointSelect: () => emit(this.host, 'welcome-point-select', { pointId: entry.offer.welcomePointId, source: 'offer' }),
            onCalendar: () => void this.downloadCalendar([entry.offer], feedText(this.host, entry.offer.title).text),
          })}
        </li>`;
      })}
    </ul>`;
  }

  onGroupEvent(event: GlobalEventHandlersEventMap[SharedEventName]): void {
    switch (event.type) {
      case 'welcome-filter-change': {
        const { filters } = (event as GlobalEventHandlersEventMap['welcome-filter-change']).detail;
        this.userFilters = {
          ...this.userFilters,
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
        this.userFilters = { ...this.userFilters, district: (event as GlobalEventHandlersEventMap['welcome-district-select']).detail.districtId ?? '', welcomePoint: '' };
        break;
      case 'welcome-point-select':
        this.userFilters = { ...this.userFilters, welcomePoint: (event as GlobalEventHandlersEventMap['welcome-point-select']).detail.pointId };
        break;
      default:
        return;
    }
    this.scheduleAnnouncement();
  }

  private cardContext(feed: WelcomeFeed): OfferCardContext {
    return {
      feed,
      now: this.now,
      moment: this.moment,
      locale: getLocale(),
      text: value => feedText(this.host, value),
      headingLevel: this.level,
      showPoint: !this.effectiveFilter().welcomePoint,
    };
  }

  /** Presets from attributes, overridden by what the visitor chose. */
  private effectiveFilter(): OfferFilter {
    const user = this.userFilters;
    const text = (key: 'welcomePoint' | 'district' | 'category' | 'audience' | 'language', preset: string | null) =>
      key in user ? user[key] || undefined : preset || undefined;
    return {
      query: user.query || undefined,
      welcomePoint: text('welcomePoint', this.host.welcomePoint),
      district: text('district', this.host.district),
      category: text('category', this.host.category),
      audience: text('audience', this.host.audience) as Audience | undefined,
      language: text('language', this.host.language),
      openNow: ('openNow' in user ? user.openNow : this.host.openNow) || undefined,
      upcomingDays: this.host.upcoming && this.host.upcoming > 0 ? this.host.upcoming : undefined,
    };
  }

  private recompute(feed: WelcomeFeed, filter: OfferFilter): void {
    this.matchingOffers = filterOffers(feed, filter, this.now);
    const all = this.host.groupBy === 'day' ? agendaEntries(feed, this.moment.date) : groupedEntries(feed, this.host.groupBy);
    const set = new Set(this.matchingOffers);
    let entries = all.filter(entry => set.has(entry.offer));
    if (this.host.limit && this.host.limit > 0) entries = entries.slice(0, this.host.limit);
    const counts = new Map<string, number>();
    for (const entry of entries) counts.set(entry.group, (counts.get(entry.group) ?? 0) + 1);
    this.entries = entries;
    this.groupCounts = counts;
  }

  private hasUserFilters(): boolean {
    return Object.values(this.userFilters).some(value => value !== undefined);
  }

  private setFilter<K extends keyof UserFilters>(key: K, value: UserFilters[K]): void {
    this.userFilters = { ...this.userFilters, [key]: value };
    this.typing = false;
    this.afterUserFilterChange(key === 'query' ? 'replace' : 'push');
  }

  private afterUserFilterChange(mode: 'push' | 'replace'): void {
    emit(this.host, 'welcome-filter-change', { filters: setFilters(this.effectiveFilter()) });
    if (this.host.syncUrl) writeUrlState(this.urlNamespace, this.urlState(), mode);
    this.scheduleAnnouncement();
  }

  private get urlNamespace(): string {
    return this.host.group || 'offers';
  }

  private urlState(): Record<string, string> {
    const user = this.userFilters;
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

  /** Reads filters from the URL; `-` stands for "all" chosen against a preset. */
  private applyUrlState(): void {
    const url = readUrlState(this.urlNamespace);
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
    this.userFilters = filters;
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText(this.matchingOffers.length);
    }, ANNOUNCE_DELAY_MS);
  }

  private formatCount(count: number): string {
    return new Intl.NumberFormat(getLocale()).format(count);
  }

  private countText(count: number): string {
    if (count === 0) return msg('No offers', { id: 'offer-list.count-none' });
    if (count === 1) return msg('1 offer', { id: 'offer-list.count-one' });
    return msg(str`${this.formatCount(count)} offers`, { id: 'offer-list.count', desc: 'Number of offers' });
  }

  /** The calendar code is loaded on first use: most visitors never download a file. */
  private async downloadCalendar(offers: Offer[], name: string): Promise<void> {
    const result = this.host.feedController.result;
    if (!result) return;
    const { feed } = result;
    const [{ buildCalendar, offerEvents }, { downloadText, fileNameFor }] = await Promise.all([
      import('../../calendar/ics.js'),
      import('../../calendar/download.js'),
    ]);
    const options = { lang: this.host.contentLanguage, today: this.moment.date, uidDomain: location.hostname || undefined };
    const events = offers.flatMap(offer => offerEvents(feed, offer, options));
    const ics = buildCalendar(events, { timeZone: feedTimeZone(feed), now: new Date(), name });
    downloadText(ics, fileNameFor(name, 'ics'), 'text/calendar', this.host.renderRoot);
  }

  private handleToggle(entry: Entry): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(entry.key)) expanded.delete(entry.key);
    else {
      expanded.add(entry.key);
      emit(this.host, 'welcome-offer-select', { offerId: entry.offer.id, pointId: entry.offer.welcomePointId });
    }
    this.expanded = expanded;
  }

  private readonly handleSearchInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    const first = !this.typing;
    this.userFilters = { ...this.userFilters, query: value };
    this.afterUserFilterChange(first ? 'push' : 'replace');
    this.typing = true;
  };

  private readonly handleShowMore = (): void => {
    this.focusIndex = this.shown;
    this.shown = Math.min(this.shown + this.host.pageSize, this.entries.length);
    this.announcement = msg(str`Showing ${this.formatCount(this.shown)} of ${this.countText(this.entries.length)}`, {
      id: 'offer-list.showing-announcement',
      desc: 'Announced after "Show more": how many are shown of how many offers',
    });
  };

  private readonly resetFilters = (): void => {
    this.userFilters = {};
    this.typing = false;
    this.afterUserFilterChange('push');
  };

  private readonly handleClearSelection = (): void => {
    this.userFilters = { ...this.userFilters, welcomePoint: '', district: '' };
    this.afterUserFilterChange('push');
  };

  private readonly handleCalendarAll = (): void => {
    const title = this.host.feedController.result ? feedText(this.host, this.host.feedController.result.feed.meta.title).text : '';
    void this.downloadCalendar(this.matchingOffers, title || msg('Offers', { id: 'offer-list.calendar-name', desc: 'Name of the calendar file with all listed offers' }));
  };

  private readonly handlePopState = (): void => {
    if (!this.host.syncUrl) return;
    this.typing = false;
    this.applyUrlState();
    this.scheduleAnnouncement();
  };

  private readonly handleEmptySlotChange = (event: Event): void => {
    this.hasEmptySlot = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };
}

/**
 * One below the nearest heading before `element` in document order, looking at preceding
 * siblings of the element and of each ancestor (crossing shadow roots): an `<h2>` section gives
 * 3, a finder card titled with an `<h3>` gives 4. 2 when there is none.
 */
function inferHeadingLevel(element: Element): number {
  let node: Node | null = element;
  while (node) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (!(sibling instanceof Element)) continue;
      const match = /^H([1-6])$/.exec(sibling.tagName);
      const level = match ? Number(match[1]) : sibling.getAttribute('role') === 'heading' ? Number(sibling.getAttribute('aria-level')) : 0;
      if (level) return clampLevel(level + 1);
    }
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return 2;
}

function clampLevel(level: number): number {
  return Math.min(6, Math.max(2, Math.round(level) || 2));
}

function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function dayDiff(date: string, from: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const languageCache = new WeakMap<WelcomeFeed, string[]>();
/** Languages offers are held in, most frequent first. */
function feedLanguages(feed: WelcomeFeed): string[] {
  let list = languageCache.get(feed);
  if (!list) {
    const counts = new Map<string, number>();
    for (const offer of feed.offers) for (const tag of offer.languages ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    list = [...counts].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
    languageCache.set(feed, list);
  }
  return list;
}

const audienceCache = new WeakMap<WelcomeFeed, Audience[]>();
/** Audiences that occur in the feed, in the schema's order. */
function feedAudiences(feed: WelcomeFeed): Audience[] {
  let list = audienceCache.get(feed);
  if (!list) {
    const present = new Set(feed.offers.flatMap(offer => offer.audiences ?? []));
    list = AUDIENCES.filter(a => present.has(a));
    audienceCache.set(feed, list);
  }
  return list;
}
