// SPDX-License-Identifier: EUPL-1.2
/**
 * One offer as a card: title (the disclosure button), today/now badge, category, when, where,
 * languages (each in its own name), audiences, cost and registration; expanding shows the
 * description, contacts and the calendar download. A template rendered into the host's shadow
 * root with `offerCardStyles`, so `<offer-list>` and anything else showing offers look the same.
 *
 * Feed values are rendered as text (Lit escapes them); links were checked for safe schemes by
 * the validator, phone numbers stay left-to-right inside right-to-left text (`<bdi dir="ltr">`).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { renderHeading } from './heading.js';
import { renderContactLinks } from './contact-links.js';
import { dateTimeRange, slotLines, wholeList } from './keep-together.js';
import { msg, str } from '@lit/localize';
import { closureOn, eventInstant, feedHolidays, holidayOn, isOpenAtMoment, slotsOn, timeToMinutes, zonedDate } from '../../feed/hours.js';
import { renderAddressOnRequest } from './address-label.js';
import type { CardExtras } from './load-card-extras.js';
import type { ZonedMoment } from '../../feed/hours.js';
import { hasFutureOccurrence, slotPeriod } from '../../feed/offer-timeline.js';
import { routeUrl } from '../../feed/route-url.js';
import { routeLabel } from './route-label.js';
import { categoryById, districtById, pointById } from '../../feed/query.js';
import type { Offer, Text, WelcomeFeed, WelcomePoint } from '../../feed/schema.js';
import type { ResolvedText } from '../../feed/text.js';
import { renderText } from '../../i18n/render-text.js';
import { audienceLabel } from '../../i18n/audience-label.js';
import {
  formatDate,
  formatDateTimeRange,
  formatLanguage,
  formatList,
  formatTime,
  formatTimeRange,
} from '../../i18n/format-schedule.js';

/** Everything a card needs besides the offer; the host builds it once per render. */
export interface OfferCardContext {
  feed: WelcomeFeed;
  /** The clock, and the same moment as wall-clock time in the feed's zone. */
  now: Date;
  moment: ZonedMoment;
  /** Locale for Intl formatting. */
  locale: string;
  /** Resolves feed text to the content language. */
  text: (value: Text | undefined) => ResolvedText;
  /** Heading level of the offer title, 2–6. */
  headingLevel: number;
  /** Show the Welcome Point (off when the whole list is one point's). */
  showPoint: boolean;
  /** Map site for the route link beside the point's address (see `routeUrl`). */
  routeProvider: string;
  /** The page of a Welcome Point, when the embedding site has one: its name links there. */
  pointHref?: (point: WelcomePoint) => string | undefined;
  /** Whether choosing the point does something (another widget of the group follows); else the name is plain text. */
  canSelectPoint: boolean;
  /** The lazily loaded card parts (last checked, report); absent until they arrive. */
  extras?: CardExtras;
}

export interface OfferCardOptions {
  offer: Offer;
  /** Unique id prefix within the shadow root (for aria-controls). */
  idPrefix: string;
  expanded: boolean;
  /** In a day agenda: the date (`YYYY-MM-DD`) the card is listed under; its times lead the card. */
  day?: string;
  onToggle: (event: Event) => void;
  onPointSelect: (event: Event) => void;
  /** Offers the calendar file; no button when absent or when the offer has no times. */
  onCalendar?: (event: Event) => void;
}

/** The feed's time zone; the schema defaults it to Europe/Berlin, this keeps widgets safe with hand-made feed objects. */
export function feedTimeZone(feed: WelcomeFeed): string {
  return feed.meta.timeZone || 'Europe/Berlin';
}

/** Upcoming dates listed on a card; the calendar file has them all. */
const MAX_DATES = 3;


/** What is on today: "now" while a slot or dated event runs, else today's times still to come. */
export interface TodayState {
  now: boolean;
  /** End of the running slot (local `HH:MM`) while `now`. */
  until?: string;
  /** Today's slots and dates that have not ended yet, as formatted time ranges. */
  ranges: string[];
  /** Everything of today is over: the card says so instead of listing times that have passed. */
  over: boolean;
}

