// SPDX-License-Identifier: EUPL-1.2
// Issue #21 item 12: a feed that fails before the page's UI locale has loaded must still say so
// in the page's language; "check your internet connection" only when the browser is offline.
import { expect } from '@open-wc/testing';
import '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.component.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import { waitUntil } from '../helpers/wait.js';

// Port 9 (discard) refuses the connection at once: the fastest failure a page can meet, as with CORS.
const REFUSED = 'http://127.0.0.1:9/feed.json';

/** Every text the error alert showed from the first render on, to catch a passing English one. */
function watchAlerts(el: HTMLElement): string[] {
  const seen: string[] = [];
  const record = () => {
    const text = el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
    if (text && seen.at(-1) !== text) seen.push(text);
  };
  const observer = new MutationObserver(record);
  const start = () => observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  if (el.shadowRoot) start();
  else queueMicrotask(start);
  return seen;
}

async function mountFailing(lang: string): Promise<{ el: WelcomePointFinder; seen: string[] }> {
  document.documentElement.lang = lang;
  const el = document.createElement('welcome-point-finder');
  el.src = REFUSED;
  document.body.append(el);
  const seen = watchAlerts(el);
  await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"] button'), 'no error alert');
  return { el, seen };
}

afterEach(() => {
  document.querySelectorAll('welcome-point-finder').forEach(el => el.remove());
  resetLanguageChoice();
});

describe('error states in the page language (#21)', () => {
  it('on a German page a feed that fails at once is only ever shown in German, not "check your connection" while online', async () => {
    const { el, seen } = await mountFailing('de');
    const alert = el.shadowRoot!.querySelector('[role="alert"][part="error"]')!;
    expect(alert.textContent).to.contain('Der Server mit den Informationen ist gerade nicht erreichbar.');
    expect(alert.textContent).not.to.contain('Internetverbindung');
    expect(alert.querySelector('button')?.textContent?.trim()).to.equal('Erneut versuchen');
    expect(seen.filter(text => /The information|Try again/.test(text)), `English passed by: ${seen.join(' | ')}`).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('on an Arabic page the failure is Arabic and right to left', async () => {
    const { el, seen } = await mountFailing('ar');
    const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).to.contain('تعذّر الوصول إلى الخادم الذي يحفظ المعلومات');
    expect(getComputedStyle(alert).direction).to.equal('rtl');
    expect(seen.filter(text => /The information|Try again/.test(text)), `English passed by: ${seen.join(' | ')}`).to.deep.equal([]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('only an offline browser is told to check its internet connection', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const { el } = await mountFailing('de');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Bitte prüfen Sie Ihre Internetverbindung.');
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });
});
