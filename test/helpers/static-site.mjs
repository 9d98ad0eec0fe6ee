// SPDX-License-Identifier: EUPL-1.2
// Test-server routes for the static edition (`welcome-feed render`), so browser tests open real
// generated pages: a test posts a feed, the built renderer (dist/static.js) makes the site in
// memory, and its files are served under /__test/static-site/<id>/.
const sites = new Map();
let next = 0;

const TYPES = { html: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', ics: 'text/calendar; charset=utf-8', xml: 'application/xml', txt: 'text/plain; charset=utf-8' };

async function body(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * - `POST static-render` with `{ feed, lang?: string[] }` → `{ base }`, the URL path of the rendered
 *   site (its base URL for canonical links and QR codes is this server's origin + `base`)
 * - `GET static-site/<id>/<path>` → a file of that site (`…/` serves `…/index.html`)
 */
export async function staticSiteRoutes(ctx, rest) {
  if (rest === 'static-render' && ctx.method === 'POST') {
    const { renderSite } = await import('../../dist/static.js').catch(() => {
      throw new Error('dist/static.js is missing: run npm run build before the browser tests');
    });
    const { feed, lang } = JSON.parse(await body(ctx.req));
    const base = `/__test/static-site/${++next}/`;
    const { files } = await renderSite(feed, { lang, baseUrl: `${ctx.origin}${base}` });
    sites.set(String(next), files);
    ctx.body = { base };
    return true;
  }
  const match = rest.match(/^static-site\/(\d+)\/(.*)$/);
  if (!match) return false;
  const files = sites.get(match[1]);
  const path = match[2] === '' || match[2].endsWith('/') ? `${match[2]}index.html` : match[2];
  const content = files?.get(decodeURIComponent(path));
  if (content === undefined) {
    ctx.status = 404;
    ctx.body = 'not found';
    return true;
  }
  ctx.type = TYPES[path.split('.').pop()] ?? 'application/octet-stream';
  ctx.body = content;
  return true;
}
