// SPDX-License-Identifier: EUPL-1.2
/**
 * The pages and calendars of the site's languages. Each language is independent of the others,
 * so a big site renders them side by side (threads.ts) and joins them in order.
 */
import { buildCalendar, offerEvents } from '../calendar/ics.js';
import { isCurrentPoint } from '../feed/hours.js';
import type { Offer, WelcomeFeed, WelcomePoint } from '../feed/schema.js';
import { absolute, pageContext, text } from './context.js';
import type { PageContext, SiteOptions } from './context.js';
import { layout } from './layout.js';
import type { Page } from './layout.js';
import { useLocale } from './locale.js';
import { districtPage, indexPage, pointsByDistrict } from './page-lists.js';
import { pointPage } from './page-point.js';
import { pointCalendarPath } from './paths.js';
import type { SitemapEntry } from './sitemap.js';

/** One language of the site: plain data, so it can come back from a worker thread. */
export interface RenderedLanguage {
  /** Its place in `site.locales`. */
  index: number;
  /** `[relative path, contents]`. */
  files: Array<[string, string]>;
  /** Sitemap entries of its pages, in the same order. */
  sitemap: SitemapEntry[];
  pages: number;
}

/**
 * Renders languages of `site.locales` while `claim()` hands out their indexes (-1: none left), so
 * threads that share one counter each take the next language as soon as they are free.
 * Navigation, hreflang links and the sitemap name all of `site.locales`. Leaves `msg()` on the
 * last language rendered.
 */
export async function renderLanguages(feed: WelcomeFeed, site: SiteOptions, claim: () => number): Promise<RenderedLanguage[]> {
  const done: RenderedLanguage[] = [];
  const offersByPoint = new Map<string, Offer[]>();
  for (const offer of feed.offers) {
    const list = offersByPoint.get(offer.welcomePointId) ?? [];
    list.push(offer);
    offersByPoint.set(offer.welcomePointId, list);
  }
  const calendars = new CalendarCache();
  for (let index = claim(); index >= 0; index = claim()) {
    const lang = site.locales[index];
    const part: RenderedLanguage = { index, files: [], sitemap: [], pages: 0 };
    const emit = (ctx: PageContext, page: Page) => {
      part.files.push([`${page.path}index.html`, layout(ctx, page)]);
      part.pages++;
      const url = absolute(ctx, page.path);
      if (url) part.sitemap.push({ url, alternates: site.locales.map(other => ({ lang: other, url: absolute(ctx, page.pathIn(other))! })) });
    };
    await useLocale(lang);
    const ctx = pageContext(feed, lang, site);
    emit(ctx, indexPage(ctx));
    for (const group of pointsByDistrict(ctx)) if (group.district) emit(ctx, districtPage(ctx, group.district, group.points));
    for (const point of feed.welcomePoints) {
      // (as in <offer-list>: a closed point's offers no longer take place, so no list, calendar or events)
      const offers = isCurrentPoint(point, ctx.today) ? (offersByPoint.get(point.id) ?? []) : [];
      emit(ctx, pointPage(ctx, point, offers));
      if (offers.length) part.files.push([pointCalendarPath(lang, point.id), calendars.get(ctx, point, offers)]);
    }
    done.push(part);
  }
  return done;
}

/**
 * A point's calendar in the page's language. Where the feed has no text in that language, the
 * events come out the same as in another language; such calendars are written once and reused.
 */
class CalendarCache {
  private readonly done = new Map<string, string>();

  get(ctx: PageContext, point: WelcomePoint, offers: readonly Offer[]): string {
    const uidDomain = ctx.baseUrl ? new URL(ctx.baseUrl).hostname : undefined;
    const events = offers.flatMap(offer => offerEvents(ctx.feed, offer, { lang: ctx.lang, today: ctx.today, uidDomain }));
    const name = text(ctx, point.name).text;
    const key = JSON.stringify([point.id, name, events]);
    let ics = this.done.get(key);
    if (ics === undefined) {
      ics = buildCalendar(events, { timeZone: ctx.timeZone, now: ctx.now, name });
      this.done.set(key, ics);
    }
    return ics;
  }
}
