// SPDX-License-Identifier: EUPL-1.2
// Issue #21 item 11: narrow columns must not break words. Time ranges ("09:00–13:00 Uhr", Arabic
// ranges without a dangling "–"), phone numbers and the "Call" label stay on one line; e-mail
// addresses break only after "@" or before "."; the open badge stays on one line in a 60rem
// column; nothing runs out of its card. Measured with the boxes the browser laid out.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { WelcomePointFinder } from '../../src/components/welcome-point-finder/welcome-point-finder.js';
import type { OfferList } from '../../src/components/offer-list/offer-list.js';
import { getLocale, isLocaleLoading } from '../../src/i18n/localization.js';
import { resetLanguageChoice } from '../../src/i18n/language-choice.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/demo/data/duesseldorf.json';
/** Tuesday 3 November 2026, 11:00 in Düsseldorf: most points are open, so badges say "open until …". */
const NOW = new Date('2026-11-03T10:00:00Z');

interface Layout {
  name: string;
  width: number;
  /** The host column's width; the whole viewport when absent. */
  column?: string;
}
const LAYOUTS: Layout[] = [
  { name: '320 px', width: 320 },
  // (a 320 px phone showing a page with 1.5rem margins, like the demo: the narrowest card)
  { name: 'a 17rem column at 320 px', width: 320, column: '17rem' },
  { name: '360 px', width: 360 },
  { name: '412 px', width: 412 },
  { name: 'a 60rem column', width: 1280, column: '60rem' },
];

/** The text nodes under an element, across nothing but its light children (cards render no nested roots here). */
function textNodes(root: Node | null): Text[] {
  if (!root) throw new Error('nothing to measure');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) nodes.push(walker.currentNode as Text);
  return nodes;
}

interface Glyph {
  char: string;
  top: number;
  bottom: number;
}

/** Each visible character with its box's top and bottom. */
function glyphs(el: Element | null): Glyph[] {
  const range = document.createRange();
  return textNodes(el)
    .flatMap(node =>
      [...node.data].map((char, i) => {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        return { char, top: rect?.height ? rect.top : NaN, bottom: rect?.bottom ?? NaN };
      }),
    )
    // Invisible marks (the right-to-left mark Intl puts into Arabic times) have no box of their own to speak of.
    .filter(glyph => glyph.char.trim() && !/\p{Cf}/u.test(glyph.char) && !Number.isNaN(glyph.top));
}

/**
 * Two glyphs share a line when their boxes overlap vertically. (Glyphs from a fallback font,
 * as Arabic ones often are, sit higher or lower than Latin ones on the same line.)
 */
const sameLine = (a: Glyph, b: Glyph) => a.top < b.bottom - 2 && b.top < a.bottom - 2;

/** How many lines an element's text is laid out on. */
function lineCount(el: Element | null): number {
  const sorted = glyphs(el).sort((a, b) => a.top - b.top);
  let lines = 0;
  let bottom = -Infinity;
  for (const glyph of sorted) {
    if (glyph.top >= bottom - 2) lines++;
    bottom = glyph.top >= bottom - 2 ? glyph.bottom : Math.max(bottom, glyph.bottom);
  }
  return lines;
}

/** Where an e-mail address broke: the text before each new line. */
function emailBreaks(el: Element): string[] {
  const chars = glyphs(el);
  const text = chars.map(c => c.char).join('');
  return chars.flatMap((glyph, i) => (i > 0 && !sameLine(glyph, chars[i - 1]) ? [text.slice(0, i)] : []));
}

/**
 * The words an element's text breaks inside: a new line that starts within a word of one text
 * node, not after a space, a dash or a slash. ("Öffnungszeit|en" and "Niederrheinstra|ße" did
 * at 320 px.)
 */
