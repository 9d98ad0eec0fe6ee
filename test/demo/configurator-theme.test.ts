// SPDX-License-Identifier: EUPL-1.2
/**
 * The embed configurator's colours (demo/configurator.html on the built bundle, in a frame): it
 * shows the contrast of every pair the widgets draw with the chosen accent, and the snippet it
 * emits passes WCAG AA; a theme that cannot pass gets no snippet. Needs `npm run build` (dist/).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { checkTheme, type ThemeColours } from '../../src/theme.js';
import { previewShown } from '../helpers/preview.js';
import { waitUntil } from '../helpers/wait.js';

let frame: HTMLIFrameElement;
const $ = <T extends HTMLElement = HTMLElement>(id: string) => frame.contentDocument!.getElementById(id) as T;
const text = (id: string) => ($(id).textContent ?? '').replace(/\s+/g, ' ').trim();

/** The contrast table as [pair, ratio, verdict] rows. */
const rows = () =>
  [...$('contrast').querySelectorAll<HTMLTableRowElement>('tbody tr')].map(row => ({
    pair: row.dataset.pair!,
    ratio: Number(row.cells[2].textContent.split(':')[0].trim()),
    verdict: row.cells[3].textContent,
  }));

/** The `--welcome-color-*` declarations of the snippet's style rule, as a theme. */
function snippetTheme(snippet: string): ThemeColours {
  return Object.fromEntries([...snippet.matchAll(/--welcome-color-([\w-]+):\s*([^;]+);/g)].map(([, token, value]) => [token, value.trim()]));
}

/** Picks a colour the way the colour input reports it (lower-case hex), then `input` fires. */
function pickAccent(colour: string) {
  const accent = $<HTMLInputElement>('accent');
  accent.value = colour;
  accent.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('embed configurator: colours', () => {
  before(async () => {
    frame = Object.assign(document.createElement('iframe'), { src: '/demo/configurator.html?lang=en', title: 'configurator' });
    frame.style.cssText = 'inline-size: 1280px; block-size: 900px; border: 0';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    await waitUntil(() => text('snippet').startsWith('First enter'), 'the configurator never started');
    $('use-demo').click();
    await waitUntil(() => text('snippet').startsWith('<script'), 'no snippet for the demo addresses');
    await previewShown(frame.contentDocument!);
    $('use-colours').click();
  });
  after(async () => {
    await previewShown(frame.contentDocument!);
    frame.remove();
  });

  it('entering #E30613 shows the ratios of its pairs, and the emitted theme passes AA', async () => {
    pickAccent('#E30613');
    await waitUntil(() => rows().length > 0 && text('snippet').includes('#e30613'), 'no ratios or no red theme');
    const table = rows();
    expect($('contrast').hidden).to.be.false;
    expect(text('contrast')).to.contain('Contrast of your colours');
    const onAccent = table.find(row => row.pair === 'on-accent/accent')!;
    expect(onAccent.ratio).to.be.closeTo(4.88, 0.01);
    expect(onAccent.verdict).to.equal('passes (at least 4.5 : 1)');
    // The red as text is darkened so it reads on the grey surface (the bare red has 4.47:1).
    expect(table.find(row => row.pair === 'accent-text/surface-alt')!.ratio).to.be.at.least(4.5);
    expect(table.map(row => row.pair)).to.include.members(['accent-text/surface', 'accent-text/accent-soft', 'accent/surface', 'focus/surface']);
    expect(table.every(row => row.verdict.startsWith('passes')), JSON.stringify(table)).to.be.true;

    const snippet = text('snippet');
    const theme = snippetTheme(snippet);
    expect(theme.accent).to.equal('#e30613');
    expect(Object.keys(theme)).to.include.members(['on-accent', 'accent-soft', 'accent-text', 'focus']);
    expect(theme.focus, 'the focus ring is not the bare accent').not.to.equal('#e30613');
    expect(checkTheme(theme).filter(result => !result.ok), 'failing pairs of the emitted theme').to.deep.equal([]);
    expect($<HTMLButtonElement>('copy').disabled).to.be.false;
    expect($('contrast-warning').hidden).to.be.true;
  });

  it('a pale yellow accent is shown failing, and no snippet is emitted', async () => {
    pickAccent('#ffcc00');
    await waitUntil(() => rows().some(row => row.verdict.startsWith('too faint')), 'no failing pair shown');
    const failing = rows().filter(row => row.verdict.startsWith('too faint'));
    expect(failing.map(row => row.pair)).to.include('accent/surface');
    expect(text('snippet')).not.to.contain('<script');
    expect(text('snippet')).to.contain('Choose other colours');
    expect($<HTMLButtonElement>('copy').disabled).to.be.true;
    expect(text('contrast-warning')).to.contain('Accent colour / Background: the contrast 1.51 : 1 is too low (at least 3 : 1 is needed)');
    expect($('accent').getAttribute('aria-invalid')).to.equal('true');
  });
});
