// SPDX-License-Identifier: EUPL-1.2
/**
 * District names as the widgets show them: a name that already carries its number (in Latin,
 * Arabic-Indic or Persian digits) is not prefixed with "District N:" a second time, and the sample
 * feed names districts with the UI's word in each language (المنطقة, منطقه with Persian digits,
 * Stadt-Bezirk).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { districtLabel } from '../../src/components/district-map/district-map-list.js';
import type { District } from '../../src/feed/schema.js';
import { getLocale } from '../../src/i18n/localization.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import type { WelcomeElement } from '../../src/internal/welcome-element.js';
import { waitUntil } from '../helpers/wait.js';

/** Everything a visitor can read in a widget, across nested shadow roots. */
function visibleText(root: Node): string {
  let text = '';
  const visit = (node: Node) => {
    if (node instanceof Text) text += ` ${node.data}`;
    if (node instanceof HTMLStyleElement) return;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return text.replace(/\s+/g, ' ');
}

async function widgetIn(tag: 'welcome-point-finder' | 'district-map', locale: string, ready: string): Promise<WelcomeElement> {
  const el = await fixture<WelcomeElement>(
    tag === 'district-map'
      ? html`<district-map lang=${locale} src="/demo/data/duesseldorf.json" view="list"></district-map>`
      : html`<welcome-point-finder lang=${locale} src="/demo/data/duesseldorf.json"></welcome-point-finder>`,
  );
  await waitUntil(() => getLocale() === locale && el.shadowRoot!.querySelector(ready), `${tag} never showed ${ready} in ${locale}`);
  await el.updateComplete;
  return el;
}

afterEach(() => resetLanguageChoice());

describe('district names', () => {
  const five = { id: '5', number: 5 } as District;

  it('keeps a name that already says its number, whatever the digits', () => {
    expect(districtLabel({ district: five, name: 'Stadtbezirk 5' })).to.equal('Stadtbezirk 5');
    expect(districtLabel({ district: five, name: 'منطقه ۵' })).to.equal('منطقه ۵');
    expect(districtLabel({ district: five, name: 'المنطقة ٥' })).to.equal('المنطقة ٥');
    expect(districtLabel({ district: { id: '10', number: 10 } as District, name: 'منطقه ۱۰' })).to.equal('منطقه ۱۰');
  });

  it('adds the number to a name without it, and only the right number counts', () => {
    expect(districtLabel({ district: five, name: 'Mitte' })).to.equal('District 5: Mitte');
    expect(districtLabel({ district: five, name: 'منطقه ۱۵' })).to.equal('District 5: منطقه ۱۵');
  });

  it('the finder names districts with the word of its district filter', async () => {
    const arabic = visibleText(await widgetIn('welcome-point-finder', 'ar', '[part~="card"]'));
    expect(arabic).to.contain('المنطقة 5');
    expect(arabic).not.to.contain('الدائرة');
    const easy = visibleText(await widgetIn('welcome-point-finder', 'de-x-ls', '[part~="card"]'));
    expect(easy).to.contain('Stadt-Bezirk 5');
  });

  it('the district list in Farsi writes the number once, in Persian digits', async () => {
    const el = await widgetIn('district-map', 'fa', 'li');
    const text = visibleText(el);
    expect(text).to.contain('منطقه ۵');
    expect(text).not.to.match(/منطقه [0-9]|District/);
    await expect(el).to.be.accessible();
  });
});
