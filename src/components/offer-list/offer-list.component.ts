// SPDX-License-Identifier: EUPL-1.2
import { property } from 'lit/decorators.js';
import { LONG_LIST_ROWS, WelcomeElement } from '../../internal/welcome-element.js';
import { warnDeprecated } from '../../internal/logger.js';
import type { Audience } from '../../feed/schema.js';
import type { GroupBy } from '../../feed/offer-order.js';

/**
 * What is on, when, where and in which language: the offers of one Welcome Point, one district
 * or the whole city — counselling hours, language cafés, meeting groups, volunteering. Presets
 * narrow the list by attribute; `filters` adds a filter bar. Long lists grow with "Show more";
 * one offer or the whole filtered list can be saved as a calendar file (.ics).
 *
 * @summary Offers as an accessible list, filterable, with calendar download.
 * @tag offer-list
 * @slot empty - Replaces the built-in message of an empty list ("No offers match." after the visitor's own choice, "No offers here at the moment." otherwise).
 * @fires {WelcomeOfferSelectEvent} welcome-offer-select - The visitor opened an offer's details.
 * @fires {WelcomePointSelectEvent} welcome-point-select - The visitor chose the Welcome Point of an offer (`source: 'offer'`).
 * @fires {WelcomeFilterChangeEvent} welcome-filter-change - The visitor changed a filter in the filter bar.
 * @fires {WelcomeFeedLoadEvent} welcome-feed-load - The feed loaded.
 * @fires {WelcomeFeedErrorEvent} welcome-feed-error - The feed could not be loaded.
 * @csspart base - The wrapper of everything.
 * @csspart filters - The filter bar (`filters` attribute); below 48rem of the widget's width folded behind a "Filters (n active)" button.
 * @csspart search - The search field.
 * @csspart toolbar - Count and "add all to calendar".
 * @csspart count - The number of matching offers.
 * @csspart calendar-all - The button that downloads all matching offers.
 * @csspart group - One group (category, Welcome Point or day).
 * @csspart group-heading - A group's heading.
 * @csspart list - A `<ul>` of offers.
 * @csspart item - One offer, an `<li>`.
 * @csspart item-body - The card inside an item.
 * @csspart item-title - The offer's title (a heading holding the disclosure button).
 * @csspart item-toggle - The offer's title button that shows and hides its details.
 * @csspart item-time - In the day agenda: the offer's times that day.
 * @csspart item-meta - When, where, languages, audiences.
 * @csspart category - A category tag.
 * @csspart badge - Today/now, free, registration badges.
 * @csspart point-link - The button naming the Welcome Point.
 * @csspart details - The expandable part: description, contacts, calendar.
 * @csspart description - The offer's description.
 * @csspart calendar-button - "Add to calendar" of one offer.
 * @csspart item-action - Every action of an offer: call, e-mail, website, add to calendar, report a mistake.
 * @csspart more - The "Show more" button.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error alert; `retry` is its button.
 * @csspart empty - The "no offers match" message.
 * @csspart problems - The note that some entries could not be shown.
 * @cssprop [--welcome-offer-columns=1] - Columns of cards on wide containers (≥ 56rem); `2` for a grid.
 * @cssprop [--welcome-color-accent=#0a5fa8] - Accent colour (links, buttons, category tags); all `--welcome-*` tokens apply.
 */
export class OfferList extends WelcomeElement {
  /**
   * The selected Welcome Point (its id): only its offers are listed, and its name is left out of
   * every card. A point chosen in a sibling widget of the same `group` narrows the list too.
   */
  @property({ reflect: true }) selected: string | null = null;

  /**
   * Old name of `selected`, read for now with a console warning.
   * @deprecated Use `selected` (attribute `selected`).
   */
  @property({ attribute: 'welcome-point' })
  get welcomePoint(): string | null {
    return this.selected;
  }
  set welcomePoint(value: string | null) {
    warnDeprecated(this, 'welcome-point', 'selected');
    this.selected = value;
  }

  /** Only offers at Welcome Points in this district (its id). */
  @property({ reflect: true }) district: string | null = null;

  /** Only offers of this category (its id). */
  @property({ reflect: true }) category: string | null = null;

  /** Only offers for this audience (`newcomers`, `families`, `women`…). */
  @property({ reflect: true }) audience: Audience | null = null;

  /** Only offers held in this language (BCP 47; `ar-EG` matches `ar`). */
  @property({ reflect: true }) language: string | null = null;

  /** Only offers taking place right now. */
  @property({ type: Boolean, attribute: 'open-now', reflect: true }) openNow = false;

  /** Only offers with a time within the next N days (today counts as the first). */
  @property({ type: Number, reflect: true }) upcoming: number | null = null;

  /** Show at most this many offers, without "Show more" (for teasers). Default: all, page by page. */
  @property({ type: Number, reflect: true }) limit: number | null = null;

  /**
   * How offers are grouped: `category` (default), `welcome-point`, `day` (a "this week" agenda:
   * seven days from today in the feed's time zone) or `none`.
   */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'category';

  /** Show the filter bar (search, category, audience, language, "now"). Off by default. */
  @property({ type: Boolean, reflect: true }) filters = false;

  /**
   * Level of the first headings (groups, else offer titles), 2–6, to fit the page's outline.
   * Default: one below the nearest heading before the list (so inside a section headed by an
   * `<h2>` the list uses `<h3>`), else 2.
   */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel: number | null = null;

  /**
   * A denser look: no count or "add all" bar, smaller cards. Lists inside another of our
   * widgets (a Welcome Point card of the finder) are always compact.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** How many offers appear at first and with each "Show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /**
   * The page of a Welcome Point on your site, `{id}` replaced by its id (e.g.
   * `/welcome-points/{id}.html`): each card's point name links there. Without it (and without a
   * `group` to select the point in), the name is plain text.
   */
  @property({ attribute: 'point-url' }) pointUrl: string | null = null;

  /** Map site for the route link beside each address: `osm` (default), `google`, `apple` or a URL template with `{lat}`, `{lng}`, `{address}`. */
  @property({ attribute: 'route-provider' }) routeProvider = 'osm';

  /**
   * Offers (their ids) listed before all others, in this order: a finder card puts the offers
   * matching the visitor's filters first. Property only.
   * @internal
   */
  @property({ attribute: false }) firstOffers: readonly string[] = [];

  protected override importView() {
    return import('./offer-list-view.js');
  }

  /** @internal */
  override get loadingRows(): number {
    return this.isCompact ? 2 : Math.min(this.limit || this.pageSize, LONG_LIST_ROWS);
  }

  /**
   * `compact`, or inside another of our widgets (a finder card), where lists are always compact.
   * @internal
   */
  get isCompact(): boolean {
    const root = this.getRootNode();
    return this.compact || (root instanceof ShadowRoot && root.host instanceof WelcomeElement);
  }
}
