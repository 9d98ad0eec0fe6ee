// SPDX-License-Identifier: EUPL-1.2
/**
 * The frame of every page: head (CSP, description, canonical and hreflang links, Open Graph and
 * Twitter meta, JSON-LD), a skip link, the site name, the language navigation, breadcrumbs, and a
 * footer with the "as of" date, the publisher and the data licence. No script, one stylesheet.
 */
import { formatDate } from '../i18n/format-schedule.js';
import { endonym } from '../i18n/languages.js';
import { absolute, text } from './context.js';
import type { PageContext } from './context.js';
import { markup, jsonForScript, mailHref, safeHref } from './escape.js';
import type { SafeHtml } from './escape.js';
import { languagePath, relativeLink } from './paths.js';
import { strings } from './strings.js';

/** The policy of issue #17: nothing may load but our stylesheet (and data: images). */
export const CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:";

export interface Page {
  /** Where the page lives, relative to the base, a folder (`de/points/wp-nord/`). */
  path: string;
  title: string;
  description: string;
  /** The same page in another language (for hreflang and the language navigation). */
  pathIn: (lang: string) => string;
  /** Links above the heading, from the index down (the current page is not included). */
  crumbs: Array<{ label: string; path: string }>;
  main: SafeHtml;
  jsonLd: Record<string, unknown>;
}

/** A whole HTML document for `page`. */
/** Language names in themselves, once per build (Intl.DisplayNames is slow to create). */
const endonyms = new Map<string, string>();
const ownName = (lang: string) => endonyms.get(lang) ?? endonyms.set(lang, endonym(lang)).get(lang)!;

export function layout(ctx: PageContext, page: Page): string {
  const link = (to: string) => relativeLink(page.path, to);
  const url = absolute(ctx, page.path);
  const siteName = text(ctx, ctx.feed.meta.title).text;
  const updatedAt = new Date(ctx.feed.meta.updated);
  const updated = Number.isNaN(updatedAt.getTime()) ? ctx.feed.meta.updated : formatDate(updatedAt, ctx.lang, ctx.timeZone, 'medium');
  const contact = ctx.feed.meta.contact;
  const alternates = ctx.locales.map(lang => ({ lang, href: absolute(ctx, page.pathIn(lang)) ?? link(page.pathIn(lang)) }));
  return `<!DOCTYPE html>
${markup`<html lang="${ctx.lang}" dir="${ctx.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${page.title}</title>
<meta name="description" content="${page.description}">
<link rel="stylesheet" href="${link('site.css')}">
${url ? markup`<link rel="canonical" href="${url}">` : ''}
${alternates.map(a => markup`<link rel="alternate" hreflang="${a.lang}" href="${a.href}">\n`)}<link rel="alternate" hreflang="x-default" href="${alternates[0].href}">
<meta property="og:type" content="website">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:site_name" content="${siteName}">
<meta property="og:locale" content="${ctx.lang.replace(/-x-.*$/, '').replace('-', '_')}">
${url ? markup`<meta property="og:url" content="${url}">` : ''}
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${page.title}">
<meta name="twitter:description" content="${page.description}">
<script type="application/ld+json">${jsonForScript(page.jsonLd)}</script>
</head>
<body>
<a class="skip" href="#main">${strings.skip()}</a>
<header class="site">
<p class="site__name"><a href="${link(languagePath(ctx.lang))}">${siteName}</a></p>
<nav class="languages" aria-label="${strings.otherLanguages()}">
<ul>${alternates.map(
  a => markup`<li><a href="${link(page.pathIn(a.lang))}" hreflang="${a.lang}" lang="${a.lang}"${a.lang === ctx.lang ? markup` aria-current="page"` : ''}>${ownName(a.lang)}</a></li>`,
)}</ul>
</nav>
</header>
${page.crumbs.length
  ? markup`<nav class="crumbs" aria-label="${strings.breadcrumb()}"><ol>${page.crumbs.map(c => markup`<li><a href="${link(c.path)}">${c.label}</a></li>`)}</ol></nav>`
  : ''}
<main id="main">
${page.main}
</main>
<footer class="site">
<p>${strings.asOf(updated)}</p>
<p>${inLanguage(strings.publisher, ctx.feed.meta.publisher, ctx.feed.meta.defaultLanguage || 'de')}</p>
<p>${strings.licence(ctx.feed.meta.license)}</p>
${contact ? footerContact(contact) : ''}
</footer>
</body>
</html>
`.value}`;
}

/**
 * A translated sentence around a plain feed string, the string marked with the feed's language: a
 * German publisher read by an Arabic voice is noise (BITV 3.1.2), as in the widgets' footer;
 * isolated, so its dashes and commas stay inside it in a right-to-left sentence.
 */
function inLanguage(sentence: (value: string) => string, value: string, lang: string): SafeHtml {
  const slot = '\u0000';
  const [before, after = ''] = sentence(slot).split(slot);
  return markup`${before}<bdi lang="${lang}">${value}</bdi>${after}`;
}

function footerContact(contact: NonNullable<PageContext['feed']['meta']['contact']>): SafeHtml {
  const mail = contact.email ? mailHref(contact.email) : undefined;
  const web = safeHref(contact.url);
  if (!mail && !web) return markup``;
  return markup`<p>${strings.contact()}: ${mail ? markup`<a href="${mail}"><bdi dir="ltr">${contact.email}</bdi></a>` : ''}${mail && web ? ' · ' : ''}${web ? markup`<a href="${web}"><bdi dir="ltr">${web}</bdi></a>` : ''}</p>`;
}
