// SPDX-License-Identifier: EUPL-1.2
/**
 * Fallback content (#17): what a page puts inside a widget element — typically a link to the
 * static edition — is what visitors see where the widget cannot run (script blocked or failed,
 * old browser), and it gives way to the widget where it runs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { WelcomePointFinder } from '../../src/index.js';
import { waitUntil } from '../helpers/wait.js';

const FALLBACK = '<a href="https://example.org/welcome/de/">All Welcome Points</a>';

/** A page that embeds the widgets like a partner site, but whose script fails to load. */
function pageWithBrokenScript(): string {
  return `<!doctype html><html lang="en"><head><title>Partner page</title></head><body><main>
    <h1>Welcome Points</h1>
    <welcome-point-finder src="/demo/data/duesseldorf.json">${FALLBACK}</welcome-point-finder>
    <offer-list src="/demo/data/duesseldorf.json"><p>${FALLBACK}</p></offer-list>
    </main>
    <script type="module" src="/__missing__/welcome-widgets.js" onerror="document.documentElement.dataset.scriptFailed = 'yes'"></script>
  </body></html>`;
}

const isShown = (element: Element) => element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0;

describe('fallback content', () => {
  it('stays visible and usable when the widget script fails to load', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Partner page" style="inline-size: 360px; block-size: 400px"></iframe>`);
    const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = pageWithBrokenScript();
    await loaded;
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.documentElement.dataset.scriptFailed === 'yes', 'the script should have failed to load');
    expect(frame.contentWindow!.customElements.get('welcome-point-finder')).to.equal(undefined);
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('welcome-point-finder a, offer-list a')];
    expect(links).to.have.length(2);
    for (const link of links) {
      expect(isShown(link), 'fallback link is rendered').to.be.true;
      expect(link.textContent).to.equal('All Welcome Points');
      link.focus();
      expect(doc.activeElement, 'fallback link takes keyboard focus').to.equal(link);
    }
    // axe runs in this document only: check the same markup here, in elements that never upgrade.
    const copy = await fixture<HTMLElement>(html`<div></div>`);
    copy.innerHTML = doc.querySelector('main')!.innerHTML.replace(/(welcome-point-finder|offer-list)/g, '$1-unloaded');
    await expect(copy).to.be.accessible();
  });

  it('gives way to the widget where it runs', async () => {
    const el = await fixture<WelcomePointFinder>(
      html`<welcome-point-finder src="/demo/data/duesseldorf.json" view="list" lang="en"><a href="https://example.org/welcome/de/">All Welcome Points</a></welcome-point-finder>`,
    );
    // Fully rendered: the list and, with the lazily loaded card extras, the data footer. (A test
    // that ends while those modules still load leaves Firefox's WebDriver BiDi navigation to the
    // next test's blank page waiting for a `load` that never comes.)
    await waitUntil(() => el.shadowRoot?.querySelector('[part="list"]') && el.shadowRoot.querySelector('[part="footer"]'), 'finder never rendered');
    await el.updateComplete;
    const link = el.querySelector('a')!;
    expect(isShown(link), 'fallback hidden once the widget renders').to.be.false;
    expect(el.shadowRoot!.querySelectorAll('li[data-point]').length).to.be.greaterThan(0);
  });
});
