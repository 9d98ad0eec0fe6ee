// SPDX-License-Identifier: EUPL-1.2
/**
 * One Welcome Point as a card: what a newcomer needs to go there today. Name, district and
 * quarter, an "open now" badge with the next opening, today's and the weekly hours, closures,
 * the address (with distance when known), languages spoken, wheelchair access, operator and the
 * contact actions (call, e-mail, website, route). Rendered as a template into the host's shadow
 * root, so it needs no element of its own and shares the host's styles (`pointCardStyles`).
 *
 * Everything from the feed is rendered as text: Lit escapes it, and links were checked for safe
 * schemes by the validator.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { renderHeading } from './heading.js';
import { renderContactLinks } from './contact-links.js';
import { msg, str } from '@lit/localize';
import { feedHolidays, pointOpeningState, zonedMoment } from '../../feed/hours.js';
import { renderAddressOnRequest } from './address-label.js';
import type { CardExtras } from './load-card-extras.js';
import type { Text, WelcomeFeed, WelcomePoint } from '../../feed/schema.js';
import type { ResolvedText } from '../../feed/text.js';
import { districtById, quarterName } from '../../feed/query.js';
import { routeUrl } from '../../feed/route-url.js';
import { routeLabel } from './route-label.js';
import { formatOpening, formatFeedDate } from '../../i18n/format-opening.js';
import { formatDistance } from '../../i18n/format-distance.js';
import { formatLanguage, formatList, formatTimeRange } from '../../i18n/format-schedule.js';
import { slotLines, wholeList } from './keep-together.js';

/** Everything a card needs besides the point; the host builds it once per render. */
export interface PointCardContext {
  feed: WelcomeFeed;
  /** The clock: "open now" and closures are evaluated at this moment. */
  now: Date;
  /** UI locale for Intl formatting (matches the language of the UI strings). */
  locale: string;
  /** Resolves feed text to the content language. */
  text: (value: Text | undefined) => ResolvedText;
  /** Feed text as markup in its own language (`<span lang dir="auto">`, "Original: …" hint). */
  renderText: (value: Text | undefined, options?: { hint?: boolean }) => unknown;
  /** Heading level of the card title, 2–6. */
  headingLevel: number;
  /** Map site for the route link: `osm`, `google`, `apple` or a URL template. */
  routeProvider: string;
  /** The static edition's base URL (`static-base`): cards get a "Share" action and a printed QR code. */
  staticBase?: string;
  /** The lazily loaded card parts (last checked, report, share…); absent until they arrive. */
  extras?: CardExtras;
}

export interface PointCardOptions {
  point: WelcomePoint;
  /** Unique, stable id prefix within the shadow root (for aria-controls and friends). */
  idPrefix: string;
  selected: boolean;
  expanded: boolean;
  /** Distance from the visitor, when they shared their location. */
  km?: number;
  /** Number of offers at this point; the expand button is shown only when there are any. */
  offerCount: number;
  onSelect: (event: Event) => void;
  onToggle: (event: Event) => void;
  /** The expanded content (the point's offers), rendered only while expanded. */
  renderMore: () => unknown;
  /** The offers matching the visitor's filters, each with its next date (the finder renders them): right below the badge. */
  matches?: unknown;
}

/** Closures that matter now: in effect today or starting within the next four weeks. */
const CLOSURE_HORIZON_DAYS = 28;

