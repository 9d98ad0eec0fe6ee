// SPDX-License-Identifier: EUPL-1.2
/**
 * Feed → Open Referral HSDS 3.0 (https://docs.openreferral.org/en/latest/hsds/): operators become
 * organizations, Welcome Points locations, offers services (with service_at_location), weekly
 * slots and dated events schedules. HSDS texts have one language: the feed's default language.
 *
 * Ids are UUID v5 of the feed ids, so a re-export of the same feed gives the same ids and diffs
 * cleanly. Closures and categories have no HSDS counterpart here and are left out.
 */
import { v5 as uuidv5 } from 'uuid';
import type { EventDate, Slot, Text, WelcomeFeed, WelcomePoint } from '../feed/schema.js';
import { resolveText } from '../feed/text.js';
import { toCsv } from './csv-export.js';

/** The UUID namespace of Welcome feeds (random once, fixed forever: changing it changes every id). */
const NAMESPACE = '96d3c99e-88d6-476d-89c5-29a2d3a075ff';
const id = (kind: string, ...parts: (string | number)[]) => uuidv5(`${kind}:${parts.join(':')}`, NAMESPACE);

type HsdsObject = Record<string, unknown>;

export interface HsdsExport {
  organizations: HsdsObject[];
  locations: HsdsObject[];
  /** Services with their organization, schedules, phones, contacts and service_at_locations nested. */
  services: HsdsObject[];
  /** File name → content: `services.json` etc. and the tabular datapackage (`*.csv`, `datapackage.json`). */
  files: Map<string, string>;
}

const STATUS: Record<string, string> = { active: 'active', temporarilyClosed: 'temporarily closed', closed: 'inactive' };
const WHEELCHAIR: Record<string, string> = {
  yes: 'Wheelchair accessible',
  limited: 'Partly wheelchair accessible',
  no: 'Not wheelchair accessible',
};

/** Removes empty values, so objects carry only what the feed says. */
function compact<T extends HsdsObject>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length))) as T;
}

function weekly(slot: Slot, index: number, owner: Record<string, string>, ownerId: string): HsdsObject {
  return compact({
    id: id('schedule', ownerId, index),
    ...owner,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: slot.days.map(day => day.toUpperCase()).join(','),
    opens_at: slot.opens,
    closes_at: slot.closes,
    valid_from: slot.validFrom,
    valid_to: slot.validUntil,
  });
}

function dated(date: EventDate, index: number, serviceId: string, timeZone: string): HsdsObject {
  const [day, time] = date.start.split('T');
  const [endDay, endTime] = (date.end ?? '').split('T');
  return compact({
    id: id('event', serviceId, index),
    service_id: serviceId,
    dtstart: day,
    valid_from: day,
    valid_to: endDay || day,
    freq: 'WEEKLY',
    count: 1,
    opens_at: time.slice(0, 5),
    closes_at: endTime?.slice(0, 5),
    description: `One date, local time in ${timeZone}.`,
  });
}

/**
 * @example
 * const { services, files } = exportHsds(feed);
 */