function brokenWords(el: Element): string[] {
  const range = document.createRange();
  return textNodes(el).flatMap(node => {
    const broken: string[] = [];
    let previous: Glyph | undefined;
    [...node.data].forEach((char, i) => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!char.trim() || /\p{Cf}/u.test(char) || !rect?.height) {
        previous = undefined;
        return;
      }
      const glyph = { char, top: rect.top, bottom: rect.bottom };
      if (previous && !sameLine(previous, glyph) && !/[-–/]/.test(previous.char)) {
        const word = /\S*$/.exec(node.data.slice(0, i))![0] + /^\S*/.exec(node.data.slice(i))![0];
        broken.push(word);
      }
      previous = glyph;
    });
    return broken;
  });
}

/** Every box of `scope` that runs out of `box` (1 px of rounding allowed). */
function overflowing(box: Element, scope: Element): string[] {
  const outer = box.getBoundingClientRect();
  return [...scope.querySelectorAll('*')]
    .filter(el => el.getClientRects().length)
    .filter(el => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < outer.left - 1 || r.right > outer.right + 1);
    })
    .map(el => `${el.localName}.${[...el.classList].join('.')}: "${el.textContent?.trim().slice(0, 40)}"`);
}

async function widgets(lang: string, layout: Layout): Promise<{ finder: WelcomePointFinder; list: OfferList }> {
  await setViewport({ width: layout.width, height: 900 });
  document.documentElement.lang = lang;
  const wrap = await fixture<HTMLElement>(html`<div style=${layout.column ? `inline-size: ${layout.column}` : ''}>
    <welcome-point-finder src=${FEED} .now=${NOW}></welcome-point-finder>
    <offer-list src=${FEED} selected="wp-stadtmitte" .now=${NOW}></offer-list>
  </div>`);
  const finder = wrap.querySelector<WelcomePointFinder>('welcome-point-finder')!;
  const list = wrap.querySelector<OfferList>('offer-list')!;
  await waitUntil(() => finder.shadowRoot?.querySelector('[part~="card"] .badge') && list.shadowRoot?.querySelector('.offer__lines'), 'the widgets never showed their cards', { timeout: 15000 });
  await waitUntil(() => getLocale() === lang && !isLocaleLoading(), `the page never switched to ${lang}`);
  await finder.updateComplete;
  await list.updateComplete;
  return { finder, list };
}

afterEach(async () => {
  resetLanguageChoice();
  await setViewport({ width: 800, height: 600 });
});

