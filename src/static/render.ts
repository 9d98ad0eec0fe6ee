// SPDX-License-Identifier: EUPL-1.2
/**
 * The static edition of a feed: every page of every language, the calendars, the stylesheet,
 * sitemap.xml and robots.txt, as a map of relative file paths to contents. Writing them is the
 * caller's job (the CLI), so this stays free of file-system and DOM access.
 */
import { validateFeedAsync } from '../feed/validate.js';
import type { FeedProblem } from '../feed/validate.js';
import { matchUiLocale, sourceLocale, targetLocales } from '../i18n/localization.js';
import { uiLanguages } from '../i18n/languages.js';
import { pageContext, text } from './context.js';
import type { PageContext, SiteOptions } from './context.js';
import { markup } from './escape.js';
import { layout } from './layout.js';
import type { Page } from './layout.js';
import { useLocale } from './locale.js';
import { languagePath } from './paths.js';
import { robotsTxt, sitemapXml } from './sitemap.js';
import { defaultThreads, renderInThreads } from './threads.js';
import { SITE_CSS } from './site-css.js';
import { endonym } from '../i18n/languages.js';

export interface RenderOptions {
  /** Absolute http(s) URL the site will be published under; see {@link SiteOptions.baseUrl}. */
  baseUrl?: string;
  /** UI locales to render (default: all the widgets have, in switcher order). Unknown tags throw. */
  lang?: readonly string[];
  /** "Today" for the pages (default: now). */
  now?: Date;
  /**
   * Threads that render languages side by side (default: one per CPU core for a big feed, none
   * for a small one, where starting a thread costs more than it saves). The result is the same.
   */
  threads?: number;
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
  const parts = await renderInThreads(feed, site, options.threads ?? defaultThreads(feed, site));
  const files = new Map(parts.flatMap(part => part.files));
  let pages = parts.reduce((sum, part) => sum + part.pages, 0);
  try {
    await useLocale(site.locales[0]);
    const first = pageContext(feed, site.locales[0], site);
    files.set('index.html', layout(first, languageChoice(first)));
    pages++;
  } finally {
    await useLocale(sourceLocale);
  }
  files.set('site.css', SITE_CSS);
  if (site.baseUrl) files.set('sitemap.xml', sitemapXml(uniqueByUrl(parts.flatMap(part => part.sitemap)), feed.meta.updated));
  files.set('robots.txt', robotsTxt(site.baseUrl ? new URL('sitemap.xml', site.baseUrl).href : undefined));
  return { files, problems, pages };
}

/** Entries in order, each URL once (two point ids can share a page when their slugs do). */
function uniqueByUrl<T extends { url: string }>(entries: readonly T[]): T[] {
  return [...new Map(entries.map(entry => [entry.url, entry])).values()];
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
