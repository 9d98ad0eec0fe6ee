// SPDX-License-Identifier: EUPL-1.2
/** What a widget can ask the query engine for (query.ts): the filters of points and offers. */
import type { Audience } from './schema.js';
import type { AudienceTerms } from './search.js';

export interface PointFilter {
  /** Words searched in name, description, address, quarter, district, operator, offer titles and categories, in every language. */
  query?: string;
  /** The audiences' names in the visitor's language, so a query finds points with offers for them. */
  audienceTerms?: AudienceTerms;
  /** District id. */
  district?: string;
  /** Quarter id. */
  quarter?: string;
  /** Category id: points holding at least one offer of it. */
  category?: string;
  /** Points with an offer for this audience. */
  audience?: Audience;
  /** BCP 47 tag, matched by base language (`ar-EG` ≈ `ar`) against the point's or its offers' languages. */
  language?: string;
  /** Only points open at `at` by their weekly hours (not on closure days or public holidays). */
  openNow?: boolean;
  /** Default false: points with status `closed` or outside validFrom/validUntil are hidden. */
  includeClosed?: boolean;
}

export interface OfferFilter {
  /** Words searched in title, description, category labels, point, quarter and district names, in every language. */
  query?: string;
  /** The audiences' names in the visitor's language, so "ev sahibi" finds offers for landlords. */
  audienceTerms?: AudienceTerms;
  /** District id (of the offer's Welcome Point). */
  district?: string;
  /** Welcome Point id; `district` beside it is ignored (a point chosen on a map may lie in another district). */
  welcomePoint?: string;
  /** Category id. */
  category?: string;
  audience?: Audience;
  /** BCP 47 tag, base match against the offer's languages (else its point's, else the feed's default). */
  language?: string;
  /** Only offers taking place at `at`: a weekly slot, or a dated event running then. */
  openNow?: boolean;
  /** Only offers marked free. */
  cost?: 'free';
  /** Offers with a slot or a date within the next N days (today counts as day 1). */
  upcomingDays?: number;
  /**
   * Default false: offers of Welcome Points that are `closed` (or past their validUntil) are
   * hidden, because they no longer take place.
   */
  includeClosed?: boolean;
  /**
   * Default false: offers with no occurrence left (every dated event over, every weekly slot past
   * its validUntil) are hidden, so a list never presents an ended offer as current.
   */
  includeEnded?: boolean;
}
