// SPDX-License-Identifier: EUPL-1.2
// Each guide in docs/embedding/ is tried as a partner would: its snippet, pasted into a page built
// like that CMS's output, loads the built bundle (dist/, so `npm run build` first) from the
// "city's host" (another origin, with the CORS header of hosting.md) and renders a finder.
// Without the script, the fallback link inside the element is what visitors get.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

const PLACEHOLDER_HOST = 'https://www.your-city.example';

/** The "city's host": the same test server under its other name, so requests are cross-origin. */
function cityOrigin(): string {
  const other = new URL(location.href);
  other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return other.origin;
}

/** How each CMS wraps what an editor pastes, with a bit of the CSS it ships. */
const CMS_PAGES: Record<string, { wrap: (snippet: string) => string; head?: (city: string) => string }> = {
  wordpress: {
    head: () => `<style>
      body { margin: 0; font-family: -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 1.125rem; line-height: 1.6; }
      :where(.is-layout-constrained) > :where(:not(.alignleft):not(.alignright):not(.alignfull)) { max-width: 650px; margin-left: auto !important; margin-right: auto !important; }
      :where(.wp-block-post-content) > * { margin-block-start: 1.2rem; margin-block-end: 0; }
      a:where(:not(.wp-element-button)) { color: #2b2b2b; text-decoration: underline; }
      div, section { box-sizing: border-box; }
    </style>`,
    wrap: snippet => `<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">Partner e.V.</a></p></header>
      <main class="wp-block-group is-layout-flow"><h1 class="wp-block-post-title">Beratung</h1>
      <div class="entry-content wp-block-post-content is-layout-constrained"><p>Wo finde ich Hilfe?</p>
      ${snippet}
      </div></main></div>`,
  },
  typo3: {
    // TYPO3 v13's frontend CSP, extended as typo3.md's csp.yaml says.
    head: city => `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${city}; connect-src 'self' ${city}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'self'; object-src 'none'">`,
    wrap: snippet => `<div id="page"><main id="content"><div id="c42" class="frame frame-default frame-type-html frame-layout-0">${snippet}</div></main></div>`,
  },
  drupal: {
    head: () => `<style>.field--name-body { max-width: 44rem; } .field__item p { margin: 0 0 1em; }</style>`,
    wrap: snippet => `<div class="dialog-off-canvas-main-canvas"><main role="main"><article class="node node--type-page node--view-mode-full"><div class="node__content">
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">${snippet}</div>
      </div></article></main></div>`,
  },
  'generic-cms': {
    wrap: snippet => `<main><h1>Beratung</h1>${snippet}</main>`,
  },
};

/** The snippet of a guide: the html block right after its `<!-- embed-snippet -->` marker. */
async function guideSnippet(name: string): Promise<string> {
  const markdown = await (await fetch(`/docs/embedding/${name}.md`)).text();
  const match = /<!-- embed-snippet -->\s*```html\n([\s\S]*?)```/.exec(markdown);
  if (!match) throw new Error(`docs/embedding/${name}.md has no snippet after <!-- embed-snippet -->`);
  return match[1];
}

/** The guide's snippet with the city's placeholder host replaced by the test's "city host". */
function localise(snippet: string, city: string): string {
  return snippet
    .replace(`${PLACEHOLDER_HOST}/welcome-widgets/dist/welcome-widgets.js`, `${city}/__test/cors/dist/welcome-widgets.js`)
    .replace(`${PLACEHOLDER_HOST}/data/welcome-points.json`, `${city}/__test/cors/demo/data/duesseldorf.json`);
}

async function cmsPage(name: string, snippet: string): Promise<HTMLIFrameElement> {
  const city = cityOrigin();
  const cms = CMS_PAGES[name];
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title=${name} style="inline-size: 1024px; block-size: 900px"></iframe>`);
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${name}</title>
    <script src="/node_modules/axe-core/axe.min.js"></script>${cms.head?.(city) ?? ''}</head>
    <body>${cms.wrap(localise(snippet, city))}</body></html>`;
  await loaded;
  return frame;
}

interface AxeWindow extends Window {
  axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string }> }> };
}

