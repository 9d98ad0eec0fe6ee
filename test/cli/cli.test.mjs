// SPDX-License-Identifier: EUPL-1.2
// Node-side tests (run with `npm run test:node` after `npm run build`): the validator CLI on
// the built dist/feed.js, the published JSON Schema, and the committed sample feed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFeed } from '../../scripts/test/generate-feed.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = join(root, 'demo/data/duesseldorf.json');
const small = JSON.parse(readFileSync(join(root, 'test/fixtures/small.json'), 'utf8'));

/** Runs a command from the repository root; resolves with its exit code and output. */
function run(command, args) {
  return new Promise(resolve => {
    execFile(command, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}
const cli = (...args) => run(process.execPath, ['bin/welcome-feed.mjs', ...args]);

let dir;
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};
before(() => (dir = mkdtempSync(join(tmpdir(), 'welcome-feed-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('welcome-feed validate', () => {
  test('the sample feed has 0 problems and exits 0', async () => {
    const { code, stdout } = await cli('validate', 'demo/data/duesseldorf.json');
    assert.equal(code, 0);
    assert.match(stdout, /^demo\/data\/duesseldorf\.json: 0 problems — 13 Welcome Points, \d{3} offers, 10 districts, 11 categories/);
  });

  test('a broken feed lists each problem with path and line, and exits 1', async () => {
    const feed = structuredClone(small);
    feed.offers[0].schedule[0].opens = '25:00';
    feed.offers[1].url = ' JaVaScRiPt:alert(1)';
    feed.welcomePoints[0].languages.push('Deutsch!');
    feed.offers.push({ id: 'o-3', welcomePointId: 'wp-9', title: 'Lost', categoryIds: [] });
    const { code, stdout } = await cli('validate', file('broken.json', feed));
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(lines.slice(0, 4), [
      'error   welcomePoints[0].languages[2] (line 98): "Deutsch!" is not a language tag (BCP 47, e.g. "de", "ar"); languages[2] dropped — in "wp-1" (Welcome Point Mitte)',
      'error   offers[0].schedule[0].opens (line 142): "25:00" is not a time (HH:MM); schedule[0] dropped — in "o-1" (Sprachcafé)',
      'error   offers[1].url (line 164): "JaVaScRiPt:alert(1)" is not an allowed link (only http(s):, mailto:, tel:); url dropped — in "o-2" (Asylverfahrensberatung)',
      'error   offers[2].welcomePointId (line 168): unknown Welcome Point "wp-9"; entry dropped — in "o-3" (Lost)',
    ]);
    assert.match(lines.at(-1), /broken\.json: 4 problems \(4 errors, 0 warnings\) — 2 Welcome Points, 2 offers/);
  });

  test('warnings alone exit 0, or 1 with --strict', async () => {
    const feed = structuredClone(small);
    feed.offers[0].categoryIds.push('sports');
    const path = file('warning.json', feed);
    const lenient = await cli('validate', path);
    assert.equal(lenient.code, 0);
    assert.match(lenient.stdout, /warning offers\[0\]\.categoryIds \(line \d+\): unknown category "sports"; ignored/);
    assert.match(lenient.stdout, /1 problem \(0 errors, 1 warning\)/);
    assert.equal((await cli('validate', path, '--strict')).code, 1);
  });

  test('not JSON: says where, exits 1', async () => {
    const { code, stdout } = await cli('validate', file('bad.json', '{ "version": 1,\n  "meta": { , }\n}'));
    assert.equal(code, 1);
    assert.match(stdout, /not valid JSON: .*line 2/);
    assert.match(stdout, /the feed cannot be used/);
  });

  test('wrong version: a clear error, exit 1', async () => {
    const { code, stdout } = await cli('validate', file('v2.json', { ...small, version: 2 }));
    assert.equal(code, 1);
    assert.match(stdout, /format version 2; this library reads version 1/);
  });

  test('a missing file: exit 1 with the reason', async () => {
    const { code, stdout } = await cli('validate', join(dir, 'nope.json'));
    assert.equal(code, 1);
    assert.match(stdout, /cannot read the feed: ENOENT/);
  });

  test('--json prints a machine-readable report', async () => {
    const feed = structuredClone(small);
    feed.offers[0].url = 'data:text/html,x';
    const { code, stdout } = await cli('validate', file('json.json', feed), '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, false);
    assert.equal(report.errors, 1);
    assert.deepEqual(report.problems.map(p => p.path), ['offers[0].url']);
    assert.equal(typeof report.problems[0].line, 'number');
  });

  test('wrong usage exits 2', async () => {
    assert.equal((await cli()).code, 2);
    assert.equal((await cli('check', 'x.json')).code, 2);
    assert.equal((await cli('validate', 'x.json', '--colour')).code, 2);
    assert.equal((await cli('--help')).code, 0);
  });

  describe('over HTTP', () => {
    let server;
    let base;
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/feed.json') {
          response.setHeader('content-type', 'application/json');
          response.end(readFileSync(sample));
        } else {
          response.statusCode = 404;
          response.end('not found');
        }
      });
      await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    test('validates a feed from a URL', async () => {
      const { code, stdout } = await cli('validate', `${base}/feed.json`);
      assert.equal(code, 0);
      assert.match(stdout, /0 problems/);
    });

    test('reports an HTTP error, exit 1', async () => {
      const { code, stdout } = await cli('validate', `${base}/missing.json`);
      assert.equal(code, 1);
      assert.match(stdout, /the server answered 404/);
    });
  });
});

describe('the sample feed', () => {
  test('is what scripts/build/make-sample-feed.mjs generates (committed output is up to date)', async () => {
    const { code, stdout, stderr } = await run(process.execPath, ['scripts/build/make-sample-feed.mjs', '--check']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /up to date/);
  });
});

describe('the feed generator', () => {
  test('is deterministic per seed and valid', async () => {
    const a = JSON.stringify(generateFeed({ points: 30, offers: 300, seed: 5 }));
    assert.equal(JSON.stringify(generateFeed({ points: 30, offers: 300, seed: 5 })), a);
    assert.notEqual(JSON.stringify(generateFeed({ points: 30, offers: 300, seed: 6 })), a);
    const { validateFeed } = await import('../../dist/feed.js');
    const { feed, problems } = validateFeed(JSON.parse(a));
    assert.deepEqual(problems, []);
    assert.equal(feed.offers.length, 300);
  });
});

describe('dist/welcome-feed.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(root, 'dist/welcome-feed.schema.json'), 'utf8'));

  test('is JSON Schema 2020-12 with named definitions and descriptions', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    for (const name of ['Text', 'Slot', 'WelcomePoint', 'Offer', 'District', 'Geometry', 'Link']) assert.ok(schema.$defs[name], name);
    assert.match(schema.$defs.Slot.description, /"closes" must be later than "opens"/);
    assert.match(schema.$defs.Link.description, /http:, https:, mailto: or tel:/);
  });

  test('accepts the sample feed and rejects broken ones', () => {
    assert.deepEqual(check(schema, JSON.parse(readFileSync(sample, 'utf8'))), []);
    const broken = structuredClone(small);
    broken.offers[0].schedule[0].opens = '25:00';
    broken.welcomePoints[0].status = 'gone';
    broken.offers[1].cost = 0;
    assert.deepEqual(check(schema, broken).map(e => e.path), [
      'welcomePoints[0].status',
      'offers[0].schedule[0].opens',
      'offers[1].cost',
    ]);
  });
});

