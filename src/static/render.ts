// SPDX-License-Identifier: EUPL-1.2
/**
 * The static edition of a feed: every page of every language, the calendars, the stylesheet,
 * sitemap.xml and robots.txt, as a map of relative file paths to contents. Writing them is the
 * caller's job (the CLI), so this stays free of file-system and DOM access.
 */
import { buildCalendar, offerEvents } from '../calendar/ics.js';
import type { Offer, WelcomePoint } from '../feed/schema.js';
import { validateFeedAsync } from '../feed/validate.js';
import type { FeedProblem } from '../feed/validate.js';
import { matchUiLocale, sourceLocale, targetLocales } from '../i18n/localization.js';
import { uiLanguages } from '../i18n/languages.js';
import { absolute, pageContext, text } from './context.js';
import type { PageContext, SiteOptions } from './context.js';
import { markup } from './escape.js';
import { layout } from './layout.js';
import type { Page } from './layout.js';
import { useLocale } from './locale.js';
import { districtPage, indexPage, pointsByDistrict } from './page-lists.js';
import { pointPage } from './page-point.js';
import { languagePath, pointCalendarPath } from './paths.js';
import { robotsTxt, sitemapXml } from './sitemap.js';
import type { SitemapEntry } from './sitemap.js';
import { SITE_CSS } from './site-css.js';
import { endonym } from '../i18n/languages.js';

export interface RenderOptions {
  /** Absolute http(s) URL the site will be published under; see {@link SiteOptions.baseUrl}. */
  baseUrl?: string;
  /** UI locales to render (default: all the widgets have, in switcher order). Unknown tags throw. */
  lang?: readonly string[];
  /** "Today" for the pages (default: now). */
  now?: Date;
}

export interface RenderResult {
  /** Relative path → contents (`de/points/wp-nord/index.html`, `site.css`, …). */
  files: Map<string, string>;
  /** What the validator dropped or doubted; the rest was rendered. */
  problems: FeedProblem[];
  pages: number;
}

/** All UI locales, in the language switcher's order. */
export function allLocales(): string[] {
  return uiLanguages().map(l => l.tag);
}

/** The UI locales for `--lang de,en,…`, or an error naming the unknown one. */
export function resolveLocales(requested: readonly string[] | undefined): string[] {
  if (!requested?.length) return allLocales();
  const known: readonly string[] = [sourceLocale, ...targetLocales];
  return [...new Set(requested.map(tag => {
    const match = matchUiLocale(tag);
    if (!match || !known.includes(match)) throw new RangeError(`unknown language "${tag}" (known: ${allLocales().join(', ')})`);
    return match;
  }))];
}

/** A base URL must be absolute http(s); it gets a trailing slash so paths resolve below it. */
export function normaliseBaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RangeError(`the base URL must be http(s): ${value}`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * Renders the static edition of `input` (parsed feed JSON; validated here like the widgets do).
 * @example
 * const { files } = await renderSite(JSON.parse(text), { baseUrl: 'https://example.org/welcome/', lang: ['de', 'ar'] });
 */
export async function renderSite(input: unknown, options: RenderOptions = {}): Promise<RenderResult> {
  const { feed, problems } = await validateFeedAsync(input);
  const site: SiteOptions = { baseUrl: normaliseBaseUrl(options.baseUrl), locales: resolveLocales(options.lang), now: options.now ?? new Date() };
  const files = new Map<string, string>();
  const sitemap = new Map<string, SitemapEntry>();
  const offersByPoint = new Map<string, Offer[]>();
  for (const offer of feed.offers) {
    const list = offersByPoint.get(offer.welcomePointId) ?? [];
    list.push(offer);
    offersByPoint.set(offer.welcomePointId, list);
  }
  const calendars = new CalendarCache();
  let pages = 0;
  const emit = (ctx: PageContext, page: Page) => {
    files.set(`${page.path}index.html`, layout(ctx, page));
    pages++;
    const url = absolute(ctx, page.path);
    if (url && !sitemap.has(url)) {
      const alternates = site.locales.map(lang => ({ lang, url: absolute(ctx, page.pathIn(lang))! }));
      sitemap.set(url, { url, alternates });
    }
  };
  try {
    for (const lang of site.locales) {
      await useLocale(lang);
      const ctx = pageContext(feed, lang, site);
      emit(ctx, indexPage(ctx));
      for (const group of pointsByDistrict(ctx)) if (group.district) emit(ctx, districtPage(ctx, group.district, group.points));
      for (const point of feed.welcomePoints) {
        const offers = offersByPoint.get(point.id) ?? [];
        emit(ctx, pointPage(ctx, point, offers));
        if (offers.length) files.set(pointCalendarPath(lang, point.id), calendars.get(ctx, point, offers));
      }
    }
    await useLocale(site.locales[0]);
    const first = pageContext(feed, site.locales[0], site);
    files.set('index.html', layout(first, languageChoice(first)));
    pages++;
  } finally {
    await useLocale(sourceLocale);
  }
  files.set('site.css', SITE_CSS);
  if (site.baseUrl) files.set('sitemap.xml', sitemapXml([...sitemap.values()], feed.meta.updated));
  files.set('robots.txt', robotsTxt(site.baseUrl ? new URL('sitemap.xml', site.baseUrl).href : undefined));
  return { files, problems, pages };
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

/** The site's root: the languages, each named in itself. */
function languageChoice(ctx: PageContext): Page {
  const title = text(ctx, ctx.feed.meta.title).text;
  return {
    path: '',
    title,
    description: text(ctx, ctx.feed.meta.description).text.slice(0, 300) || title,
    pathIn: languagePath,
    crumbs: [],
    jsonLd: { '@context': 'https://schema.org', '@type': 'WebSite', name: title, ...(ctx.baseUrl ? { url: ctx.baseUrl } : {}) },
    main: markup`<h1>${title}</h1>
<ul class="choice">${ctx.locales.map(lang => markup`<li><a href="${languagePath(lang)}" hreflang="${lang}" lang="${lang}">${endonym(lang)}</a></li>`)}</ul>`,
  };
}
