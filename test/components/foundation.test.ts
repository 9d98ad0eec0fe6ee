// SPDX-License-Identifier: EUPL-1.2
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { OfferList } from '../../src/index.js';
import { waitUntil } from '../helpers/wait.js';

describe('foundation', () => {
  it('an element loads a real feed file and shows its content', async () => {
    const el = await fixture<OfferList>(html`<offer-list src="/test/fixtures/small.json"></offer-list>`);
    // The first test of the page also pays for loading the widget's modules: wait like the other suites do.
    await waitUntil(() => el.shadowRoot!.textContent?.includes('Sprachcafé'), 'feed content never rendered');
    await expect(el).to.be.accessible();
  });

  it('a missing feed shows an alert with a retry button', async () => {
    const el = await fixture<OfferList>(html`<offer-list src="/__test/status/404"></offer-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no alert');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('part')).to.equal('error');
    expect(alert.textContent).to.contain('404');
    expect(alert.querySelector('button')).to.exist;
    await expect(el).to.be.accessible();
  });
});