for (const name of Object.keys(CMS_PAGES)) {
  describe(`embedding guide docs/embedding/${name}.md`, () => {
    it('its snippet, pasted into a page like the CMS makes, renders the finder from the city host', async () => {
      const snippet = await guideSnippet(name);
      expect(snippet).to.contain(`${PLACEHOLDER_HOST}/welcome-widgets/dist/welcome-widgets.js`);
      const frame = await cmsPage(name, snippet);
      const doc = frame.contentDocument!;
      const finder = doc.querySelector('welcome-point-finder')!;
      await waitUntil(() => finder.shadowRoot?.querySelector('[part~="card"]'), 'the finder shows no Welcome Point', { timeout: 15000 });
      expect(finder.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      const fallback = finder.querySelector('a')!;
      expect(fallback.getClientRects().length, 'the fallback link gives way to the widget').to.equal(0);
      const { violations } = await (frame.contentWindow as AxeWindow).axe.run(doc, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      expect(violations.map(violation => violation.id)).to.deep.equal([]);
    });

    it('where the script cannot run, the fallback link inside the element is visible and named', async () => {
      const withoutScript = (await guideSnippet(name)).replace(/<script[^>]*><\/script>\n?/, '');
      const frame = await cmsPage(name, withoutScript);
      const link = frame.contentDocument!.querySelector('welcome-point-finder a') as HTMLAnchorElement;
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(link.textContent?.trim()).to.equal('All Welcome Points in Düsseldorf');
      expect(link.href).to.match(/^https:\/\//);
      const { violations } = await (frame.contentWindow as AxeWindow).axe.run(frame.contentDocument!, { runOnly: ['wcag2a', 'wcag2aa'] });
      expect(violations.map(violation => violation.id)).to.deep.equal([]);
    });
  });
}

describe('the embedding guides agree', () => {
  it('every CMS guide uses the same snippet as the overview', async () => {
    const overview = await (await fetch('/docs/embedding/README.md')).text();
    for (const name of Object.keys(CMS_PAGES)) expect(overview).to.contain((await guideSnippet(name)).trim());
  });
});

describe('the attributes the guides name', () => {
  const TAG = /<(welcome-point-finder|offer-list|district-map)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g;
  const GUIDES = ['README', 'wordpress', 'typo3', 'drupal', 'generic-cms', 'hosting'];

  async function manifestAttributes(): Promise<Map<string, Set<string>>> {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string; deprecated?: unknown; description?: string }[] }[] }[];
    };
    // Deprecated aliases (`welcome-point`) work but are not for new pages.
    const current = (attribute: { deprecated?: unknown; description?: string }) => !attribute.deprecated && !/deprecated/i.test(attribute.description ?? '');
    const byTag = new Map<string, Set<string>>();
    for (const declaration of manifest.modules.flatMap(module => module.declarations ?? [])) {
      if (declaration.tagName) byTag.set(declaration.tagName, new Set(declaration.attributes?.filter(current).map(attribute => attribute.name)));
    }
    return byTag;
  }

  it('exist on their element (a misspelt one is silently ignored on a real page)', async () => {
    const known = await manifestAttributes();
    let checked = 0;
    for (const guide of GUIDES) {
      const markdown = await (await fetch(`/docs/embedding/${guide}.md`)).text();
      for (const [, tag, list] of markdown.matchAll(TAG)) {
        for (const [, name] of list.matchAll(/\s+([a-z-]+)/g)) {
          expect(known.get(tag)!.has(name), `${guide}.md: <${tag} ${name}>`).to.be.true;
          checked++;
        }
      }
    }
    expect(checked).to.be.greaterThan(30);
  });

  it('the Drupal allow-list names every attribute, so CKEditor keeps them all', async () => {
    const known = await manifestAttributes();
    const markdown = await (await fetch('/docs/embedding/drupal.md')).text();
    for (const tag of ['welcome-point-finder', 'offer-list', 'district-map']) {
      const listed = new RegExp(`\`<${tag} ([a-z -]+)>\``).exec(markdown)?.[1].split(' ') ?? [];
      expect([...known.get(tag)!].filter(name => !listed.includes(name)), `missing from drupal.md for <${tag}>`).to.deep.equal([]);
    }
  });
});
