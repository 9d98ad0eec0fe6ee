// SPDX-License-Identifier: EUPL-1.2
/**
 * The embed configurator (demo/configurator.html) and the static edition (#17): its
 * "static edition" address becomes the finder's `static-base` and, unless the editor names a
 * page of their own, the target of the snippet's fallback link; that snippet, pasted into a page
 * whose script fails to load, leaves visitors a working link to the static edition.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { previewShown } from '../helpers/preview.js';
import { waitUntil } from '../helpers/wait.js';

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
}

const STATIC = 'https://www.city.example/welcome/static/';

async function openConfigurator(): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Configurator" style="inline-size: 1280px; block-size: 900px"></iframe>`);
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/configurator.html?lang=en';
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.documentElement.lang === 'en', 'the configurator never started');
  return frame;
}

/** Types a value into a field as an editor would finish it: input, then change. */
function fill(doc: Document, id: string, value: string): void {
  const field = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

const snippet = (doc: Document) => doc.getElementById('snippet')!.textContent ?? '';

async function axe(doc: Document): Promise<string[]> {
  const script = doc.createElement('script');
  const ready = new Promise(resolve => script.addEventListener('load', resolve, { once: true }));
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await ready;
  const run = (doc.defaultView as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } }).axe.run;
  return (await run(doc)).violations.map(v => `${v.id}: ${v.nodes.map(n => JSON.stringify(n.target)).join(' ')}`);
}

