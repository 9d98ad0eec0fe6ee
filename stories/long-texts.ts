// SPDX-License-Identifier: EUPL-1.2
/**
 * A feed with the longest texts the widgets meet in practice: German compounds, a long e-mail
 * address and web address, a long title in Arabic. For the "Long texts" stories: nothing may
 * overflow its card at 320 px, and an e-mail address breaks only where it has to.
 */
const hours = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }];

export const LONG_TEXTS_FEED = {
  version: 1,
  meta: { title: 'Lange Texte', publisher: 'Storybook', updated: '2026-11-01T00:00:00Z', license: 'CC0-1.0', defaultLanguage: 'de', timeZone: 'Europe/Berlin' },
  districts: [{ id: 'd7', number: 7, name: 'Gerresheim', center: { lat: 51.2482, lng: 6.8778 }, quarters: [{ id: 'q071', name: 'Gerresheim' }] }],
  categories: [{ id: 'counselling', label: { de: 'Migrationsberatung für erwachsene Zuwanderinnen und Zuwanderer', en: 'Migration counselling for adult immigrants' } }],
  welcomePoints: [
    {
      id: 'wp-long',
      name: 'Welcome Point Gerresheim-Süd im Stadtteilzentrum Heyestraße (Begegnungsstätte)',
      districtId: 'd7',
      quarterId: 'q071',
      address: { street: 'Heyestraße 123–125, Hinterhaus, 2. Obergeschoss', postalCode: '40625', city: 'Düsseldorf' },
      location: { lat: 51.2335, lng: 6.8585 },
      contact: {
        phone: '+49 211 899 123 456 78',
        email: 'welcomepoint-gerresheim-sued.integrationsagentur@beispiel-traeger.example.org',
        url: 'https://www.beispiel-traeger.example.org/angebote/integration/welcome-points/gerresheim-sued',
      },
      openingHours: hours,
      languages: ['de', 'ar', 'fa', 'uk', 'ru', 'tr'],
    },
  ],
  offers: [
    {
      id: 'o-long',
      welcomePointId: 'wp-long',
      title: { de: 'Aufenthaltsrechtliche Erstorientierungsberatung und Antragsunterstützung', ar: 'استشارة التوجيه الأولي بشأن قانون الإقامة والمساعدة في تقديم الطلبات' },
      categoryIds: ['counselling'],
      schedule: [{ days: ['mo'], opens: '10:00', closes: '12:00' }],
      cost: 'free',
    },
  ],
};
