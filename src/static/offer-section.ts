// SPDX-License-Identifier: EUPL-1.2
/** The offers of a point page: one article each, with schedule, dates, languages, audiences, cost and links. */
import type { Contact, Offer } from '../feed/schema.js';
import { formatDateTimeRange, formatList } from '../i18n/format-schedule.js';
import { feedInstant, languageList, remember, slotLines, textHtml } from './context.js';
import type { PageContext } from './context.js';
import { markup, mailHref, safeHref, telHref } from './escape.js';
import type { SafeHtml } from './escape.js';
import { upcomingDates } from './json-ld.js';
import { strings } from './strings.js';

/** Dates listed per offer; the calendar file has them all. */
const MAX_DATES = 12;

export function fact(label: string, value: SafeHtml | string): SafeHtml {
  return markup`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

export function offerArticle(ctx: PageContext, offer: Offer, headingId: string): SafeHtml {
  const lines = slotLines(ctx, offer.schedule);
  const dates = upcomingDates(ctx, offer).slice(0, MAX_DATES);
  const when = [
    ...lines.map(line => markup`<li>${line}</li>`),
    ...dates.map(date => markup`<li>${remember(ctx, `when|${date.start}|${date.end}`, () => formatDateTimeRange(feedInstant(ctx, date.start), date.end ? feedInstant(ctx, date.end) : undefined, ctx.lang, ctx.timeZone))}</li>`),
  ];
  const cost = offer.cost === undefined ? undefined : offer.cost === 'free' ? markup`${strings.free()}` : textHtml(ctx, offer.cost);
  return markup`<article class="offer" aria-labelledby="${headingId}">
<h3 id="${headingId}">${textHtml(ctx, offer.title)}</h3>
${offer.description ? markup`<p>${textHtml(ctx, offer.description)}</p>` : ''}
<dl class="facts">
${when.length ? fact(strings.when(), markup`<ul class="lines">${when}</ul>`) : ''}
${offer.languages?.length ? fact(strings.offerLanguages(), languageList(ctx, offer.languages)) : ''}
${offer.audiences?.length ? fact(strings.audiences(), formatList(offer.audiences.map(strings.audience), ctx.lang)) : ''}
${cost ? fact(strings.cost(), cost) : ''}
</dl>
${offer.registration
  ? markup`<p>${offer.registration.required ? strings.registrationRequired() : strings.registrationNotRequired()}${
      offer.registration.note ? markup` ${textHtml(ctx, offer.registration.note)}` : ''
    }</p>`
  : ''}
${contactLinks({ ...offer.contact, url: offer.url ?? offer.contact?.url })}
</article>`;
}

/**
 * Call, e-mail and website links; nothing when none is usable. In print the website's address
 * is shown, since a printed link cannot be followed.
 */
export function contactLinks(contact: Contact | undefined): SafeHtml | '' {
  const { phone, email, url } = contact ?? {};
  const tel = phone ? telHref(phone) : undefined;
  const mail = email ? mailHref(email) : undefined;
  const web = safeHref(url);
  if (!tel && !mail && !web) return '';
  return markup`<ul class="links">
${tel ? markup`<li>${strings.call()}: <a href="${tel}"><bdi dir="ltr">${keepTogether(phone!)}</bdi></a></li>` : ''}
${mail ? markup`<li>${strings.email()}: <a href="${mail}"><bdi dir="ltr">${email}</bdi></a></li>` : ''}
${web ? markup`<li><a href="${web}">${strings.website()}</a> <bdi class="print-only" dir="ltr">${web}</bdi></li>` : ''}
</ul>`;
}

/** A phone number never breaks across lines (spaces and hyphens become their non-breaking kinds). */
function keepTogether(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