describe('embed configurator: static edition', function () {
  this.timeout(60_000);

  it('puts static-base on the finder and links the fallback to the static edition', async () => {
    const frame = await openConfigurator();
    const doc = frame.contentDocument!;
    const field = doc.getElementById('static-base') as HTMLInputElement;
    expect(doc.querySelector(`label[for="static-base"]`)?.textContent).to.equal('Address of the pages without JavaScript (static edition)');
    expect(field.getAttribute('aria-describedby')).to.equal('static-base-hint');

    fill(doc, 'bundle-url', `${location.origin}/dist/welcome-widgets.js`);
    fill(doc, 'feed-url', `${location.origin}/demo/data/duesseldorf.json`);
    await waitUntil(() => snippet(doc).startsWith('<script'), 'no snippet for the two addresses');
    expect(snippet(doc)).to.not.contain('static-base');
    expect(doc.getElementById('warnings')!.textContent).to.contain('the address of the static edition');

    // the address without its final slash: the folder is meant
    fill(doc, 'static-base', STATIC.slice(0, -1));
    await waitUntil(() => snippet(doc).includes('static-base'), 'static-base never reached the snippet');
    expect(snippet(doc)).to.contain(`<welcome-point-finder src="${location.origin}/demo/data/duesseldorf.json" static-base="${STATIC}">`);
    expect(snippet(doc)).to.contain(`  <a href="${STATIC}">All Welcome Points in Düsseldorf</a>\n</welcome-point-finder>`);
    expect(doc.getElementById('warnings')!.textContent, 'no warning once there is a fallback').to.equal('');

    fill(doc, 'lang', 'ar');
    await waitUntil(() => snippet(doc).includes(`<a href="${STATIC}ar/">`), `the fallback does not follow the widget's language:\n${snippet(doc)}`);

    // an editor's own page wins over the static edition; static-base stays for the Share action
    fill(doc, 'fallback-url', 'https://www.partner.example/beratung');
    await waitUntil(() => snippet(doc).includes('<a href="https://www.partner.example/beratung">'), 'the own page did not win');
    expect(snippet(doc)).to.contain(`static-base="${STATIC}"`);

    // offer lists have no point cards to share: no static-base, but the fallback still links there
    fill(doc, 'fallback-url', '');
    (doc.querySelector('input[name="widget"][value="offer-list"]') as HTMLInputElement).click();
    await waitUntil(() => snippet(doc).includes('<offer-list '), 'the widget did not change');
    expect(snippet(doc)).to.not.contain('static-base');
    expect(snippet(doc)).to.contain(`  <a href="${STATIC}ar/">All offers of the Welcome Points</a>\n</offer-list>`);

    await previewShown(doc);
    expect(await axe(doc)).to.deep.equal([]);
  });

  it('a map with the offer list linked to it: two elements in one group, the fallback link once, one language menu', async () => {
    const frame = await openConfigurator();
    const doc = frame.contentDocument!;
    fill(doc, 'bundle-url', `${location.origin}/dist/welcome-widgets.js`);
    fill(doc, 'feed-url', `${location.origin}/demo/data/duesseldorf.json`);
    fill(doc, 'static-base', STATIC);
    (doc.querySelector('input[name="widget"][value="district-map offer-list"]') as HTMLInputElement).click();
    fill(doc, 'district', '7');
    // The topics come from the feed once it was checked.
    await waitUntil(() => doc.querySelector('#category option[value="counselling"]'), 'the feed\'s topics never came');
    fill(doc, 'category', 'counselling');
    fill(doc, 'group-by', 'day');
    (doc.getElementById('language-switcher') as HTMLInputElement).click();
    const feed = `${location.origin}/demo/data/duesseldorf.json`;
    await waitUntil(() => snippet(doc).includes('group-by="day"'), `no linked offer list:\n${snippet(doc)}`);
    expect(snippet(doc).split('\n').slice(1)).to.deep.equal([
      `<district-map src="${feed}" group="district-7" district="7" language-switcher>`,
      `  <a href="${STATIC}">Welcome Points by district</a>`,
      '</district-map>',
      `<offer-list src="${feed}" group="district-7" district="7" category="counselling" group-by="day">`,
      '</offer-list>',
    ]);
    // Both fields of the two widgets are offered: the map's view and the list's grouping.
    expect((doc.getElementById('view')!.closest('.field') as HTMLElement).hidden).to.be.false;
    expect((doc.getElementById('group-by')!.closest('.field') as HTMLElement).hidden).to.be.false;
    await previewShown(doc);
    const preview = doc.getElementById('preview')!;
    expect([...preview.children].map(element => `${element.localName} ${element.getAttribute('group')}`)).to.deep.equal(['district-map district-7', 'offer-list district-7']);
    expect(await axe(doc)).to.deep.equal([]);
  });

  it('its snippet, pasted into a page whose script fails, leaves a working link to the static edition', async () => {
    const frame = await openConfigurator();
    const doc = frame.contentDocument!;
    fill(doc, 'bundle-url', `${location.origin}/__missing__/welcome-widgets.js`);
    fill(doc, 'feed-url', `${location.origin}/demo/data/duesseldorf.json`);
    fill(doc, 'static-base', STATIC);
    fill(doc, 'lang', 'de');
    await waitUntil(() => snippet(doc).includes(`<a href="${STATIC}de/">`), 'no fallback link in the snippet');
    await previewShown(doc);

    const page = await fixture<HTMLIFrameElement>(html`<iframe title="Partner page" style="inline-size: 320px; block-size: 400px"></iframe>`);
    const loaded = new Promise(resolve => page.addEventListener('load', resolve, { once: true }));
    page.srcdoc = `<!doctype html><html lang="de"><head><title>Beratung</title></head><body><main><h1>Beratung</h1>${snippet(doc).replace(
      '<script type="module"',
      `<script type="module" onerror="document.documentElement.dataset.scriptFailed = 'yes'"`,
    )}</main></body></html>`;
    await loaded;
    const partner = page.contentDocument!;
    await waitUntil(() => partner.documentElement.dataset.scriptFailed === 'yes', 'the script should have failed to load');
    const link = partner.querySelector<HTMLAnchorElement>('welcome-point-finder a')!;
    expect(link.href).to.equal(`${STATIC}de/`);
    expect(link.textContent, 'in the widget\'s language (lang="de"), not the configurator\'s (English)').to.equal('Alle Welcome Points in Düsseldorf');
    expect(link.getClientRects().length, 'the link is shown').to.be.greaterThan(0);
    link.focus();
    expect(partner.activeElement).to.equal(link);
    expect(await axe(partner)).to.deep.equal([]);
  });
});