/**
 * A small JSON Schema checker for exactly the keywords the generated schema uses; it fails on
 * any other keyword, so the schema cannot grow a rule this test silently skips.
 */
function check(root, value) {
  const errors = [];
  const KNOWN = new Set([
    '$schema', '$id', '$defs', '$ref', 'title', 'description', 'default', 'type', 'properties', 'required',
    'items', 'prefixItems', 'minItems', 'maxItems', 'anyOf', 'oneOf', 'const', 'enum', 'pattern', 'format',
    'minLength', 'maxLength', 'minimum', 'maximum', 'propertyNames', 'additionalProperties', 'patternProperties',
    'minProperties', 'examples',
  ]);
  const typeOf = v => (Array.isArray(v) ? 'array' : v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v);
  const walk = (schema, v, path) => {
    const before = errors.length;
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unknown keyword ${key} at ${path}`);
    const fail = message => errors.push({ path, message });
    if (schema.$ref) return walk(root.$defs[schema.$ref.replace('#/$defs/', '')], v, path);
    if (schema.type && !(schema.type === typeOf(v) || (schema.type === 'number' && typeOf(v) === 'integer'))) return fail(`not ${schema.type}`);
    if ('const' in schema && v !== schema.const) fail('const');
    if (schema.enum && !schema.enum.includes(v)) fail('enum');
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(v)) fail('pattern');
    if (schema.minLength !== undefined && v.length < schema.minLength) fail('minLength');
    if (schema.maxLength !== undefined && v.length > schema.maxLength) fail('maxLength');
    if (schema.minimum !== undefined && v < schema.minimum) fail('minimum');
    if (schema.maximum !== undefined && v > schema.maximum) fail('maximum');
    if (schema.minItems !== undefined && v.length < schema.minItems) fail('minItems');
    if (schema.minProperties !== undefined && Object.keys(v).length < schema.minProperties) fail('minProperties');
    if (schema.prefixItems) schema.prefixItems.forEach((item, i) => walk(item, v[i], `${path}[${i}]`));
    if (schema.items && Array.isArray(v)) v.slice(schema.prefixItems?.length ?? 0).forEach((item, i) => walk(schema.items, item, `${path}[${i}]`));
    if (schema.required) for (const key of schema.required) if (!(key in v)) fail(`missing ${key}`);
    if (schema.properties && typeOf(v) === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const child = path ? `${path}.${key}` : key;
        if (schema.properties[key]) walk(schema.properties[key], item, child);
        else if (schema.propertyNames) walk(schema.propertyNames, key, child);
      }
    } else if (typeOf(v) === 'object') {
      for (const [key, item] of Object.entries(v)) {
        if (schema.propertyNames) walk(schema.propertyNames, key, `${path}.${key}`);
        if (schema.additionalProperties && typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, item, `${path}.${key}`);
      }
    }
    for (const [keyword, many] of [['anyOf', false], ['oneOf', true]]) {
      if (!schema[keyword]) continue;
      const passing = schema[keyword].filter(option => {
        const mark = errors.length;
        walk(option, v, path);
        const ok = errors.length === mark;
        errors.length = mark;
        return ok;
      }).length;
      if (many ? passing !== 1 : passing === 0) fail(keyword);
    }
    return errors.length === before;
  };
  walk(root, value, '');
  return errors;
}