/** One card. The host wraps it in an `<li>`. */
export function renderPointCard(ctx: PointCardContext, options: PointCardOptions): TemplateResult {
  const { point, idPrefix, selected, expanded, km, offerCount } = options;
  const { feed, locale, text } = ctx;
  const timeZone = feed.meta.timeZone;
  const name = text(point.name);
  const district = districtById(feed, point.districtId);
  const quarter = point.quarterId ? quarterName(feed, point.quarterId) : undefined;
  const districtName = district ? text(district.name) : undefined;
  const opening = pointOpeningState(point, ctx.now, timeZone, feedHolidays(feed));
  const badge = formatOpening(point, opening, ctx.now, locale, timeZone);
  const x = ctx.extras;
  const holiday = opening.holiday && x ? x.holidayStatus(opening.holiday, text) : undefined;
  const today = zonedMoment(ctx.now, timeZone).date;
  const shareLink = ctx.staticBase && x ? x.pointPageLink(ctx.staticBase, locale, point.id) : undefined;
  const titleId = `${idPrefix}-title`;
  const moreId = `${idPrefix}-more`;
  const inactive = opening.state === 'inactive';

  return html`<article
    class="card ${selected ? 'card--selected' : ''} ${inactive ? 'card--inactive' : ''}"
    part="card${selected ? ' card-selected' : ''}"
    aria-labelledby=${titleId}
  >
    ${renderHeading(
      ctx.headingLevel,
      { className: 'card__title', part: 'card-title', id: titleId },
      html`<button type="button" class="card__select" aria-current=${selected ? 'true' : 'false'} @click=${options.onSelect}>
        <span lang=${name.lang} dir="auto">${name.text}</span>
      </button>`,
    )}
    ${districtName || quarter
      ? html`<p class="card__where">
          ${districtName ? html`<span lang=${districtName.lang} dir="auto">${districtName.text}</span>` : nothing}
          ${quarter && quarter !== districtName?.text ? html`<span class="card__quarter">${quarter}</span>` : nothing}
        </p>`
      : nothing}
    ${x ? x.renderFormerNames(point, text, locale) : nothing}
    <p class="badge badge--${badge.tone}" part="badge">
      <span class="badge__status">${holiday ?? badge.status}</span>
      ${badge.detail ? html`<span class="badge__detail">${badge.detail}</span>` : nothing}
    </p>
    ${options.matches ?? nothing}
    <dl class="facts">
      ${renderFact(msg('Address', { id: 'point-card.address', desc: 'Label before the street address' }), html`
        ${point.address.onRequest
          ? renderAddressOnRequest(point.address.note && ctx.renderText(point.address.note, { hint: false }))
          : html`<address class="address">
              <span><bdi>${point.address.street}</bdi></span>
              <span><bdi>${point.address.postalCode} ${point.address.city}</bdi></span>
            </address>`}
        ${km !== undefined
          ? html`<span class="distance">${msg(str`${formatDistance(km, locale)} away`, { id: 'point-card.distance', desc: 'Distance from the visitor, like "1.2 km away"' })}</span>`
          : nothing}`)}
      ${renderHours(ctx, point, opening.today, inactive)}
      ${renderClosures(ctx, point)}
      ${point.languages?.length
        ? renderFact(
            msg('Languages', { id: 'point-card.languages', desc: 'Label before the languages spoken at the place' }),
            formatList(point.languages.map(tag => formatLanguage(tag, locale)), locale),
          )
        : nothing}
      ${renderAccess(ctx, point)}
      ${point.operator
        ? renderFact(
            msg('Run by', { id: 'point-card.operator', desc: 'Label before the organisation that runs the place' }),
            point.operator.url
              ? html`<a href=${point.operator.url}>${point.operator.name}</a>`
              : point.operator.name,
          )
        : nothing}
    </dl>
    ${x ? x.renderLastChecked(point.lastVerified, today, locale) : nothing}
    ${renderActions(ctx, point, titleId, name.text, shareLink)}
    ${shareLink && x ? x.renderQr(shareLink) : nothing}
    ${offerCount
      ? html`<button
            type="button"
            class="button card__toggle"
            part="card-toggle"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${moreId}
            @click=${options.onToggle}
          >
            <span class="chevron" aria-hidden="true"></span>
            ${msg(str`Offers here (${offerCount})`, { id: 'point-card.offers-toggle', desc: 'Button that shows the offers held at this place; number of offers' })}
          </button>
          <div class="card__more" id=${moreId} ?hidden=${!expanded}>
            ${expanded ? renderDescription(ctx, point) : nothing} ${expanded ? options.renderMore() : nothing}
          </div>`
      : renderDescription(ctx, point)}
  </article>`;
}

