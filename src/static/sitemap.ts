// SPDX-License-Identifier: EUPL-1.2
/** sitemap.xml (every page, with its language alternates) and robots.txt. */
import { escapeHtml } from './escape.js';

export interface SitemapEntry {
  /** Absolute URL of the page. */
  url: string;
  /** The same page in each language: hreflang → absolute URL. */
  alternates: ReadonlyArray<{ lang: string; url: string }>;
}

/** A sitemap (sitemaps.org 0.9 with xhtml:link alternates); `lastmod` is the feed's update date. */
export function sitemapXml(entries: readonly SitemapEntry[], lastmod: string | undefined): string {
  const date = lastmod && /^\d{4}-\d{2}-\d{2}/.test(lastmod) ? lastmod.slice(0, 10) : undefined;
  const body = entries
    .map(
      entry =>
        `<url><loc>${escapeHtml(entry.url)}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}${entry.alternates
          .map(a => `<xhtml:link rel="alternate" hreflang="${escapeHtml(a.lang)}" href="${escapeHtml(a.url)}"/>`)
          .join('')}</url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${body}
</urlset>
`;
}

/** Everything may be crawled; the sitemap is named when the site knows its address. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `Sitemap: ${sitemapUrl}\n` : ''}`;
}
