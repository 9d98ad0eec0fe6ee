// SPDX-License-Identifier: EUPL-1.2
/**
 * The pages and calendars of some of the site's languages. Each language is independent of the
 * others, so a big site is rendered in parts, side by side (threads.ts), and joined in order.
 */
import { buildCalendar, offerEvents } from '../calendar/ics.js';
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

/** What rendering some languages made: plain data, so it can come back from a worker thread. */
export interface RenderedPart {
  /** `[relative path, contents]`, in the order of the languages. */
  files: Array<[string, string]>;
  /** Sitemap entries of these pages, in the same order. */
  sitemap: SitemapEntry[];
  pages: number;
}

/**
 * Renders the pages of `langs` (a slice of `site.locales`; navigation, hreflang links and the
 * sitemap still name all of `site.locales`). Leaves `msg()` on the last of `langs`.
 */
export async function renderLanguages(feed: WelcomeFeed, site: SiteOptions, langs: readonly string[]): Promise<RenderedPart> {
  const part: RenderedPart = { files: [], sitemap: [], pages: 0 };
  const offersByPoint = new Map<string, Offer[]>();
  for (const offer of feed.offers) {
    const list = offersByPoint.get(offer.welcomePointId) ?? [];
    list.push(offer);
    offersByPoint.set(offer.welcomePointId, list);
  }
  const calendars = new CalendarCache();
  const emit = (ctx: PageContext, page: Page) => {
    part.files.push([`${page.path}index.html`, layout(ctx, page)]);
    part.pages++;
    const url = absolute(ctx, page.path);
    if (url) part.sitemap.push({ url, alternates: site.locales.map(lang => ({ lang, url: absolute(ctx, page.pathIn(lang))! })) });
  };
  for (const lang of langs) {
    await useLocale(lang);
    const ctx = pageContext(feed, lang, site);
    emit(ctx, indexPage(ctx));
    for (const group of pointsByDistrict(ctx)) if (group.district) emit(ctx, districtPage(ctx, group.district, group.points));
    for (const point of feed.welcomePoints) {
      const offers = offersByPoint.get(point.id) ?? [];
      emit(ctx, pointPage(ctx, point, offers));
      if (offers.length) part.files.push([pointCalendarPath(lang, point.id), calendars.get(ctx, point, offers)]);
    }
  }
  return part;
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
