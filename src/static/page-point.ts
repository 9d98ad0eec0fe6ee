// SPDX-License-Identifier: EUPL-1.2
/**
 * One Welcome Point: name, district, today's hours, address with a map link, weekly hours,
 * closures, languages, access, operator, contact, description, the offers and their calendar,
 * and (in print only) a QR code of the page's address.
 */
import { districtById, quarterName } from '../feed/query.js';
import { addDays } from '../feed/hours.js';
import type { Offer, WelcomePoint } from '../feed/schema.js';
import { pointLocation } from '../feed/geo.js';
import { absolute, languageList, slotLines, text, textHtml } from './context.js';
import type { PageContext } from './context.js';
import { markup, safeHref } from './escape.js';
import type { SafeHtml } from './escape.js';
import { eventsJson, graph, serviceJson } from './json-ld.js';
import type { Page } from './layout.js';
import { contactLinks, fact, offerArticle } from './offer-section.js';
import { districtPath, languagePath, pointPath } from './paths.js';
import { qrSvg } from './qr.js';
import { closureDates, isInactive, todayStatus, upcomingClosures, upcomingHolidays } from './status.js';
import { formatFeedDate } from '../i18n/format-opening.js';
import { strings } from './strings.js';

/** A link that opens the place in a map app or site: OpenStreetMap, by coordinates or by address. */
export function mapLink(ctx: PageContext, point: WelcomePoint): string {
  const location = point.location ?? pointLocation(ctx.feed, point);
  if (point.location && location) {
    return `https://www.openstreetmap.org/?mlat=${location.lat}&mlon=${location.lng}#map=18/${location.lat}/${location.lng}`;
  }
  // a district centre would send people to the wrong street: search the address instead
  const address = `${point.address.street}, ${point.address.postalCode} ${point.address.city}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

export function pointPage(ctx: PageContext, point: WelcomePoint, offers: readonly Offer[]): Page {
  const path = pointPath(ctx.lang, point.id);
  const url = absolute(ctx, path);
  const name = text(ctx, point.name).text;
  const district = districtById(ctx.feed, point.districtId);
  const districtName = district ? text(ctx, district.name).text : undefined;
  const status = todayStatus(ctx, point);
  const description = text(ctx, point.description).text;
  return {
    path,
    title: name,
    description: [districtName, `${point.address.street}, ${point.address.postalCode} ${point.address.city}`, status.text, description]
      .filter(Boolean)
      .join(' · ')
      .slice(0, 300),
    pathIn: lang => pointPath(lang, point.id),
    crumbs: [
      { label: strings.allPoints(), path: languagePath(ctx.lang) },
      ...(district && districtName ? [{ label: districtName, path: districtPath(ctx.lang, district.id) }] : []),
    ],
    jsonLd: graph([serviceJson(ctx, point, url), ...offers.flatMap(offer => eventsJson(ctx, offer, point, url))]),
    main: markup`<article class="point" aria-labelledby="title">
<h1 id="title">${textHtml(ctx, point.name)}</h1>
${districtName ? markup`<p class="where">${strings.district()}: ${textHtml(ctx, district!.name)}${quarterLine(ctx, point, districtName)}</p>` : ''}
<p class="status status--${status.tone}">${status.text}</p>
<dl class="facts">
${fact(
  strings.address(),
  markup`<address><bdi>${point.address.street}</bdi><br><bdi>${point.address.postalCode} ${point.address.city}</bdi></address>
<a class="maplink" href="${mapLink(ctx, point)}">${strings.route()}</a>`,
)}
${isInactive(ctx, point) ? '' : hoursFacts(ctx, point)}
${point.languages?.length ? fact(strings.languages(), languageList(ctx, point.languages)) : ''}
${point.accessibility
  ? fact(strings.access(), markup`${strings.wheelchair(point.accessibility.wheelchair)}${point.accessibility.note ? markup`. ${textHtml(ctx, point.accessibility.note)}` : ''}`)
  : ''}
${point.operator ? fact(strings.operator(), operator(point.operator)) : ''}
${contactFact(point)}
</dl>
${description ? markup`<p class="description">${textHtml(ctx, point.description)}</p>` : ''}
<section class="offers" aria-labelledby="offers">
<h2 id="offers">${strings.offers()}</h2>
${offers.length
  ? markup`<p><a href="offers.ics" type="text/calendar" download>${strings.calendarAll()} (.ics)</a></p>
${offers.map((offer, i) => offerArticle(ctx, offer, `offer-${i + 1}`))}`
  : markup`<p>${strings.noOffers()}</p>`}
</section>
${url ? markup`<figure class="qr">${qrSvg(url)}<figcaption>${strings.qrCaption()}<br><bdi dir="ltr">${url}</bdi></figcaption></figure>` : ''}
</article>`,
  };
}

function quarterLine(ctx: PageContext, point: WelcomePoint, districtName: string): SafeHtml | string {
  const quarter = point.quarterId ? quarterName(ctx.feed, point.quarterId) : undefined;
  return quarter && quarter !== districtName ? markup` · <bdi>${quarter}</bdi>` : '';
}

function hoursFacts(ctx: PageContext, point: WelcomePoint): SafeHtml {
  const lines = slotLines(ctx, point.openingHours);
  // like holidays, only the coming season: a date a year ahead would read as this year's
  const horizon = addDays(ctx.today, HOLIDAY_DAYS);
  const closures = upcomingClosures(ctx, point).filter(closure => closure.from <= horizon);
  const holidays = upcomingHolidays(ctx, point, HOLIDAY_DAYS);
  return markup`${lines.length ? fact(strings.hours(), markup`<ul class="lines">${lines.map(line => markup`<li>${line}</li>`)}</ul>`) : ''}
${point.hoursNote ? fact(strings.hoursNote(), textHtml(ctx, point.hoursNote)) : ''}
${closures.length
  ? fact(
      strings.closures(),
      markup`<ul class="lines">${closures.map(c => markup`<li>${closureDates(ctx, c)}${c.note ? markup` (${textHtml(ctx, c.note)})` : ''}</li>`)}</ul>`,
    )
  : ''}
${holidays.length
  ? fact(
      strings.holidays(),
      markup`<ul class="lines">${holidays.map(h => markup`<li>${formatFeedDate(h.date, ctx.lang)} (${textHtml(ctx, h.name)})</li>`)}</ul>`,
    )
  : ''}`;
}

/** How far ahead a point page lists public holidays (a printed card stays useful for a season). */
const HOLIDAY_DAYS = 120;

function operator(value: NonNullable<WelcomePoint['operator']>): SafeHtml {
  const href = safeHref(value.url);
  return href ? markup`<a href="${href}">${value.name}</a>` : markup`${value.name}`;
}

function contactFact(point: WelcomePoint): SafeHtml | '' {
  const links = contactLinks(point.contact);
  return links ? fact(strings.contact(), links) : '';
}