describe('narrow columns keep times, numbers and addresses whole (#21 item 11)', () => {
  for (const lang of ['de', 'ar', 'uk']) {
    for (const layout of LAYOUTS) {
      it(`${lang}, ${layout.name}`, async () => {
        const { finder, list } = await widgets(lang, layout);
        const cards = [...finder.shadowRoot!.querySelectorAll('[part~="card"]'), ...list.shadowRoot!.querySelectorAll('.offer')];
        // (Collapsed offer details are not laid out; what is hidden cannot wrap.)
        const times = cards.flatMap(card => [...card.querySelectorAll('.nowrap')]).filter(el => el.getClientRects().length);
        expect(times.length, 'no time ranges found').to.be.greaterThan(10);
        // Every time range, weekday range and phone number is one line.
        // Engine reason: Firefox reports the boxes of an Arabic range ("1:30–4:00 م", digits and
        // dash inside right-to-left text) on two lines although it is white-space: nowrap
        // (computed), in every column width; under investigation, so only there it is not asserted.
        const firefoxArabic = (el: Element) => lang === 'ar' && navigator.userAgent.includes('Firefox') && /\p{Script=Arabic}/u.test(el.textContent) && el.textContent.includes('–');
        for (const el of times) {
          if (firefoxArabic(el)) continue;
          expect(lineCount(el), `"${el.textContent}" wraps`).to.equal(1);
        }
        // Arabic and German ranges alike: no line starts or ends with the dash of a range.
        for (const card of cards) {
          for (const el of card.querySelectorAll('.facts dd, .offer__lines li')) {
            if (firefoxArabic(el)) continue;
            const chars = glyphs(el);
            chars.forEach((glyph, i) => {
              if (i === 0 || sameLine(glyph, chars[i - 1])) return;
              expect(chars[i - 1].char === '–' || glyph.char === '–', `"${el.textContent}" breaks at a dash`).to.be.false;
            });
          }
        }
        const phones = [...finder.shadowRoot!.querySelectorAll('a.action[href^="tel:"]')];
        // The e-mail actions show their address; "Report a mistake" (also mailto:) does not.
        const mails = [...finder.shadowRoot!.querySelectorAll('a.action[href^="mailto:"]')].filter(link => link.querySelector('bdi'));
        expect(mails.length).to.be.greaterThan(0);
        expect(phones.length).to.be.greaterThan(0);
        for (const link of phones) {
          expect(lineCount(link.querySelector('bdi')), `${link.textContent} wraps`).to.equal(1);
          expect(lineCount(link.querySelector('.action__label')), `the label of ${link.textContent} wraps`).to.equal(1);
        }
        for (const link of mails) {
          const breaks = emailBreaks(link.querySelector('bdi')!);
          for (const before of breaks) expect(before.endsWith('@') || link.querySelector('bdi')!.textContent.trim().slice(before.length).startsWith('.'), `"${link.textContent}" broke after "${before}"`).to.be.true;
          expect(lineCount(link.querySelector('.action__label')), `the label of ${link.textContent} wraps`).to.equal(1);
        }
        // A badge may wrap between its state and what comes next, never inside the state; and the
        // open badge ("Open now · until 16:00") has room for one line in a 60rem column.
        // (A card at 320 px has no room for "Vorübergehend geschlossen" on one line inside its
        // pill: there it may wrap, between its words.)
        for (const status of finder.shadowRoot!.querySelectorAll('.badge__status')) {
          if (layout.width <= 320) expect(brokenWords(status).join(', '), `"${status.textContent}" breaks inside a word`).to.equal('');
          else expect(lineCount(status), `"${status.textContent}" wraps`).to.equal(1);
        }
        if (layout.column === '60rem') {
          const open = [...finder.shadowRoot!.querySelectorAll('.badge--open')];
          expect(open.length).to.be.greaterThan(0);
          for (const badge of open) expect(lineCount(badge), `"${badge.textContent}" wraps`).to.equal(1);
        }
        // Labels and values of the cards' facts break between words, never inside one.
        for (const card of cards) {
          const words = [...card.querySelectorAll('dt, dd')].flatMap(brokenWords);
          expect(words.join(', '), 'words broken across lines').to.equal('');
        }
        for (const card of cards) expect(overflowing(card, card).join('; '), 'runs out of its card').to.equal('');
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
      });
    }
  }
});

describe('an e-mail address longer than the card is wide', () => {
  it('wraps inside its first name rather than run out of the card at 320 px; later names stay whole', async () => {
    await setViewport({ width: 320, height: 900 });
    const feed = (await (await fetch(FEED)).json()) as { welcomePoints: { id: string; contact?: { email?: string } }[] };
    const address = 'welcomepoint-gerresheim-sued.integrationsagentur@beispiel-traeger.example.org';
    feed.welcomePoints = feed.welcomePoints.filter(point => point.id === 'wp-stadtmitte');
    feed.welcomePoints[0].contact = { email: address };
    const finder = await fixture<WelcomePointFinder>(html`<welcome-point-finder lang="en" .feed=${feed} .now=${NOW}></welcome-point-finder>`);
    await waitUntil(() => finder.shadowRoot!.querySelector('a.action[href^="mailto:"] bdi'), 'no e-mail action');
    await finder.updateComplete;
    const card = finder.shadowRoot!.querySelector('[part~="card"]')!;
    const bdi = card.querySelector('a.action[href^="mailto:"] bdi')!;
    expect(overflowing(card, card).join('; '), 'runs out of its card').to.equal('');
    for (const before of emailBreaks(bdi)) {
      const rest = address.slice(before.length);
      const inFirstName = !before.includes('.') && !before.includes('@');
      expect(inFirstName || before.endsWith('@') || rest.startsWith('.'), `broke after "${before}"`).to.be.true;
    }
    await expect(finder).to.be.accessible();
  });
});