/** Whether an offer takes place today / right now, in the feed's zone; `undefined` when not today. */
export function offerToday(offer: Offer, point: WelcomePoint | undefined, ctx: OfferCardContext): TodayState | undefined {
  const { moment, locale, now } = ctx;
  const timeZone = feedTimeZone(ctx.feed);
  const ranges: string[] = [];
  let today = 0;
  let running = false;
  let until: string | undefined;
  const paused =
    point?.status === 'temporarilyClosed' ||
    point?.status === 'closed' ||
    !!closureOn(moment.date, point?.closures) ||
    !!holidayOn(moment.date, feedHolidays(ctx.feed), offer.openOnHolidays ?? point?.openOnHolidays);
  if (!paused) {
    for (const slot of slotsOn(offer.schedule, moment.date, moment.weekday)) {
      today++;
      if (timeToMinutes(slot.closes) <= moment.minutes) continue;
      ranges.push(formatTimeRange(slot.opens, slot.closes, locale));
      if (timeToMinutes(slot.opens) <= moment.minutes) {
        running = true;
        until = slot.closes;
      }
    }
    if (running && isOpenAtMoment(offer.schedule, moment, point?.closures) !== true) running = false;
  }
  for (const date of offer.dates ?? []) {
    if (date.start.slice(0, 10) !== moment.date && !(date.end && date.start.slice(0, 10) < moment.date && moment.date <= date.end.slice(0, 10))) continue;
    today++;
    const start = eventInstant(date.start, timeZone);
    const end = date.end ? eventInstant(date.end, timeZone) : undefined;
    if ((end ?? start) <= now) continue;
    ranges.push(date.end && date.end.slice(0, 10) === date.start.slice(0, 10)
      ? formatTimeRange(date.start.slice(11, 16), date.end.slice(11, 16), locale)
      : formatTime(date.start.slice(11, 16), locale));
    if (start <= now && end && now < end) {
      running = true;
      until = date.end?.slice(11, 16);
    }
  }
  if (!today) return undefined;
  return { now: running, until, ranges, over: !ranges.length };
}

/** One offer card; the host wraps it in an `<li>`. */
export function renderOfferCard(ctx: OfferCardContext, options: OfferCardOptions): TemplateResult {
  const { offer, idPrefix, expanded } = options;
  const { feed, text, locale } = ctx;
  const title = text(offer.title);
  const point = pointById(feed, offer.welcomePointId);
  const today = offerToday(offer, point, ctx);
  const detailsId = `${idPrefix}-details`;
  const categories = offer.categoryIds
    .map(id => categoryById(feed, id))
    .filter(c => c !== undefined)
    .map(c => text(c.label));

  return html`<article class="offer ${today?.now ? 'offer--now' : ''}" part="item-body" aria-labelledby="${idPrefix}-title">
    ${options.day ? renderDayTimes(ctx, offer, options.day) : nothing}
    ${renderHeading(
      ctx.headingLevel,
      { className: 'offer__title', part: 'item-title', id: `${idPrefix}-title` },
      html`<button
        type="button"
        class="offer__toggle"
        part="item-toggle"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${detailsId}
        @click=${options.onToggle}
      >
        <span>${renderText(title, ctx.locale, { hint: false })}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>`,
    )}
    <p class="offer__badges">
      ${today && (!options.day || today.now || (today.over && options.day === ctx.moment.date)) ? renderTodayBadge(ctx, today) : nothing}
      ${categories.map(c => html`<span class="offer-tag offer-tag--category" part="category" lang=${c.lang}>${c.text}</span>`)}
      ${offer.cost === 'free'
        ? html`<span class="offer-tag offer-tag--free" part="badge">${msg('Free', { id: 'offer-card.free', desc: 'Badge: the offer costs nothing' })}</span>`
        : nothing}
      ${offer.registration?.required
        ? html`<span class="offer-tag offer-tag--registration" part="badge">
            ${msg('Registration needed', { id: 'offer-card.registration-required', desc: 'Badge: people must sign up first' })}
          </span>`
        : nothing}
    </p>
    <dl class="offer__facts" part="item-meta">
      ${renderWhen(ctx, offer)}
      ${ctx.showPoint && point ? renderWhere(ctx, point, options.onPointSelect) : nothing}
      ${renderLanguages(offer, point)}
      ${offer.audiences?.length
        ? renderFact(
            msg('For', { id: 'offer-card.audiences', desc: 'Label before who the offer is meant for (families, women…)' }),
            formatList(offer.audiences.map(audienceLabel), locale),
          )
        : nothing}
      ${offer.cost && offer.cost !== 'free' ? renderCost(ctx, offer.cost) : nothing}
    </dl>
    <div class="offer__details" id=${detailsId} part="details" ?hidden=${!expanded}>
      ${renderDetails(ctx, offer, options, `${idPrefix}-title`)}
    </div>
  </article>`;
}

