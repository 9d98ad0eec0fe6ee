// SPDX-License-Identifier: EUPL-1.2
/**
 * The offers of each card that match the visitor's filters, each with its next date: the
 * building may open on Monday while the counselling the visitor filtered for is on Tuesday. A
 * chunk of its own, fetched when a filter is first set (see `finder-results.ts`); the order is
 * `feed/point-offers.ts`.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { matchingOffers, pointOffers } from '../../feed/point-offers.js';
import type { PointOffer } from '../../feed/point-offers.js';
import type { ResultsQuery } from '../../feed/point-order.js';
import type { Audience } from '../../feed/schema.js';
import { formatNextOccurrence } from '../../i18n/format-next.js';
import type { PointCardContext } from '../shared/point-card.js';

/** Added to the finder's shadow root with this chunk, so pages that never filter do not carry them. */
export const matchesStyles = css`
  /* The offers matching the filters: close to the badge, so "closed until Monday" is not read as the whole story. */
  .card__matches {
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .card__matches-label {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .card__matches ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card__matches li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .card__next {
    color: var(--_text-muted);
  }
`;

/** Matching offers named on a card before it is expanded; all of them lead the list under "Offers here". */
const MAX_SHOWN = 3;

export interface CardMatches {
  /** Below the card's badge; undefined when none of the point's offers matches. */
  rendered?: TemplateResult;
  /** The matching offers' ids, soonest first: they lead the expanded list. */
  first: string[];
}

/** For one render of the list: the matching offers of a point, by id; undefined without offer filters. */
export function matchesFor(ctx: PointCardContext, { filters, audienceTerms }: ResultsQuery): ((pointId: string, idPrefix: string) => CardMatches) | undefined {
  const matching = matchingOffers(ctx.feed, { ...filters, audience: (filters.audience || undefined) as Audience | undefined, audienceTerms }, ctx.now);
  if (!matching) return undefined;
  return (pointId, idPrefix) => {
    const matches = pointOffers(ctx.feed, pointId, matching, ctx.now).filter(entry => entry.matches);
    return { rendered: matches.length ? renderMatches(ctx, matches, idPrefix) : undefined, first: matches.map(entry => entry.offer.id) };
  };
}

function renderMatches(ctx: PointCardContext, matches: PointOffer[], idPrefix: string): TemplateResult {
  const labelId = `${idPrefix}-matches`;
  const timeZone = ctx.feed.meta.timeZone || 'Europe/Berlin';
  return html`<div class="card__matches" part="card-matches">
    <p class="card__matches-label" id=${labelId}>
      ${msg('Matching offers', { id: 'point-card.matching-offers', desc: 'Label of the offers at a place that match the visitor’s filters' })}
    </p>
    <ul role="list" aria-labelledby=${labelId}>
      ${matches.slice(0, MAX_SHOWN).map(({ offer, next }) => {
        const title = ctx.text(offer.title);
        return html`<li>
          <span lang=${title.lang} dir="auto">${title.text}</span>
          ${next ? html`<span class="card__next nowrap">${formatNextOccurrence(next, ctx.now, ctx.locale, timeZone)}</span>` : ''}
        </li>`;
      })}
    </ul>
  </div>`;
}
