// SPDX-License-Identifier: EUPL-1.2
/**
 * schema.org data for search engines: each Welcome Point is a GovernmentService offered at a
 * Place (address, geo, weekly OpeningHoursSpecification; closures as specialOpeningHoursSpecification
 * with opens = closes = 00:00, the documented way to say "closed that day"), dated offers are
 * Events at that Place. Plain objects: the layout serialises them with `jsonForScript`.
 */
import { addDays, hasOffset } from '../feed/hours.js';
import { pointLocation } from '../feed/geo.js';
import type { EventDate, Offer, Slot, Weekday, WelcomePoint } from '../feed/schema.js';
import { feedInstant, remember, text } from './context.js';
import type { PageContext } from './context.js';
import { mailHref, safeHref, telHref } from './escape.js';
import { isInactive, upcomingClosures, upcomingHolidays } from './status.js';

type Json = Record<string, unknown>;

const DAY_NAMES: Record<Weekday, string> = {
  mo: 'Monday',
  tu: 'Tuesday',
  we: 'Wednesday',
  th: 'Thursday',
  fr: 'Friday',
  sa: 'Saturday',
  su: 'Sunday',
};

function openingHours(slots: readonly Slot[] | undefined): Json[] {
  return (slots ?? []).map(slot => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: slot.days.map(day => `https://schema.org/${DAY_NAMES[day]}`),
    opens: slot.opens,
    // schema.org has no 24:00; the last minute of the day is what consumers understand
    closes: slot.closes === '24:00' ? '23:59' : slot.closes,
    ...(slot.validFrom ? { validFrom: slot.validFrom } : {}),
    ...(slot.validUntil ? { validThrough: slot.validUntil } : {}),
  }));
}

/** Closed days that are not over yet: closures of the point, and public holidays of the coming year. */
function specialHours(ctx: PageContext, point: WelcomePoint): Json[] {
  const closed = (from: string, to: string) => ({ '@type': 'OpeningHoursSpecification', validFrom: from, validThrough: to, opens: '00:00', closes: '00:00' });
  return [
    ...upcomingClosures(ctx, point).map(closure => closed(closure.from, closure.to)),
    ...upcomingHolidays(ctx, point, 366).map(holiday => closed(holiday.date, holiday.date)),
  ];
}

/** The Place of a point: name, address, geo, hours, contact. `url` is the page's URL when known. */
export function placeJson(ctx: PageContext, point: WelcomePoint, url: string | undefined): Json {
  const location = pointLocation(ctx.feed, point);
  const { phone, email, url: website } = point.contact ?? {};
  // (a closed place has no hours to publish; search engines would call it open)
  const inactive = isInactive(ctx, point);
  const hours = inactive ? [] : (point.openingHours ?? []);
  const special = inactive ? [] : specialHours(ctx, point);
  return {
    '@type': 'Place',
    ...(url ? { '@id': `${url}#place`, url } : {}),
    name: text(ctx, point.name).text,
    address: {
      '@type': 'PostalAddress',
      streetAddress: point.address.street,
      postalCode: point.address.postalCode,
      addressLocality: point.address.city,
    },
    ...(location ? { geo: { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lng } } : {}),
    ...(hours.length ? { openingHoursSpecification: openingHours(hours) } : {}),
    ...(special.length ? { specialOpeningHoursSpecification: special } : {}),
    ...(phone && telHref(phone) ? { telephone: phone } : {}),
    ...(email && mailHref(email) ? { email } : {}),
    ...(safeHref(website) ? { sameAs: safeHref(website) } : {}),
    ...(point.accessibility
      ? { amenityFeature: { '@type': 'LocationFeatureSpecification', name: 'wheelchair accessible', value: point.accessibility.wheelchair === 'yes' } }
      : {}),
  };
}

/** The point as a GovernmentService offered at its Place, by the feed's publisher. */
export function serviceJson(ctx: PageContext, point: WelcomePoint, url: string | undefined): Json {
  const description = text(ctx, point.description).text;
  return {
    '@type': 'GovernmentService',
    ...(url ? { '@id': `${url}#service`, url } : {}),
    name: text(ctx, point.name).text,
    ...(description ? { description } : {}),
    serviceType: 'Welcome Point',
    provider: { '@type': 'Organization', name: point.operator?.name ?? ctx.feed.meta.publisher },
    areaServed: { '@type': 'City', name: point.address.city },
    availableChannel: { '@type': 'ServiceChannel', serviceLocation: placeJson(ctx, point, url) },
  };
}

/** A feed date-time as ISO 8601 with an offset (as given, or in UTC for local times). */
function instant(ctx: PageContext, value: string): string {
  return hasOffset(value) ? value : feedInstant(ctx, value).toISOString();
}

/** Dates of an offer that are not over yet (an event without an end counts for its day). */
export function upcomingDates(ctx: PageContext, offer: Offer): EventDate[] {
  if (!offer.dates?.length) return [];
  const yesterday = remember(ctx, 'yesterday', () => addDays(ctx.today, -1));
  return (offer.dates ?? []).filter(date => (date.end ?? date.start).slice(0, 10) > yesterday).sort((a, b) => a.start.localeCompare(b.start));
}

/** One Event per upcoming date of an offer, at the point's Place. */
export function eventsJson(ctx: PageContext, offer: Offer, point: WelcomePoint, pageUrl: string | undefined): Json[] {
  const name = text(ctx, offer.title).text;
  const description = text(ctx, offer.description).text;
  const location = pageUrl ? { '@id': `${pageUrl}#place` } : placeJson(ctx, point, undefined);
  return upcomingDates(ctx, offer).map(date => ({
    '@type': 'Event',
    name,
    ...(description ? { description } : {}),
    startDate: instant(ctx, date.start),
    ...(date.end ? { endDate: instant(ctx, date.end) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location,
    organizer: { '@type': 'Organization', name: point.operator?.name ?? ctx.feed.meta.publisher },
    ...(offer.cost === 'free' ? { isAccessibleForFree: true } : {}),
    ...(offer.languages?.length ? { inLanguage: offer.languages } : {}),
    ...(safeHref(offer.url) ? { url: safeHref(offer.url) } : {}),
  }));
}

/** The document a page embeds: one `@graph` under the schema.org context. */
export function graph(nodes: Json[]): Json {
  return { '@context': 'https://schema.org', '@graph': nodes };
}