function renderFact(label: string, value: unknown): TemplateResult {
  return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function renderHours(ctx: PointCardContext, point: WelcomePoint, today: WelcomePoint['openingHours'], inactive: boolean) {
  if (inactive) return nothing;
  const { locale } = ctx;
  const todayText = today?.length
    ? wholeList(today.map(slot => formatTimeRange(slot.opens, slot.closes, locale)), locale)
    : msg('closed', { id: 'point-card.closed-today', desc: 'Value after "Today": no opening hours today' });
  return html`${point.openingHours?.length
    ? html`${renderFact(msg('Today', { id: 'point-card.today', desc: 'Label before today’s opening hours' }), todayText)}
      ${renderFact(
        msg('Hours', { id: 'point-card.hours', desc: 'Label before the weekly opening hours' }),
        slotLines(point.openingHours, locale).map(line => html`<span class="line">${line}</span>`),
      )}`
    : nothing}
  ${point.hoursNote ? renderFact(msg('Note', { id: 'point-card.hours-note', desc: 'Label before a note about opening hours' }), ctx.renderText(point.hoursNote)) : nothing}`;
}

function renderClosures(ctx: PointCardContext, point: WelcomePoint) {
  if (!point.closures?.length) return nothing;
  const today = zonedMoment(ctx.now, ctx.feed.meta.timeZone).date;
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + CLOSURE_HORIZON_DAYS * 86_400_000).toISOString().slice(0, 10);
  const relevant = point.closures.filter(c => c.to >= today && c.from <= horizon).sort((a, b) => a.from.localeCompare(b.from));
  if (!relevant.length) return nothing;
  return renderFact(
    msg('Closed', { id: 'point-card.closures', desc: 'Label before upcoming closing days (holidays)' }),
    html`<ul class="closures">
      ${relevant.map(closure => {
        const from = formatFeedDate(closure.from, ctx.locale);
        const to = formatFeedDate(closure.to, ctx.locale);
        return html`<li>
          ${from === to ? from : msg(str`${from} to ${to}`, { id: 'point-card.closure-range', desc: 'First and last day of a closure' })}
          ${closure.note ? html`<span class="closures__note">${ctx.renderText(closure.note)}</span>` : nothing}
        </li>`;
      })}
    </ul>`,
  );
}

function renderAccess(ctx: PointCardContext, point: WelcomePoint) {
  const access = point.accessibility;
  if (!access) return nothing;
  const value = {
    yes: msg('Wheelchair accessible', { id: 'point-card.wheelchair-yes' }),
    limited: msg('Partly wheelchair accessible', { id: 'point-card.wheelchair-limited' }),
    no: msg('Not wheelchair accessible', { id: 'point-card.wheelchair-no' }),
  }[access.wheelchair];
  return renderFact(
    msg('Access', { id: 'point-card.access', desc: 'Label before wheelchair accessibility' }),
    html`${value}${access.note ? html`<span class="access-note">${ctx.renderText(access.note)}</span>` : nothing}`,
  );
}

function renderDescription(ctx: PointCardContext, point: WelcomePoint) {
  if (!point.description || !ctx.text(point.description).text) return nothing;
  return html`<p class="card__description">${ctx.renderText(point.description)}</p>`;
}

function renderActions(ctx: PointCardContext, point: WelcomePoint, titleId: string, name: string, shareLink: string | undefined) {
  // Only a real location makes a useful route target; a district centre would mislead, so without one the address is searched.
  // An address given only on request has nothing to search for: no route link at all.
  const route = point.address.onRequest ? undefined : routeUrl(ctx.routeProvider, point, point.location);
  return html`<ul class="actions" role="list" aria-label=${msg('Contact', { id: 'point-card.contact', desc: 'Name of the list of contact links on a card' })}>
    ${renderContactLinks(point.contact ?? {}, titleId, 'card-action')}
    ${route
      ? html`<li class="route">
          <a class="action" part="card-action" href=${route} aria-describedby=${titleId}>
            ${routeLabel()}
          </a>
        </li>`
      : nothing}
    ${shareLink && ctx.extras ? ctx.extras.renderShareAction(shareLink, name, titleId) : nothing}
    ${ctx.extras ? ctx.extras.renderReportLink(ctx.feed, { type: 'welcomePoint', id: point.id, name }, titleId, 'card-action') : nothing}
  </ul>`;
}
