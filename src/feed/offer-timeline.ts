// SPDX-License-Identifier: EUPL-1.2
/**
 * Where an offer stands in time: whether anything of it is still to come, and the period its
 * weekly slots run. Lists use it to keep ended offers out of the default view and to say when a
 * course starts or stops, so a card never presents something over as current. Pure, no DOM.
 */
import { eventInstant, eventSpan, stillToCome } from './hours.js';
import type { Offer } from './schema.js';

/**
 * {@link stillToCome} for one offer.
 * @example
 * hasFutureOccurrence({ ...offer, dates: [{ start: '2026-11-17T18:00' }] }, new Date('2026-12-04'), '2026-12-04', 'Europe/Berlin') // false
 */
export function hasFutureOccurrence(offer: Offer, now: Date, today: string, timeZone: string): boolean {
  const instant = (value: string) => eventInstant(value, timeZone).getTime();
  return stillToCome(offer.schedule ?? [], (offer.dates ?? []).map(date => eventSpan(date, instant)), today, now.getTime());
}

/** The period a set of weekly slots runs: the earliest `validFrom` and latest `validUntil`, where every slot has one. */
export function slotPeriod(offer: Offer): { from?: string; until?: string } {
  const slots = offer.schedule ?? [];
  if (!slots.length) return {};
  const froms = slots.map(slot => slot.validFrom);
  const untils = slots.map(slot => slot.validUntil);
  return {
    from: froms.every(Boolean) ? (froms as string[]).sort()[0] : undefined,
    until: untils.every(Boolean) ? (untils as string[]).sort().at(-1) : undefined,
  };
}
