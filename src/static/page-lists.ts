// SPDX-License-Identifier: EUPL-1.2
/** The list pages: all Welcome Points by district (a language's index) and one district. */
import type { District, WelcomePoint } from '../feed/schema.js';
import { absolute, text, textHtml } from './context.js';
import type { PageContext } from './context.js';
import { markup } from './escape.js';
import type { SafeHtml } from './escape.js';
import { graph, placeJson } from './json-ld.js';
import type { Page } from './layout.js';
import { districtPath, languagePath, pointPath, relativeLink } from './paths.js';
import { todayStatus } from './status.js';
import { strings } from './strings.js';
import { formatDate } from '../i18n/format-schedule.js';

/** Points grouped by district, districts in official order (number, then name); unknown districts last. */
export function pointsByDistrict(ctx: PageContext): Array<{ district?: District; points: WelcomePoint[] }> {
  const byId = new Map<string, WelcomePoint[]>();
  for (const point of ctx.feed.welcomePoints) {
    const list = byId.get(point.districtId) ?? [];
    list.push(point);
    byId.set(point.districtId, list);
  }
  const collator = new Intl.Collator(ctx.lang);
  const byName = (a: WelcomePoint, b: WelcomePoint) => collator.compare(text(ctx, a.name).text, text(ctx, b.name).text);
  const districts = [...ctx.feed.districts].sort(
    (a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || collator.compare(text(ctx, a.name).text, text(ctx, b.name).text),
  );
  const groups: Array<{ district?: District; points: WelcomePoint[] }> = districts.map(district => ({
    district,
    points: (byId.get(district.id) ?? []).sort(byName),
  }));
  const known = new Set(districts.map(d => d.id));
  const others = ctx.feed.welcomePoints.filter(p => !known.has(p.districtId)).sort(byName);
  if (others.length) groups.push({ points: others });
  return groups;
}

function pointList(ctx: PageContext, from: string, points: readonly WelcomePoint[]): SafeHtml {
  return markup`<ul class="points">${points.map(point => {
    const status = todayStatus(ctx, point);
    return markup`<li><a href="${relativeLink(from, pointPath(ctx.lang, point.id))}">${textHtml(ctx, point.name)}</a>
<span class="address"><bdi>${point.address.street}</bdi></span>
<span class="status status--${status.tone}">${status.text}</span></li>`;
  })}</ul>`;
}

function builtOn(ctx: PageContext): SafeHtml {
  return markup`<p class="built">${strings.builtOn(formatDate(ctx.now, ctx.lang, ctx.timeZone, 'full'))}</p>`;
}

/** A language's index: every point, by district, with today's hours. */
export function indexPage(ctx: PageContext): Page {
  const path = languagePath(ctx.lang);
  const groups = pointsByDistrict(ctx);
  const site = text(ctx, ctx.feed.meta.title).text;
  const listJson = {
    '@type': 'ItemList',
    name: site,
    itemListElement: ctx.feed.welcomePoints.map((point, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: text(ctx, point.name).text,
      url: absolute(ctx, pointPath(ctx.lang, point.id)) ?? relativeLink(path, pointPath(ctx.lang, point.id)),
    })),
  };
  return {
    path,
    // The front page's title is the site's name: "All Welcome Points – Welcome Points in …" doubled
    // the name, and in Arabic, Turkish, Ukrainian and Russian ran past 70 characters.
    title: site,
    description: text(ctx, ctx.feed.meta.description).text.slice(0, 300) || site,
    pathIn: languagePath,
    crumbs: [],
    jsonLd: graph([listJson]),
    main: markup`<h1>${strings.allPoints()}</h1>
${builtOn(ctx)}
${groups.map((group, i) => {
  const id = `district-${i + 1}`;
  const name = group.district ? text(ctx, group.district.name).text : strings.otherPlaces();
  return markup`<section aria-labelledby="${id}">
<h2 id="${id}">${group.district ? markup`<a href="${relativeLink(path, districtPath(ctx.lang, group.district.id))}">${strings.districtEntry(name, group.points.length)}</a>` : name}</h2>
${pointList(ctx, path, group.points)}
</section>`;
})}`,
  };
}

/** One district: its points with today's hours, and their Places for search engines. */
export function districtPage(ctx: PageContext, district: District, points: readonly WelcomePoint[]): Page {
  const path = districtPath(ctx.lang, district.id);
  const name = text(ctx, district.name).text;
  return {
    path,
    title: `${name} – ${text(ctx, ctx.feed.meta.title).text}`,
    description: strings.districtEntry(name, points.length),
    pathIn: lang => districtPath(lang, district.id),
    crumbs: [{ label: strings.allPoints(), path: languagePath(ctx.lang) }],
    jsonLd: graph(points.map(point => placeJson(ctx, point, absolute(ctx, pointPath(ctx.lang, point.id))))),
    main: markup`<h1>${textHtml(ctx, district.name)}</h1>
${builtOn(ctx)}
${pointList(ctx, path, points)}`,
  };
}
