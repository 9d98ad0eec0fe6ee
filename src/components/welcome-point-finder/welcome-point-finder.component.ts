// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';
import { property } from 'lit/decorators.js';
import { WelcomeElement } from '../../internal/welcome-element.js';
import type { Audience } from '../../feed/schema.js';

/** How the finder shows its results. */
export type FinderView = 'list' | 'map' | 'both';

/**
 * Until the view arrives, the skeleton has the view's shape: a block where the search form goes
 * (a sidebar when wide), then card-sized rows where the cards go, so the list's place holds.
 */
const pendingStyles = css`
  .base > .skeleton {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--welcome-finder-card-min-width, 17rem)), 1fr));
  }
  .base > .skeleton > .skeleton__row {
    block-size: 19rem;
  }
  .base > .skeleton > .skeleton__row:first-of-type {
    grid-column: 1 / -1;
    block-size: 25rem;
  }
  /* view="both" on a narrow host: the "List | Map" switch's row above the form (finder-panes.ts). */
  @container (width < 60rem) {
    :host([view='both']) .base > .skeleton {
      padding-block-start: 4rem;
    }
  }
  @container (min-width: 48rem) {
    :host([view='list']) .base > .skeleton {
      grid-template-columns: var(--welcome-finder-sidebar-width, 19rem) repeat(auto-fill, minmax(min(100%, var(--welcome-finder-card-min-width, 17rem)), 1fr));
      column-gap: var(--_space);
      /* The result count's line above the cards. */
      padding-block-start: 2.25rem;
    }
    :host([view='list']) .base > .skeleton > .skeleton__row:first-of-type {
      grid-column: 1;
      grid-row: span 3;
      block-size: auto;
      margin-block-start: -2.25rem;
    }
  }
`;

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
 * @attr {string} static-base - Base URL of the feed's static edition (`welcome-feed render --base-url`); default `meta.staticBase`. Each card gets a "Share" action for the point's page there (`<base><lang>/points/<id>/`) and prints its QR code. Read when the feed renders.
 * @csspart base - The outer layout box.
 * @csspart sample-notice - When the feed is marked `meta.sample`: "Sample data: names, phone numbers and times are invented." At the end, beside the data footer; likewise on `<district-map>`, and on `<offer-list>` above its offers.
 * @csspart footer - The data footer: publisher and date of the feed ("Data: …, as of …"); likewise on `<offer-list>` and `<district-map>`.
 * @csspart share-button - A card's "Share" action (with `static-base`).
 * @csspart qr - A card's QR code of its static page, shown in print only.
 * @csspart last-checked - "Last checked: March 2026" on a card, with a quiet "may be out of date" after a year.
 * @csspart report-link - A card's "Report a mistake" link (with `meta.corrections`).
 * @csspart former-names - "formerly …" on a card.
 * @csspart search - The search form (`role="search"`), with all controls.
 * @csspart search-input - The text search field.
 * @csspart filters - The fieldset of filters (folded behind a "Filters (n active)" button below 48rem of the widget's width).
 * @csspart panes - With `view="both"` below 60rem of the widget's width: the "List | Map" switch; only the chosen pane shows.
 * @csspart nearby - The fieldset with "Near me" and the quarter choice.
 * @csspart count - The result count (a polite live region).
 * @csspart list - The list of cards (`<ul>`).
 * @csspart card - One Welcome Point card; the selected one also has `card-selected`.
 * @csspart card-selected - The selected card.
 * @csspart card-title - The heading of a card.
 * @csspart card-toggle - The button that expands a card to its offers.
 * @csspart card-action - Every action on a card: call, e-mail, website, route, share, report a mistake (one rule styles them alike).
 * @csspart card-matches - While a category, audience, language or search is set: the offers of the point that match it, each with its next date.
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
  static override styles = [WelcomeElement.styles, pendingStyles];

  /** Text search over names, addresses, quarters, operators and offer titles, in every language of the feed. */
  @property() query = '';

  /** Only the points of this district (its id). Default: all districts. Reflects the visitor's choice. */
  @property({ reflect: true }) district: string | null = null;

  /** Only points holding an offer of this category (its id). Reflects the visitor's choice. */
  @property({ reflect: true }) category: string | null = null;

  /** Only points with an offer for this audience (`newcomers`, `families`, `women`…). Reflects the visitor's choice. */
  @property({ reflect: true }) audience: Audience | null = null;

  /** Only points where this language is spoken, at the point or in an offer (BCP 47; `ar-EG` matches `ar`). Reflects the visitor's choice. */
  @property({ reflect: true }) language: string | null = null;

  /** Only points open right now (by their weekly hours in the feed's time zone, closures respected). Reflects the visitor's choice. */
  @property({ type: Boolean, attribute: 'open-now', reflect: true }) openNow = false;

  /**
   * Quarter (Stadtteil) id: that quarter's points first, then the others by distance from the
   * quarter's `center` in the feed (shown on each card); without one, its district's points next,
   * then by distance from the district's centre.
   */
  @property() quarter = '';

  /** The selected Welcome Point (its id): highlighted, and shown on the map. Reflects the visitor's choice. */
  @property({ reflect: true }) selected: string | null = null;

  /** `list` (default): cards only; `map`: the map only; `both`: cards and map side by side when wide. */
  @property({ reflect: true }) view: FinderView = 'list';

  /**
   * Heading level (2–6) of each card's title, to fit the page's outline. By default one below
   * the nearest heading before the finder in the page (an `<h1>` gives 2, an `<h2>` 3), 2 when
   * there is none, so the outline never skips a level.
   */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel: number | null = null;

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

  protected override importView() {
    return import('./finder-view.js');
  }

  /** @internal */
  override get loadingRows(): number {
    // Card-sized rows: four reach below a phone screen (in the shell the first is the form).
    return 4;
  }

  /** Clears search and filters (not the "near me" or quarter order), like the reset button, without an event. */
  resetFilters(): void {
    this.query = '';
    this.district = this.category = this.audience = this.language = null;
    this.openNow = false;
  }
}
