#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes dist/welcome-feed.schema.json (JSON Schema 2020-12) from the valibot schema in
 * src/feed/schema.ts, via the built dist/feed.js — so the published schema, the runtime
 * validation and the TypeScript types have one source. Runs in `npm run build` after rollup.
 *
 *   node scripts/build/json-schema.mjs            # writes dist/welcome-feed.schema.json
 *   node scripts/build/json-schema.mjs --stdout   # prints it
 *
 * A few rules are custom valibot checks that JSON Schema cannot express (closing after
 * opening, closed rings, real calendar dates, allowed link schemes, IANA zone names). They
 * reach the JSON Schema as descriptions (each check sits next to a v.description in
 * schema.ts), and the validator CLI enforces them: editors get completion and most errors in
 * the IDE, `welcome-feed validate` gets all of them.
 */
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';

const dist = new URL('../../dist/', import.meta.url);
const { schema } = await import(new URL('feed.js', dist).href);
const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;

/** Named parts become $defs, so the file stays readable and IDEs show the names. */
const definitions = {
  Text: schema.Text,
  LanguageTag: schema.LanguageTag,
  Link: schema.SafeUrl,
  Date: schema.IsoDate,
  DateTime: schema.IsoDateTime,
  Time: schema.Time,
  Weekday: schema.Weekday,
  LatLng: schema.LatLng,
  Contact: schema.Contact,
  Slot: schema.Slot,
  Closure: schema.Closure,
  EventDate: schema.EventDate,
  Address: schema.Address,
  LastVerified: schema.LastVerified,
  Geometry: schema.Geometry,
  Audience: schema.Audience,
  Meta: schema.Meta,
  District: schema.District,
  Category: schema.Category,
  WelcomePoint: schema.WelcomePoint,
  Offer: schema.Offer,
};

/** Actions that only exist at runtime: trimming, and custom checks (documented by a description). */
const RUNTIME_ONLY = new Set(['check', 'trim']);

export function buildJsonSchema() {
  const json = toJsonSchema(schema.Feed, {
    target: 'draft-2020-12',
    definitions,
    overrideAction: ({ valibotAction, jsonSchema }) => (RUNTIME_ONLY.has(valibotAction.type) ? jsonSchema : undefined),
  });
  allowExtensions(json);
  return {
    $schema: json.$schema,
    $id: `https://unpkg.com/welcome-widgets@${version}/dist/welcome-feed.schema.json`,
    title: 'Welcome feed, format version 1',
    ...json,
  };
}

/**
 * Mirrors validate.ts: unknown fields are reported (usually typos), but `$…` (e.g. "$schema")
 * and `x-…` extension fields are fine. valibot objects become `additionalProperties: false`.
 */
function allowExtensions(node) {
  if (Array.isArray(node)) node.forEach(allowExtensions);
  else if (node && typeof node === 'object') {
    if (node.type === 'object' && node.properties && node.additionalProperties === false) {
      node.patternProperties = { '^(\\$|x-)': {} };
    }
    Object.values(node).forEach(allowExtensions);
  }
}

if (import.meta.url.endsWith(process.argv[1]?.split(/[\\/]/).pop() ?? '')) {
  const text = `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else writeFileSync(new URL('welcome-feed.schema.json', dist), text);
}
