// SPDX-License-Identifier: EUPL-1.2
/**
 * Every UI string of the static edition, in one place. Most are the widgets' own messages, called
 * with the widgets' ids and source texts, so translators translate each once and the static pages
 * say exactly what the cards say; the few the widgets have no use for carry `static.*` ids and
 * live in the same xliff files. Functions, because `msg()` must run after `useLocale()`.
 */
import { msg, str } from '@lit/localize';
import { audienceLabel } from '../i18n/audience-label.js';

export const strings = {
  // the widgets' messages (same id, same source text)
  address: () => msg('Address', { id: 'point-card.address', desc: 'Label before the street address' }),
  hours: () => msg('Hours', { id: 'point-card.hours', desc: 'Label before the weekly opening hours' }),
  hoursNote: () => msg('Note', { id: 'point-card.hours-note', desc: 'Label before a note about opening hours' }),
  today: () => msg('Today', { id: 'point-card.today', desc: 'Label before today’s opening hours' }),
  closedToday: () => msg('closed', { id: 'point-card.closed-today', desc: 'Value after "Today": no opening hours today' }),
  closures: () => msg('Closed', { id: 'point-card.closures', desc: 'Label before upcoming closing days (holidays)' }),
  closureRange: (from: string, to: string) => msg(str`${from} to ${to}`, { id: 'point-card.closure-range', desc: 'First and last day of a closure' }),
  languages: () => msg('Languages', { id: 'point-card.languages', desc: 'Label before the languages spoken at the place' }),
  access: () => msg('Access', { id: 'point-card.access', desc: 'Label before wheelchair accessibility' }),
  wheelchair: (value: 'yes' | 'limited' | 'no') =>
    ({
      yes: msg('Wheelchair accessible', { id: 'point-card.wheelchair-yes' }),
      limited: msg('Partly wheelchair accessible', { id: 'point-card.wheelchair-limited' }),
      no: msg('Not wheelchair accessible', { id: 'point-card.wheelchair-no' }),
    })[value],
  operator: () => msg('Run by', { id: 'point-card.operator', desc: 'Label before the organisation that runs the place' }),
  contact: () => msg('Contact', { id: 'point-card.contact', desc: 'Name of the list of contact links on a card' }),
  call: () => msg('Call', { id: 'point-card.call', desc: 'Link that starts a phone call; the number follows' }),
  email: () => msg('E-mail', { id: 'point-card.email', desc: 'Link that writes an e-mail; the address follows' }),
  website: () => msg('Website', { id: 'point-card.website', desc: 'Link to the website of the place or the offer' }),
  route: () => msg('Route', { id: 'point-card.route', desc: 'Link that opens directions to the place on a map site' }),
  district: () => msg('District', { id: 'welcome-point-finder.district', desc: 'Label of the district (Stadtbezirk) filter' }),
  otherPlaces: () => msg('Other places', { id: 'district-map.other-places', desc: 'Heading for Welcome Points outside the listed districts' }),
  language: () => msg('Language', { id: 'language-switcher.label', desc: 'Label of the menu to change the language of the widgets' }),
  offers: () => msg('Offers', { id: 'offer-list.calendar-name', desc: 'Name of the calendar file with all listed offers' }),
  calendarAll: () => msg('Add all to calendar', { id: 'offer-list.calendar-all', desc: 'Button that downloads all listed offers as one calendar file (.ics)' }),
  when: () => msg('When', { id: 'offer-card.when', desc: 'Label before the weekly times or dates of an offer' }),
  offerLanguages: () => msg('Languages', { id: 'offer-card.languages', desc: 'Label before the languages the offer is held in' }),
  audiences: () => msg('For', { id: 'offer-card.audiences', desc: 'Label before who the offer is meant for (families, women…)' }),
  cost: () => msg('Cost', { id: 'offer-card.cost', desc: 'Label before the price of an offer' }),
  free: () => msg('Free', { id: 'offer-card.free', desc: 'Badge: the offer costs nothing' }),
  registrationRequired: () => msg('Please register in advance.', { id: 'offer-card.registration-note-required', desc: 'Sentence in the details of an offer that needs registration' }),
  registrationNotRequired: () => msg('No registration needed.', { id: 'offer-card.registration-not-required', desc: 'Sentence in the details of an offer anyone can just attend' }),
  audience: audienceLabel,

  // only the static pages need these
  districtEntry: (name: string, count: number) =>
    msg(str`${name} (Welcome Points: ${count})`, { id: 'static.district-entry', desc: 'Static index: heading of a district with the number of its Welcome Points' }),
  skip: () => msg('Skip to content', { id: 'static.skip', desc: 'Static page: first link, jumps over the header to the main content' }),
  breadcrumb: () => msg('You are here', { id: 'static.breadcrumb', desc: 'Static page: name of the breadcrumb navigation (landmark label)' }),
  allPoints: () => msg('All Welcome Points', { id: 'static.all-points', desc: 'Static page: heading of the index and link back to it' }),
  asOf: (date: string) => msg(str`As of ${date}`, { id: 'static.as-of', desc: 'Static page footer: when the data was last changed; date like "1 November 2026"' }),
  builtOn: (date: string) =>
    msg(str`Today’s hours as of ${date}`, { id: 'static.built-on', desc: 'Static page: the date the page was made, so "today" is understood; date like "Friday, 4 December 2026"' }),
  publisher: (name: string) => msg(str`Published by ${name}`, { id: 'static.publisher', desc: 'Static page footer: who publishes the data' }),
  licence: (licence: string) => msg(str`Data licence: ${licence}`, { id: 'static.licence', desc: 'Static page footer: licence of the data, like "CC0-1.0"' }),
  holidays: () => msg('Closed on public holidays', { id: 'static.holidays', desc: 'Static point page: label before the coming public holidays on which the place is closed' }),
  noOffers: () => msg('No offers are listed for this Welcome Point.', { id: 'static.no-offers', desc: 'Static point page: the point has no offers in the feed' }),
  qrCaption: () => msg('Scan to open this page', { id: 'static.qr-caption', desc: 'Printed point page: caption under the QR code of the page address' }),
  otherLanguages: () => msg('This page in other languages', { id: 'static.other-languages', desc: 'Static page: name of the navigation with links to the same page in other languages' }),
} as const;