export function exportHsds(feed: WelcomeFeed): HsdsExport {
  const lang = feed.meta.defaultLanguage ?? 'de';
  const timeZone = feed.meta.timeZone ?? 'Europe/Berlin';
  const text = (value: Text | undefined) => (value === undefined ? undefined : resolveText(value, lang, lang).text || undefined);
  const pointName = (point: WelcomePoint) => text(point.name) ?? point.id;

  // One organization per operator name; points without one belong to the publisher.
  const organizations = new Map<string, HsdsObject>();
  const organizationOf = (point: WelcomePoint): HsdsObject => {
    const name = point.operator?.name ?? (feed.meta.publisher || 'Unknown operator');
    let organization = organizations.get(name);
    if (!organization) {
      organization = compact({ id: id('organization', name), name, description: `Runs Welcome Points: ${pointName(point)}`, website: point.operator?.url });
      organizations.set(name, organization);
    } else if (!String(organization.description).includes(pointName(point))) {
      organization.description = `${String(organization.description)}, ${pointName(point)}`;
    }
    return organization;
  };

  const locations = new Map<string, HsdsObject>();
  for (const point of feed.welcomePoints) {
    const locationId = id('welcome-point', point.id);
    const owner = { location_id: locationId };
    const phone = point.contact?.phone;
    locations.set(point.id, compact({
      id: locationId,
      location_type: 'physical',
      organization_id: organizationOf(point).id,
      name: pointName(point),
      // HSDS has one alternate name; former names are what people may still search for.
      alternate_name: point.formerNames?.length ? point.formerNames.map(name => text(name)).join('; ') : undefined,
      description: text(point.description),
      url: point.contact?.url,
      latitude: point.location?.lat,
      longitude: point.location?.lng,
      external_identifier: point.id,
      external_identifier_type: 'welcome-feed',
      // HSDS needs street, city and postal code: an address given only on request has none to publish.
      addresses: point.address.onRequest ? [] : [
        {
          // Required by HSDS, unknown to the feed: an empty state rather than a guess.
          state_province: '',
          ...compact({
          id: id('address', point.id),
          ...owner,
          address_1: point.address.street,
          city: point.address.city,
          postal_code: point.address.postalCode,
          country: 'DE',
          address_type: 'physical',
          }),
        },
      ],
      languages: (point.languages ?? []).map(code => ({ id: id('language', point.id, code), ...owner, code })),
      accessibility: point.accessibility
        ? [compact({ id: id('accessibility', point.id), ...owner, description: WHEELCHAIR[point.accessibility.wheelchair], details: text(point.accessibility.note) })]
        : [],
      phones: phone ? [{ id: id('phone', point.id), ...owner, number: phone, type: 'voice' }] : [],
      schedules: (point.openingHours ?? []).map((slot, index) => weekly(slot, index, owner, locationId)),
    }));
  }

  const pointsById = new Map(feed.welcomePoints.map(point => [point.id, point]));
  const services: HsdsObject[] = [];
  for (const offer of feed.offers) {
    const point = pointsById.get(offer.welcomePointId);
    if (!point) continue;
    const serviceId = id('offer', offer.id);
    const owner = { service_id: serviceId };
    const contact = offer.contact ?? {};
    const cost = offer.cost === 'free' ? 'Free of charge' : text(offer.cost);
    const location = locations.get(point.id)!;
    services.push(compact({
      id: serviceId,
      organization_id: organizationOf(point).id,
      name: text(offer.title) ?? offer.id,
      description: text(offer.description),
      url: offer.url,
      email: contact.email,
      status: STATUS[point.status ?? 'active'],
      fees_description: cost,
      application_process: offer.registration ? [offer.registration.required ? 'Registration required.' : 'No registration needed.', text(offer.registration.note)].filter(Boolean).join(' ') : undefined,
      eligibility_description: offer.audiences?.length ? `For: ${offer.audiences.join(', ')}` : undefined,
      languages: (offer.languages ?? point.languages ?? []).map(code => ({ id: id('language', offer.id, code), ...owner, code })),
      phones: contact.phone ? [{ id: id('phone', offer.id), ...owner, number: contact.phone, type: 'voice' }] : [],
      contacts: contact.email || contact.phone ? [compact({ id: id('contact', offer.id), ...owner, email: contact.email, name: pointName(point) })] : [],
      schedules: [
        ...(offer.schedule ?? []).map((slot, index) => weekly(slot, index, owner, serviceId)),
        ...(offer.dates ?? []).map((date, index) => dated(date, index, serviceId, timeZone)),
      ],
      service_at_locations: [{ id: id('service-at-location', offer.id, point.id), service_id: serviceId, location_id: location.id, location }],
      organization: organizationOf(point),
      last_modified: /^\d{4}-\d{2}-\d{2}T/.test(feed.meta.updated) ? feed.meta.updated : undefined,
      // "The date that the information about the service was last checked": the offer's, else its point's.
      assured_date: offer.lastVerified ?? point.lastVerified,
    }));
  }
  const result = { organizations: [...organizations.values()], locations: [...locations.values()], services };
  return { ...result, files: hsdsFiles(result) };
}

/** The tables of the tabular datapackage: name, and the nested objects that fill it. */
function hsdsFiles({ organizations, locations, services }: Omit<HsdsExport, 'files'>): Map<string, string> {
  const nested = (objects: HsdsObject[], key: string) => objects.flatMap(object => (object[key] as HsdsObject[] | undefined) ?? []);
  const tables: [string, HsdsObject[]][] = [
    ['organizations', organizations],
    ['locations', locations],
    ['addresses', nested(locations, 'addresses')],
    ['accessibility', nested(locations, 'accessibility')],
    ['services', services],
    ['service_at_location', nested(services, 'service_at_locations')],
    ['languages', [...nested(locations, 'languages'), ...nested(services, 'languages')]],
    ['phones', [...nested(locations, 'phones'), ...nested(services, 'phones')]],
    ['contacts', nested(services, 'contacts')],
    ['schedules', [...nested(locations, 'schedules'), ...nested(services, 'schedules')]],
  ];
  const files = new Map<string, string>([
    ['services.json', `${JSON.stringify(services, null, 2)}\n`],
    ['organizations.json', `${JSON.stringify(organizations, null, 2)}\n`],
    ['locations.json', `${JSON.stringify(locations, null, 2)}\n`],
  ]);
  const resources = [];
  for (const [name, rows] of tables) {
    // Columns: every scalar field used, in first-seen order; nested lists have tables of their own.
    const fields = [...new Set(rows.flatMap(row => Object.keys(row).filter(key => !Array.isArray(row[key]) && typeof row[key] !== 'object')))];
    const cells = rows.map(row => fields.map(field => (row[field] === undefined ? '' : String(row[field] as string | number))));
    files.set(`${name}.csv`, toCsv(fields, cells));
    resources.push({
      name,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      schema: { fields: fields.map(field => ({ name: field, type: rows.some(row => typeof row[field] === 'number') ? 'number' : 'string' })), primaryKey: 'id' },
    });
  }
  files.set('datapackage.json', `${JSON.stringify({ name: 'welcome-feed-hsds', profile: 'tabular-data-package', resources }, null, 2)}\n`);
  return files;
}
