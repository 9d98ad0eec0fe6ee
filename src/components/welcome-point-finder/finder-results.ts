// SPDX-License-Identifier: EUPL-1.2
/**
 * The finder's result texts and cards: the count sentence, filter options and the card list
 * (the order of the rows is `feed/point-order.ts`). Part of the finder's view chunk (see `finder-view.ts`).
 */
import { html, nothing } from 'lit';
import type { CSSResult, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { districtOfQuarter, offersOfPoint } from '../../feed/query.js';
import { feedAudiences, feedLanguages } from '../../feed/feed-options.js';
import type { ResultRow, ResultsQuery } from '../../feed/point-order.js';
import type { WelcomeFeed } from '../../feed/schema.js';
import { audienceLabel } from '../../i18n/audience-label.js';
import { formatLanguage } from '../../i18n/format-schedule.js';
import { renderPointCard } from '../shared/point-card.js';
import type { PointCardContext } from '../shared/point-card.js';
import { renderEmpty } from '../shared/list-status.js';

/** The sentence in the live region: "13 Welcome Points (2 of them closed). Nearest first." */
export function describeResults(feed: WelcomeFeed, rows: ResultRow[], query: ResultsQuery, locale: string): string {
  const number = new Intl.NumberFormat(locale);
  const count = rows.length;
  const n = number.format(count);
  const found =
    count === 1
      ? msg('1 Welcome Point', { id: 'welcome-point-finder.count-one', desc: 'Result count, exactly one' })
      : msg(str`${n} Welcome Points`, { id: 'welcome-point-finder.count', desc: 'Result count; number formatted for the locale' });
  const inactive = rows.filter(r => r.inactive).length;
  const closed = inactive
    ? ` ${msg(str`(${number.format(inactive)} of them closed)`, {
        id: 'welcome-point-finder.count-closed',
        desc: 'After the count: how many of the results are closed permanently or for now',
      })}`
    : '';
  let order = '';
  if (query.origin) {
    order = msg('Nearest first.', { id: 'welcome-point-finder.order-distance', desc: 'After the count: sorted by distance from the visitor' });
  } else if (query.quarter) {
    const quarter = districtOfQuarter(feed, query.quarter)?.quarters?.find(q => q.id === query.quarter)?.name;
    if (quarter) order = msg(str`Places near ${quarter} first.`, { id: 'welcome-point-finder.order-quarter', desc: 'After the count: sorted by the chosen quarter' });
  }
  return `${found}${closed}. ${order}`.trim();
}

/** Every language spoken at a point or in an offer, named in the UI language and in itself ("Arabic – العربية"). */
export function languageOptions(feed: WelcomeFeed, locale: string): Array<readonly [string, string]> {
  return feedLanguages(feed, { points: true, base: true })
    .map(tag => {
      const name = formatLanguage(tag, locale);
      const own = formatLanguage(tag);
      return [tag, own !== name && own !== tag ? `${name} – ${own}` : name] as const;
    })
    .sort((a, b) => a[1].localeCompare(b[1], locale));
}

/** The audiences the feed's offers address, in a stable order, with their labels. */
export function audienceOptions(feed: WelcomeFeed): Array<readonly [string, string]> {
  return feedAudiences(feed).map(a => [a, audienceLabel(a)] as const);
}

export interface ListOptions {
  selected: string;
  expanded: ReadonlySet<string>;
  onSelect: (pointId: string) => void;
  onToggle: (pointId: string) => void;
  onReset: () => void;
  /** Under the "nothing matches" message: the filters that would find something. */
  suggestions?: unknown;
  /** The visitor's filters: a card names its offers that match them, and lists those first. */
  query: ResultsQuery;
  /** The code for matching offers has arrived, with its styles: add them and re-render. */
  onMatchesLoaded: (styles: CSSResult) => void;
  /** The expanded part of a card: the point's offers, those with the ids in `first` leading. */
  renderOffers: (pointId: string, first: string[]) => unknown;
}

/** Stable per-feed ids for aria references: feed ids may contain anything, element ids must not. */
const cardIds = new WeakMap<WelcomeFeed, Map<string, string>>();

function idsOf(feed: WelcomeFeed): Map<string, string> {
  let ids = cardIds.get(feed);
  if (!ids) {
    ids = new Map(feed.welcomePoints.map((point, i) => [point.id, `p${i}`]));
    cardIds.set(feed, ids);
  }
  return ids;
}

/** The cards as a list, or the "nothing matches" message with a reset button (none for a feed without points). */
export function renderResults(ctx: PointCardContext, rows: ResultRow[], options: ListOptions): TemplateResult {
  if (!ctx.feed.welcomePoints.length) {
    // Nothing was filtered away, so neither "matches your search" nor a reset would be true.
    return renderEmpty(
      msg('No Welcome Points have been entered yet.', { id: 'welcome-point-finder.feed-empty', desc: 'Shown when the data has no Welcome Point at all (not because of the filters)' }),
    );
  }
  if (!rows.length) {
    return html`${renderEmpty(
      msg('No Welcome Point matches your search.', { id: 'welcome-point-finder.empty', desc: 'Shown when the filters leave no result' }),
      options.onReset,
    )}${options.suggestions ?? nothing}`;
  }
  const ids = idsOf(ctx.feed);
  const matchesOf = cardMatches(ctx, options);
  return html`<ul class="list" part="list" role="list">
    ${rows.map(({ point, km }) => {
      const matches = matchesOf?.(point.id, ids.get(point.id) ?? 'p');
      return html`<li class="list__item ${options.expanded.has(point.id) ? 'list__item--expanded' : ''}" data-point=${point.id}>
        ${renderPointCard(ctx, {
          point,
          idPrefix: ids.get(point.id) ?? 'p',
          selected: point.id === options.selected,
          expanded: options.expanded.has(point.id),
          km,
          offerCount: offersOfPoint(ctx.feed, point.id).length,
          onSelect: () => options.onSelect(point.id),
          onToggle: () => options.onToggle(point.id),
          matches: matches?.rendered,
          renderMore: () => options.renderOffers(point.id, matches?.first ?? []),
        })}
      </li>`;
    })}
  </ul>`;
}

let matchesModule: typeof import('./finder-matches.js') | undefined;

/** The offers matching the filters, per card; their code comes only when an offer filter is first set. */
function cardMatches(ctx: PointCardContext, options: ListOptions) {
  const { query, category, audience, language } = options.query.filters;
  if (!query.trim() && !category && !audience && !language) return undefined;
  if (matchesModule) return matchesModule.matchesFor(ctx, options.query);
  void import('./finder-matches.js').then(module => ((matchesModule = module), options.onMatchesLoaded(module.matchesStyles)), () => undefined);
  return undefined;
}
