// SPDX-License-Identifier: EUPL-1.2
/** The map popup's opening line on a public holiday and for an address given on request (#15). */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { parseFeed } from '../../src/feed/load.js';
import { renderOpening } from '../../src/components/district-map/popup-opening.js';

/** Friday 25 December 2026, 10:30 in Düsseldorf: Christmas Day. */
const CHRISTMAS = new Date('2026-12-25T09:30:00Z');
const text = (node: Element) => node.textContent.replace(/\s+/g, ' ').trim();

describe('map popup opening line', () => {
  it('names the holiday that closes a point, says "Address on request", and shows hours on a working day', async () => {
    const { feed } = await parseFeed(await (await fetch('/test/fixtures/card-meta.json')).json());
    const point = (id: string) => feed.welcomePoints.find(p => p.id === id)!;
    const box = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    render(renderOpening(point('wp-1'), feed, 'en', CHRISTMAS), box);
    expect(text(box)).to.equal('Closed today — public holiday (Christmas Day)');
    render(renderOpening(point('wp-safe'), feed, 'en', CHRISTMAS), box);
    expect(text(box)).to.contain('Address on request');
    render(renderOpening(point('wp-1'), feed, 'en', new Date('2026-12-28T09:30:00Z')), box);
    expect(text(box)).to.match(/^Today: 9:00\s?AM\s?–\s?5:00\s?PM$/);
    await expect(box).to.be.accessible();
  });
});
