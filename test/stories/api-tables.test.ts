// SPDX-License-Identifier: EUPL-1.2
/**
 * The API tables (Storybook's docs and controls, README) show every attribute, part and token of
 * each element: a part named like an attribute no longer replaces its row, and the shared tokens
 * are listed for all three elements. Storybook keys its table by name the way `byName()` does.
 */
import { expect } from '@open-wc/testing';
import { controlsFor, literalOptions, publicApi, type Manifest } from '../../.storybook/manifest-args.js';

interface Item { name: string; type?: { text: string } }
interface Element { tagName?: string; attributes?: Item[]; cssParts?: Item[]; cssProperties?: Item[]; members?: Item[] }

const TAGS = ['welcome-point-finder', 'offer-list', 'district-map'];

/** What Storybook's web-components renderer does with a manifest entry: one table keyed by name. */
function byName(element: Element): Map<string, string> {
  const rows = new Map<string, string>();
  const add = (items: Item[] | undefined, category: string) => items?.forEach(item => rows.set(item.name, category));
  add(element.members, 'properties');
  add(element.attributes, 'attributes');
  add(element.cssProperties, 'css custom properties');
  add(element.cssParts, 'css shadow parts');
  return rows;
}

describe('API tables', () => {
  let manifest: Manifest;
  let shared: string[];
  before(async () => {
    manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    // The README's shared table is generated from the @cssprop list in src/styles/tokens.ts.
    const readme = await (await fetch('/README.md')).text();
    shared = [...readme.split('### Shared custom properties')[1].matchAll(/^\| `(--welcome-[\w-]+)` \|/gm)].map(match => match[1]);
  });
  const elementsOf = (source: Manifest) => source.modules.flatMap(module => module.declarations ?? []) as Element[];

  it('parts named like attributes were really hiding rows (the manifest has such pairs)', () => {
    const offerList = elementsOf(manifest).find(element => element.tagName === 'offer-list')!;
    const parts = new Set(offerList.cssParts!.map(part => part.name));
    expect(offerList.attributes!.map(attribute => attribute.name).filter(name => parts.has(name))).to.include.members(['category', 'filters', 'group', 'language-switcher']);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: every attribute, part and shared token has its own row in Storybook`, () => {
      const element = elementsOf(publicApi(manifest)).find(candidate => candidate.tagName === tag)!;
      const rows = byName(element);
      for (const attribute of element.attributes!) expect(rows.get(attribute.name), attribute.name).to.equal('attributes');
      for (const part of element.cssParts!) expect(rows.get(part.name), part.name).to.equal('css shadow parts');
      expect(element.cssParts!.map(part => part.name)).to.include('::part(language-switcher)');
      expect(shared.length).to.be.greaterThan(30);
      expect(shared).to.include.members(['--welcome-color-accent-text', '--welcome-focus-width', '--welcome-font-size-large', '--welcome-button-radius']);
      for (const token of shared) expect(rows.get(token), token).to.equal('css custom properties');
    });

    it(`<${tag}>: README lists every attribute and part, and points to the shared tokens`, async () => {
      const readme = await (await fetch('/README.md')).text();
      const section = readme.split(`### \`<${tag}>\``)[1].split('\n### ')[0];
      const element = elementsOf(manifest).find(candidate => candidate.tagName === tag)!;
      for (const attribute of element.attributes!) expect(section, attribute.name).to.match(new RegExp(`^\\| \`${attribute.name}\` \\| `, 'm'));
      for (const part of element.cssParts!) expect(section, part.name).to.contain(`| \`${part.name}\` |`);
      expect(section).to.contain('[shared token](#shared-custom-properties)');
    });
  }

  it('controls: dropdowns for value sets, switches, numbers, text fields and colour pickers', () => {
    expect(literalOptions("'list' | 'map' | 'both'")).to.deep.equal(['list', 'map', 'both']);
    expect(literalOptions('string | null')).to.equal(null);
    const argTypes = controlsFor({
      argTypes: {
        view: { name: 'view', table: { category: 'attributes', type: { summary: "'list' | 'map' | 'both'" } } },
        'open-now': { name: 'open-now', table: { category: 'attributes', type: { summary: 'boolean' } } },
        'page-size': { name: 'page-size', table: { category: 'attributes', type: { summary: 'number' } } },
        district: { name: 'district', table: { category: 'attributes', type: { summary: 'string | null' } } },
        '--welcome-color-accent': { name: '--welcome-color-accent', table: { category: 'css custom properties' } },
        '--welcome-radius': { name: '--welcome-radius', table: { category: 'css custom properties' } },
      },
    });
    expect(argTypes.view.control).to.deep.equal({ type: 'select' });
    expect(argTypes.view.options).to.deep.equal(['', 'list', 'map', 'both']);
    expect(argTypes['open-now'].control).to.deep.equal({ type: 'boolean' });
    expect(argTypes['page-size'].control).to.deep.equal({ type: 'number' });
    expect(argTypes.district.control).to.deep.equal({ type: 'text' });
    expect((argTypes['--welcome-color-accent'].control as { type: string }).type).to.equal('color');
    expect(argTypes['--welcome-radius'].control).to.deep.equal({ type: 'text' });
  });
});

describe('Storybook controls set custom properties', () => {
  it('renderWidget() puts --welcome-* args on the element style, the rest in attributes', async () => {
    const { renderWidget } = await import('../../stories/support.js');
    const el = renderWidget('offer-list', { '--welcome-color-accent': '#E30613', 'page-size': 5, compact: true });
    expect(el.style.getPropertyValue('--welcome-color-accent')).to.equal('#E30613');
    expect(el.hasAttribute('--welcome-color-accent')).to.be.false;
    expect(el.getAttribute('page-size')).to.equal('5');
    expect(el.getAttribute('compact')).to.equal('');
  });
});
