// SPDX-License-Identifier: EUPL-1.2
import { msg } from '@lit/localize';
import type { Audience } from '../feed/schema.js';
import { AUDIENCES } from '../feed/audiences.js';
import type { AudienceTerms } from '../feed/search.js';
import { getLocale } from './localization.js';

/** Localized name of an audience (feed value `newcomers`, `families`…), the same in every widget. */
export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'newcomers':
      return msg('Newcomers', { id: 'audience.newcomers', desc: 'Audience: people who recently moved to the city' });
    case 'refugees':
      return msg('Refugees', { id: 'audience.refugees', desc: 'Audience' });
    case 'neighbours':
      return msg('Neighbours', { id: 'audience.neighbours', desc: 'Audience: people living nearby' });
    case 'landlords':
      return msg('Landlords', { id: 'audience.landlords', desc: 'Audience: people who rent out flats' });
    case 'volunteers':
      return msg('Volunteers', { id: 'audience.volunteers', desc: 'Audience' });
    case 'partners':
      return msg('Partner organisations', { id: 'audience.partners', desc: 'Audience: associations and services working with the Welcome Points' });
    case 'families':
      return msg('Families', { id: 'audience.families', desc: 'Audience' });
    case 'women':
      return msg('Women', { id: 'audience.women', desc: 'Audience' });
    case 'children':
      return msg('Children', { id: 'audience.children', desc: 'Audience' });
    case 'youth':
      return msg('Young people', { id: 'audience.youth', desc: 'Audience' });
    case 'seniors':
      return msg('Older people', { id: 'audience.seniors', desc: 'Audience' });
    default:
      return audience;
  }
}

/**
 * Words a visitor may search an audience by besides its name (synonyms, the singular, what it
 * is about), in the UI language; never shown. Turkish "Ev sahipleri" must also be found as
 * "ev sahibi" or "kira" (rent).
 */
const searchWords = (audience: Audience): string =>
  audience === 'landlords'
    ? msg('landlord rent flat housing', {
        id: 'audience.landlords-search',
        desc: 'Not shown: space-separated search words that should find offers for landlords (singular, synonyms, rent, housing)',
      })
    : '';

let termsLocale = '';
let terms: AudienceTerms = {};

/** Every audience's name and search words in the UI language, for the search (rebuilt when the locale changes). */
export function audienceSearchTerms(): AudienceTerms {
  const locale = getLocale();
  if (locale !== termsLocale) {
    termsLocale = locale;
    terms = Object.fromEntries(AUDIENCES.map(audience => [audience, `${audienceLabel(audience)} ${searchWords(audience)}`]));
  }
  return terms;
}
