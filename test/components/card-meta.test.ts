// SPDX-License-Identifier: EUPL-1.2
/**
 * What cards say about their data (#15) and the link into the static edition (#17), on
 * Christmas Day 2026 with a controlled clock: the holiday closes a point ("Closed today — public
 * holiday (Christmas Day)"), "Last checked", "may be out of date", "formerly …", "Report a
 * mistake", "Address on request" without a route link, the data footer, "Share" and the QR code.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia } from '../helpers/media.js';
import sinon from 'sinon';
import '../../src/define.js';
import type { OfferList, WelcomePointFinder } from '../../src/index.js';
import { getLocale } from '../../src/i18n/localization.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/test/fixtures/card-meta.json';
/** Friday 25 December 2026 (Christmas Day, a public holiday in NRW), 10:30 in Düsseldorf. */
const CHRISTMAS = new Date('2026-12-25T09:30:00Z');
const BASE = 'https://example.org/welcome/';

/** What a person reads: whitespace collapsed, direction isolates (U+2066–2069) dropped. */
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();
const card = (el: HTMLElement, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`li[data-point="${id}"]`)!;

async function finder(template: ReturnType<typeof html>, lang = 'en') {
  const el = await fixture<WelcomePointFinder>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="list"]'), 'finder never rendered its list');
  // The card extras (last checked, report, share, footer) are a lazy chunk that follows the first render.
  await waitUntil(() => el.shadowRoot!.querySelector('[part="footer"]'), 'card extras never arrived');
  await waitUntil(() => getLocale() === lang, `locale ${lang} never loaded`);
  await el.updateComplete;
  return el;
}

