// SPDX-License-Identifier: EUPL-1.2
/**
 * What a card says about its own data, the same on Welcome Point and offer cards: "formerly …",
 * "Last checked: March 2026" (with a quiet "may be out of date" after a year), "Report a mistake"
 * (from `meta.corrections`) and the holiday reason of a closed day. A lazy chunk (via
 * `card-extras.ts`). Templates only; the rules live in `src/feed/` (freshness, corrections, hours).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isStale } from '../../feed/freshness.js';
import { correctionLink, type CorrectionTarget } from '../../feed/corrections.js';
import type { Holiday } from '../../feed/hours.js';
import type { Text, WelcomeFeed, WelcomePoint } from '../../feed/schema.js';
import type { ResolvedText } from '../../feed/text.js';
import type { ActionPart } from './contact-links.js';
import { formatFeedDate } from '../../i18n/format-opening.js';
import { formatList } from '../../i18n/format-schedule.js';

/** "Closed today — public holiday (Christmas Day)": the holiday's name in the content language, else German. */
export function holidayStatus(holiday: Holiday, text: (value: Text | undefined) => ResolvedText): TemplateResult {
  const name = text(holiday.name);
  // The name goes into the sentence as an element (<bdi lang>), not as text: a German name
  // such as "1. Weihnachtstag" inside Arabic keeps its own direction, also across a line break.
  const mark = '\u0000';
  const [before, after = ''] = msg(str`Closed today — public holiday (${mark})`, {
    id: 'card-meta.holiday',
    desc: 'Badge: a public holiday closes the place today; the holiday name follows, e.g. "Christmas Day"',
  }).split(mark);
  return html`${before}<bdi lang=${name.lang}>${name.text}</bdi>${after}`;
}

/** "formerly Welcome Point 7": search finds a point by its old names, so the card explains the match. */
export function renderFormerNames(point: WelcomePoint, text: (value: Text | undefined) => ResolvedText, locale: string): TemplateResult | typeof nothing {
  const names = (Array.isArray(point.formerNames) ? point.formerNames : []).map(name => text(name).text).filter(Boolean);
  if (!names.length) return nothing;
  const list = formatList(names, locale);
  return html`<p class="card-meta card-meta--former" part="former-names">
    <span dir="auto">${msg(str`formerly ${list}`, { id: 'card-meta.formerly', desc: 'Names a Welcome Point had before, e.g. "formerly Welcome Point 7"' })}</span>
  </p>`;
}

/** "Last checked: March 2026", and "may be out of date" when that is more than a year before `today`. */
export function renderLastChecked(lastVerified: string | undefined, today: string, locale: string): TemplateResult | typeof nothing {
  if (!lastVerified || !/^\d{4}-\d{2}-\d{2}$/.test(lastVerified)) return nothing;
  const month = formatFeedDate(lastVerified, locale, 'month-year');
  return html`<p class="card-meta" part="last-checked">
    ${msg(str`Last checked: ${month}`, { id: 'card-meta.last-checked', desc: 'When someone last checked the entry; month and year like "March 2026"' })}
    ${isStale(lastVerified, today)
      ? html`<span class="card-meta__stale">${msg('may be out of date', { id: 'card-meta.stale', desc: 'Quiet hint after "Last checked": the entry was not checked for over a year' })}</span>`
      : nothing}
  </p>`;
}

/**
 * A "Report a mistake" list item for a card's actions: a prefilled mail or the feed's form. A
 * plain link, so nothing is requested until the visitor follows it.
 */
export function renderReportLink(
  feed: WelcomeFeed,
  target: Omit<CorrectionTarget, 'page'>,
  titleId: string,
  actionPart: ActionPart,
): TemplateResult | typeof nothing {
  if (!feed.meta.corrections) return nothing;
  const link = correctionLink(
    feed.meta.corrections,
    { ...target, page: typeof location === 'undefined' ? undefined : location.href },
    {
      subject: msg(str`Mistake in: ${target.name}`, { id: 'card-meta.report-subject', desc: 'Subject of the prefilled mail that reports a mistake; the entry name follows' }),
      intro: msg('What is wrong, and what is right?', { id: 'card-meta.report-intro', desc: 'First line of the prefilled mail that reports a mistake' }),
    },
  );
  if (!link) return nothing;
  return html`<li class="report">
    <a class="action action--report" part="report-link ${actionPart}" href=${link.href} aria-describedby=${titleId} target=${link.kind === 'url' ? '_blank' : nothing} rel="noopener">
      ${msg('Report a mistake', { id: 'card-meta.report', desc: 'Link that reports wrong data about this entry to the publisher' })}
    </a>
  </li>`;
}