function renderFact(label: string, value: unknown, className = ''): TemplateResult {
  return html`<div class="offer-fact ${className}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function renderTodayBadge(ctx: OfferCardContext, today: TodayState): TemplateResult {
  if (today.now) {
    const until = today.until ? formatTime(today.until, ctx.locale) : '';
    return html`<span class="offer-tag offer-tag--now" part="badge now">
      ${until
        ? msg(str`Now, until ${until}`, { id: 'offer-card.now-until', desc: 'Badge: the offer is taking place right now; end time' })
        : msg('Now', { id: 'offer-card.now', desc: 'Badge: the offer is taking place right now' })}
    </span>`;
  }
  if (today.over) {
    return html`<span class="offer-tag offer-tag--over" part="badge today-over">
      ${msg('Over for today', { id: 'offer-card.today-over', desc: 'Badge: the offer took place earlier today and has ended' })}
    </span>`;
  }
  const ranges = formatList(today.ranges, ctx.locale);
  return html`<span class="offer-tag offer-tag--today" part="badge today">
    ${msg(str`Today ${ranges}`, { id: 'offer-card.today', desc: 'Badge: the offer takes place today; the times follow' })}
  </span>`;
}

/** In a day agenda, the times on that day lead the card ("15:00–17:00"). */
function renderDayTimes(ctx: OfferCardContext, offer: Offer, day: string): TemplateResult | typeof nothing {
  const ranges = slotsOn(offer.schedule, day).map(slot => formatTimeRange(slot.opens, slot.closes, ctx.locale));
  for (const date of offer.dates ?? []) {
    if (date.start.slice(0, 10) !== day) continue;
    ranges.push(date.end && date.end.slice(0, 10) === day
      ? formatTimeRange(date.start.slice(11, 16), date.end.slice(11, 16), ctx.locale)
      : formatTime(date.start.slice(11, 16), ctx.locale));
  }
  return ranges.length ? html`<p class="offer__time" part="item-time">${wholeList(ranges, ctx.locale)}</p>` : nothing;
}

function renderWhen(ctx: OfferCardContext, offer: Offer): TemplateResult | typeof nothing {
  const lines = slotLines(offer.schedule, ctx.locale);
  const timeZone = feedTimeZone(ctx.feed);
  const dates = (offer.dates ?? [])
    .map(date => ({ start: eventInstant(date.start, timeZone), end: date.end ? eventInstant(date.end, timeZone) : undefined }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const upcoming = dates.filter(date => (date.end ?? date.start) >= ctx.now);
  const shown = upcoming.slice(0, MAX_DATES);
  const past = !upcoming.length && dates.length ? dates.at(-1) : undefined;
  if (!lines.length && !dates.length) return nothing;
  const period = renderPeriod(ctx, offer);
  return renderFact(
    msg('When', { id: 'offer-card.when', desc: 'Label before the weekly times or dates of an offer' }),
    html`<ul class="offer__lines" role="list">
      ${lines.map(line => html`<li>${line}</li>`)}
      ${period ? html`<li class="offer__period">${period}</li>` : nothing}
      ${shown.map(date => html`<li>${dateTimeRange(date.start, date.end, ctx.locale, timeZone)}</li>`)}
      ${upcoming.length > MAX_DATES
        ? html`<li class="offer__muted">
            ${msg(str`and ${upcoming.length - MAX_DATES} more dates`, { id: 'offer-card.more-dates', desc: 'After the first few dates of an event series' })}
          </li>`
        : nothing}
      ${past
        ? html`<li class="offer__muted">
            ${msg(str`Took place on ${formatDateTimeRange(past.start, past.end, ctx.locale, timeZone)}`, {
              id: 'offer-card.past-date',
              desc: 'An event whose only dates are over',
            })}
          </li>`
        : nothing}
    </ul>`,
  );
}

/** The period weekly slots run ("1 Sept 2026 to 29 Jan 2027"), so a course that ended or starts later is not read as current. */
function renderPeriod(ctx: OfferCardContext, offer: Offer): string | undefined {
  const { from, until } = slotPeriod(offer);
  const timeZone = feedTimeZone(ctx.feed);
  const day = (date: string) => formatDate(zonedDate(date, 720, timeZone), ctx.locale, timeZone, 'long');
  if (from && until) return msg(str`${day(from)} to ${day(until)}`, { id: 'offer-card.period', desc: 'The first and last day weekly times apply' });
  if (until) return msg(str`Until ${day(until)}`, { id: 'offer-card.period-until', desc: 'The last day weekly times apply' });
  if (from && from > ctx.moment.date) return msg(str`Starts ${day(from)}`, { id: 'offer-card.period-from', desc: 'The first day weekly times apply, when it is still ahead' });
  return undefined;
}

/**
 * Where the offer takes place: the point's name, its district, and the street address with a
 * route link, so the card alone gets a visitor there. The name is a link to the point's page
 * where the site has one, a button where a linked widget follows the choice, else plain text:
 * nothing looks clickable that does nothing.
 */
function renderWhere(ctx: OfferCardContext, point: WelcomePoint, onSelect: (event: Event) => void): TemplateResult {
  const name = ctx.text(point.name);
  const district = districtById(ctx.feed, point.districtId);
  const districtName = district ? ctx.text(district.name) : undefined;
  const href = ctx.pointHref?.(point);
  const label = html`<span lang=${name.lang}>${name.text}</span>`;
  const { street, postalCode, city } = point.address;
  return renderFact(
    msg('Where', { id: 'offer-card.where', desc: 'Label before the Welcome Point where the offer takes place' }),
    html`${href
        ? html`<a class="offer__point" part="point-link" href=${href}>${label}</a>`
        : ctx.canSelectPoint
          ? html`<button type="button" class="offer__point" part="point-link" @click=${onSelect}>${label}</button>`
          : html`<span class="offer__point-name" part="point-name">${label}</span>`}
      ${districtName?.text ? html`<span class="offer__district" lang=${districtName.lang}>${districtName.text}</span>` : nothing}
      ${point.address.onRequest
        ? html`<span class="offer__address" part="address">${renderAddressOnRequest(point.address.note && ctx.text(point.address.note).text)}</span>`
        : street
        ? // Isolated, as on point cards: in a right-to-left card the street, number and city keep their order.
          html`<span class="offer__address" part="address"><bdi>${street}, ${`${postalCode} ${city}`.trim()}</bdi>
            <a class="offer__route" part="route-link" href=${routeUrl(ctx.routeProvider, point, point.location)}>
              ${routeLabel()}<span class="visually-hidden">: ${name.text}</span>
            </a></span>`
        : nothing}`,
  );
}

function renderLanguages(offer: Offer, point: WelcomePoint | undefined): TemplateResult | typeof nothing {
  const tags = offer.languages ?? point?.languages;
  if (!tags?.length) return nothing;
  return renderFact(
    msg('Languages', { id: 'offer-card.languages', desc: 'Label before the languages the offer is held in' }),
    html`<ul class="offer__languages" role="list">
      ${tags.map(tag => html`<li lang=${tag}>${formatLanguage(tag)}</li>`)}
    </ul>`,
  );
}

function renderCost(ctx: OfferCardContext, cost: Text): TemplateResult {
  const value = ctx.text(cost);
  return renderFact(
    msg('Cost', { id: 'offer-card.cost', desc: 'Label before the price of an offer' }),
    renderText(value, ctx.locale),
  );
}

function renderDetails(
  ctx: OfferCardContext,
  offer: Offer,
  options: OfferCardOptions,
  titleId: string,
): TemplateResult {
  const description = ctx.text(offer.description);
  const note = offer.registration?.note ? ctx.text(offer.registration.note) : undefined;
  const { phone, email, url } = offer.contact ?? {};
  const website = offer.url ?? url;
  const hasTimes = !!offer.schedule?.length || !!offer.dates?.length;
  // A calendar file with no event in it helps nobody: say why there is no button instead.
  const ended = hasTimes && !hasFutureOccurrence(offer, ctx.now, ctx.moment.date, feedTimeZone(ctx.feed));
  return html`
    ${description.text ? html`<p class="offer__description" part="description">${renderText(description, ctx.locale)}</p>` : nothing}
    ${offer.registration
      ? html`<p class="offer__registration">
          ${offer.registration.required
            ? msg('Please register in advance.', { id: 'offer-card.registration-note-required', desc: 'Sentence in the details of an offer that needs registration' })
            : msg('No registration needed.', { id: 'offer-card.registration-not-required', desc: 'Sentence in the details of an offer anyone can just attend' })}
          ${note?.text ? html`<span class="offer__note">${renderText(note, ctx.locale)}</span>` : nothing}
        </p>`
      : nothing}
    <ul class="offer__actions" role="list">
      ${renderContactLinks({ phone, email, url: website }, titleId, 'item-action')}
      ${ended
        ? html`<li class="offer__muted" part="calendar-ended">
            ${msg('No dates left, so there is nothing to add to a calendar.', { id: 'offer-card.calendar-ended', desc: 'Instead of the calendar button, for an offer whose dates are all over' })}
          </li>`
        : nothing}
      ${hasTimes && !ended && options.onCalendar
        ? html`<li>
            <button type="button" class="action action--calendar" part="calendar-button item-action" aria-describedby=${titleId} @click=${options.onCalendar}>
              ${msg('Add to calendar', { id: 'offer-card.calendar', desc: 'Button that downloads the offer’s times as a calendar file (.ics)' })}
            </button>
          </li>`
        : nothing}
      ${ctx.extras ? ctx.extras.renderReportLink(ctx.feed, { type: 'offer', id: offer.id, name: ctx.text(offer.title).text }, titleId, 'item-action') : nothing}
    </ul>
    ${ctx.extras ? ctx.extras.renderLastChecked(offer.lastVerified, ctx.moment.date, ctx.locale) : nothing}
  `;
}