describe('card meta on Christmas Day', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: CHRISTMAS, toFake: ['Date'] });
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  it('closes points on the public holiday and names it, but not points open on holidays', async () => {
    const el = await finder(html`<welcome-point-finder src=${FEED} view="list" lang="en"></welcome-point-finder>`);
    const badge = text(card(el, 'wp-1').querySelector('[part="badge"]'));
    expect(badge).to.contain('Closed today — public holiday (Christmas Day)');
    // The next opening skips Saturday (no hours) and the Sunday: Monday 28 December.
    expect(badge).to.contain('Monday');
    expect(text(card(el, 'wp-7').querySelector('[part="badge"]'))).to.contain('Open now');
    await expect(el).to.be.accessible();
  });

  it('names the holiday in German with the explanation in Arabic, right to left', async () => {
    const el = await finder(html`<welcome-point-finder src=${FEED} view="list" lang="ar"></welcome-point-finder>`, 'ar');
    const badge = text(card(el, 'wp-1').querySelector('[part="badge"]'));
    expect(badge).to.contain('مغلق اليوم — عطلة رسمية (1. Weihnachtstag)');
    expect(el.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('says when an entry was last checked, flags old ones, and shows former names', async () => {
    const el = await finder(html`<welcome-point-finder src=${FEED} view="list" lang="en"></welcome-point-finder>`);
    expect(text(card(el, 'wp-1').querySelector('[part="last-checked"]'))).to.equal('Last checked: March 2026');
    expect(text(card(el, 'wp-7').querySelector('[part="last-checked"]'))).to.equal('Last checked: June 2025 may be out of date');
    expect(card(el, 'wp-1').querySelector('.card-meta__stale')).to.be.null;
    expect(text(card(el, 'wp-1').querySelector('[part="former-names"]'))).to.equal('formerly Welcome Point 01');
    expect(card(el, 'wp-safe').querySelector('[part="last-checked"]')).to.be.null;
  });

  it('offers a prefilled "Report a mistake" mail on each card, and requests nothing', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const el = await finder(html`<welcome-point-finder src=${FEED} view="list" lang="en"></welcome-point-finder>`);
    fetchSpy.resetHistory();
    const link = card(el, 'wp-1').querySelector<HTMLAnchorElement>('a[part~="report-link"]')!;
    expect(text(link)).to.equal('Report a mistake');
    const href = new URL(link.href);
    expect(href.protocol).to.equal('mailto:');
    expect(href.pathname).to.equal('fix@example.org');
    expect(href.searchParams.get('subject')).to.equal('Mistake in: Welcome Point Mitte');
    expect(href.searchParams.get('body')).to.contain('welcomePoint: wp-1');
    expect(el.shadowRoot!.querySelectorAll('a[part~="report-link"]')).to.have.length(3);
    expect(fetchSpy.called, 'no request before the visitor clicks').to.be.false;
  });

  it('gives an address on request with its note and no route link', async () => {
    const el = await finder(html`<welcome-point-finder src=${FEED} view="list" lang="en"></welcome-point-finder>`);
    const safe = card(el, 'wp-safe');
    expect(text(safe.querySelector('.address-on-request'))).to.equal('Address on request');
    expect(text(safe.querySelector('.address-note'))).to.equal('Ask for the address by phone');
    expect([...safe.querySelectorAll('a')].map(a => text(a))).not.to.include('Route');
    expect([...card(el, 'wp-1').querySelectorAll('a')].map(a => text(a))).to.include('Route');
    await expect(el).to.be.accessible();
  });

  it('shows the publisher and the date of the data in the footer', async () => {
    const el = await finder(html`<welcome-point-finder src=${FEED} view="list" lang="en"></welcome-point-finder>`);
    expect(text(el.shadowRoot!.querySelector('[part="footer"]'))).to.equal('Data: Stadt Düsseldorf, as of Dec 1, 2026');
    // The publisher is a plain feed string, in the feed's language: marked so a screen reader reads it so,
    // and isolated (bdi), so its punctuation stays inside it where a right-to-left sentence wraps.
    expect(el.shadowRoot!.querySelector('[part="footer"] bdi[lang]')!.getAttribute('lang')).to.equal('de');
  });

  describe('with static-base', () => {
    afterEach(() => {
      delete (navigator as { share?: unknown }).share;
    });

    it('shares the point page in the visitor’s language with the Web Share API', async () => {
      const share = sinon.stub().resolves();
      Object.defineProperty(navigator, 'share', { value: share, configurable: true });
      const el = await finder(html`<welcome-point-finder src=${FEED} view="list" lang="en" static-base=${BASE}></welcome-point-finder>`);
      const button = card(el, 'wp-1').querySelector<HTMLButtonElement>('button[part~="share-button"]')!;
      expect(text(button)).to.equal('Share');
      button.click();
      await waitUntil(() => share.called, 'navigator.share never called');
      expect(share.firstCall.args[0]).to.deep.equal({ title: 'Welcome Point Mitte', url: `${BASE}en/points/wp-1/` });
    });

    it('copies the link where there is no Web Share API and confirms it in a live region', async () => {
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const el = await finder(html`<welcome-point-finder src=${FEED} view="list" lang="en" static-base=${BASE}></welcome-point-finder>`);
      const status = card(el, 'wp-7').querySelector('.share__status')!;
      expect(status.getAttribute('role')).to.equal('status');
      card(el, 'wp-7').querySelector<HTMLButtonElement>('button[part~="share-button"]')!.click();
      await waitUntil(() => text(status) === 'Link copied', 'no visible confirmation');
      expect(write.firstCall.args[0]).to.equal(`${BASE}en/points/wp-7/`);
      await expect(el).to.be.accessible();
    });

    it('prints a QR code of the link, and shows no Share action without a base', async () => {
      const el = await finder(html`<welcome-point-finder src=${FEED} view="list" lang="en" static-base=${BASE}></welcome-point-finder>`);
      await waitUntil(() => card(el, 'wp-1').querySelector('[part="qr"] svg path'), 'QR code never rendered');
      const qr = card(el, 'wp-1').querySelector<HTMLElement>('[part="qr"]')!;
      expect(text(qr)).to.equal(`${BASE}en/points/wp-1/`);
      expect(getComputedStyle(qr).display).to.equal('none');
      if (canEmulateMedia) {
        await emulateMedia({ media: 'print' });
        try {
          expect(getComputedStyle(qr).display).to.equal('flex');
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      }
      const plain = await finder(html`<welcome-point-finder src=${FEED} view="list" lang="en"></welcome-point-finder>`);
      expect(plain.shadowRoot!.querySelector('[part~="share-button"], [part="qr"]')).to.be.null;
    });
  });

  describe('<offer-list>', () => {
    async function list(template: ReturnType<typeof html>) {
      const el = await fixture<OfferList>(template);
      await waitUntil(() => el.shadowRoot!.querySelector('.list, .status--empty'), 'list never rendered');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="footer"]'), 'card extras never arrived');
      await waitUntil(() => getLocale() === 'en');
      await el.updateComplete;
      return el;
    }

    it('leaves weekly times on the holiday out of the agenda, unless the offer is open on holidays', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="day" lang="en"></offer-list>`);
      const days = [...el.shadowRoot!.querySelectorAll('section.group')].map(section => ({
        label: text(section.querySelector('.group__label')),
        ids: [...section.querySelectorAll<HTMLElement>('li[data-offer-id]')].map(li => li.dataset.offerId),
      }));
      expect(days[0].ids).to.deep.equal(['o-open']);
      expect(days.find(day => day.ids.includes('o-fri'))!.label).to.contain('Monday');
    });

    it('shows last checked, report link, address on request and the footer on offer cards', async () => {
      const el = await list(html`<offer-list src=${FEED} group-by="none" lang="en"></offer-list>`);
      for (const toggle of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.offer__toggle')) toggle.click();
      await el.updateComplete;
      const item = (id: string) => el.shadowRoot!.querySelector(`li[data-offer-id="${id}"]`)!;
      expect(text(item('o-fri').querySelector('[part="last-checked"]'))).to.equal('Last checked: March 2026');
      expect(text(item('o-fri').querySelector('a[part~="report-link"]'))).to.equal('Report a mistake');
      expect(text(item('o-safe').querySelector('[part="address"]'))).to.contain('Address on request');
      expect(item('o-safe').querySelector('[part="route-link"]')).to.be.null;
      expect(text(el.shadowRoot!.querySelector('[part="footer"]'))).to.equal('Data: Stadt Düsseldorf, as of Dec 1, 2026');
      await expect(el).to.be.accessible();
    });
  });
});
